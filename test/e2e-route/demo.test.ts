/**
 * README "Demo mode": `--demo` fills the local store with fictional cases of the Playground's people, over every
 * state of the route; running it twice adds nothing; it refuses a configured COSMOS_ENDPOINT. Checked as a user
 * would: Ingrid (IB'er in .m365agentsplayground.yml) types "mijn casussen" and "casus" over real HTTP.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../src/config';
import { App, DEMO_WEIGERING, startApp } from '../../src/index';
import { stilleLogger } from '../../src/log';
import { STATUS_NAMEN } from '../../src/domain/route';
import { PLAYGROUND } from '../../src/teams/demo-opzet';
import { bericht } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { kaartVan, tekstVan } from '../helpers/route-driver';

const INGRID = { id: PLAYGROUND.personen.ib.teamsId, aadObjectId: PLAYGROUND.personen.ib.aadObjectId, naam: PLAYGROUND.personen.ib.naam };
const klok = new VasteKlok(new Date('2026-12-02T10:00:00+01:00'));
let teams: NepTeams;
let dataMap: string;

function configVoor(extra: Record<string, string> = {}) {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOCAL_DATA_DIR: dataMap, SWEEP_INTERVAL_SECONDEN: '0', TEAMS_SERVICE_URL: teams.serviceUrl, ...extra } as NodeJS.ProcessEnv);
}

/** Ingrid types in her personal chat, in the Playground's tenant. */
async function zeg(app: App, tekst: string): Promise<string> {
  const vanaf = teams.verzonden.length;
  const activiteit = bericht(teams.serviceUrl, INGRID, tekst);
  const inPlayground = {
    ...activiteit,
    conversation: { ...activiteit.conversation, tenantId: PLAYGROUND.tenantId },
    channelData: { tenant: { id: PLAYGROUND.tenantId } },
  };
  expect((await post(app, inPlayground)).status).toBe(200);
  const [antwoord] = await teams.wachtOp(1, vanaf);
  return tekstVan(kaartVan(antwoord));
}

beforeAll(async () => {
  teams = await startNepTeams();
  dataMap = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-'));
});
afterAll(async () => {
  await teams.stop();
  fs.rmSync(dataMap, { recursive: true, force: true });
});

describe('demo-modus', () => {
  it('Ingrid ziet in "mijn casussen" de fictieve hulpvragen in elke status van de route, ook na een tweede start', async () => {
    for (const keer of [1, 2]) {
      const app = await startApp(configVoor(), { klok, log: stilleLogger, demo: true });
      try {
        const lijst = await zeg(app, 'mijn casussen');
        expect(lijst).toContain('Mijn casussen (13)');
        expect(lijst).toContain('OBS De Regenboog (demo)');
        for (const status of ['bij_schakelteam', 'wacht_op_toestemming', 'regierol_aangeboden', 'regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no', 'terug_voor_afsluiting', 'gesloten'] as const) {
          expect(`${keer}: ${lijst}`).toContain(STATUS_NAMEN[status]);
        }
        const casus = await zeg(app, 'casus HV-2026-0001');
        // The card is a glance long (the [DEMO] texts are in its details): the school says it is the demo.
        expect(casus).toContain('HV-2026-0001 · ');
        expect(casus).toContain('OBS De Regenboog (demo)');
      } finally {
        await app.stop();
      }
    }
  }, 120_000);

  it('de eerste sweep stuurt de herinneringen van de achterstallige casussen en de escalatie naar het Team NO-kanaal', async () => {
    const app = await startApp(configVoor(), { klok, log: stilleLogger, demo: true });
    try {
      const vanaf = teams.verzonden.length;
      const verslag = await app.sweep(klok.nu());
      expect(verslag.fouten).toEqual([]);
      const verzonden = teams.verzonden.slice(vanaf);
      const teksten = (gesprek: string) => verzonden.filter((v) => v.gesprek === gesprek).map((v) => JSON.stringify(v.activiteit)).join('\n');
      expect(teksten(PLAYGROUND.teamNoKanaalId)).toContain('wacht op een besluit van Team NO');
      expect(teksten(`a:nieuw-${PLAYGROUND.personen.smw.aadObjectId}`)).toContain('is nog niet vastgelegd');
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('weigert een geconfigureerde COSMOS_ENDPOINT, met één regel en exitcode 1', async () => {
    // A loopback endpoint is a valid setting without credentials: the demo still refuses it, before connecting.
    await expect(startApp(configVoor({ COSMOS_ENDPOINT: 'http://127.0.0.1:1/' }), { klok, log: stilleLogger, demo: true })).rejects.toThrow(DEMO_WEIGERING);
    const fout = await promisify(execFile)(process.execPath, [path.resolve('dist/src/index.js'), '--demo'], {
      env: { ...process.env, NODE_ENV: 'development', COSMOS_ENDPOINT: 'https://voorbeeld.documents.azure.com:443/', LOCAL_DATA_DIR: ':memory:' },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(fout?.code).toBe(1);
    expect(fout?.stderr.split('\n')).toContain(DEMO_WEIGERING);
  });
});
