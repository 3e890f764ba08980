import { TurnContext } from 'botbuilder';
import { Database } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import { Achtergrond } from './app/achtergrond';
import { sweepHerinneringen } from './app/herinneringen-sweep';
import { Klok } from './app/ports';
import { Config, ConfigError, loadConfig } from './config';
import { maakHttpServer } from './http/server';
import { Planner } from './jobs/planner';
import { createLogger, Logger } from './log';
import { maakAdapter, maakOnderdelen, openOpslag, sweepDeps } from './samenstelling';
import { SchoolondersteuningBot } from './teams/bot';
import { TeamsDiensten } from './teams/diensten';
import { alsMelding } from './teams/fouten';
import { hulpvraagKaarten } from './teams/kaarten/hulpvraag-kaarten';
import { COMMANDOS, KAART_ACTIES } from './teams/register';

export interface App {
  readonly url: string;
  readonly database: Database;
  /** One reminder sweep now, agendas included (tests and the local "reminders" run use their own clock). */
  sweep(nu: Date): ReturnType<typeof sweepHerinneringen>;
  /** Resolves when the notifications that follow earlier clicks have been sent. */
  rustig(): Promise<void>;
  stop(): Promise<void>;
}

export interface Randen {
  readonly klok?: Klok;
  readonly log?: Logger;
}

/** The composition root: config → store → use cases → bot → HTTP (+ the reminder planner). */
export async function startApp(config: Config, randen: Randen = {}): Promise<App> {
  const log = randen.log ?? createLogger(config.logLevel);
  const klok: Klok = randen.klok ?? { nu: () => new Date() };
  const opslag = await openOpslag(config, log, 'bot');
  const { database } = opslag;
  const adapter = maakAdapter(config);
  const onderdelen = maakOnderdelen(config, log, database, adapter);
  const { hulpvragen, kanalen, schakelteams, teller, verzender } = onderdelen;
  adapter.onTurnError = async (turn: TurnContext, error: Error) => {
    const melding = alsMelding(error, log, { activiteit: turn.activity.id ?? '' });
    await turn.sendActivity(melding.tekst).catch(() => undefined);
  };
  const achtergrond = new Achtergrond(log);
  const diensten: TeamsDiensten = {
    commandos: COMMANDOS,
    route: { hulpvragen, klok, termijnen: config.evaluatie, verzender, kanalen, kaarten: hulpvraagKaarten(klok), log, schakelteams, achtergrond },
    registratie: { hulpvragen, schakelteams, teller, klok, ids: { nieuwId: () => randomUUID() } },
    kanalen,
  };
  const bot = new SchoolondersteuningBot(diensten, KAART_ACTIES, log);
  const deps = sweepDeps(config, onderdelen, klok, `${os.hostname()}-${process.pid}`);
  const sweep = (nu: Date) => sweepHerinneringen(deps, nu);
  const planner = new Planner(sweep, klok, config.sweep.intervalMs, log);

  const server = maakHttpServer(adapter, bot, log);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  const adres = server.address() as AddressInfo;
  const url = `http://${config.host}:${adres.port}`;
  log.info('bot luistert', { url: `${url}/api/messages` });
  if (config.sweep.intervalMs > 0) planner.start();

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
