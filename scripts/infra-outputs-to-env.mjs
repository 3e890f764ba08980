#!/usr/bin/env node
/**
 * az deployment group show -g <rg> -n <deployment> --query properties.outputs -o json \
 *   | node scripts/infra-outputs-to-env.mjs env/.env.prod
 *
 * Writes the upper-case outputs of infra/azure.bicep (BOT_ID, BOT_DOMAIN, ...) into an env file for
 * `npm run package -- --env env/.env.prod`. Keys already in the file that are not outputs (TEAMS_APP_ID,
 * PRIVACY_URL, ...) are kept, so the file can be refreshed after every deployment.
 */
import fs from 'node:fs';

function fail(message) {
  console.error(`Fout / error: ${message}`);
  process.exit(1);
}

const target = process.argv[2];
if (!target) fail('geef het env-bestand op / name the env file, e.g. env/.env.prod');

let outputs;
try {
  outputs = JSON.parse(fs.readFileSync(0, 'utf8'));
} catch (error) {
  fail(`geen JSON op stdin / no JSON on stdin (${error.message})`);
}
if (!outputs || typeof outputs !== 'object') fail('verwacht de outputs van de deployment / expected deployment outputs');

const fromInfra = new Map();
for (const [name, output] of Object.entries(outputs)) {
  // az prints outputs with the case used in the template; only the upper-case ones are meant for env files.
  if (/^[A-Z][A-Z0-9_]*$/.test(name) && output && typeof output === 'object' && 'value' in output) {
    fromInfra.set(name, String(output.value));
  }
}
if (fromInfra.size === 0) fail('geen bruikbare outputs gevonden / no usable outputs found');

const MARKER = '# Uit de Azure-deployment (infra/azure.bicep outputs)';
const kept = [];
if (fs.existsSync(target)) {
  for (const line of fs.readFileSync(target, 'utf8').split(/\r?\n/)) {
    const key = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line.trim())?.[1];
    if ((key && fromInfra.has(key)) || line.trim() === MARKER) continue;
    kept.push(line);
  }
}
while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
const generated = [...fromInfra].map(([k, v]) => `${k}=${v}`);
fs.writeFileSync(target, [...kept, ...(kept.length > 0 ? [''] : []), MARKER, ...generated, ''].join('\n'));
console.log(`${fromInfra.size} waarden geschreven naar / values written to ${target}`);
