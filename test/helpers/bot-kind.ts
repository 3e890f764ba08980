/**
 * The child process of the outbox crash test (test/e2e-route/uitgaand-crash.test.ts), run from dist/:
 *   node dist/test/helpers/bot-kind.js <data folder> <Teams serviceUrl> <clock offset in ms>
 * The whole bot (HTTP, durable embedded store, planner sweeping every second) on a free port; prints `klaar <url>`.
 * The clock runs `offset` ahead of real time, so a restarted bot finds the leases of the one killed before it expired.
 */
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/index';
import { stilleLogger } from '../../src/log';

async function main(): Promise<void> {
  const [map, serviceUrl, verschuiving] = process.argv.slice(2);
  if (!map || !serviceUrl) throw new Error('gebruik: bot-kind.js <map> <serviceUrl> <verschuiving-ms>');
  const offset = Number(verschuiving ?? '0');
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOCAL_DATA_DIR: map,
    SWEEP_INTERVAL_SECONDEN: '1',
    TEAMS_SERVICE_URL: serviceUrl,
  } as NodeJS.ProcessEnv);
  const app = await startApp(config, { klok: { nu: () => new Date(Date.now() + offset) }, log: stilleLogger });
  process.stdout.write(`klaar ${app.url}\n`);
}

main().catch((fout: unknown) => {
  process.stdout.write(`fout ${fout instanceof Error ? fout.message : String(fout)}\n`);
  process.exit(1);
});
