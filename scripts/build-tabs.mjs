// Builds the Teams tab front-end (tabs/) into dist/tabs: type-checks it (its own tsconfig, with the DOM), bundles
// each page's script with esbuild (teams-js and Chart.js included, so the page loads nothing from elsewhere) and
// copies the HTML and CSS. Part of `npm run build`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const UIT = path.join(ROOT, 'dist', 'tabs');
execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tabs', 'tsconfig.json')], { stdio: 'inherit' });
mkdirSync(UIT, { recursive: true });
await build({
  entryPoints: { main: path.join(ROOT, 'tabs/src/main.ts'), configuratie: path.join(ROOT, 'tabs/src/configuratie.ts') },
  outdir: UIT,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const bestand of ['index.html', 'configuratie.html', 'stijl.css']) copyFileSync(path.join(ROOT, 'tabs', bestand), path.join(UIT, bestand));
