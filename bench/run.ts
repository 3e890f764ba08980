/**
 * npm run bench [-- --write] [-- --groot]
 * Measures turn overhead, store cost, sweep scaling, sending at the Teams limits and memory, each next to its
 * reference in the same run, prints the figures, and with --write puts them in docs/benchmarks.md. Only loopback.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { meetBeurten } from './beurten';
import { meetOpslag } from './opslagkosten';
import { rapport } from './rapport';
import { meetSweep } from './sweep';
import { meetVerzenden } from './verzenden';

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const onbekend = [...args].filter((a) => !['--write', '--groot'].includes(a));
  if (onbekend.length > 0) throw new Error(`Onbekende argumenten: ${onbekend.join(' ')} (bekend: --write, --groot)`);
  const groot = args.has('--groot');
  const begin = performance.now();
  const stap = (tekst: string) => console.error(`[bench ${((performance.now() - begin) / 1000).toFixed(0)} s] ${tekst}`);

  stap('2/5 opslagkosten per use case');
  const opslag = await meetOpslag();
  stap('1/5 beurten over HTTP (echo-bot en app in een apart botproces)');
  const beurten = await meetBeurten({ warmup: 50, sequentieel: 300, clients: 50, perClient: 10, eenKanaalClients: 10, eenKanaalPerClient: 3 });
  stap('4/5 verzenden tegen de Teams-limieten');
  const verzenden = await meetVerzenden({ berichten: 5_000, gesprekken: 500, parallel: 8 });
  const maten = groot ? [1_000, 5_000, 10_000, 100_000] : [1_000, 5_000, 10_000];
  stap(`3/5 + 5/5 sweep met ${maten.join(' / ')} zaken en geheugen (apart botproces)`);
  const sweep = await meetSweep(maten);
  const duurSeconden = (performance.now() - begin) / 1000;
  stap('klaar');

  const tekst = rapport({
    datum: new Date(),
    kernen: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'onbekend',
    node: process.version,
    duurSeconden,
    groot,
    beurten,
    opslag,
    sweep,
    verzenden,
  });
  console.log(tekst);
  if (args.has('--write')) {
    const doel = path.resolve(__dirname, '..', '..', 'docs', 'benchmarks.md');
    await fs.writeFile(doel, tekst);
    console.error(`geschreven: ${doel}`);
  }
}

main()
  .then(() => process.exit(0))
  .catch((fout: unknown) => {
    console.error('bench mislukt:', fout instanceof Error ? (fout.stack ?? fout.message) : fout);
    process.exit(1);
  });
