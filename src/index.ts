import { TurnContext } from 'botbuilder';
import { Database } from '@azure/cosmos';
import { createHash, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { Achtergrond } from './app/achtergrond';
import { bekendeCollegas, zoekCollegas } from './app/collegas';
import { hernoemTeam, houdGesprekBij, vergeetGesprek } from './app/gesprekken';
import { wanneerBijTeamNo } from './app/kanalen';
import { regioNamen, regioVan } from './domain/regio';
import { koppelKanaal } from './app/koppelen';
import { huidigRitme, overlegstandVoor, stelVergaderritmeIn, voegAgendapuntToe } from './app/overleg';
import { kondigHerkoppelingAan, lidUitTeam, volgHerkoppeling } from './app/lidmaatschap';
import { Schakelteam } from './domain/schakelteam';
import { Vergaderkalender } from './domain/vergaderritme';
import { bekijkHulpvraag, mijnHulpvragen, openStap, zoekOpNummer } from './app/overzicht';
import { mijnSchakelteams, registreerEnGeefDoor } from './app/registreren';
import { RouteDeps, voerRouteActieUit } from './app/route-acties';
import { Klok } from './app/ports';
import { TabDeps, kwartaalTab, mijnCasussenTab, schakelteamTab } from './app/overzicht-tabs';
import { Config, ConfigError, loadConfig, overleginstellingen } from './config';
import { maakHttpServer } from './http/server';
import { maakTabAuth } from './http/tab-auth';
import { TabOpties } from './http/tabs';
import { JWTVerifyGetKey } from 'jose';
import { Planner } from './jobs/planner';
import { createLogger, Logger } from './log';
import { GraphAdres, Onderdelen, Veegverslag, beheerderscheck, botIdVan, maakAdapter, maakOnderdelen, maakSweep, openOpslag, rechtenDeps, sweepDeps, uitgaandDeps } from './samenstelling';
import { RechtenDeps, corrigeerVeld, exporteer, wis } from './app/rechten';
import { Betrokkene } from './domain/personen';
import { SchoolondersteuningBot } from './teams/bot';
import { TeamsDiensten } from './teams/diensten';
import { alsMelding } from './teams/fouten';
import { REGISTER } from './teams/register';
import { vulDemo } from './app/demo';
import { PLAYGROUND_SERVICE_URL, demoOpzet } from './teams/demo-opzet';

export interface App {
  readonly url: string;
  readonly database: Database;
  /** One reminder sweep now, agendas included (tests and the local "reminders" run use their own clock). */
  sweep(nu: Date): Promise<Veegverslag>;
  /** Resolves when the notifications that follow earlier clicks have been sent. */
  rustig(): Promise<void>;
  stop(): Promise<void>;
}

export interface Randen {
  readonly klok?: Klok;
  readonly log?: Logger;
  /** Fill the local store with the fictional demo cases first (`--demo`; refused with COSMOS_ENDPOINT). */
  readonly demo?: boolean;
  /** The keys SSO tokens are checked against (tests: a local key set); default Microsoft Entra's. */
  readonly tabSleutels?: JWTVerifyGetKey;
  /** Microsoft Graph for the administrators' group (tests: a fake server); default Microsoft's. */
  readonly graph?: GraphAdres;
}

/** The tabs' use cases, bound once; the API answers as the caller that tab-auth.ts established. */
function maakTabs(config: Config, onderdelen: Onderdelen, rechten: RechtenDeps, randen: Randen): TabOpties {
  const { klok } = rechten;
  const { herinneringen } = config;
  const deps: TabDeps = {
    hulpvragen: onderdelen.hulpvragen,
    schakelteams: onderdelen.schakelteams,
    kanalen: onderdelen.kanalen,
    auditor: rechten.auditor,
    klok,
    normen: config.tabs.normen,
    omgeving: { limieten: herinneringen.stagnatie, venster: herinneringen.venster, feestdagen: herinneringen.feestdagen },
    isBeheerder: rechten.isBeheerder,
  };
  return {
    diensten: {
      mijn: (kijker) => mijnCasussenTab(deps, kijker),
      schakelteam: (kijker, keuze) => schakelteamTab(deps, kijker, keuze),
      kwartaal: (kijker, code, als) => kwartaalTab(deps, kijker, code, als),
    },
    aanroeper: maakTabAuth({
      lokaal: !config.production && config.toegestaneTenants === undefined,
      appIdUri: config.tabs.appIdUri,
      toegestaneTenants: config.toegestaneTenants,
      sleutels: randen.tabSleutels,
    }),
    botId: botIdVan(config),
  };
}

/** This process, as recorded on every claim and attempt of the send pipeline. */
const INSTANTIE = `${os.hostname()}-${process.pid}`;

export const DEMO_WEIGERING =
  'Demo-modus werkt alleen met de lokale opslag: maak COSMOS_ENDPOINT leeg. / Demo mode only runs on the local store: unset COSMOS_ENDPOINT.';

/** The days a schakelteam does not meet: the national holidays and the configured school holidays. */
function vergaderkalender(config: Config): Vergaderkalender {
  return { ...config.herinneringen.feestdagen, schoolvakanties: config.agenda.schoolvakanties };
}

/** The use cases the Teams edge calls, each bound to its stores once. */
/** One schakelteam per bound channel, with an id that does not show the channel id. */
function schakelteamIdVoor(kanaalId: string): string {
  return `st-${createHash('sha256').update(kanaalId).digest('hex').slice(0, 16)}`;
}

/** What the route's use cases need, bound to the stores once (the bot's services and the demo share it). */
function gebruiksDeps(config: Config, onderdelen: Onderdelen, rechten: RechtenDeps, log: Logger, achtergrond: Achtergrond) {
  const { schakelteams, teller } = onderdelen;
  const { klok, auditor } = rechten;
  // No wait is no timer: even a 0 ms timer holds a click's answer until the next turn of the event loop.
  const wacht = (ms: number) => (ms > 0 ? () => new Promise<void>((klaar) => setTimeout(klaar, ms).unref()) : async () => undefined);
  const klikBudget = wacht(config.uitgaand.klikBudgetMs);
  const naKanaalkaart = wacht(config.uitgaand.naKanaalkaartMs);
  const route: RouteDeps = {
    ...uitgaandDeps(config, onderdelen, klok, INSTANTIE),
    klok,
    termijnen: config.evaluatie,
    log,
    schakelteams,
    achtergrond,
    auditor,
    klikBudget,
    naKanaalkaart,
    naLopendWerk: () => new Promise<void>((klaar) => setImmediate(klaar)),
    regios: config.regios,
  };
  return { route, registratie: { ...route, teller, ids: { nieuwId: () => randomUUID() } } };
}

function maakDiensten(config: Config, onderdelen: Onderdelen, rechten: RechtenDeps, log: Logger, achtergrond: Achtergrond): TeamsDiensten {
  const { hulpvragen, kanalen, schakelteams } = onderdelen;
  const { klok, auditor } = rechten;
  const { route, registratie } = gebruiksDeps(config, onderdelen, rechten, log, achtergrond);
  const lezen = { hulpvragen, auditor, dossierTenant: config.bot.tenantId };
  const koppelDeps = {
    kanalen,
    schakelteams,
    klok,
    termijnen: config.evaluatie,
    auditor,
    isBeheerder: rechten.isBeheerder,
    regioNamen: regioNamen(config.regios),
    schakelteamIdVoor,
    leden: {
      kondigAan: (schakelteam: Schakelteam, vertrokken: readonly Betrokkene[], vorige: string) => kondigHerkoppelingAan(route, schakelteam, vertrokken, vorige),
      volg: (schakelteam: Schakelteam, ids: readonly string[]) => volgHerkoppeling(route, schakelteam, ids),
    },
  };
  const collegas = { schakelteams, kanalen, hulpvragen, partnerTenants: config.toegestaneTenants ?? [] };
  const overleg = { kanalen, schakelteams, agendas: onderdelen.agendas, isBeheerder: rechten.isBeheerder, auditor, klok, dagenVooraf: config.agenda.dagenVooraf,
    kalender: vergaderkalender(config) };
  const stand = { schakelteams, klok, instellingen: overleginstellingen(config) };
  return {
    nu: () => klok.nu(),
    dialogen: config.dialogen,
    beurttermijnen: config.herinneringen,
    koppel: (wie, verzoek) => koppelKanaal(koppelDeps, wie, verzoek),
    huidigRitme: (wie, kanaalId) => huidigRitme(overleg, wie, kanaalId),
    stelVergaderritmeIn: (wie, kanaalId, ritme) => stelVergaderritmeIn(overleg, wie, kanaalId, ritme),
    voegAgendapuntToe: (wie, kanaalId, categorie) => voegAgendapuntToe(overleg, wie, kanaalId, categorie),
    overlegstand: (h) => overlegstandVoor(stand, h),
    agendaDagenVooraf: config.agenda.dagenVooraf,
    mijnHulpvragen: (wie) => mijnHulpvragen(lezen, wie),
    zoekOpNummer: (wie, tekst) => zoekOpNummer({ ...lezen, kanalen, regios: config.regios }, wie, tekst),
    bekijk: (wie, sleutel, wat) => bekijkHulpvraag(route, wie, sleutel, wat),
    openStap: (wie, sleutel, stap) => openStap(route, wie, sleutel, stap),
    mijnSchakelteams: (persoon) => mijnSchakelteams(schakelteams, persoon),
    registreer: (wie, invoer) => registreerEnGeefDoor(registratie, wie, invoer),
    voerActieUit: (wie, sleutel, versie, gebeurtenis, terwijl) => voerRouteActieUit(route, sleutel, wie.persoon, versie, gebeurtenis, wie.via, terwijl),
    collegas: (persoon) => bekendeCollegas(collegas, persoon),
    zoekCollegas: (persoon, tekst) => zoekCollegas(collegas, persoon, tekst),
    wanneerBijTeamNo: (h) => wanneerBijTeamNo(kanalen, config.herinneringen, h.tenantId, klok.nu(), regioVan(config.regios, h.school)),
    houdGesprekBij: (binnen) => houdGesprekBij(route, binnen),
    lidUitTeam: (tenantId, teamId, aadObjectId, gebeurtenisId) => lidUitTeam(route, tenantId, teamId, aadObjectId, gebeurtenisId),
    vergeetGesprek: (tenantId, gesprekId, teamId) => vergeetGesprek(route, tenantId, gesprekId, teamId),
    hernoemTeam: (tenantId, team) => hernoemTeam(route, tenantId, team),
    exporteer: (wie, nummer, namens) => exporteer(rechten, wie, nummer, namens),
    corrigeer: (wie, nummer, veld, waarde, namens) => corrigeerVeld(rechten, wie, nummer, veld, waarde, namens),
    wis: (wie, nummer, namens) => wis(rechten, wie, nummer, namens),
  };
}

/** The composition root: config → store → use cases → bot → HTTP (+ the reminder planner). */
export async function startApp(config: Config, randen: Randen = {}): Promise<App> {
  const log = randen.log ?? createLogger(config.logLevel);
  const klok: Klok = randen.klok ?? { nu: () => new Date() };
  // Checked before anything is opened: fictional cases must never reach a real Cosmos account.
  if (randen.demo && config.cosmos.endpoint) throw new ConfigError(DEMO_WEIGERING);
  const opslag = await openOpslag(config, log, 'bot');
  const { database } = opslag;
  const adapter = maakAdapter(config);
  const onderdelen = maakOnderdelen(config, log, database, adapter);
  adapter.onTurnError = async (turn: TurnContext, error: Error) => {
    const melding = alsMelding(error, log, { activiteit: turn.activity.id ?? '' });
    await turn.sendActivity(melding.tekst).catch(() => undefined);
  };
  const achtergrond = new Achtergrond(log);
  const rechten = rechtenDeps(config, onderdelen, klok, beheerderscheck(config, klok, log, randen.graph));
  if (randen.demo) {
    const opzet = demoOpzet(config.teamsServiceUrl ?? PLAYGROUND_SERVICE_URL);
    // The demo sets up its fictional bindings itself, as the system: it acts as functional administrator. Nobody
    // clicked, so no answer waits for the channel card to land first.
    const demoDeps = {
      ...gebruiksDeps(config, onderdelen, rechten, log, achtergrond).registratie,
      schakelteamIdVoor,
      isBeheerder: async () => true,
      naKanaalkaart: async () => undefined,
      vergaderen: { dagenVooraf: config.agenda.dagenVooraf, kalender: vergaderkalender(config) },
    };
    const verslag = await vulDemo(demoDeps, opzet, klok);
    log.info('demo-gegevens klaar', { aangemaakt: verslag.aangemaakt, bestonden: verslag.bestonden });
  }
  const bot = new SchoolondersteuningBot(maakDiensten(config, onderdelen, rechten, log, achtergrond), REGISTER, log);
  const sweep = maakSweep(sweepDeps(config, onderdelen, klok, INSTANTIE, log), rechten, log);
  const planner = new Planner(sweep, klok, config.sweep.intervalMs, log);

  const tabs = maakTabs(config, onderdelen, rechten, randen);
  const server = maakHttpServer(adapter, bot, log, { toegestaneTenants: config.toegestaneTenants, gezondheid: () => opslag.gezondheid(), tabs });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  const adres = server.address() as AddressInfo;
  const url = `http://${config.host}:${adres.port}`;
  log.info('bot luistert', { url: `${url}/api/messages` });
  if (config.sweep.intervalMs > 0) planner.start(!randen.demo);

  return {
    url,
    database,
    sweep,
    rustig: () => achtergrond.klaar(),
    async stop() {
      await planner.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await achtergrond.klaar();
      await opslag.sluit();
    },
  };
}

async function main(): Promise<void> {
  const demo = process.argv.slice(2).includes('--demo');
  // Before the settings are judged: whoever asks for the demo with an endpoint set hears why it will not run.
  if (demo && process.env.COSMOS_ENDPOINT?.trim()) {
    console.error(DEMO_WEIGERING);
    process.exit(1);
  }
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let app: App;
  try {
    app = await startApp(config, { demo });
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (demo) console.log('Demo-modus: fictieve hulpvragen van "OBS De Regenboog (demo)" staan klaar (typ "mijn casussen").');
  console.log(`Schoolondersteuning-bot draait: ${app.url}/api/messages (gezondheid: ${app.url}/healthz)`);
  let stoppend = false;
  const stop = async (signaal: string) => {
    if (stoppend) return;
    stoppend = true;
    console.log(`${signaal} ontvangen: netjes afsluiten…`);
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('Starten mislukt:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
