/**
 * Building blocks shared by the two composition roots: the bot (src/index.ts) and the one-shot sweep (src/jobs/cli.ts).
 * Only those two call these functions.
 */
import { Database } from '@azure/cosmos';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { promises as fs } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { Auditor } from './app/audit';
import { SweepDeps, Sweepverslag, sweepHerinneringen } from './app/herinneringen-sweep';
import { RechtenDeps, vernietigVerlopen } from './app/rechten';
import { maakBeheerderscheck } from './app/beheer';
import { GRAPH_URL, GraphGroepen, tokenUrlVoor } from './graph/groepen';
import { Gezondheid, IsBeheerder, KanaalOpslag, Klok } from './app/ports';
import { MededelingDeps } from './app/mededelingen';
import { UitgaandDeps } from './app/uitgaand';
import { Config } from './config';
import { Logger } from './log';
import { TeamsVerzender } from './proactief/teams-verzender';
import { CosmosAgendaOpslag } from './store/agenda-opslag';
import { CosmosAuditOpslag } from './store/audit-opslag';
import { CONTAINERS } from './store/containers';
import { cosmosClient, openDatabase } from './store/cosmos';
import { CosmosHerinneringOpslag } from './store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from './store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from './store/kanaal-opslag';
import { CosmosMededelingOpslag } from './store/mededeling-opslag';
import { CosmosPostberichtOpslag } from './store/postbericht-opslag';
import { startLokaleCosmos } from './store/lokale-cosmos';
import { CosmosSchakelteamOpslag } from './store/schakelteam-opslag';
import { CosmosTeller } from './store/teller';
import { agendaKaarten } from './teams/kaarten/agenda-kaart';
import { herinneringKaarten } from './teams/kaarten/herinnering-kaarten';
import { hulpvraagKaarten } from './teams/kaarten/hulpvraag-kaarten';

/** Matches the bot id in .m365agentsplayground.yml, so 1:1 chats created locally carry the Playground's bot. */
const LOKALE_BOT_ID = '7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17';

export interface Opslag {
  readonly database: Database;
  gezondheid(): Gezondheid;
  sluit(): Promise<void>;
}

const ADRESBESTAND = 'cosmos-endpoint.json';
const adresSchema = z.object({ endpoint: z.string().url(), pid: z.number().int() });

function leeft(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The embedded server of a running local bot, if any: the reminder CLI then works on the same data. */
async function lopendeLokaleServer(dataMap: string): Promise<string | undefined> {
  try {
    const adres = adresSchema.parse(JSON.parse(await fs.readFile(path.join(dataMap, ADRESBESTAND), 'utf8')));
    return leeft(adres.pid) ? adres.endpoint : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Azure Cosmos DB when COSMOS_ENDPOINT is set (a loopback endpoint counts as a local server: no key, created on
 * demand); otherwise the embedded local server, or — for the CLI — the one a running local bot already serves.
 */
export async function openOpslag(config: Config, log: Logger, rol: 'bot' | 'cli'): Promise<Opslag> {
  const dataMap = config.localDataDir === ':memory:' ? undefined : path.resolve(config.localDataDir);
  const endpoint = config.cosmos.endpoint ?? (rol === 'cli' && dataMap ? await lopendeLokaleServer(dataMap) : undefined);
  if (endpoint) {
    const lokaal = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(endpoint);
    const client = cosmosClient({ endpoint, key: config.cosmos.key }, lokaal);
    const database = await openDatabase(client, { endpoint, database: config.cosmos.database, aanmaken: lokaal || !config.production });
    return { database, gezondheid: () => ({ status: 'ok' }), sluit: async () => client.dispose() };
  }
  const lokaal = await startLokaleCosmos({ database: config.cosmos.database, dataMap, log, poort: config.lokaleCosmosPoort });
  log.info('lokale Cosmos API-server gestart', { endpoint: lokaal.endpoint });
  if (rol === 'bot' && dataMap) {
    await fs.mkdir(dataMap, { recursive: true, mode: 0o700 });
    const adresbestand = path.join(dataMap, ADRESBESTAND);
    await fs.writeFile(adresbestand, JSON.stringify({ endpoint: lokaal.endpoint, pid: process.pid }), { mode: 0o600 });
    // writeFile's mode only applies to a new file; one left by an older version keeps its mode otherwise.
    await fs.chmod(adresbestand, 0o600);
  }
  return { database: lokaal.database, gezondheid: () => lokaal.gezondheid(), sluit: () => lokaal.stop() };
}

export function maakAdapter(config: Config): CloudAdapter {
  // Without an app id botbuilder authenticates nothing: only allowed locally (loadConfig refuses it in production).
  const opties = config.bot.appId
    ? {
        MicrosoftAppId: config.bot.appId,
        MicrosoftAppPassword: config.bot.appPassword,
        MicrosoftAppTenantId: config.bot.tenantId,
        MicrosoftAppType: config.bot.appType,
      }
    : {};
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication(opties as ConfigurationBotFrameworkAuthenticationOptions));
}

export function botIdVan(config: Config): string {
  return `28:${config.bot.appId ?? LOKALE_BOT_ID}`;
}

function maakVerzender(config: Config, adapter: CloudAdapter, kanalen: KanaalOpslag): TeamsVerzender {
  return new TeamsVerzender(adapter, kanalen, {
    botAppId: config.bot.appId ?? '',
    botId: botIdVan(config),
    standaardServiceUrl: config.teamsServiceUrl,
    tenantLimietPerInstantie: config.sweep.tenantLimietPerInstantie,
  });
}

/** The stores and the sender, built once per process from one database. */
export interface Onderdelen {
  readonly hulpvragen: CosmosHulpvraagOpslag;
  readonly kanalen: CosmosKanaalOpslag;
  readonly schakelteams: CosmosSchakelteamOpslag;
  readonly teller: CosmosTeller;
  readonly herinneringen: CosmosHerinneringOpslag;
  readonly agendas: CosmosAgendaOpslag;
  readonly postberichten: CosmosPostberichtOpslag;
  readonly mededelingen: CosmosMededelingOpslag;
  readonly verzender: TeamsVerzender;
  readonly audit: CosmosAuditOpslag;
}

export function maakOnderdelen(config: Config, log: Logger, database: Database, adapter: CloudAdapter): Onderdelen {
  const kanalen = new CosmosKanaalOpslag(database.container(CONTAINERS.kanalen.name));
  return {
    hulpvragen: new CosmosHulpvraagOpslag(database.container(CONTAINERS.hulpvragen.name), log, config.herinneringen),
    kanalen,
    schakelteams: new CosmosSchakelteamOpslag(database.container(CONTAINERS.kanalen.name)),
    teller: new CosmosTeller(database.container(CONTAINERS.tellers.name)),
    herinneringen: new CosmosHerinneringOpslag(database.container(CONTAINERS.herinneringen.name), log),
    agendas: new CosmosAgendaOpslag(database.container(CONTAINERS.herinneringen.name), log),
    postberichten: new CosmosPostberichtOpslag(database.container(CONTAINERS.herinneringen.name), log),
    mededelingen: new CosmosMededelingOpslag(database.container(CONTAINERS.herinneringen.name), log),
    verzender: maakVerzender(config, adapter, kanalen),
    audit: new CosmosAuditOpslag(database.container(CONTAINERS.audit.name)),
  };
}

/** Writes the audit log with this process's clock; refused reads are counted in the tellers container. */
export function maakAuditor(onderdelen: Onderdelen, klok: Klok): Auditor {
  return new Auditor({ opslag: onderdelen.audit, teller: onderdelen.teller, klok, ids: { nieuwId: () => randomUUID() } });
}

/**
 * The outbox's relay and sender (app/uitgaand.ts) and the notices outside a case (app/mededelingen.ts): the route's
 * clicks, the planner and the CLI share them.
 */
export function uitgaandDeps(config: Config, onderdelen: Onderdelen, klok: Klok, instantie: string): UitgaandDeps & MededelingDeps {
  const { hulpvragen, postberichten, mededelingen, verzender, kanalen } = onderdelen;
  return {
    hulpvragen,
    postberichten,
    mededelingen,
    verzender,
    kanalen,
    kaarten: hulpvraagKaarten(config.dialogen, config.herinneringen),
    instantie,
    verzending: config.uitgaand,
    klok,
    termijnen: config.evaluatie,
    auditor: maakAuditor(onderdelen, klok),
  };
}

/** What the reminder sweep needs; the bot's planner and the one-shot CLI both build it here. */
export function sweepDeps(config: Config, onderdelen: Onderdelen, klok: Klok, instantie: string, log: Logger): SweepDeps {
  return {
    uitgaand: { ...uitgaandDeps(config, onderdelen, klok, instantie), schakelteams: onderdelen.schakelteams, log },
    hulpvragen: onderdelen.hulpvragen,
    herinneringen: onderdelen.herinneringen,
    kanalen: onderdelen.kanalen,
    verzender: onderdelen.verzender,
    opmaak: herinneringKaarten(config.dialogen, config.herinneringen),
    termijnen: config.evaluatie,
    instellingen: config.herinneringen,
    instantie,
    verzending: config.sweep,
    regios: config.regios,
    beheer: config.beheer,
    agenda: { instellingen: config.agenda, opslag: onderdelen.agendas, schakelteams: onderdelen.schakelteams, opmaak: agendaKaarten },
    auditor: maakAuditor(onderdelen, klok),
  };
}

/** Where Microsoft Graph and its token endpoint are (tests: a fake server on loopback). */
export interface GraphAdres {
  readonly tokenUrl: string;
  readonly graphUrl: string;
}

/**
 * The one functional-administrator check for bot, tabs and rights. The AAD group needs the bot's own credentials
 * (app id, secret, tenant) to ask Microsoft Graph; without them (loopback with the embedded store) only the object
 * ids count, and the start log says so.
 */
export function beheerderscheck(config: Config, klok: Klok, log: Logger, adres?: GraphAdres): IsBeheerder {
  const { appId, appPassword, tenantId } = config.bot;
  const groep = config.beheer.groep;
  const kan = appId !== undefined && appPassword !== undefined && tenantId !== undefined;
  if (groep && !kan) {
    log.warn('functioneel beheer: groep niet gecontroleerd (geen Bot Framework-credentials); alleen FUNCTIONEEL_BEHEERDERS telt', { code: 'BEHEER.GROEP_UIT' });
  } else if (groep) {
    log.info('functioneel beheer: FUNCTIONEEL_BEHEERDERS en leden van FUNCTIONEEL_BEHEERDERS_GROEP (via Microsoft Graph)', { code: 'BEHEER.GROEP_AAN' });
  }
  const groepen =
    groep && kan
      ? new GraphGroepen({ tokenUrl: adres?.tokenUrl ?? tokenUrlVoor(tenantId), graphUrl: adres?.graphUrl ?? GRAPH_URL, clientId: appId, clientSecret: appPassword })
      : undefined;
  return maakBeheerderscheck({ beheer: config.beheer, ...(groepen ? { groepen } : {}), klok, log });
}

/** What rights requests and the retention sweep need. */
export function rechtenDeps(config: Config, onderdelen: Onderdelen, klok: Klok, isBeheerder: IsBeheerder): RechtenDeps {
  return {
    hulpvragen: onderdelen.hulpvragen,
    audit: onderdelen.audit,
    auditor: maakAuditor(onderdelen, klok),
    klok,
    ids: { nieuwId: () => randomUUID() },
    isBeheerder,
    dossierTenant: config.bot.tenantId,
    bewaartermijnMaanden: config.bewaartermijnMaanden,
  };
}

export type Veegverslag = Sweepverslag & {
  /** Closed cases destroyed because their retention term (BEWAARTERMIJN_MAANDEN) had passed. */
  readonly vernietigd: number;
};

/**
 * One sweep: reminders and agendas, then the retention term. The bot's planner, the one-shot CLI and tests (with
 * their own clock) all run exactly this, so no way of running the jobs skips the retention term.
 */
export function maakSweep(deps: SweepDeps, rechten: RechtenDeps, log: Logger): (nu: Date) => Promise<Veegverslag> {
  return async (nu) => {
    const verslag = await sweepHerinneringen(deps, nu);
    const vernietigd = await vernietigVerlopen(rechten, nu);
    if (vernietigd > 0) log.info('bewaartermijn verstreken: hulpvragen vernietigd', { aantal: vernietigd });
    return { ...verslag, vernietigd };
  };
}
