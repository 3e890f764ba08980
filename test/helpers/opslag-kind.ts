/**
 * The child process of the kill-loop test (test/store/lokale-cosmos-crash.test.ts), run from dist/:
 *   node dist/test/helpers/opslag-kind.js <data folder>
 * Restores the embedded store, prints what survived, then keeps taking case numbers with the real counter and
 * storing a case per number, printing `ok <number>` only after the store confirmed it. The parent kills it with
 * SIGKILL at arbitrary moments. Stdout to a pipe is synchronous on Linux, so a printed line is never lost.
 */
import { randomUUID } from 'node:crypto';
import { stilleLogger } from '../../src/log';
import { CONTAINERS } from '../../src/store/containers';
import { startLokaleCosmos } from '../../src/store/lokale-cosmos';
import { CosmosTeller } from '../../src/store/teller';

async function main(): Promise<void> {
  const map = process.argv[2];
  if (!map) throw new Error('gebruik: opslag-kind.js <map>');
  // A tiny compaction threshold, so kills also land during compactions and generation switches.
  const cosmos = await startLokaleCosmos({ database: 'kill', dataMap: map, log: stilleLogger, compactieVanafBytes: 2_048 });
  const zaken = cosmos.database.container(CONTAINERS.hulpvragen.name);
  const { resources } = await zaken.items.query<number>('SELECT VALUE c.nummer FROM c').fetchAll();
  process.stdout.write(`bestaand ${JSON.stringify(resources)}\n`);
  const teller = new CosmosTeller(cosmos.database.container(CONTAINERS.tellers.name));
  for (;;) {
    const nummer = await teller.volgende('school:2026');
    await zaken.items.create({ id: randomUUID(), schakelteamId: `st-${nummer % 3}`, nummer });
    process.stdout.write(`ok ${nummer}\n`);
  }
}

main().catch((fout: unknown) => {
  process.stdout.write(`fout ${fout instanceof Error ? fout.message : String(fout)}\n`);
  process.exit(1);
});
