import { COMMANDOS } from '../../src/teams/register';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { PNG } from 'pngjs';
import {
  PackageError,
  SCHEMA_FILE,
  SETTING_KEYS,
  buildAppPackage,
  envNameFromFile,
  fillManifest,
  parseEnvFile,
  resolveConfig,
} from '../../scripts/app-package.cjs';

const ROOT = path.resolve(__dirname, '..', '..');
const TEMPLATE = fs.readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8');

const TEST_CONFIG = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  TAB_APP_ID: '99999999-8888-4777-8666-555555555555',
  BOT_DOMAIN: 'schoolond-test.azurewebsites.net',
  DEVELOPER_NAME: 'SWV Testregio',
  DEVELOPER_WEBSITE: 'https://swv.example.org',
  PRIVACY_URL: 'https://swv.example.org/privacy',
  TERMS_URL: 'https://swv.example.org/voorwaarden',
  APP_VERSION: '1.2.3',
};

interface Command {
  title: string;
  description: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Manifest {
  id: string;
  version: string;
  name: { short: string; full?: string };
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: Array<{ botId: string; scopes: string[]; commandLists: CommandList[] }>;
  validDomains: string[];
}

const EXPECTED_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['help', 'Wat kan deze bot?'],
  ['nieuwe hulpvraag', 'Een hulpvraag registreren'],
  ['mijn casussen', 'Casussen waarbij ik betrokken ben'],
  ['casus', 'Eén casus bekijken, bijv. casus HV-2026-0042'],
  ['koppel schakelteam', 'Dit kanaal koppelen aan een schakelteam'],
  ['koppel team no', 'Dit kanaal koppelen als Team NO-kanaal'],
  ['koppel loket', 'Dit kanaal koppelen als Loket'],
  ['vergaderritme', 'Hoe vaak het schakelteam overlegt'],
  ['agendapunt', 'Algemeen punt op de agenda zetten'],
  ['bespreektijd', 'Bespreektijd per leerling, bijv. bespreektijd HV-2026-0042 20'],
  ['beheer', 'Functioneel beheer: export, corrigeer, wis'],
];

/** The child must not pick up a developer's exported BOT_ID etc.: env vars win over the env file. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of SETTING_KEYS) delete env[key];
  return env;
}

function runPackager(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-app.mjs'), ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function readPng(buffer: Buffer): PNG {
  return PNG.sync.read(buffer);
}

function entryData(zip: AdmZip, name: string): Buffer {
  const entry = zip.getEntry(name);
  if (!entry) throw new Error(`${name} ontbreekt in de zip`);
  return entry.getData();
}

describe('Teams app package', () => {
  let tmp: string;
  let zip: AdmZip;
  let manifestText: string;
  let manifest: Manifest;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'apppackage-'));
    const envFile = path.join(tmp, '.env.test');
    fs.writeFileSync(
      envFile,
      ['# testconfiguratie', ...Object.entries(TEST_CONFIG).map(([k, v]) => `${k}=${v}`), 'APP_NAME_SUFFIX=" (test)"'].join('\n'),
    );
    const result = runPackager(['--env', envFile, '--out', tmp]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zipPath = path.join(tmp, 'appPackage.test.zip');
    expect(fs.existsSync(zipPath)).toBe(true);
    zip = new AdmZip(zipPath);
    manifestText = entryData(zip, 'manifest.json').toString('utf8');
    manifest = JSON.parse(manifestText) as Manifest;
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has exactly manifest.json and the two icons at the root of the zip', () => {
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('is valid against the committed official schema', () => {
    const schema: unknown = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema as object);
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // Proves the schema really constrains: a non-GUID id and an unknown property must fail.
    expect(validate({ ...manifest, id: 'geen-guid' })).toBe(false);
    expect(validate({ ...manifest, onbekend: true })).toBe(false);
  });

  it('has every placeholder filled with the configured values', () => {
    expect(manifestText).not.toMatch(/\$\{\{/);
    expect(manifest.id).toBe(TEST_CONFIG.TEAMS_APP_ID);
    expect(manifest.version).toBe(TEST_CONFIG.APP_VERSION);
    expect(manifest.bots[0]?.botId).toBe(TEST_CONFIG.BOT_ID);
    expect(manifest.validDomains).toContain(TEST_CONFIG.BOT_DOMAIN);
    expect(manifest.developer).toEqual({
      name: TEST_CONFIG.DEVELOPER_NAME,
      websiteUrl: TEST_CONFIG.DEVELOPER_WEBSITE,
      privacyUrl: TEST_CONFIG.PRIVACY_URL,
      termsOfUseUrl: TEST_CONFIG.TERMS_URL,
    });
    expect(manifest.name.short).toBe('Schoolondersteuning (test)');
  });

  it('has the personal tabs, the channel tab and single sign-on for the exposed API', () => {
    const m = manifest as unknown as {
      staticTabs: Array<{ entityId: string; contentUrl?: string }>;
      configurableTabs: Array<{ configurationUrl: string; scopes: string[] }>;
      webApplicationInfo: { id: string; resource: string };
    };
    expect(m.staticTabs.map((t) => [t.entityId, t.contentUrl])).toEqual([
      ['mijn-casussen', `https://${TEST_CONFIG.BOT_DOMAIN}/tabs/index.html?weergave=mijn`],
      ['kwartaalcijfers', `https://${TEST_CONFIG.BOT_DOMAIN}/tabs/index.html?weergave=kwartaal`],
      ['conversations', undefined],
    ]);
    expect(m.configurableTabs).toEqual([expect.objectContaining({ configurationUrl: `https://${TEST_CONFIG.BOT_DOMAIN}/tabs/configuratie.html`, scopes: ['team'] })]);
    expect(m.webApplicationInfo).toEqual({ id: TEST_CONFIG.TAB_APP_ID, resource: `api://${TEST_CONFIG.BOT_DOMAIN}/${TEST_CONFIG.TAB_APP_ID}` });
  });

  it('offers the bot in team, personal and group chat with the Dutch commands', () => {
    const bot = manifest.bots[0];
    expect(bot).toBeDefined();
    expect([...(bot?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    const commandsFor = (scope: string): Command[] =>
      (bot?.commandLists ?? []).filter((list) => list.scopes.includes(scope)).flatMap((list) => list.commands);
    // Each scope offers exactly the commands the bot answers there (src/teams/register.ts, `bereik`), in its order.
    for (const scope of ['personal', 'team', 'groupChat'] as const) {
      const verwacht = COMMANDOS.filter((c) => c.bereik.includes(scope)).map((c) => c.woorden);
      expect(commandsFor(scope).map((c) => [c.title, c.description])).toEqual(EXPECTED_COMMANDS.filter(([title]) => verwacht.includes(title)));
      expect(commandsFor(scope).map((c) => c.title)).toEqual(verwacht);
    }
    expect(COMMANDOS.map((c) => c.woorden)).toEqual(EXPECTED_COMMANDS.map(([title]) => title));
  });

  it('has a fully opaque 192x192 colour icon', () => {
    const png = readPng(entryData(zip, 'color.png'));
    expect([png.width, png.height]).toEqual([192, 192]);
    for (let i = 3; i < png.data.length; i += 4) {
      if (png.data[i] !== 255) throw new Error(`color.png pixel ${(i - 3) / 4} is niet dekkend (alpha ${png.data[i]})`);
    }
  });

  it('has a 32x32 outline icon that is white on transparent', () => {
    const png = readPng(entryData(zip, 'outline.png'));
    expect([png.width, png.height]).toEqual([32, 32]);
    let visible = 0;
    for (let p = 0; p < png.width * png.height; p += 1) {
      const [r, g, b, a] = [png.data[4 * p], png.data[4 * p + 1], png.data[4 * p + 2], png.data[4 * p + 3]];
      if (a === 0) continue;
      visible += 1;
      if (Math.min(r ?? 0, g ?? 0, b ?? 0) < 240) throw new Error(`outline.png pixel ${p} is niet wit: ${r},${g},${b},${a}`);
    }
    // A blank icon would pass the colour check; demand a real symbol.
    expect(visible).toBeGreaterThan(100);
    // Transparent background: all four corners must be see-through.
    for (const p of [0, 31, 31 * 32, 32 * 32 - 1]) expect(png.data[4 * p + 3]).toBe(0);
  });

  it('ships the icons exactly as scripts/make-icons.mjs draws them', () => {
    const out = path.join(tmp, 'icons');
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-icons.mjs'), '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    for (const icon of ['color.png', 'outline.png']) {
      expect(fs.readFileSync(path.join(out, icon)).equals(fs.readFileSync(path.join(ROOT, 'appPackage', icon)))).toBe(true);
    }
  });
});

describe('filling and checking the configuration', () => {
  const values = { ...TEST_CONFIG, APP_NAME_SUFFIX: '' };

  it('fills the template and leaves no placeholder', () => {
    const filled = fillManifest(TEMPLATE, values);
    expect(filled).not.toContain('${{');
    expect((JSON.parse(filled) as Manifest).name.short).toBe('Schoolondersteuning');
  });

  it('refuses a template placeholder without a value, naming it', () => {
    const { BOT_DOMAIN: _omitted, ...withoutDomain } = values;
    expect(() => fillManifest(TEMPLATE, withoutDomain)).toThrow(PackageError);
    expect(() => fillManifest(TEMPLATE, withoutDomain)).toThrow(/\$\{\{BOT_DOMAIN\}\}/);
  });

  it('refuses a malformed placeholder', () => {
    expect(() => fillManifest('{"a": "${{ BOT-ID }}"}', values)).toThrow(/placeholder left/);
  });

  it('JSON-escapes values so a quote cannot break the manifest', () => {
    const filled = fillManifest('{"name": "${{DEVELOPER_NAME}}"}', { DEVELOPER_NAME: 'SWV "Noord"\\' });
    expect((JSON.parse(filled) as { name: string }).name).toBe('SWV "Noord"\\');
  });

  it('rejects ids that are not GUIDs and domains with a scheme', () => {
    expect(() => resolveConfig({ envName: 'prod', fileValues: { ...values, BOT_ID: 'not-a-guid' } })).toThrow(/BOT_ID.*GUID/);
    expect(() => resolveConfig({ envName: 'prod', fileValues: { ...values, BOT_DOMAIN: 'https://x.example.org' } })).toThrow(
      /BOT_DOMAIN/,
    );
    expect(() => resolveConfig({ envName: 'prod', fileValues: { ...values, PRIVACY_URL: 'http://x.example.org' } })).toThrow(
      /PRIVACY_URL.*https/,
    );
  });

  it('uses development defaults only for the local environment', () => {
    expect(() => resolveConfig({ envName: 'prod', fileValues: {}, packageVersion: '0.1.0' })).toThrow(/TEAMS_APP_ID ontbreekt/);
    const local = resolveConfig({ envName: 'local', packageVersion: '0.1.0' });
    expect(local.values.APP_VERSION).toBe('0.1.0');
    expect(local.sources.BOT_ID).toBe('default');
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'apppackage-local-'));
    try {
      const { zipPath } = buildAppPackage({ config: local, outDir: out });
      expect(path.basename(zipPath)).toBe('appPackage.local.zip');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('lets an environment variable override the env file', () => {
    const resolved = resolveConfig({
      envName: 'prod',
      fileValues: values,
      processEnv: { BOT_DOMAIN: 'other.example.org' },
    });
    expect(resolved.values.BOT_DOMAIN).toBe('other.example.org');
    expect(resolved.sources.BOT_DOMAIN).toBe('env');
    expect(resolved.sources.BOT_ID).toBe('file');
  });

  it('reads env files and derives the environment name', () => {
    expect(parseEnvFile('# c\nexport A=1\nB="two words"\nC=x # comment\n\n')).toEqual({ A: '1', B: 'two words', C: 'x' });
    expect(envNameFromFile(undefined)).toBe('local');
    expect(envNameFromFile('env/.env.prod')).toBe('prod');
    expect(envNameFromFile('/tmp/acc.env')).toBe('acc');
  });

  it('fails the command line with one clear line for an invalid value', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apppackage-bad-'));
    try {
      const envFile = path.join(dir, '.env.bad');
      fs.writeFileSync(envFile, Object.entries({ ...values, TEAMS_APP_ID: '1234' }).map(([k, v]) => `${k}=${v}`).join('\n'));
      const result = runPackager(['--env', envFile, '--out', dir]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/TEAMS_APP_ID="1234" is geen GUID/);
      expect(fs.existsSync(path.join(dir, 'appPackage.bad.zip'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
