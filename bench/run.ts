/**
 * npm run bench [-- --write | --beurten]
 * Measures turns against their I/O floor and the echo bot (interleaved rounds), round trips per use case, the sweep
 * at 1k/10k/100k cases, sending at the Teams limits and the durable embedded store, prints the figures, and with
 * --write puts them in docs/benchmarks.md. --beurten runs only part 1 (turns and concurrent decisions) and prints the
 * per-round ratios with the load average, for checking a change to a turn without the slow parts. Only loopback.
 * Not part of CI (a few minutes).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Beurtuitslag, meetBeurten } from './beurten';
import { meetOpslag } from './opslagkosten';
import { rapport } from './rapport';
import { getal, mediaan, ms } from './statistiek';
import { meetDuurzameOpslag, meetSweep } from './sweep';
import { meetVerzenden } from './verzenden';

const MATEN = [1_000, 10_000, 100_000];
const BEURTOPZET = { rondes: 8, perBlok: 30, gelijktijdig: 50, golven: 10 };
const belasting = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');

function beurtenSamenvatting(b: Beurtuitslag): string {
  const regels = b.verhoudingen.map((v) => `${v.naam}: ${getal(mediaan(v.perRonde), 2)}× (per ronde ${v.perRonde.map((r) => getal(r, 2)).join(' ')})`);
  const g = b.gelijktijdig;
  regels.push(`gelijktijdig ${g.aantal}: mediaan ${ms(g.mediaanMs)}, p99 ${ms(g.p99Ms)}, max ${ms(g.maxMs)}, ${g.fout} fout, ${g.geweigerd429}× 429`);
  return regels.join('\n');
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  const onbekend = [...args].filter((a) => a !== '--write' && a !== '--beurten');
  if (onbekend.length > 0) throw new Error(`Onbekende argumenten: ${onbekend.join(' ')} (bekend: --write, --beurten)`);
  if (args.has('--write') && args.has('--beurten')) throw new Error('--write schrijft een volledige run; niet samen met --beurten');
  const begin = performance.now();
  const belastingBegin = os.loadavg();
  const stap = (tekst: string) => console.error(`[bench ${((performance.now() - begin) / 1000).toFixed(0)} s] ${tekst}`);

  stap('1/5 beurten: app, I/O-vloer en echo afwisselend in rondes, daarna gelijktijdig met Teams-limieten');
  const beurten = await meetBeurten(BEURTOPZET);
  if (args.has('--beurten')) {
    console.log(`load average begin ${belastingBegin.map((l) => l.toFixed(2)).join(' / ')}, eind ${belasting()} (${os.availableParallelism()} kernen)`);
    console.log(beurtenSamenvatting(beurten));
    return;
  }
  stap('2/5 round trips per use case');
  const kosten = await meetOpslag();
  stap(`3/5 sweep met ${MATEN.join(' / ')} zaken (apart botproces)`);
  const sweep = await meetSweep(MATEN);
  stap('4/5 verzenden tegen de Teams-limieten');
  const verzenden = await meetVerzenden({ berichten: 2_000, gesprekken: 200, parallel: 8 });
  stap(`5/5 duurzame opslag met ${MATEN.join(' / ')} zaken (apart proces)`);
  const opslag = await meetDuurzameOpslag(MATEN);
  stap('klaar');

  const tekst = rapport({
    datum: new Date(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'onbekend',
      kernen: os.availableParallelism(),
      geheugenBytes: os.totalmem(),
      node: process.version,
      belastingBegin,
      belastingEind: os.loadavg(),
    },
    duurSeconden: (performance.now() - begin) / 1000,
    beurten,
    kosten,
    sweep,
    opslag,
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
