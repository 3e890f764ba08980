/**
 * Every dialog form rendered as Teams renders it: the `adaptivecards` renderer (the one Teams' web client is built
 * on) in headless Chromium, with the form as the bot sends it in a dialog and in place, empty and with problems
 * marked. No bot or Playground needed: the forms come from the dialogs' own code.
 *
 * Run: npm run build && npm run test:e2e. Screenshots go to test-results/dialoog-*.png; E2E_SCREENSHOT=1 also
 * refreshes the docs/dialoog-*.png shown in the README (plan, evaluation, registration, decision, consent, handover,
 * Team NO's decision).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { teamNoKaart } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { EXPERT_A, IB } from '../domain/fixtures';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { GEVALLEN, bijTeamNo, formulier, metPlan } from './dialooggevallen';
import { RESULTS_DIR, ROOT } from './harness';
import { openKaartpagina } from './kaartpagina';

const DOCS = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs') : undefined;

interface Weergave {
  readonly problemen: string[];
  readonly invoer: number;
  readonly knoppen: string[];
  readonly tekst: string;
  readonly overloop: boolean;
}

/** Runs in the page (as source text: this project's TypeScript has no DOM types): renders the card, reports on it. */
const TOON = `function (json) {
  const doel = document.getElementById('kaart');
  doel.replaceChildren();
  const kaart = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  kaart.parse(json, context);
  doel.appendChild(kaart.render());
  const rechts = doel.getBoundingClientRect().right;
  return {
    problemen: Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message),
    invoer: doel.querySelectorAll('input, textarea, select').length,
    knoppen: [...doel.querySelectorAll('button')].map((b) => b.textContent || ''),
    tekst: doel.innerText,
    overloop: [...doel.querySelectorAll('*')].some((e) => e.getBoundingClientRect().right > rechts + 1),
  };
}`;

let browser: Browser;
let page: Page;
let paginaFouten: string[] = [];

beforeAll(async () => {
  // 520 px: the width of a Teams dialog on a laptop screen; long names and labels must wrap, not overflow.
  ({ browser, page, fouten: paginaFouten } = await openKaartpagina(560, 900, '<div id="kaart" style="width:520px;margin:20px;background:#fff;padding:4px"></div>'));
}, 30000);
afterAll(async () => {
  await browser?.close();
});

describe('dialoogformulieren in de Adaptive Cards-renderer (headless Chromium)', () => {
  it.each(GEVALLEN.map((g) => [g.bestand, g] as const))('%s', async (bestand, geval) => {
    const { titel, kaart } = await formulier(geval);
    const weergave = (await page.evaluate(`(${TOON})(${JSON.stringify(kaart)})`)) as Weergave;
    // The people picker (choices.data with a Data.Query) is a Teams extension on 1.5 cards: see helpers/kaarten.ts.
    expect(weergave.problemen.filter((p) => !p.includes('choices.data'))).toEqual([]);
    expect(weergave.invoer > 0).toBe(geval.knop !== undefined && geval.zonderVelden !== true);
    expect(weergave.overloop).toBe(false);
    expect(weergave.tekst).toContain(titel.split(' · ')[0] ?? titel);
    if (geval.knop) {
      expect(weergave.knoppen).toContain(geval.knop);
      // In place there is a way back to the case card; in a dialog Teams' own close button does that.
      expect(weergave.knoppen.includes('Annuleren')).toBe(geval.container === 'kaart' && geval.terug !== false);
    } else expect(weergave.knoppen).toEqual(['Terug naar de hulpvraag']);
    if (geval.invoer) expect(weergave.tekst).toContain(geval.fout ?? 'Nog niet opgeslagen');
    const vak = page.locator('#kaart');
    await vak.screenshot({ path: path.join(RESULTS_DIR, bestand) });
    if (DOCS && geval.docs) await vak.screenshot({ path: path.join(DOCS, geval.docs) });
    expect(paginaFouten).toEqual([]);
  });
});

describe('de hulpvraagkaart in de Adaptive Cards-renderer: een oogopslag lang', () => {
  it.each([
    ['kaart-houder.png', 'de regierolhouder', EXPERT_A, 'Evaluatie vastleggen'],
    ['kaart-ib.png', "de IB'er/COO", IB, 'Plan van aanpak bekijken'],
  ] as const)('%s: voor %s één hoofdknop, de rest achter "Meer"', async (bestand, _wie, kijker, hoofdknop) => {
    const kaart = hulpvraagKaart(metPlan, kijker, { dialogen: true, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN });
    const weergave = (await page.evaluate(`(${TOON})(${JSON.stringify(kaart)})`)) as Weergave;
    expect(weergave.problemen).toEqual([]);
    expect(weergave.invoer).toBe(0);
    expect(weergave.overloop).toBe(false);
    expect(weergave.tekst).toContain('Aan zet:');
    // The primary button and "Meer"; the rest is rendered hidden inside "Meer" until it is opened.
    expect(weergave.knoppen.slice(0, 2)).toEqual([hoofdknop, 'Meer']);
    const vak = page.locator('#kaart');
    await vak.screenshot({ path: path.join(RESULTS_DIR, bestand) });
    if (DOCS && bestand === 'kaart-houder.png') await vak.screenshot({ path: path.join(DOCS, 'kaart-hulpvraag.png') });
    expect(paginaFouten).toEqual([]);
  });
});

describe('de kaart in het Team NO-kanaal in de Adaptive Cards-renderer: geen formulier, één knop naar de dialoog', () => {
  it.each([
    ['kaart-teamno.png', true],
    ['kaart-teamno-in-plaats.png', false],
  ] as const)('%s', async (bestand, dialogen) => {
    const kaart = teamNoKaart(bijTeamNo, dialogen, 'Deze hulpvraag is vastgelopen en wacht op een besluit van Team NO.');
    const weergave = (await page.evaluate(`(${TOON})(${JSON.stringify(kaart)})`)) as Weergave;
    expect(weergave.problemen).toEqual([]);
    expect(weergave.invoer).toBe(0);
    expect(weergave.overloop).toBe(false);
    expect(weergave.tekst).toContain('Concept plan van aanpak');
    expect(weergave.knoppen).toEqual(['Besluit Team NO vastleggen', 'Bekijken']);
    await page.locator('#kaart').screenshot({ path: path.join(RESULTS_DIR, bestand) });
    expect(paginaFouten).toEqual([]);
  });
});
