import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTAINERS } from '../../src/store/containers';
import { startTestCosmos } from '../helpers/opslag';

let map: string;
beforeEach(async () => {
  map = await mkdtemp(path.join(tmpdir(), 'so-cosmos-'));
});
afterEach(() => rm(map, { recursive: true, force: true }));

describe('de ingebouwde lokale Cosmos-server', () => {
  it('bewaart de gegevens over een herstart heen, ook de laatste schrijfactie vlak voor het stoppen', async () => {
    const eerste = await startTestCosmos(map);
    const tellers = eerste.database.container(CONTAINERS.tellers.name);
    for (let i = 1; i <= 5; i++) await tellers.items.upsert({ id: 'school:2026', waarde: i });
    await tellers.items.create({ id: 'laatste', waarde: 42 });
    await eerste.stop();

    const tweede = await startTestCosmos(map);
    const opnieuw = tweede.database.container(CONTAINERS.tellers.name);
    expect((await opnieuw.item('school:2026', 'school:2026').read()).resource).toMatchObject({ waarde: 5 });
    expect((await opnieuw.item('laatste', 'laatste').read()).resource).toMatchObject({ waarde: 42 });
    await tweede.stop();
  });

  it('bewaart ook zonder stoppen kort na een schrijfactie (bij een crash gaat hooguit het laatste moment verloren)', async () => {
    const eerste = await startTestCosmos(map);
    await eerste.database.container(CONTAINERS.tellers.name).items.create({ id: 'x', waarde: 1 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const kopie = await startTestCosmos(map);
    expect((await kopie.database.container(CONTAINERS.tellers.name).item('x', 'x').read()).resource).toMatchObject({ waarde: 1 });
    await kopie.stop();
    await eerste.stop();
  });
});
