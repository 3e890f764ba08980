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
import { DEMO_LABEL } from '../../src/app/demo';
import { VERBS } from '../../src/teams/verbs';
import { bericht, klik } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { dialoogknop, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const INGRID = { id: PLAYGROUND.personen.ib.teamsId, aadObjectId: PLAYGROUND.personen.ib.aadObjectId, naam: PLAYGROUND.personen.ib.naam };
const klok = new VasteKlok(new Date('2026-12-02T10:00:00+01:00'));
let teams: NepTeams;
let dataMap: string;

function configVoor(extra: Record<string, string> = {}) {
  return loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOCAL_DATA_DIR: dataMap, SWEEP_INTERVAL_SECONDEN: '0', TEAMS_SERVICE_URL: teams.serviceUrl, ...extra } as NodeJS.ProcessEnv);
}

/** An activity of Ingrid's personal chat, in the Playground's tenant. */
function inPlayground<T extends { conversation: object }>(activiteit: T) {
  return { ...activiteit, conversation: { ...activiteit.conversation, tenantId: PLAYGROUND.tenantId }, channelData: { tenant: { id: PLAYGROUND.tenantId } } };
}

/** Ingrid types in her personal chat; the card she gets back. */
async function kaartNa(app: App, tekst: string): Promise<Record<string, unknown>> {
  const vanaf = teams.verzonden.length;
  expect((await post(app, inPlayground(bericht(teams.serviceUrl, INGRID, tekst)))).status).toBe(200);
  const [antwoord] = await teams.wachtOp(1, vanaf);
  return kaartVan(antwoord);
}

const zeg = async (app: App, tekst: string): Promise<string> => tekstVan(await kaartNa(app, tekst));

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
        // The last meeting's agreements are goals of the plan van aanpak of case 06 (with the plan's own goal).
        const knop = dialoogknop(await kaartNa(app, 'casus HV-2026-0006'), 'planinzage') ?? {};
        const plan = tekstVan(((await post(app, inPlayground(klik(teams.serviceUrl, INGRID, VERBS.dialoogOpenen, knop)))).body as { value?: unknown }).value);
        expect(plan).toContain('[DEMO] elke dag naar school');
        expect(plan).toContain('[DEMO] gesprek met ouders over de schoolgang');
        expect(plan).toMatch(/Afgesproken in het schakelteamoverleg van 25\u00a0november\u00a02026; klaar als Mohamed El Amrani \(schoolmaatschappelijk werker\) het uiterlijk 5\u00a0december\u00a02026 heeft gedaan/);
        const casus = await zeg(app, 'casus HV-2026-0001');
        // The card is a glance long (the [DEMO] texts are in its details): the school says it is the demo.
        expect(casus).toContain('HV-2026-0001 · ');
        expect(casus).toContain('OBS De Regenboog (demo)');
      } finally {
        await app.stop();
      }
    }
  }, 120_000);

  it('de eerste sweep stuurt de herinneringen van de achterstallige casussen, de escalatie naar het Team NO-kanaal en de agenda van het volgende overleg naar General', async () => {
    const app = await startApp(configVoor(), { klok, log: stilleLogger, demo: true });
    try {
      const vanaf = teams.verzonden.length;
      const verslag = await app.sweep(klok.nu());
      expect(verslag.fouten).toEqual([]);
      const verzonden = teams.verzonden.slice(vanaf);
      const teksten = (gesprek: string) => verzonden.filter((v) => v.gesprek === gesprek).map((v) => JSON.stringify(v.activiteit)).join('\n');
      expect(teksten(PLAYGROUND.teamNoKanaalId)).toContain('wacht op een besluit van Team NO');
      // The meeting cycle: the demo schakelteam meets every two weeks; the agenda of its next meeting (Wednesday
      // 9 December, 7 days ahead) comes in General, with the case whose follow-up the last meeting planned.
      const agenda = teksten(PLAYGROUND.teamId);
      expect(agenda).toContain(opKaart('Agenda schakelteam Schakelteam De Regenboog (demo) — overleg woensdag 9 december 2026 om 14:00'));
      expect(agenda).toContain('HV-2026-0006 · OBS De Regenboog (demo) · Regierol actief');
      expect(agenda).toContain(opKaart('Vervolgbespreking gepland op 3 december 2026'));
      expect(agenda).toContain('Nieuwe hulpvragen (eerste bespreking) (2)');
      expect(agenda).not.toContain(DEMO_LABEL);
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
