/**
 * The tab pages in headless Chromium, framed by a small test host that plays Teams: it answers teams-js's start-up
 * messages (initialize, getContext with a theme, authentication.getAuthToken with a token signed by a key made
 * here) and records deep links. The server checks those tokens against the local key set, as it would Entra's.
 * Checks what a user sees in each view and theme; with SCHERMAFDRUKKEN=1 the screenshots are written to docs/tabs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KeyLike, SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { App, startApp } from '../../src/index';
import { stilleLogger } from '../../src/log';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { VasteKlok } from '../helpers/app';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { EXPERT_B, IB, IB_BETROKKENE, SF_BETROKKENE, alsBetrokkene, hulpvraagIn } from '../domain/fixtures';
import { ROOT, isLoopback } from './harness';

const APP_ID = '9b2e4c61-7a3d-4f85-b0c9-2d6e8f1a3b57';
const KANAAL = '19:schakelteam-regenboog@thread.tacv2';
const SCHERMAFDRUKKEN = process.env.SCHERMAFDRUKKEN === '1' ? path.join(ROOT, 'docs', 'tabs') : path.join(ROOT, 'test-results', 'tabs');

let app: App;
let browser: Browser;
let page: Page;
let sleutel: KeyLike;

/** A host page on the app's own origin (the tab accepts its own origin as host): frames the tab, answers teams-js. */
function hostPagina(weergave: string, thema: string, token: string): string {
  const context = { theme: thema, userObjectId: IB.aadObjectId, tid: IB.tenantId, teamId: '19:team', teamName: 'SWV Noord', channelId: KANAAL, channelName: 'Schakelteam Regenboog', locale: 'nl-nl', frameContext: 'content', hostClientType: 'web' };
  return `<!doctype html><html><body style="margin:0">
<iframe id="tab" src="/tabs/index.html?weergave=${weergave}" style="width:1000px;height:3200px;border:0"></iframe>
<script>
  window.geopend = [];
  const antwoorden = {
    initialize: ['content', 'web', '2.0.0'],
    getContext: [${JSON.stringify(context)}],
    'authentication.getAuthToken': [true, ${JSON.stringify(token)}],
  };
  window.addEventListener('message', (e) => {
    const m = e.data;
    if (!m || typeof m.func !== 'string' || typeof m.id !== 'number') return;
    if (m.func === 'executeDeepLink') window.geopend.push(m.args[0]);
    e.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: antwoorden[m.func] || [true] }, e.origin);
  });
</script></body></html>`;
}

async function token(): Promise<string> {
  return new SignJWT({ tid: IB.tenantId, oid: IB.aadObjectId, name: IB.naam })
    .setProtectedHeader({ alg: 'RS256', kid: 'e2e' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .setAudience(`api://127.0.0.1/${APP_ID}`)
    .setIssuer(`https://login.microsoftonline.com/${IB.tenantId}/v2.0`)
    .sign(sleutel);
}

async function open(weergave: string, thema: string): Promise<ReturnType<Page['frameLocator']>> {
  const host = hostPagina(weergave, thema, await token());
  await page.route(`${app.url}/testhost.html`, (route: Route) => route.fulfill({ contentType: 'text/html', body: host }));
  await page.goto(`${app.url}/testhost.html`);
  const tab = page.frameLocator('#tab');
  await tab.locator('body[data-klaar="ja"]').waitFor({ timeout: 30000 });
  await page.unroute(`${app.url}/testhost.html`);
  return tab;
}

async function schermafdruk(naam: string): Promise<void> {
  fs.mkdirSync(SCHERMAFDRUKKEN, { recursive: true });
  await page.frameLocator('#tab').locator('main').screenshot({ path: path.join(SCHERMAFDRUKKEN, `${naam}.png`) });
}

/** Eight cases of one schakelteam in different places of the route, on Thursday 23 April 2026. */
function casussen(): Hulpvraag[] {
  const casus = (n: number, status: Parameters<typeof hulpvraagIn>[0], velden: Partial<Hulpvraag>, opties: Parameters<typeof hulpvraagIn>[1] = {}): Hulpvraag => ({
    ...hulpvraagIn(status, opties),
    id: `hv-${n}`,
    nummer: `HV-2025-00${n}`,
    aangemaakt: '2026-03-02T08:00:00Z',
    bijgewerkt: '2026-04-20T08:00:00Z',
    laatsteVoortgang: '2026-04-20T08:00:00Z',
    ...velden,
  });
  const houderB = [IB_BETROKKENE, SF_BETROKKENE, alsBetrokkene(EXPERT_B, 'regierolhouder', 'jeugdverpleegkundige')];
  const loket = (datum: string) => ({ soort: 'loket' as const, reden: 'zwaardere hulp', verwijsindex: { nodig: false }, datum });
  return [
    casus(1, 'regierol_actief', { evaluatiedata: { tussentijds: '2026-04-21', eind: '2026-06-10' } }, { metHouder: true, metToestemming: true }),
    casus(2, 'regierol_actief', { betrokkenen: houderB, regierolSinds: '2026-03-17T09:00:00Z', evaluatiedata: { tussentijds: '2026-04-28', eind: '2026-06-17' } }, { metToestemming: true }),
    casus(3, 'bij_schakelteam', { school: 'Het Kompas', aangemaakt: '2026-04-20T08:00:00Z' }),
    casus(4, 'stagnatie_team_no', { evaluatiedata: { tussentijds: '2026-05-20', eind: '2026-06-30' } }, { metHouder: true, metToestemming: true }),
    // Offered to the Loket since 20 March: its answer is late (the schakelfunctionaris inquired), stagnation only after 10 weeks.
    casus(5, 'regierol_aangeboden', { besluit: loket('2026-03-20'), school: 'Het Kompas', loket: { sinds: '2026-03-20T09:00:00Z', via: 'besluit', aangekomen: '2026-03-20T09:00:00Z' } }, { metToestemming: true }),
    casus(6, 'regierol_actief', { besluit: loket('2026-03-05'), betrokkenen: houderB, regierolSinds: '2026-03-11T09:00:00Z', evaluatiedata: { tussentijds: '2026-05-06', eind: '2026-06-11' } }, { metToestemming: true }),
    casus(7, 'gesloten', { evaluaties: [{ soort: 'tussentijds', datum: '2026-04-14', doelBereikt: true, toelichting: '', vervolg: 'afsluiten' }], bijgewerkt: '2026-04-16T12:00:00Z' }, { metHouder: true, metToestemming: true }),
    // Waiting for consent since it was registered (12 working days): reminded, not yet stagnation (domain/wachten.ts).
    casus(8, 'wacht_op_toestemming', { aangemaakt: '2026-04-07T08:00:00Z', statusSinds: '2026-04-07T08:00:00Z' }),
  ];
}

beforeAll(async () => {
  const paar = await generateKeyPair('RS256');
  sleutel = paar.privateKey;
  const sleutels = createLocalJWKSet({ keys: [{ ...(await exportJWK(paar.publicKey)), kid: 'e2e', alg: 'RS256' }] });
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOCAL_DATA_DIR: ':memory:', SWEEP_INTERVAL_SECONDEN: '0',
    MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'geheim', MicrosoftAppTenantId: IB.tenantId,
    TAB_APP_ID_URI: `api://127.0.0.1/${APP_ID}`, FUNCTIONEEL_BEHEERDERS: IB.aadObjectId,
  } as NodeJS.ProcessEnv);
  app = await startApp(config, { klok: new VasteKlok(new Date('2026-04-23T10:00:00Z')), log: stilleLogger, tabSleutels: sleutels });
  const kanalen = app.database.container(CONTAINERS.kanalen.name);
  await new CosmosSchakelteamOpslag(kanalen).bewaar({ id: 'st-regenboog', tenantId: IB.tenantId, naam: 'Regenboog', scholen: ['De Regenboog', 'Het Kompas'], onderwijs: 'PO', leden: [IB_BETROKKENE, SF_BETROKKENE] });
  await new CosmosKanaalOpslag(kanalen).bewaar({
    id: KANAAL, tenantId: IB.tenantId, soort: 'schakelteam', naam: 'Schakelteam Regenboog', schakelteamId: 'st-regenboog', bruikbaar: true, bijgewerkt: '2026-04-01T09:00:00Z',
    referentie: { serviceUrl: 'https://smba.example', conversationId: KANAAL, channelId: 'msteams', botId: `28:${APP_ID}` },
  });
  const hulpvragen = new CosmosHulpvraagOpslag(app.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  for (const h of casussen()) await hulpvragen.maak(h);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  page = await browser.newPage({ viewport: { width: 1000, height: 1500 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await page.route('**/*', (route: Route) => (isLoopback(route.request().url()) ? route.fallback() : route.abort('blockedbyclient')));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('de tabbladen in een Teams-testhost', () => {
  it('Mijn casussen: sorted by the next deadline, with flags, filters and a deep link to the bot', async () => {
    const tab = await open('mijn', 'default');
    await tab.getByText(`Aangemeld als ${IB.naam}`).waitFor();
    const nummers = await tab.locator('table.casussen tbody tr').evaluateAll((rijen) => rijen.map((r) => r.getAttribute('data-nummer')));
    // The Loket's answer was due on 27 March (issue 15): the earliest deadline, and late.
    expect(nummers.slice(0, 4)).toEqual(['HV-2025-005', 'HV-2025-001', 'HV-2025-002', 'HV-2025-006']);
    expect(await tab.locator('tr[data-nummer="HV-2025-005"]').textContent()).toContain('Antwoord van het Loket');
    const eerste = tab.locator('tr[data-nummer="HV-2025-001"]');
    expect(await eerste.textContent()).toContain('Te laat');
    expect(await tab.locator('tr[data-nummer="HV-2025-002"]').textContent()).toContain('Binnen 5 werkdagen');
    expect(await tab.locator('tr[data-nummer="HV-2025-003"]').textContent()).toContain('Wacht op mij');
    expect(await tab.locator('tr[data-nummer="HV-2025-004"]').textContent()).toContain('Stagnatie');
    await schermafdruk('mijn-casussen');
    await tab.locator('#filter-school').selectOption('Het Kompas');
    expect(await tab.locator('table.casussen tbody tr').count()).toBe(2);
    await tab.getByRole('button', { name: 'Open HV-2025-003' }).click();
    await page.waitForFunction('window.geopend.length > 0');
    const geopend = await page.evaluate('window.geopend[0]');
    expect(geopend).toBe(`https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(`28:${APP_ID}`)}&message=casus%20HV-2025-003`);
  });

  it('Schakelteam: figures and route clock, each chart with its table, in all three themes', async () => {
    for (const thema of ['default', 'dark', 'contrast']) {
      const tab = await open('schakelteam', thema);
      expect(await tab.locator('body').getAttribute('data-thema')).toBe(thema);
      await tab.getByRole('heading', { name: 'Schakelteam Regenboog' }).waitFor();
      expect(await tab.locator('.kengetal').allInnerTexts()).toEqual(['7\nOpen casussen', '1\nEvaluaties te laat', '1\nStagnaties', '0\nBesluiten Team NO']);
      expect(await tab.locator('figure.grafiek canvas').count()).toBe(4);
      expect(await tab.locator('figure.grafiek table').count()).toBe(4);
      const normen = tab.locator('table', { has: tab.locator('caption', { hasText: 'Tegen de norm' }) });
      expect(await normen.locator('tr', { hasText: 'Antwoord van het Loket' }).innerText()).toMatch(/Antwoord van het Loket\s+1\s+5 werkdagen\s+1 van 1/);
      // Whose turn as the cards say it: in the stagnation (HV-2025-004) Team NO, not also its regierol holder; the
      // case offered to the Loket (HV-2025-005) the Loket and the Loket member named.
      const aanZet = tab.locator('table', { has: tab.locator('caption', { hasText: 'Wie is aan zet' }) });
      const aantallen = (await aanZet.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+(\d+)$/, ': $1'));
      expect(aantallen.sort()).toEqual(["IB'er/COO: 2", 'Loket: 1', 'Team NO: 1', 'regierolhouder: 3', 'schakelfunctionaris O/JH: 1', 'voorgestelde regierolhouder: 1'].sort());
      // Runs in the page; the test itself is type-checked without the DOM library, hence the typed globalThis.
      type MetStijl = { getComputedStyle(e: unknown): { backgroundColor: string } };
      const achtergrond = await tab.locator('body').evaluate((b) => (globalThis as unknown as MetStijl).getComputedStyle(b).backgroundColor);
      expect(achtergrond).toBe({ default: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)', contrast: 'rgb(0, 0, 0)' }[thema]);
      await schermafdruk(`schakelteam-${thema}`);
    }
  });

  it('Kwartaalcijfers: aggregates only, for a functional administrator', async () => {
    const tab = await open('kwartaal', 'default');
    await tab.getByRole('heading', { name: 'Kwartaalcijfers 2026 kwartaal 2' }).waitFor();
    expect(await tab.locator('.kengetal').first().innerText()).toBe('2\nNieuwe hulpvragen');
    expect(await tab.locator('main').innerText()).not.toMatch(/HV-2025|LL-1234/);
    await tab.getByRole('button', { name: 'Exporteer als CSV' }).waitFor();
    await schermafdruk('kwartaalcijfers');
  });
});
