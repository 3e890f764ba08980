/**
 * One sweep from the command line, for cron, an Azure Functions timer or a test with any clock:
 *   node dist/src/jobs/cli.js --now 2026-12-01T09:00:00+01:00 [--instantie naam]
 * A composition root for the CLI (like src/index.ts for the bot): it reads the config and builds stores and sender.
 *
 * Storage: with COSMOS_ENDPOINT it uses that account. A loopback endpoint (http://127.0.0.1:…, e.g. the local Cosmos
 * API server the running bot logs at start-up) is used without a key. Without COSMOS_ENDPOINT it starts the local
 * server on the bot's snapshot (LOCAL_DATA_DIR): only do that while the bot is NOT running, or the two overwrite
 * each other's snapshot.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { Database } from '@azure/cosmos';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { tekstOpmaak } from '../app/herinnering-opmaak';
import { Sweepverslag, samenvatting, sweepHerinneringen } from '../app/herinneringen-sweep';
import { Config, loadConfig } from '../config';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../domain/herinneringen';
import { createLogger, Logger } from '../log';
import { TeamsVerzender } from '../proactief/teams-verzender';
import { CONTAINERS } from '../store/containers';
import { cosmosClient, openDatabase } from '../store/cosmos';
import { CosmosHerinneringOpslag } from '../store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from '../store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../store/kanaal-opslag';
import { startLokaleCosmos } from '../store/lokale-cosmos';

const argumenten = z.object({
  now: z.iso.datetime({ offset: true }).optional(),
  instantie: z.string().min(1).optional(),
});

export function leesArgumenten(argv: readonly string[]): z.infer<typeof argumenten> {
  const paren: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const naam = argv[i]?.match(/^--(\w+)(?:=(.*))?$/);
    if (!naam?.[1]) throw new Error(`Onbekend argument: ${argv[i] ?? ''}`);
    paren[naam[1]] = naam[2] ?? argv[++i] ?? '';
  }
  const gelezen = argumenten.strict().safeParse(paren);
  if (!gelezen.success) {
    const wat = gelezen.error.issues.map((i) => `${i.path.join('.') || 'argumenten'}: ${i.message}`).join('; ');
    throw new Error(`${wat} (gebruik: --now 2026-12-01T09:00:00+01:00 [--instantie naam])`);
  }
  return gelezen.data;
}

async function openOpslag(config: Config, log: Logger): Promise<{ database: Database; sluit(): Promise<void> }> {
  const endpoint = config.cosmos.endpoint;
  if (endpoint) {
    const lokaal = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(endpoint);
    const client = cosmosClient({ endpoint, key: config.cosmos.key }, lokaal);
    const database = await openDatabase(client, { endpoint, database: config.cosmos.database, aanmaken: lokaal });
    return { database, sluit: async () => client.dispose() };
  }
  const lokaal = await startLokaleCosmos({
    database: config.cosmos.database,
    dataMap: config.localDataDir === ':memory:' ? undefined : path.resolve(config.localDataDir),
    log,
  });
  return { database: lokaal.database, sluit: () => lokaal.stop() };
}

export async function eenmaligeSweep(config: Config, nu: Date, instantie: string, log: Logger): Promise<Sweepverslag> {
  const opslag = await openOpslag(config, log);
  try {
    const container = (naam: string) => opslag.database.container(naam);
    const kanalen = new CosmosKanaalOpslag(container(CONTAINERS.kanalen.name));
    const auth = new ConfigurationBotFrameworkAuthentication(
      (config.bot.appId
        ? { MicrosoftAppId: config.bot.appId, MicrosoftAppPassword: config.bot.appPassword, MicrosoftAppTenantId: config.bot.tenantId, MicrosoftAppType: config.bot.appType }
        : {}) as ConfigurationBotFrameworkAuthenticationOptions,
    );
    const appId = config.bot.appId ?? '';
    // TODO(config): botId, tenant share and reminder settings come from config once src/config.ts has the keys.
    const verzender = new TeamsVerzender(new CloudAdapter(auth), kanalen, {
      botAppId: appId,
      // Same local id as src/index.ts (LOKALE_BOT_ID), so 1:1 chats created here match the bot's own.
      botId: `28:${appId || '7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17'}`,
      tenantLimietPerInstantie: 50,
    });
    return await sweepHerinneringen(
      {
        hulpvragen: new CosmosHulpvraagOpslag(container(CONTAINERS.hulpvragen.name), log, STANDAARD_HERINNERINGSINSTELLINGEN),
        herinneringen: new CosmosHerinneringOpslag(container(CONTAINERS.herinneringen.name), log),
        kanalen,
        verzender,
        opmaak: tekstOpmaak,
        termijnen: config.evaluatie,
        instellingen: STANDAARD_HERINNERINGSINSTELLINGEN,
        instantie,
      },
      nu,
    );
  } finally {
    await opslag.sluit();
  }
}

async function main(): Promise<void> {
  const args = leesArgumenten(process.argv.slice(2));
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const nu = args.now ? new Date(args.now) : new Date();
  const verslag = await eenmaligeSweep(config, nu, args.instantie ?? `cli-${os.hostname()}-${process.pid}`, log);
  console.log(samenvatting(verslag));
  for (const fout of verslag.fouten) console.error(`  ${fout}`);
  process.exitCode = verslag.fouten.length > 0 ? 2 : 0;
}

if (require.main === module) {
  main().catch((fout: unknown) => {
    console.error('Sweep mislukt:', fout instanceof Error ? fout.message : fout);
    process.exit(1);
  });
}
