import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { eenmaligeSweep } from '../../src/jobs/cli';
import { stilleLogger } from '../../src/log';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { GEBRUIKERS, KANAAL, actieData, casusData, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';
import { koppelSchakelteam } from '../helpers/casus';

const { ib, sf } = GEBRUIKERS;

/**
 * The one-shot CLI (cron, an Azure Functions timer) applies the retention term too, with the clock of its --now:
 * here against the embedded store of a running local bot, as on a developer's machine.
 */
describe('bewaartermijn vanuit de eenmalige sweep (src/jobs/cli.ts)', () => {
  it('vernietigt een gesloten hulpvraag pas na de bewaartermijn en laat alleen een grafsteen achter', async () => {
    const dataMap = await fs.mkdtemp(path.join(os.tmpdir(), 'bewaartermijn-'));
    const env = { LOCAL_DATA_DIR: dataMap, BEWAARTERMIJN_MAANDEN: '12' };
    const { app, teams, bot } = await startRoute(new VasteKlok(new Date('2026-11-23T09:00:00Z')), env);
    try {
      await koppelSchakelteam(bot);
      const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
      const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
      const invoer = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug.' };
      const kaart = (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, ...invoer })).value;
      const id = String(casusData(kaart).hulpvraagId);
      const besluit = { besluitSoort: 'basisondersteuning', besluitReden: 'Past in de klas', verwijsindex: 'nee' };
      await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, besluit, KANAAL);
      const lees = async () => (await app.database.container('hulpvragen').items.query({ query: 'SELECT c.id, c.status FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] }).fetchAll()).resources;
      expect(await lees()).toEqual([{ id, status: 'gesloten' }]);

      const config = loadConfig({ NODE_ENV: 'test', ...env } as NodeJS.ProcessEnv);
      expect(await eenmaligeSweep(config, new Date('2027-11-22T09:00:00+01:00'), 'cron', stilleLogger)).toMatchObject({ vernietigd: 0, fouten: [] });
      expect(await lees()).toHaveLength(1);
      expect(await eenmaligeSweep(config, new Date('2027-11-24T09:00:00+01:00'), 'cron', stilleLogger)).toMatchObject({ vernietigd: 1, fouten: [] });
      expect(await lees()).toEqual([]);
      const { resources: audit } = await app.database.container('audit').items.query({ query: 'SELECT c.handeling, c.wat, c.via FROM c WHERE c.onderwerp = @o', parameters: [{ name: '@o', value: `hulpvraag:${id}` }] }).fetchAll();
      expect(audit).toEqual([{ handeling: 'vernietigen', wat: 'bewaartermijn', via: 'systeem' }]);
    } finally {
      await app.stop();
      await teams.stop();
      await fs.rm(dataMap, { recursive: true, force: true });
    }
  });
});
