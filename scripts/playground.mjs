#!/usr/bin/env node
/**
 * npm run playground [-- --demo] [-- --bot <script>]
 *
 * Runs the built bot (dist/src/index.js; build first) and the Microsoft 365 Agents Playground, both on 127.0.0.1
 * only, so the bot can be tried in a Teams-like chat without a tenant, tunnel or app registration.
 * Ports: PORT (bot, default 3978) and PLAYGROUND_PORT (default 56150). Ctrl-C stops both.
 * --demo starts the bot with fictional demo cases (src/app/demo.ts); never against a configured COSMOS_ENDPOINT.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startBotAndPlayground } = require('./playground-lib.cjs');

function port(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`Fout / error: ${name}=${raw} is geen geldige poort / is not a valid port`);
    process.exit(2);
  }
  return value;
}

const botIndex = process.argv.indexOf('--bot');
const botScript = botIndex >= 0 ? process.argv[botIndex + 1] : undefined;
const demo = process.argv.includes('--demo');
if (demo && process.env.COSMOS_ENDPOINT) {
  // Same sentence as the bot itself: said here before anything starts.
  console.error(require('../dist/src/index.js').DEMO_WEIGERING);
  process.exit(1);
}
const botPort = port('PORT', 3978);
const playgroundPort = port('PLAYGROUND_PORT', 56150);

let session;
let stopping = false;
const starting = new AbortController();
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('Bot en Playground worden gestopt...');
  if (!session) {
    // Still starting: the launcher stops what it started and rejects, handled below.
    starting.abort();
    return;
  }
  await session.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  // Ingrid (currentUser in .m365agentsplayground.yml) is functional administrator locally, so she can also bind
  // the Team NO channel and try export, correction and erasure.
  const botEnv = { FUNCTIONEEL_BEHEERDERS: process.env.FUNCTIONEEL_BEHEERDERS ?? '10000000-0000-4000-8000-000000000001' };
  session = await startBotAndPlayground({ botPort, playgroundPort, botScript, botArgs: demo ? ['--demo'] : [], botEnv, signal: starting.signal });
} catch (error) {
  if (starting.signal.aborted) process.exit(0);
  console.error(`Fout / error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`Open ${session.playgroundUrl} in je browser`);
if (demo) console.log('Demo: typ "mijn casussen" in Personal Chat; alle hulpvragen zijn fictief (OBS De Regenboog (demo)).');
const exit = await session.exited;
if (!stopping) {
  console.error(`${exit.name} is gestopt (code ${exit.code}, signaal ${exit.signal}); de andere wordt ook gestopt.`);
  await shutdown(1);
}
