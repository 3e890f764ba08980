'use strict';
/**
 * Builds the Teams app package (manifest.json + icons in a zip) from appPackage/manifest.json.
 *
 * CommonJS on purpose: jest (ts-jest, no ESM mode) can require it, and the ESM command line script
 * scripts/package-app.mjs imports it too. Types are in app-package.d.cts.
 */
const fs = require('node:fs');
const path = require('node:path');
const AdmZip = require('adm-zip');

const ROOT = path.resolve(__dirname, '..');
const APP_PACKAGE_DIR = path.join(ROOT, 'appPackage');
const SCHEMA_FILE = path.join(APP_PACKAGE_DIR, 'schema', 'MicrosoftTeams.schema.v1.22.json');
const ICON_FILES = ['color.png', 'outline.png'];

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// A bare host name: Teams compares validDomains with host names, a scheme or path there silently never matches.
const HOST = /^(\*\.)?([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

class PackageError extends Error {}

function httpsUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? undefined : 'moet met https:// beginnen / must start with https://';
  } catch {
    return 'geen geldige URL / not a valid URL';
  }
}

/**
 * Every placeholder the template may use, how to check it and the value used for local development.
 * Local defaults only apply to the "local" environment, so a production package can never silently carry the
 * development GUIDs.
 */
const SETTINGS = {
  TEAMS_APP_ID: {
    localDefault: '5c4f2a3e-8d1b-4e6a-9f27-0b3c6d8e1a41',
    check: (v) => (GUID.test(v) ? undefined : 'is geen GUID / is not a GUID'),
  },
  BOT_ID: {
    localDefault: '7d3a9e52-1c4b-4f08-a6d2-3e9b5c0f8a17',
    check: (v) => (GUID.test(v) ? undefined : 'is geen GUID / is not a GUID'),
  },
  // The app registration whose exposed API (api://BOT_DOMAIN/TAB_APP_ID) the tabs ask SSO tokens for.
  TAB_APP_ID: {
    localDefault: '9b2e4c61-7a3d-4f85-b0c9-2d6e8f1a3b57',
    check: (v) => (GUID.test(v) ? undefined : 'is geen GUID / is not a GUID'),
  },
  BOT_DOMAIN: {
    localDefault: 'localhost',
    check: (v) => (HOST.test(v) && v.length <= 253 ? undefined : 'moet een hostnaam zijn zonder https:// of pad / must be a bare host name'),
  },
  DEVELOPER_NAME: {
    localDefault: 'Team Schoolondersteuning',
    check: (v) => (v.length >= 1 && v.length <= 32 ? undefined : 'moet 1 tot 32 tekens zijn / must be 1 to 32 characters'),
  },
  DEVELOPER_WEBSITE: { localDefault: 'https://example.org/schoolondersteuning', check: httpsUrl },
  PRIVACY_URL: { localDefault: 'https://example.org/schoolondersteuning/privacy', check: httpsUrl },
  TERMS_URL: { localDefault: 'https://example.org/schoolondersteuning/gebruiksvoorwaarden', check: httpsUrl },
  APP_VERSION: {
    localDefault: undefined, // package.json version, filled in by resolveConfig
    check: (v) => (SEMVER.test(v) ? undefined : 'moet x.y.z zijn / must be x.y.z'),
  },
  APP_NAME_SUFFIX: {
    localDefault: ' (lokaal)',
    optional: true,
    check: (v) => (v.length <= 11 ? undefined : 'mag hoogstens 11 tekens zijn / at most 11 characters (short name max 30)'),
  },
};

const SETTING_KEYS = Object.freeze(Object.keys(SETTINGS));

/** Parses KEY=VALUE lines (a subset of dotenv: comments, optional quotes, optional `export`). */
function parseEnvFile(text) {
  const values = {};
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      throw new PackageError(`Env-bestand regel ${index + 1} is geen KEY=VALUE / env file line ${index + 1} is not KEY=VALUE`);
    }
    let value = match[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) {
      value = quoted[2];
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    values[match[1]] = value;
  });
  return values;
}

/** `env/.env.dev` -> `dev`, `prod.env` -> `prod`; no file -> `local`. */
function envNameFromFile(file) {
  if (!file) return 'local';
  const base = path.basename(file);
  const name = base.startsWith('.env.') ? base.slice('.env.'.length) : base.replace(/\.env$/, '');
  if (!/^[A-Za-z0-9_-]+$/.test(name) || name === '.env') {
    throw new PackageError(`Kan geen omgevingsnaam afleiden uit ${base}; noem het bestand bijv. .env.prod / cannot derive an environment name from ${base}`);
  }
  return name;
}

/**
 * Chooses each setting: process environment first (so CI can override one value), then the env file, then
 * (only for the local environment) the development default.
 */
function resolveConfig({ envName, fileValues = {}, processEnv = {}, packageVersion }) {
  const values = {};
  const sources = {};
  const problems = [];
  for (const key of SETTING_KEYS) {
    const setting = SETTINGS[key];
    const localDefault = setting.localDefault;
    let value;
    if (processEnv[key] !== undefined && processEnv[key] !== '') {
      value = processEnv[key];
      sources[key] = 'env';
    } else if (fileValues[key] !== undefined && (fileValues[key] !== '' || setting.optional)) {
      value = fileValues[key];
      sources[key] = 'file';
    } else if (key === 'APP_VERSION' && packageVersion) {
      value = packageVersion;
      sources[key] = 'default';
    } else if (envName === 'local' && localDefault !== undefined) {
      value = localDefault;
      sources[key] = 'default';
    } else if (setting.optional) {
      value = '';
      sources[key] = 'default';
    } else {
      problems.push(`${key} ontbreekt / is missing`);
      continue;
    }
    const problem = setting.check(value);
    if (problem) problems.push(`${key}=${JSON.stringify(value)} ${problem}`);
    values[key] = value;
  }
  if (problems.length > 0) {
    throw new PackageError(`Ongeldige configuratie voor ${envName} / invalid configuration: ${problems.join('; ')}`);
  }
  return { envName, values, sources };
}

/**
 * Replaces every `${{NAME}}` in the manifest template. Values are JSON-escaped because placeholders sit inside
 * JSON strings; a value with a quote must not break (or inject into) the manifest.
 */
function fillManifest(template, values) {
  const unknown = new Set();
  const filled = template.replace(PLACEHOLDER, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      unknown.add(name);
      return whole;
    }
    return JSON.stringify(String(values[name])).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new PackageError(`Placeholder zonder waarde / placeholder without value: ${[...unknown].map((n) => '${{' + n + '}}').join(', ')}`);
  }
  // Catches malformed leftovers such as `${{ BOT-ID }}` that the strict pattern above does not consume.
  const leftover = /\$\{\{[^}]*\}\}/.exec(filled);
  if (leftover) {
    throw new PackageError(`Placeholder over in manifest / placeholder left in manifest: ${leftover[0]}`);
  }
  try {
    JSON.parse(filled);
  } catch (error) {
    throw new PackageError(`Manifest is geen geldige JSON na invullen / manifest is not valid JSON after filling: ${error.message}`);
  }
  return filled;
}

/** Validates against the committed official schema (draft-04, hence ajv-draft-04). Returns error lines. */
function validateManifest(manifest, schemaFile = SCHEMA_FILE) {
  const Ajv04 = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const AjvClass = Ajv04.default || Ajv04;
  const ajv = new AjvClass({ allErrors: true, strict: false });
  (addFormats.default || addFormats)(ajv);
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors || []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

/** Fills, validates and zips. Returns the zip path and the filled manifest. */
function buildAppPackage({ config, appPackageDir = APP_PACKAGE_DIR, outDir = path.join(APP_PACKAGE_DIR, 'build') }) {
  const template = fs.readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8');
  const filled = fillManifest(template, config.values);
  const manifest = JSON.parse(filled);
  const errors = validateManifest(manifest);
  if (errors.length > 0) {
    throw new PackageError(`Manifest voldoet niet aan het schema / manifest does not match the schema: ${errors.join('; ')}`);
  }
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(filled, 'utf8'));
  for (const icon of ICON_FILES) {
    zip.addFile(icon, fs.readFileSync(path.join(appPackageDir, icon)));
  }
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${config.envName}.zip`);
  zip.writeZip(zipPath);
  return { zipPath, manifest };
}

module.exports = {
  APP_PACKAGE_DIR,
  SCHEMA_FILE,
  SETTING_KEYS,
  PackageError,
  parseEnvFile,
  envNameFromFile,
  resolveConfig,
  fillManifest,
  validateManifest,
  buildAppPackage,
};
