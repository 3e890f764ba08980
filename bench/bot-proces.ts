import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../test/helpers/instellingen';
/**
 * The bot process the benchmark forks, so the load generator does not share the bot's event loop:
 *   node dist/bench/bot-proces.js beurten <serviceUrl> <besluitzaken> <zaken voor de I/O-vloer>   (turn overhead)
 *   node dist/bench/bot-proces.js sweep <maten, comma-separated>               (sweep scaling and memory)
 *   node dist/bench/bot-proces.js opslag <maten, comma-separated>              (durable store: write, compaction, restore)
 * It talks to the parent over IPC (bench/berichten.ts) and exits on its own.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { App, startApp } from '../src/index';
import { stilleLogger } from '../src/log';
import { CONTAINERS } from '../src/store/containers';
import { CosmosHulpvraagOpslag } from '../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../src/store/kanaal-opslag';
import { CosmosSchakelteamOpslag } from '../src/store/schakelteam-opslag';
import { GEBRUIKERS } from '../test/helpers/activiteiten';
import { startNepConnector } from '../test/helpers/nep-connector';
import { TENANT as FIXTURE_TENANT } from '../test/domain/fixtures';
import { ActieSleutel, BENCH_OMGEVING, Geheugen, NaarOuder, SweepMeting, naarKind } from './berichten';
import { startEchoBot } from './echo-bot';
import { startVloerBot } from './vloer-bot';
import { meetDuurzaam } from './duurzaam';
import { CosmosMeter, vat } from './meter';
import { SWEEP_MOMENT, lopendDocument, parallel, persoonlijkKanaal, schakelteam, schakelteamKanaal, sweepKanaal, verspreid, vulInBulk, zaakBijSchakelteam } from './zaken';

function stuur(bericht: NaarOuder): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) {
      reject(new Error('bot-proces moet met fork (IPC) gestart worden'));
      return;
    }
    process.send(bericht, (fout: Error | null) => (fout ? reject(fout) : resolve()));
  });
}

function wachtOpStop(): Promise<void> {
  return new Promise((resolve) => {
    process.on('message', (bericht: unknown) => {
      if (naarKind.safeParse(bericht).success) resolve();
    });
    process.on('disconnect', () => resolve());
  });
}

function geheugen(): Geheugen {
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

function ruimOp(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

/** The app as a bot runs it, in memory; its own reminder planner is off, the benchmark sweeps at a chosen moment. */
async function startBenchApp(extra: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ ...BENCH_OMGEVING, ...extra } as NodeJS.ProcessEnv);
  return startApp(config, { log: stilleLogger });
}

const SEED_PARALLEL = 50;

/** Decision cases spread over this many schakelteams (each its own channel and IB'er), as in a real tenant. */
const SCHAKELTEAMS = 50;

async function beurten(serviceUrl: string, aantalBesluiten: number, aantalVloer: number): Promise<void> {
  const echo = await startEchoBot();
  const app = await startBenchApp();
  const vloer = await startVloerBot(app.database);
  const db = app.database;
  const hulpvragen = new CosmosHulpvraagOpslag(db.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  const kanalen = new CosmosKanaalOpslag(db.container(CONTAINERS.kanalen.name));
  await new CosmosSchakelteamOpslag(db.container(CONTAINERS.kanalen.name)).bewaar(schakelteam());
  await kanalen.bewaar(schakelteamKanaal(serviceUrl));
  await kanalen.bewaar(persoonlijkKanaal(GEBRUIKERS.ib, serviceUrl));
  // 200 cases in which Joost (jv) is involved, for "mijn casussen"; the decision cases involve other people.
  await parallel(200, SEED_PARALLEL, async (i) => {
    await hulpvragen.maak(zaakBijSchakelteam(i + 1, GEBRUIKERS.jv, GEBRUIKERS.loket));
  });
  for (let k = 0; k < SCHAKELTEAMS; k++) {
    const { schakelteamId, kanaalId, ib } = verspreid(k);
    await kanalen.bewaar(schakelteamKanaal(serviceUrl, schakelteamId, kanaalId));
    await kanalen.bewaar(persoonlijkKanaal(ib, serviceUrl));
  }
  const zaken = async (aantal: number, vanaf: number): Promise<ActieSleutel[]> => {
    const sleutels = new Array<ActieSleutel>(aantal);
    await parallel(aantal, SEED_PARALLEL, async (i) => {
      const { schakelteamId, kanaalId, ib } = verspreid(i % SCHAKELTEAMS);
      const { waarde } = await hulpvragen.maak(zaakBijSchakelteam(vanaf + i, ib, GEBRUIKERS.sf, schakelteamId, kanaalId));
      sleutels[i] = { hulpvraagId: waarde.id, schakelteamId: waarde.schakelteamId, versie: waarde.versie, kanaal: kanaalId };
    });
    return sleutels;
  };
  const besluiten = await zaken(aantalBesluiten, 1000);
  const vloerZaken = await zaken(aantalVloer, 1000 + aantalBesluiten);
  await stuur({ soort: 'klaar', echoUrl: echo.url, appUrl: app.url, vloerUrl: vloer.url, besluiten, vloer: vloerZaken, geseed: 200 + aantalBesluiten + aantalVloer });
  await wachtOpStop();
  await echo.stop();
  await vloer.stop();
  await app.stop();
}

/** Due cases at every size of the sweep. */
export const VERSCHULDIGD = 25;

/** Large enough that one sweep does all due work of the largest size (2 reminders per due case). */
export const SWEEP_MAX_PER_RONDE = 2_000;

async function sweep(maten: readonly number[]): Promise<void> {
  // Teams' ceiling is enforced by the app's own sender (50/s); this connector answers everything at once.
  const nep = await startNepConnector({ tenant: [], gesprek: [] });
  const app = await startBenchApp({ SWEEP_MAX_PER_RONDE: String(SWEEP_MAX_PER_RONDE), TEAMS_SERVICE_URL: nep.serviceUrl });
  ruimOp();
  const leeg = geheugen();
  const db = app.database;
  const kanalen = new CosmosKanaalOpslag(db.container(CONTAINERS.kanalen.name));
  const AANTAL_SCHAKELTEAMS = 100;
  for (let s = 0; s < AANTAL_SCHAKELTEAMS; s++) await kanalen.bewaar(sweepKanaal(FIXTURE_TENANT, `st-${s}`, nep.serviceUrl));
  const meter = new CosmosMeter().start();
  const metingen: SweepMeting[] = [];
  let opgeslagen = 0;
  let naSeed: Geheugen | undefined;
  let naSweep: Geheugen | undefined;
  let geheugenZaken = 0;
  for (const maat of maten) {
    try {
      // Cumulative: the cases of the previous size stay (their due work was done), new ones are added up to `maat`,
      // and the same number is due at every size (spread evenly over the new ones): the cost must follow that
      // number, not the size.
      const nieuw = maat - opgeslagen;
      const teDoen = VERSCHULDIGD;
      const stap = nieuw / teDoen;
      const verschuldigdeIndex = new Set(Array.from({ length: teDoen }, (_, k) => Math.floor(k * stap)));
      const begin = performance.now();
      const basis = opgeslagen;
      await vulInBulk(db.container(CONTAINERS.hulpvragen.name), nieuw, (j) => lopendDocument(basis + j, verschuldigdeIndex.has(j), AANTAL_SCHAKELTEAMS));
      const seedSeconden = (performance.now() - begin) / 1000;
      opgeslagen = maat;
      const { resources } = await db
        .container(CONTAINERS.hulpvragen.name)
        .items.query<number>({ query: 'SELECT VALUE COUNT(1) FROM c WHERE c.volgendeDeadline <= @nu', parameters: [{ name: '@nu', value: SWEEP_MOMENT.toISOString() }] })
        .fetchAll();
      const verschuldigd = resources[0] ?? -1;
      ruimOp();
      naSeed = geheugen();
      meter.neem();
      const t0 = performance.now();
      // The app's own sweep (src/index.ts → sweepHerinneringen with the real stores, sender and card layout).
      const verslag = await app.sweep(SWEEP_MOMENT);
      const sweepMs = performance.now() - t0;
      const verzoeken = meter.neem();
      const samenvatting = vat(verzoeken);
      const verzendStart = verzoeken.find((v) => v.soort === 'query' && v.container === CONTAINERS.herinneringen.name)?.t ?? performance.now();
      const zoek = verzoeken.find((v) => v.soort === 'query' && v.container === CONTAINERS.hulpvragen.name);
      metingen.push({
        zaken: maat,
        verschuldigd,
        seedSeconden,
        sweepMs,
        planMs: verzendStart - t0,
        zoekMs: zoek?.duurMs ?? -1,
        rondes: samenvatting.rondes,
        ru: samenvatting.ru,
        perSoort: { ...samenvatting.perSoort },
        queries: [...samenvatting.queries],
        verslag: { hulpvragen: verslag.hulpvragen, aangemaakt: verslag.aangemaakt, verzonden: verslag.verzonden, mislukt: verslag.mislukt, fouten: verslag.fouten.length },
        maxPerSweep: SWEEP_MAX_PER_RONDE,
        rss: naSeed.rss,
      });
      naSweep = geheugen();
      geheugenZaken = maat;
    } catch (fout) {
      // The local server scans in memory; past a size its queries exceed the SDK's 60 s timeout. Say so, stop there.
      metingen.push({ zaken: maat, verschuldigd: 0, seedSeconden: 0, sweepMs: 0, planMs: 0, zoekMs: 0, rondes: 0, ru: 0, perSoort: {}, queries: [], verslag: { hulpvragen: 0, aangemaakt: 0, verzonden: 0, mislukt: 0, fouten: 0 }, maxPerSweep: SWEEP_MAX_PER_RONDE, rss: geheugen().rss, fout: fout instanceof Error ? fout.message : String(fout) });
      break;
    }
  }
  meter.stop();
  ruimOp();
  const naSweepGc = geheugen();
  await nep.stop();
  await stuur({ soort: 'sweep', metingen, geheugen: { leeg, naSeed, naSweep, naSweepGc }, geheugenZaken });
  await app.stop();
}

async function main(): Promise<void> {
  const [modus, a, b, c] = process.argv.slice(2);
  if (modus === 'beurten' && a && b && c) return beurten(a, Number(b), Number(c));
  if (modus === 'sweep' && a) return sweep(a.split(',').map(Number));
  if (modus === 'opslag' && a) return stuur({ soort: 'opslag', metingen: await meetDuurzaam(a.split(',').map(Number)) });
  throw new Error(`onbekende modus: ${process.argv.slice(2).join(' ')}`);
}

main()
  .then(() => process.exit(0))
  .catch(async (fout: unknown) => {
    await stuur({ soort: 'fout', bericht: fout instanceof Error ? `${fout.message}\n${fout.stack ?? ''}` : String(fout) }).catch(() => undefined);
    process.exit(1);
  });
