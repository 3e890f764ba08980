import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTAINERS } from '../../src/store/containers';
import { stilleLogger } from '../../src/log';
import { startLokaleCosmos } from '../../src/store/lokale-cosmos';
import { queriesZijnLineair } from '../../src/store/lokale-query';
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

  it('houdt na compacties en een herstart alles, ook verwijderingen, en zet de bestanden op 0600', async () => {
    const eerste = await startLokaleCosmos({ database: 'test', dataMap: map, log: stilleLogger, compactieVanafBytes: 1_024 });
    const tellers = eerste.database.container(CONTAINERS.tellers.name);
    for (let i = 0; i < 60; i++) await tellers.items.upsert({ id: `t${i % 20}`, waarde: i });
    await tellers.item('t3', 't3').delete();
    await eerste.journaal?.compacteer();
    await tellers.items.create({ id: 'na-compactie', waarde: 1 });
    expect(eerste.gezondheid()).toEqual({ status: 'ok' });
    await eerste.stop();

    const bestanden = await readdir(map);
    expect(bestanden.filter((naam) => naam.endsWith('.snapshot'))).toHaveLength(1);
    for (const naam of bestanden) expect((await stat(path.join(map, naam))).mode & 0o777).toBe(0o600);
    expect((await stat(map)).mode & 0o777).toBe(0o700);

    const tweede = await startTestCosmos(map);
    const { resources } = await tweede.database.container(CONTAINERS.tellers.name).items.readAll<{ id: string; waarde: number }>().fetchAll();
    const waarden = Object.fromEntries(resources.map((r) => [r.id, r.waarde]));
    expect(Object.keys(waarden)).toHaveLength(20);
    expect(waarden).toMatchObject({ t0: 40, t19: 59, 'na-compactie': 1 });
    expect(waarden.t3).toBeUndefined();
    await tweede.stop();
  });

  it('neemt de gegevens van de oude snapshot (cosmos.json) één keer over', async () => {
    const oud = { versie: 1, containers: { tellers: [{ id: 'school:2025', waarde: 7 }] } };
    await writeFile(path.join(map, 'cosmos.json'), JSON.stringify(oud));
    const cosmos = await startTestCosmos(map);
    expect((await cosmos.database.container(CONTAINERS.tellers.name).item('school:2025', 'school:2025').read()).resource).toMatchObject({ waarde: 7 });
    expect(await readdir(map)).not.toContain('cosmos.json');
    await cosmos.stop();
  });

  it('draait queries met de lineaire patch en beantwoordt query-plan-verzoeken zonder de query uit te voeren', async () => {
    expect(queriesZijnLineair()).toBe(true);
    const cosmos = await startTestCosmos();
    const tellers = cosmos.database.container(CONTAINERS.tellers.name);
    for (let i = 0; i < 5; i++) await tellers.items.create({ id: `q${i}`, waarde: i, tags: [i, i + 1] });
    const { resources } = await tellers.items.query<number>({ query: 'SELECT VALUE COUNT(1) FROM c JOIN t IN c.tags WHERE c.waarde >= @min', parameters: [{ name: '@min', value: 2 }] }).fetchAll();
    expect(resources).toEqual([6]);
    const plan = await fetch(`${cosmos.endpoint}/dbs/test/colls/tellers/docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/query+json', 'x-ms-cosmos-is-query-plan-request': 'True', 'x-ms-version': '2020-07-15' },
      body: JSON.stringify({ query: 'SELECT * FROM c' }),
    });
    expect(await plan.json()).toMatchObject({ queryInfo: { aggregates: [], orderBy: [] }, queryRanges: [{ min: '', max: 'FF' }] });
    await cosmos.stop();
  });
});
