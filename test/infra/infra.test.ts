import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_KEYS } from '../../src/config';
import { ALL_CONTAINERS } from '../../src/store/containers';
import { SETTING_KEYS } from '../../scripts/app-package.cjs';
import {
  BicepValue,
  bracketProblem,
  codeOnly,
  declarations,
  findBlock,
  parseLiteral,
  topLevelKeys,
  undeclaredIdentifiers,
} from './bicepText';

const INFRA = path.resolve(__dirname, '..', '..', 'infra');
const MAIN = 'azure.bicep';
const BOT = path.join('botRegistration', 'azurebot.bicep');

/** Azure regions inside the European Union (AVG: pupil data stays in the EU). */
const EU_REGIONS = ['westeurope', 'northeurope', 'swedencentral', 'germanywestcentral', 'francecentral', 'italynorth', 'polandcentral', 'spaincentral'];

const read = (file: string): string => fs.readFileSync(path.join(INFRA, file), 'utf8');

function bicepFiles(dir = INFRA): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return bicepFiles(full);
    return entry.name.endsWith('.bicep') ? [path.relative(INFRA, full)] : [];
  });
}

/**
 * Keys of CONFIG_KEYS that Azure deliberately does not set, with the reason. The test fails when a key is neither
 * set nor listed here, so a new setting cannot be forgotten in infra/.
 */
const NOT_SET_IN_AZURE: Readonly<Record<string, string>> = {
  HOST: 'the app listens on 0.0.0.0 in production by default, which App Service needs',
  PORT: 'App Service sets PORT for the container itself',
  MicrosoftAppPassword: 'the bot authenticates as the user-assigned managed identity: no secret',
  COSMOS_KEY: 'Cosmos DB has key auth disabled; the managed identity uses Entra ID (RBAC)',
  LOCAL_DATA_DIR: 'only used by the embedded local Cosmos server in development',
  LOCAL_COSMOS_PORT: 'only used by the embedded local Cosmos server in development',
  TEAMS_SERVICE_URL: 'optional: every stored conversation reference carries the serviceUrl Teams sent',
};

/** The @allowed list right above `param <name>` (only decorators may sit in between). */
function toegestaneWaarden(bron: string, param: string): BicepValue {
  const paramAt = bron.search(new RegExp(`^param ${param}\\b`, 'm'));
  const ervoor = bron.slice(0, paramAt);
  const decorator = ervoor.slice(ervoor.lastIndexOf('@allowed('));
  if (paramAt < 0 || /^(param|var|resource|output|module) /m.test(decorator)) throw new Error(`no @allowed for ${param}`);
  return parseLiteral(findBlock(decorator, /@allowed\(/));
}

interface AppSetting {
  name: string;
  value: string;
}

function appSettings(): AppSetting[] {
  const block = findBlock(read(MAIN), /appSettings:/);
  const settings: AppSetting[] = [];
  for (const m of block.matchAll(/\{[^{}]*?\bname:\s*'([^']+)'[^{}]*?\bvalue:\s*([^\n]+)[^{}]*?\}/g)) {
    settings.push({ name: m[1] ?? '', value: (m[2] ?? '').trim() });
  }
  return settings;
}

describe('infra/ (Bicep, checked offline)', () => {
  const files = bicepFiles();

  it('has the expected files', () => {
    expect(files.sort()).toEqual([MAIN, BOT].sort());
    expect(fs.existsSync(path.join(INFRA, 'azure.parameters.json'))).toBe(true);
  });

  it.each(bicepFiles())('%s has balanced brackets and only declared identifiers', (file) => {
    const source = read(file);
    expect(bracketProblem(codeOnly(source))).toBeUndefined();
    expect(undeclaredIdentifiers(source)).toEqual([]);
  });

  it('never reads keys or connection secrets', () => {
    for (const file of files) {
      const source = read(file);
      expect(source).not.toMatch(/listKeys\s*\(/);
      expect(source).not.toMatch(/primaryMasterKey|primaryReadonlyMasterKey|listConnectionStrings|AccountKey=/i);
    }
  });

  it('declares every Cosmos container with the partition key of src/store/containers.ts', () => {
    const block = findBlock(read(MAIN), /^var cosmosContainerSpecs\s*=/);
    const declared = parseLiteral(block);
    const expected = ALL_CONTAINERS.map((c) => ({
      name: c.name,
      partitionKey: c.partitionKey,
      compositeIndexes: (c.compositeIndexes ?? []).map((index) => index.map((p) => ({ path: p.path, order: p.order }))),
      alleenToevoegen: c.alleenToevoegen ?? false,
    }));
    expect(declared).toEqual(expected);
  });

  it('creates the containers from that list with a consistent index on everything', () => {
    const containers = findBlock(read(MAIN), /^resource cosmosContainers\s+'Microsoft\.DocumentDB\/databaseAccounts\/sqlDatabases\/containers@[^']+'\s*=\s*\[for spec in cosmosContainerSpecs:/);
    expect(containers).toMatch(/paths:\s*\[\s*spec\.partitionKey\s*\]/);
    expect(containers).toMatch(/indexingMode:\s*'consistent'/);
    expect(containers).toMatch(/includedPaths:\s*\[\s*\{\s*path:\s*'\/\*'\s*\}\s*\]/);
    expect(containers).toMatch(/compositeIndexes:\s*spec\.compositeIndexes/);
  });

  it('uses Entra ID only for Cosmos DB and grants the identity the built-in Data Contributor role', () => {
    const account = findBlock(read(MAIN), /^resource cosmosAccount\s+'Microsoft\.DocumentDB\/databaseAccounts@[^']+'\s*=/);
    expect(account).toMatch(/disableLocalAuth:\s*true/);
    const assignment = findBlock(read(MAIN), /^resource \w+\s+'Microsoft\.DocumentDB\/databaseAccounts\/sqlRoleAssignments@[^']+'\s*=/);
    expect(read(MAIN)).toMatch(/cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'/);
    expect(assignment).toMatch(/sqlRoleDefinitions\/\$\{cosmosDataContributorRoleId\}/);
    expect(assignment).toMatch(/principalId:\s*identity\.properties\.principalId/);
  });

  it('gives the identity the Data Contributor role per container, and on the append-only audit log only add, read and delete', () => {
    const main = read(MAIN);
    const contributor = findBlock(main, /^resource cosmosRoleAssignments\s+'[^']+'\s*=/);
    expect(contributor).toMatch(/^\[for spec in cosmosContainerSpecs: if \(!spec\.alleenToevoegen\)/);
    expect(contributor).toMatch(/scope:\s*'\$\{cosmosAccount\.id\}\/dbs\/\$\{cosmosDatabaseName\}\/colls\/\$\{spec\.name\}'/);
    const rol = findBlock(main, /^resource cosmosAppendOnlyRole\s+'Microsoft\.DocumentDB\/databaseAccounts\/sqlRoleDefinitions@[^']+'\s*=/);
    const acties = [...findBlock(rol, /dataActions:/).matchAll(/'([^']+)'/g)].map((m) => (m[1] ?? '').split('/').slice(-2).join('/'));
    expect(acties.sort()).toEqual(['containers/executeQuery', 'databaseAccounts/readMetadata', 'items/create', 'items/delete', 'items/read']);
    const toewijzing = findBlock(main, /^resource cosmosAppendOnlyAssignments\s+'[^']+'\s*=/);
    expect(toewijzing).toMatch(/^\[for spec in cosmosContainerSpecs: if \(spec\.alleenToevoegen\)/);
    expect(toewijzing).toMatch(/roleDefinitionId:\s*cosmosAppendOnlyRole\.id/);
    expect(ALL_CONTAINERS.filter((c) => c.alleenToevoegen).map((c) => c.name)).toEqual(['audit']);
  });

  it('sets every app setting the app reads, or says why not', () => {
    const settings = appSettings();
    const names = settings.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const missing = CONFIG_KEYS.filter((key) => !names.includes(key) && !(key in NOT_SET_IN_AZURE));
    expect(missing).toEqual([]);
    // The allowlist must stay true: no stale keys, and nothing both allowlisted and set.
    for (const key of Object.keys(NOT_SET_IN_AZURE)) {
      expect(CONFIG_KEYS as readonly string[]).toContain(key);
      expect(names).not.toContain(key);
    }
    const value = (name: string): string | undefined => settings.find((s) => s.name === name)?.value;
    expect(value('NODE_ENV')).toBe("'production'");
    expect(value('MicrosoftAppType')).toBe("'UserAssignedMSI'");
    expect(value('MicrosoftAppId')).toBe('identity.properties.clientId');
    expect(value('AZURE_CLIENT_ID')).toBe('identity.properties.clientId');
    expect(value('MicrosoftAppTenantId')).toBe('identity.properties.tenantId');
    expect(value('COSMOS_ENDPOINT')).toBe('cosmosAccount.properties.documentEndpoint');
    expect(value('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBeDefined();
  });

  it('runs the web app on Node 22 over HTTPS only, with the hardening settings', () => {
    const web = findBlock(read(MAIN), /^resource webApp\s+'Microsoft\.Web\/sites@[^']+'\s*=/);
    expect(web).toMatch(/httpsOnly:\s*true/);
    expect(web).toMatch(/linuxFxVersion:\s*'NODE\|22-lts'/);
    expect(web).toMatch(/minTlsVersion:\s*'1\.2'/);
    expect(web).toMatch(/ftpsState:\s*'Disabled'/);
    expect(web).toMatch(/alwaysOn:\s*true/);
    expect(web).toMatch(/appCommandLine:\s*'node dist\/src\/index\.js'/);
    expect(web).toMatch(/type:\s*'UserAssigned'/);
  });

  it('registers a single-tenant managed-identity bot with the Teams channel', () => {
    const bot = read(BOT);
    expect(bot).toMatch(/msaAppType:\s*'UserAssignedMSI'/);
    expect(bot).not.toMatch(/MultiTenant/);
    expect(bot).toMatch(/msaAppMSIResourceId:\s*identityResourceId/);
    expect(bot).toMatch(/msaAppTenantId:\s*identityTenantId/);
    expect(bot).toMatch(/endpoint:\s*'https:\/\/\$\{botAppDomain\}\/api\/messages'/);
    expect(bot).toMatch(/channelName:\s*'MsTeamsChannel'/);
    expect(bot).toMatch(/isEnabled:\s*true/);
  });

  it('allows EU regions only, also for the bot registration, which is regional (EU) by default', () => {
    const main = read(MAIN);
    const regios = toegestaneWaarden(main, 'location');
    expect(Array.isArray(regios) && regios.length > 0).toBe(true);
    for (const regio of regios as string[]) expect(EU_REGIONS).toContain(regio);
    expect(main).toMatch(/^param location string = 'westeurope'$/m);
    // Nothing may sit outside that parameter: every resource in the main template uses `location`.
    expect([...main.matchAll(/^\s+location:\s*(.+)$/gm)].map((m) => m[1])).toEqual(expect.arrayContaining(['location']));
    expect([...main.matchAll(/^\s+location:\s*(.+)$/gm)].map((m) => m[1]).filter((v) => v !== 'location')).toEqual([]);
    expect(toegestaneWaarden(main, 'botDataResidency')).toEqual(['westeurope', 'global']);
    expect(main).toMatch(/^param botDataResidency string = 'westeurope'$/m);
    const bot = read(BOT);
    expect(toegestaneWaarden(bot, 'botLocation')).toEqual(['westeurope', 'global']);
    expect([...bot.matchAll(/^\s+location:\s*(.+)$/gm)].map((m) => m[1])).toEqual(['botLocation', 'botLocation']);
    expect(findBlock(main, /^module botRegistration\s+'[^']+'\s*=/)).toMatch(/botLocation:\s*botDataResidency/);
  });

  it('gives Cosmos DB continuous backup and sends its diagnostic logs to Log Analytics', () => {
    const main = read(MAIN);
    const account = findBlock(main, /^resource cosmosAccount\s+'Microsoft\.DocumentDB\/databaseAccounts@[^']+'\s*=/);
    expect(findBlock(account, /backupPolicy:/)).toMatch(/type:\s*'Continuous'/);
    const diagnostics = findBlock(main, /^resource cosmosDiagnostics\s+'Microsoft\.Insights\/diagnosticSettings@[^']+'\s*=/);
    expect(diagnostics).toMatch(/scope:\s*cosmosAccount\b/);
    expect(diagnostics).toMatch(/workspaceId:\s*logAnalytics\.id/);
    expect(diagnostics).toMatch(/category:\s*'DataPlaneRequests'\s*enabled:\s*true/);
    expect(diagnostics).toMatch(/category:\s*'ControlPlaneRequests'\s*enabled:\s*true/);
  });

  it('turns basic authentication off for SCM and FTP publishing', () => {
    const main = read(MAIN);
    for (const naam of ['scm', 'ftp']) {
      const beleid = [...main.matchAll(/^resource \w+\s+'Microsoft\.Web\/sites\/basicPublishingCredentialsPolicies@[^']+'\s*=/gm)]
        .map((m) => findBlock(main.slice(m.index), /^resource \w+\s+'[^']+'\s*=/))
        .find((blok) => new RegExp(`name:\\s*'${naam}'`).test(blok));
      expect(beleid).toMatch(/parent:\s*webApp\b/);
      expect(beleid).toMatch(/allow:\s*false/);
    }
  });

  it('passes exactly the declared params to each module, and every required one', () => {
    const main = read(MAIN);
    for (const [name, modulePath] of declarations(main).modules) {
      const moduleFile = path.join(path.dirname(MAIN), modulePath);
      expect(fs.existsSync(path.join(INFRA, moduleFile))).toBe(true);
      const moduleParams = declarations(read(moduleFile)).params;
      const moduleBlock = findBlock(main, new RegExp(`^module ${name}\\s+'[^']+'\\s*=`));
      const passed = topLevelKeys(findBlock(moduleBlock, /params:/));
      expect(passed.filter((p) => !moduleParams.has(p))).toEqual([]);
      const required = [...moduleParams].filter(([, p]) => !p.hasDefault).map(([n]) => n);
      expect(required.filter((p) => !passed.includes(p))).toEqual([]);
    }
  });

  it('has a parameters file that matches the declared params', () => {
    const file: unknown = JSON.parse(read('azure.parameters.json'));
    const parameters =
      typeof file === 'object' && file !== null && 'parameters' in file && typeof file.parameters === 'object' && file.parameters
        ? Object.keys(file.parameters)
        : [];
    const declared = declarations(read(MAIN)).params;
    expect(parameters.filter((p) => !declared.has(p))).toEqual([]);
    const required = [...declared].filter(([, p]) => !p.hasDefault).map(([n]) => n);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((p) => !parameters.includes(p))).toEqual([]);
  });

  it('outputs what the app package and the deployment steps need', () => {
    const outputs = declarations(read(MAIN)).outputs;
    for (const name of ['BOT_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'COSMOS_ENDPOINT', 'IDENTITY_CLIENT_ID', 'WEB_APP_NAME']) {
      expect(outputs.has(name)).toBe(true);
    }
    // The outputs that scripts/package-app.mjs reads from an env file must carry the names it expects.
    expect(SETTING_KEYS).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_DOMAIN']));
  });
});

describe('the offline Bicep reader itself', () => {
  it('finds an undeclared parameter', () => {
    const source = "param a string\nvar b = '${a}-${c}'\noutput o string = d.properties.x\n";
    expect(undeclaredIdentifiers(source)).toEqual(['c (line 2)', 'd (line 3)']);
  });

  it('reports unbalanced brackets but ignores brackets in strings and comments', () => {
    expect(bracketProblem(codeOnly("var a = { b: '}' } // ]\n"))).toBeUndefined();
    expect(bracketProblem(codeOnly('var a = { b: [ 1 }\n'))).toMatch(/unexpected \}/);
  });

  it('parses the literal subset and finds top-level keys', () => {
    expect(parseLiteral("[\n  {\n    name: 'x'\n    n: 2\n    ok: true\n    l: []\n  }\n]")).toEqual([{ name: 'x', n: 2, ok: true, l: [] }]);
    expect(topLevelKeys("{\n  a: b.c\n  d: {\n    e: 1\n  }\n  f: 'g: h'\n}")).toEqual(['a', 'd', 'f']);
  });
});
