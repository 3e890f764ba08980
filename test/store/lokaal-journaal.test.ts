import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTAINERS } from '../../src/store/containers';
import { regelblokken } from '../../src/store/lokaal-journaal';
import { startTestCosmos } from '../helpers/opslag';

let map: string;
beforeEach(async () => {
  map = await mkdtemp(path.join(tmpdir(), 'so-journaal-'));
});
afterEach(() => rm(map, { recursive: true, force: true }));

describe('het journaal van de ingebouwde opslag', () => {
  it('leest regels heel, ook als een blok midden in een regel of een teken van meer bytes eindigt', async () => {
    const regels = ['{"naam":"Zoë"}', '', '{"tekst":"geëvalueerd – ✓"}', 'x'.repeat(40), '{"laatste":true}'];
    const bestand = path.join(map, 'regels.log');
    await writeFile(bestand, regels.join('\n'));
    for (const blok of [1, 3, 7, 64, 4096]) {
      const gelezen: string[] = [];
      for await (const deel of regelblokken(bestand, blok)) gelezen.push(...deel);
      expect(gelezen).toEqual(regels.filter((r) => r.length > 0));
    }
  });

  it('schrijft bij een herstart zonder nieuwe wijzigingen geen nieuwe snapshot en laat geen oude logs achter', async () => {
    const eerste = await startTestCosmos(map);
    await eerste.database.container(CONTAINERS.tellers.name).items.upsert({ id: 'school:2026', waarde: 3 });
    await eerste.journaal?.compacteer();
    await eerste.stop();
    const snapshot = (await readdir(map)).filter((naam) => naam.endsWith('.snapshot'));
    expect(snapshot).toHaveLength(1);

    for (let keer = 0; keer < 3; keer++) {
      const opnieuw = await startTestCosmos(map);
      expect((await opnieuw.database.container(CONTAINERS.tellers.name).item('school:2026', 'school:2026').read()).resource).toMatchObject({ waarde: 3 });
      await opnieuw.stop();
    }
    const bestanden = await readdir(map);
    expect(bestanden.filter((naam) => naam.endsWith('.snapshot'))).toEqual(snapshot);
    expect(bestanden.filter((naam) => naam.endsWith('.log'))).toHaveLength(1);
  });
});
