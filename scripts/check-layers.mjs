// Keeps the dependency direction inward: domain <- app <- adapters <- index.ts; keeps botbuilder at the edge; and
// refuses import circles anywhere in src. Run in CI (npm test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');
/**
 * The only files that may import botbuilder: the Teams adapter's SDK-facing files (the bot, the one turn context
 * implementation, the activity translations), src/http, src/proactief and the composition roots. Handlers get a
 * context without SDK types (src/teams/context.ts).
 */
const BOTBUILDER = [/^src\/teams\/(bot|beurt|gesprekken|persoon)\.ts$/, /^src\/http\//, /^src\/proactief\//, /^src\/(index|samenstelling)\.ts$/];
const ADAPTERS = ['store', 'teams', 'http', 'jobs', 'proactief', 'graph'];
// Composition roots other than src/index.ts (they build the graph, like index.ts): may import every adapter.
const COMPOSITIEWORTELS = new Set(['src/jobs/cli.ts']);

function bestanden(map) {
  return readdirSync(map).flatMap((naam) => {
    const vol = path.join(map, naam);
    return statSync(vol).isDirectory() ? bestanden(vol) : vol.endsWith('.ts') ? [vol] : [];
  });
}

function laagVan(bestand) {
  const relatief = path.relative(SRC, bestand).split(path.sep);
  return relatief.length === 1 ? relatief[0].replace(/\.ts$/, '') : relatief[0];
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

const fouten = [];
/** Relative imports per file (as paths relative to the repository), for the circle check below. */
const graaf = new Map();
const metExtensie = (doel) => (doel.endsWith('.ts') ? doel : `${doel}.ts`);
const relatiefPad = (bestand) => path.relative(process.cwd(), bestand).split(path.sep).join('/');
for (const bestand of bestanden(SRC)) {
  graaf.set(relatiefPad(bestand), []);
  const laag = laagVan(bestand);
  const tekst = readFileSync(bestand, 'utf8');
  for (const match of tekst.matchAll(IMPORT)) {
    const doel = match[1] ?? match[2] ?? match[3];
    const relatief = doel.startsWith('.');
    const doelLaag = relatief ? laagVan(path.resolve(path.dirname(bestand), doel)) : undefined;
    const wie = path.relative(process.cwd(), bestand);
    if (relatief) graaf.get(relatiefPad(bestand)).push(relatiefPad(metExtensie(path.resolve(path.dirname(bestand), doel))));
    if ((doel === 'botbuilder' || doel.startsWith('botbuilder/')) && !BOTBUILDER.some((r) => r.test(relatiefPad(bestand)))) {
      fouten.push(`${wie}: botbuilder hoort alleen in de Teams-randbestanden (bot, beurt, gesprekken, persoon), http, proactief en de compositiewortel`);
    }
    if (laag === 'domain' && (!relatief || doelLaag !== 'domain')) {
      fouten.push(`${wie}: het domein importeert alleen uit src/domain, niet "${doel}"`);
    }
    // log.ts is a plain interface plus a console writer, no SDK: use cases may log.
    if (laag === 'app' && (relatief ? !['domain', 'app', 'log'].includes(doelLaag) : doel !== 'zod')) {
      fouten.push(`${wie}: use cases importeren alleen domain, app, log en zod, niet "${doel}"`);
    }
    const wortel = COMPOSITIEWORTELS.has(path.relative(process.cwd(), bestand).split(path.sep).join('/'));
    if (!wortel && ADAPTERS.includes(laag) && relatief && ADAPTERS.includes(doelLaag) && doelLaag !== laag) {
      fouten.push(`${wie}: adapter ${laag} importeert adapter ${doelLaag}; verbind ze via een port in src/app`);
    }
    if (relatief && doelLaag === 'index' && laag !== 'index') {
      fouten.push(`${wie}: alleen de compositiewortel zelf mag src/index.ts kennen`);
    }
  }
}

// Any import circle (also through type-only imports) is refused: each one is a seam in the wrong place.
const klaar = new Set();
const opPad = [];
function zoekKring(bestand) {
  if (klaar.has(bestand)) return;
  const positie = opPad.indexOf(bestand);
  if (positie >= 0) {
    fouten.push(`importkring: ${[...opPad.slice(positie), bestand].join(' -> ')}`);
    return;
  }
  opPad.push(bestand);
  for (const doel of graaf.get(bestand) ?? []) if (graaf.has(doel)) zoekKring(doel);
  opPad.pop();
  klaar.add(bestand);
}
for (const bestand of graaf.keys()) zoekKring(bestand);

if (fouten.length > 0) {
  console.error(`Lagencontrole: ${fouten.length} overtreding(en)\n${fouten.join('\n')}`);
  process.exit(1);
}
console.log('Lagencontrole: domain <- app <- adapters <- index.ts klopt, botbuilder alleen aan de rand, geen importkringen.');
