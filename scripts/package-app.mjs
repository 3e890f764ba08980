#!/usr/bin/env node
/**
 * npm run package [-- --env env/.env.prod] [--out <dir>]
 *
 * Fills appPackage/manifest.json from environment variables and an optional env file (for example the outputs of
 * the Azure deployment, see docs/deploy.md) and writes appPackage/build/appPackage.<env>.zip for upload to Teams.
 * Without --env the "local" environment is built with fixed development ids.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const lib = require('./app-package.cjs');

const HELP = `Gebruik / usage: node scripts/package-app.mjs [--env <bestand/file>] [--out <map/dir>]
  --env  KEY=VALUE-bestand, bijv. env/.env.prod; de omgevingsnaam komt uit de bestandsnaam (.env.prod -> prod)
  --out  uitvoermap / output directory (standaard appPackage/build)
Instellingen / settings: ${lib.SETTING_KEYS.join(', ')} (omgevingsvariabelen gaan voor / environment wins)`;

export function parseArgs(argv) {
  const options = { envFile: undefined, outDir: undefined, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const takeValue = () => {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new lib.PackageError(`${arg} verwacht een waarde / expects a value`);
      i += 1;
      return value;
    };
    if (arg === '--env') options.envFile = takeValue();
    else if (arg.startsWith('--env=')) options.envFile = arg.slice('--env='.length);
    else if (arg === '--out') options.outDir = takeValue();
    else if (arg.startsWith('--out=')) options.outDir = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new lib.PackageError(`Onbekende optie / unknown option: ${arg}`);
  }
  return options;
}

export function main(argv, processEnv) {
  const options = parseArgs(argv);
  if (options.help) {
    console.log(HELP);
    return undefined;
  }
  let fileValues = {};
  if (options.envFile) {
    if (!fs.existsSync(options.envFile)) throw new lib.PackageError(`Env-bestand niet gevonden / env file not found: ${options.envFile}`);
    fileValues = lib.parseEnvFile(fs.readFileSync(options.envFile, 'utf8'));
  }
  const envName = lib.envNameFromFile(options.envFile);
  const packageJson = JSON.parse(fs.readFileSync(path.join(lib.APP_PACKAGE_DIR, '..', 'package.json'), 'utf8'));
  const config = lib.resolveConfig({ envName, fileValues, processEnv, packageVersion: packageJson.version });

  console.log(`Teams-app-pakket voor omgeving "${envName}":`);
  for (const key of lib.SETTING_KEYS) {
    console.log(`  ${key.padEnd(18)} = ${JSON.stringify(config.values[key])}  (${config.sources[key]})`);
  }
  const { zipPath } = lib.buildAppPackage({ config, outDir: options.outDir ? path.resolve(options.outDir) : undefined });
  console.log(`Geschreven / written: ${path.relative(process.cwd(), zipPath) || zipPath}`);
  return zipPath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof lib.PackageError) {
      console.error(`Fout / error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
