import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  ConversationState,
  TurnContext,
} from 'botbuilder';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { Config, ConfigError, loadConfig } from './config';
import { Klok } from './app/ports';
import { createLogger, Logger } from './log';
import { maakHttpServer } from './http/server';
import { CONTAINERS } from './store/containers';
import { cosmosClient, openDatabase } from './store/cosmos';
import { startLokaleCosmos } from './store/lokale-cosmos';
import { CosmosBotOpslag } from './store/bot-opslag';
import { SchoolondersteuningBot } from './teams/bot';
import { COMMANDOS, KAART_ACTIES } from './teams/register';
import { TeamsDiensten } from './teams/diensten';
import { hulpvraagKaarten } from './teams/kaarten/hulpvraag-kaarten';
import { TeamsVerzender } from './proactief/teams-verzender';
import { CosmosHulpvraagOpslag } from './store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from './store/kanaal-opslag';
import { CosmosSchakelteamOpslag } from './store/schakelteam-opslag';
import { CosmosTeller } from './store/teller';
import { randomUUID } from 'node:crypto';
import { alsMelding } from './teams/fouten';
import { Database } from '@azure/cosmos';

/** Matches the bot id in .m365agentsplayground.yml, so 1:1 chats created locally carry the Playground's bot. */
const LOKALE_BOT_ID = '7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17';

export interface App {
  readonly url: string;
  readonly database: Database;
  stop(): Promise<void>;
}

export interface Randen {
  readonly klok?: Klok;
  readonly log?: Logger;
}

async function openOpslag(config: Config, log: Logger): Promise<{ database: Database; sluit(): Promise<void> }> {
  if (!config.cosmos.endpoint) {
    const lokaal = await startLokaleCosmos({
      database: config.cosmos.database,
      dataMap: config.localDataDir === ':memory:' ? undefined : path.resolve(config.localDataDir),
      log,
    });
    log.info('lokale Cosmos API-server gestart', { endpoint: lokaal.endpoint });
    return { database: lokaal.database, sluit: () => lokaal.stop() };
  }
  const client = cosmosClient({ endpoint: config.cosmos.endpoint, key: config.cosmos.key }, false);
  const database = await openDatabase(client, {
    endpoint: config.cosmos.endpoint,
    database: config.cosmos.database,
    aanmaken: !config.production,
  });
  return { database, sluit: async () => client.dispose() };
}

/** The composition root: config → store → use cases → bot → HTTP. Tests call it with their own clock and log. */
export async function startApp(config: Config, randen: Randen = {}): Promise<App> {
  const log = randen.log ?? createLogger(config.logLevel);
  const opslag = await openOpslag(config, log);
  const container = (naam: string) => opslag.database.container(naam);

  const klok: Klok = randen.klok ?? { nu: () => new Date() };
  const gespreksstatus = new ConversationState(new CosmosBotOpslag(container(CONTAINERS.botstate.name)));
  const hulpvragen = new CosmosHulpvraagOpslag(container(CONTAINERS.hulpvragen.name), log);
  const kanalen = new CosmosKanaalOpslag(container(CONTAINERS.kanalen.name));
  const schakelteams = new CosmosSchakelteamOpslag(container(CONTAINERS.kanalen.name));
  const teller = new CosmosTeller(container(CONTAINERS.tellers.name));

  // Without an app id botbuilder authenticates nothing: only allowed locally (loadConfig refuses it in production).
  const auth = new ConfigurationBotFrameworkAuthentication(
    (config.bot.appId
      ? {
          MicrosoftAppId: config.bot.appId,
          MicrosoftAppPassword: config.bot.appPassword,
          MicrosoftAppTenantId: config.bot.tenantId,
          MicrosoftAppType: config.bot.appType,
        }
      : {}) as ConfigurationBotFrameworkAuthenticationOptions,
  );
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (turn: TurnContext, error: Error) => {
    const melding = alsMelding(error, log, { activiteit: turn.activity.id ?? '' });
    await turn.sendActivity(melding.tekst).catch(() => undefined);
  };

  const botId = `28:${config.bot.appId ?? LOKALE_BOT_ID}`;
  const verzender = new TeamsVerzender(adapter, kanalen, {
    botAppId: config.bot.appId ?? '',
    botId,
    tenantLimietPerInstantie: 50,
  });
  const termijnen = config.evaluatie;
  const diensten: TeamsDiensten = {
    commandos: COMMANDOS,
    route: { hulpvragen, klok, termijnen, verzender, kanalen, kaarten: hulpvraagKaarten(klok), log },
    registratie: { hulpvragen, schakelteams, teller, klok, ids: { nieuwId: () => randomUUID() } },
    kanalen,
    botId,
  };
  const bot = new SchoolondersteuningBot(diensten, KAART_ACTIES, log);
  const server = maakHttpServer(
    adapter,
    {
      run: async (turn) => {
        await bot.run(turn);
        await gespreksstatus.saveChanges(turn);
      },
    },
    log,
  );
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  const adres = server.address() as AddressInfo;
  const url = `http://${config.host}:${adres.port}`;
  log.info('bot luistert', { url: `${url}/api/messages` });

  return {
    url,
    database: opslag.database,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opslag.sluit();
    },
  };
}

async function main(): Promise<void> {
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
  const app = await startApp(config);
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
