// Keeps the dependency direction inward: domain <- app <- adapters <- index.ts. Run in CI (npm test).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve('src');
const ADAPTERS = ['store', 'teams', 'http', 'jobs', 'proactief'];
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
for (const bestand of bestanden(SRC)) {
  const laag = laagVan(bestand);
  const tekst = readFileSync(bestand, 'utf8');
  for (const match of tekst.matchAll(IMPORT)) {
    const doel = match[1] ?? match[2] ?? match[3];
    const relatief = doel.startsWith('.');
    const doelLaag = relatief ? laagVan(path.resolve(path.dirname(bestand), doel)) : undefined;
    const wie = path.relative(process.cwd(), bestand);
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

if (fouten.length > 0) {
  console.error(`Lagencontrole: ${fouten.length} overtreding(en)\n${fouten.join('\n')}`);
  process.exit(1);
}
console.log('Lagencontrole: domain <- app <- adapters <- index.ts klopt.');
