/**
 * Building blocks shared by the two composition roots: the bot (src/index.ts) and the one-shot reminder sweep
 * (src/jobs/cli.ts). Only those two call these functions.
 */
import { Database } from '@azure/cosmos';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SweepDeps } from './app/herinneringen-sweep';
import { AgendaOpmaak, HerinneringOpmaak, KanaalOpslag } from './app/ports';
import { Config } from './config';
import { Logger } from './log';
import { TeamsVerzender } from './proactief/teams-verzender';
import { CosmosAgendaOpslag } from './store/agenda-opslag';
import { CONTAINERS } from './store/containers';
import { cosmosClient, openDatabase } from './store/cosmos';
import { CosmosHerinneringOpslag } from './store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from './store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from './store/kanaal-opslag';
import { startLokaleCosmos } from './store/lokale-cosmos';
import { CosmosSchakelteamOpslag } from './store/schakelteam-opslag';

/** Matches the bot id in .m365agentsplayground.yml, so 1:1 chats created locally carry the Playground's bot. */
const LOKALE_BOT_ID = '7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17';

export interface Opslag {
  readonly database: Database;
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
    return { database, sluit: async () => client.dispose() };
  }
  const lokaal = await startLokaleCosmos({ database: config.cosmos.database, dataMap, log, poort: config.lokaleCosmosPoort });
  log.info('lokale Cosmos API-server gestart', { endpoint: lokaal.endpoint });
  if (rol === 'bot' && dataMap) {
    await fs.mkdir(dataMap, { recursive: true });
    await fs.writeFile(path.join(dataMap, ADRESBESTAND), JSON.stringify({ endpoint: lokaal.endpoint, pid: process.pid }));
  }
  return { database: lokaal.database, sluit: () => lokaal.stop() };
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

export function maakVerzender(config: Config, adapter: CloudAdapter, kanalen: KanaalOpslag): TeamsVerzender {
  return new TeamsVerzender(adapter, kanalen, {
    botAppId: config.bot.appId ?? '',
    botId: botIdVan(config),
    tenantLimietPerInstantie: config.sweep.tenantLimietPerInstantie,
  });
}

export function hulpvraagOpslag(database: Database, config: Config, log: Logger): CosmosHulpvraagOpslag {
  return new CosmosHulpvraagOpslag(database.container(CONTAINERS.hulpvragen.name), log, config.herinneringen);
}

export function kanaalOpslag(database: Database): CosmosKanaalOpslag {
  return new CosmosKanaalOpslag(database.container(CONTAINERS.kanalen.name));
}

export interface SweepOnderdelen {
  readonly database: Database;
  readonly verzender: TeamsVerzender;
  readonly opmaak: HerinneringOpmaak;
  readonly agendaOpmaak: AgendaOpmaak;
  readonly instantie: string;
}

export function sweepDeps(config: Config, log: Logger, onderdelen: SweepOnderdelen): SweepDeps {
  return {
    hulpvragen: hulpvraagOpslag(onderdelen.database, config, log),
    herinneringen: new CosmosHerinneringOpslag(onderdelen.database.container(CONTAINERS.herinneringen.name), log),
    kanalen: kanaalOpslag(onderdelen.database),
    verzender: onderdelen.verzender,
    opmaak: onderdelen.opmaak,
    termijnen: config.evaluatie,
    instellingen: config.herinneringen,
    instantie: onderdelen.instantie,
    leaseMs: config.sweep.leaseMs,
    maxPerSweep: config.sweep.maxPerRonde,
    standaardServiceUrl: config.teamsServiceUrl,
    agenda: {
      instellingen: config.agenda,
      opslag: new CosmosAgendaOpslag(onderdelen.database.container(CONTAINERS.herinneringen.name)),
      schakelteams: new CosmosSchakelteamOpslag(onderdelen.database.container(CONTAINERS.kanalen.name)),
      opmaak: onderdelen.agendaOpmaak,
    },
  };
}
