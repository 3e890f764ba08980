/**
 * Part 6, run inside the forked bot process: what durability costs in the embedded store at 1k/10k/100k cases.
 * Per size: the cost of one write (median of sequential upserts, durable against memory-only on the same document),
 * the log bytes per write, one compaction (snapshot time and size), the restore time of a restart, and RSS after it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stilleLogger } from '../src/log';
import { CONTAINERS } from '../src/store/containers';
import { LokaleCosmos, startLokaleCosmos } from '../src/store/lokale-cosmos';
import { OpslagMeting } from './berichten';
import { mediaan } from './statistiek';
import { lopendDocument, lopendeZaak, vulInBulk } from './zaken';

const SCHRIJVEN = 200;
const SCHAKELTEAMS = 100;

function ruimOp(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

async function schrijfTijden(cosmos: LokaleCosmos): Promise<number[]> {
  const container = cosmos.database.container(CONTAINERS.hulpvragen.name);
  // Its own id: the filled cases keep their ids across sizes.
  const zaak = { ...lopendeZaak(0, false, SCHAKELTEAMS), id: 'bench-schrijven' };
  const tijden: number[] = [];
  for (let i = 0; i < SCHRIJVEN; i++) {
    const t0 = performance.now();
    await container.items.upsert({ ...zaak, versie: i + 1 });
    tijden.push(performance.now() - t0);
  }
  return tijden;
}

export async function meetDuurzaam(maten: readonly number[]): Promise<OpslagMeting[]> {
  const map = await mkdtemp(path.join(tmpdir(), 'so-bench-opslag-'));
  const open = () => startLokaleCosmos({ database: 'bench', dataMap: map, log: stilleLogger });
  const geheugen = await startLokaleCosmos({ database: 'bench', log: stilleLogger });
  let cosmos = await open();
  const metingen: OpslagMeting[] = [];
  let opgeslagen = 0;
  try {
    for (const maat of maten) {
      const container = cosmos.database.container(CONTAINERS.hulpvragen.name);
      const basis = opgeslagen;
      const begin = performance.now();
      await vulInBulk(container, maat - basis, (j) => lopendDocument(basis + j, false, SCHAKELTEAMS));
      const vulSeconden = (performance.now() - begin) / 1000;
      opgeslagen = maat;
      const journaal = cosmos.journaal;
      if (!journaal) throw new Error('geen journaal');
      await journaal.compacteer();
      const logVoor = journaal.grootte().log;
      const duurzaam = await schrijfTijden(cosmos);
      const logBytes = (journaal.grootte().log - logVoor) / SCHRIJVEN;
      const inGeheugen = await schrijfTijden(geheugen);
      const t0 = performance.now();
      await journaal.compacteer();
      const compactieMs = performance.now() - t0;
      const snapshotBytes = journaal.grootte().snapshot;
      await cosmos.stop();
      ruimOp();
      const t1 = performance.now();
      cosmos = await open();
      const herstelMs = performance.now() - t1;
      ruimOp();
      metingen.push({
        zaken: maat,
        vulSeconden,
        schrijfMsDuurzaam: mediaan(duurzaam),
        schrijfMsGeheugen: mediaan(inGeheugen),
        logBytesPerSchrijf: logBytes,
        compactieMs,
        snapshotBytes,
        herstelMs,
        rss: process.memoryUsage().rss,
      });
    }
  } finally {
    await cosmos.stop();
    await geheugen.stop();
    await rm(map, { recursive: true, force: true });
  }
  return metingen;
}
