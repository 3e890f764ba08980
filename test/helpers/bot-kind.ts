/**
 * The child process of the outbox crash test (test/e2e-route/uitgaand-crash.test.ts), run from dist/:
 *   node dist/test/helpers/bot-kind.js <data folder> <Teams serviceUrl> <clock offset in ms>
 * The whole bot (HTTP, durable embedded store, planner sweeping every second) on a free port; prints `klaar <url>`.
 * The clock runs `offset` ahead of real time, so a restarted bot finds the leases of the one killed before it expired.
 *
 * A kill between two writes: when the file `<data folder>/houd-vast` holds `voor:<type>` or `na:<type>`, the first
 * write of a document of that type after it appeared is held before or after it reached the store (the file is
 * removed and `vastgehouden <type>` printed), so the parent can SIGKILL the bot exactly there.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Item, Items } from '@azure/cosmos';
import { loadConfig } from '../../src/config';
import { startApp } from '../../src/index';
import { stilleLogger } from '../../src/log';

/** Never settles: the bot waits here until it is killed. */
const nooit = () => new Promise<never>(() => undefined);

/** Whether this write is the one to hold at `moment`; the trigger holds once. */
function houdVastBij(map: string, moment: 'voor' | 'na', body: unknown): boolean {
  const bestand = path.join(map, 'houd-vast');
  if (!existsSync(bestand)) return false;
  const [wanneer, type] = readFileSync(bestand, 'utf8').trim().split(':');
  const soort = typeof body === 'object' && body !== null && 'type' in body ? body.type : undefined;
  if (wanneer !== moment || soort !== type) return false;
  rmSync(bestand, { force: true });
  process.stdout.write(`vastgehouden ${type}\n`);
  return true;
}

type Schrijf = (this: unknown, body: unknown, ...rest: unknown[]) => Promise<unknown>;

/** Every write the stores make (create, upsert, replace) passes the trigger before and after it. */
function schrijfhaak(map: string): void {
  const haak = (schrijf: Schrijf): Schrijf =>
    async function (this: unknown, body: unknown, ...rest: unknown[]): Promise<unknown> {
      if (houdVastBij(map, 'voor', body)) return nooit();
      const antwoord = await schrijf.call(this, body, ...rest);
      return houdVastBij(map, 'na', body) ? nooit() : antwoord;
    };
  const items = Items.prototype as unknown as { create: Schrijf; upsert: Schrijf };
  items.create = haak(items.create);
  items.upsert = haak(items.upsert);
  const item = Item.prototype as unknown as { replace: Schrijf };
  item.replace = haak(item.replace);
}

async function main(): Promise<void> {
  const [map, serviceUrl, verschuiving] = process.argv.slice(2);
  if (!map || !serviceUrl) throw new Error('gebruik: bot-kind.js <map> <serviceUrl> <verschuiving-ms>');
  schrijfhaak(map);
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
