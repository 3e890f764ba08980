/**
 * Issue 13: names are never broken mid-word and dates never wrap on a narrow screen. Every card template in cards/
 * (with realistic data), the cards the bot really sends (case card, a "your turn" card, a reminder, the details, the
 * Team NO and Loket cards) and every dialog form (in a dialog and in place, empty and with problems marked) are drawn
 * by the Adaptive Cards renderer in headless Chromium at 320 px (a phone) with a very long school name and person
 * names: nothing may stick out to the right, and no word may be split across two lines (each word's client rects
 * must lie on one line; a break after a hyphen is a break between words; a date is one word: "13 januari 2027" is
 * held together by non-breaking spaces). The lists come from cards/ and from the dialog register, so a new template
 * or form without a case here fails.
 *
 * Run: npm run build && npm run test:e2e. Screenshots: test-results/kaarten-smal.png and test-results/smal-*.png;
 * E2E_SCREENSHOT=1 also refreshes docs/kaarten-smal.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Herinnering } from '../../src/domain/herinnering-status';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { DIALOGEN } from '../../src/teams/dialogen/register';
import { detailsKaart } from '../../src/teams/kaarten/details-kaart';
import { herinneringKaarten, teamNoKaart } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { loketKaart } from '../../src/teams/kaarten/loket-kaart';
import { KaartModellen, KaartNaam } from '../../src/teams/kaarten/modellen';
import { renderKaart } from '../../src/teams/kaarten/render';
import { EXPERT_A, hulpvraagIn } from '../domain/fixtures';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { opKaart } from '../helpers/kaarten';
import { VOORBEELDKAARTEN } from '../teams/voorbeeldkaarten';
import { GEVALLEN, formulier } from './dialooggevallen';
import { RESULTS_DIR, ROOT } from './harness';
import { openKaartpagina } from './kaartpagina';

const DOCS = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'kaarten-smal.png') : undefined;
const ACHTERNAAM = 'Schimmelpenninck van der Oye-Wijnbergen';
const NAAM = `Anne-Marie ${ACHTERNAAM}`;
const SCHOOL = 'Christelijke Basisschool De Regenboog-Zonnewijzer Noordoostpolder';
const HOUDER = { ...EXPERT_A, naam: NAAM };

/** The case with the long school name, the holder called NAAM and everyone else a long surname too. */
function lang(h: Hulpvraag): Hulpvraag {
  const naam = (b: { aadObjectId: string; naam: string }) => (b.aadObjectId === EXPERT_A.aadObjectId ? NAAM : `${b.naam.split(' ')[0] ?? ''} ${ACHTERNAAM}`);
  return { ...h, school: SCHOOL, betrokkenen: h.betrokkenen.map((b) => ({ ...b, naam: naam(b) })) };
}

/** The example data of a template with the short names and school of the examples made long. */
function langVoorbeeld<K extends KaartNaam>(naam: K): KaartModellen[K] {
  const tekst = JSON.stringify(VOORBEELDKAARTEN[naam]).replaceAll('OBS De Regenboog', SCHOOL).replaceAll('Mila SMW', NAAM).replaceAll('Ingrid IB', `Ingrid ${ACHTERNAAM}`);
  return JSON.parse(tekst) as KaartModellen[K];
}

const actief = lang(hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }));
const stagnerend = lang(hulpvraagIn('stagnatie_team_no', { metHouder: true, metToestemming: true }));
const naarLoket = hulpvraagIn('regierol_aangeboden', { besluit: 'loket', metKandidaat: false, metToestemming: true });
const bijLoket = lang({ ...naarLoket, loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' } });
const opties = { dialogen: true, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN };
const herinnering = { soort: 'evaluatie_vandaag', ontvanger: { soort: 'persoon', ...HOUDER, rol: 'regierolhouder' }, evaluatie: { soort: 'tussentijds', datum: '2027-01-13' } } as unknown as Herinnering;

const KAARTEN: readonly [string, unknown][] = [
  ['de hulpvraagkaart', hulpvraagKaart(actief, HOUDER, opties)],
  ['een beurtkaart', hulpvraagKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).voorPersoon(actief, HOUDER, `${NAAM}, de regierol van ${SCHOOL} is aan u.`)],
  ['een herinnering', herinneringKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).herinnering(herinnering, actief).kaart],
  ['de details', detailsKaart(actief, HOUDER, '2027-01-04', true)],
];

const ECHTE_KANAALKAARTEN: readonly [string, unknown][] = [
  ['teamno-kanaal', teamNoKaart(stagnerend, true, `${SCHOOL}: vastgelopen sinds 20 maart 2026.`)],
  ['loket-kanaal', loketKaart(bijLoket, false, STANDAARD_HERINNERINGSINSTELLINGEN)],
];

const SJABLONEN = fs
  .readdirSync(path.join(ROOT, 'cards'))
  .filter((b) => b.endsWith('.json'))
  .map((b) => b.replace(/\.json$/, ''))
  .sort();

interface Smal {
  readonly problemen: string[];
  readonly tekst: string;
  readonly overloop: string[];
  readonly gesplitst: string[];
}

/** Runs in the page (as source text: this project's TypeScript has no DOM types): renders, measures every word. */
const MEET = `function (kaarten) {
  const doel = document.getElementById('kaarten');
  doel.replaceChildren();
  const problemen = [];
  for (const json of kaarten) {
    const vak = document.createElement('div');
    vak.className = 'kaart';
    const kaart = new AdaptiveCards.AdaptiveCard();
    const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
    kaart.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) problemen.push(context.getEventAt(i).message);
    vak.appendChild(kaart.render());
    doel.appendChild(vak);
  }
  const overloop = [];
  for (const vak of doel.querySelectorAll('.kaart')) {
    const rechts = vak.getBoundingClientRect().right;
    for (const e of vak.querySelectorAll('*')) {
      // A typed value longer than its one-line field scrolls inside it, as in every text box: not the layout.
      const veld = e.tagName === 'INPUT' || e.tagName === 'TEXTAREA';
      if (e.getBoundingClientRect().right > rechts + 1 || (!veld && e.scrollWidth > e.clientWidth + 1)) overloop.push((e.textContent || e.tagName).slice(0, 60));
    }
  }
  const gesplitst = [];
  const lopen = document.createTreeWalker(doel, NodeFilter.SHOW_TEXT);
  for (let knoop = lopen.nextNode(); knoop; knoop = lopen.nextNode()) {
    for (const woord of knoop.data.matchAll(/(?:[^\\s-]|\\u00a0)+-?/g)) {
      const bereik = document.createRange();
      bereik.setStart(knoop, woord.index);
      bereik.setEnd(knoop, woord.index + woord[0].length);
      const regels = new Set([...bereik.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (regels.size > 1) gesplitst.push(woord[0]);
    }
  }
  return { problemen, tekst: doel.innerText, overloop, gesplitst };
}`;

let browser: Browser;
let page: Page;
let paginaFouten: string[] = [];

beforeAll(async () => {
  ({ browser, page, fouten: paginaFouten } = await openKaartpagina(360, 1400, '<style>.kaart{width:320px;margin:12px 20px;background:#fff;padding:4px;box-sizing:border-box}</style><div id="kaarten"></div>'));
}, 30000);
afterAll(async () => {
  await browser?.close();
});

/** Draws the cards at 320 px and asserts what a phone user would notice; the people picker is a Teams extension. */
async function meetSmal(kaarten: readonly unknown[], bestand: string): Promise<Smal> {
  const meting = (await page.evaluate(`(${MEET})(${JSON.stringify(kaarten)})`)) as Smal;
  expect(meting.problemen.filter((p) => !p.includes('choices.data'))).toEqual([]);
  expect(meting.overloop).toEqual([]);
  expect(meting.gesplitst).toEqual([]);
  // A date whose spaces could break (a plain space between day, month and year) is not on any card.
  expect(meting.tekst).not.toMatch(/\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
  await page.locator('#kaarten').screenshot({ path: path.join(RESULTS_DIR, bestand) });
  expect(paginaFouten).toEqual([]);
  return meting;
}

describe('kaarten op een smal scherm (320 px): lange namen breken nooit midden in een woord, datums nooit', () => {
  it('hulpvraagkaart, beurtkaart, herinnering en details', async () => {
    const meting = await meetSmal(
      KAARTEN.map(([, kaart]) => kaart),
      'kaarten-smal.png',
    );
    // The long names are really there (as whole words), and dates read as people write them.
    expect(meting.tekst).toContain(SCHOOL);
    expect(meting.tekst).toContain(NAAM);
    expect(meting.tekst).toContain(opKaart('13 januari 2027'));
    if (DOCS) fs.copyFileSync(path.join(RESULTS_DIR, 'kaarten-smal.png'), DOCS);
  });

  it.each(ECHTE_KANAALKAARTEN)('de kaart in het kanaal: %s', async (naam, kaart) => {
    const meting = await meetSmal([kaart], `smal-${naam}.png`);
    expect(meting.tekst).toContain(SCHOOL);
  });

  it('elk sjabloon in cards/ heeft hieronder een geval', () => {
    expect(SJABLONEN).toEqual(Object.keys(VOORBEELDKAARTEN).sort());
  });

  it.each(SJABLONEN)('sjabloon %s met lange namen', async (naam) => {
    const sjabloon = naam as KaartNaam;
    const meting = await meetSmal([renderKaart(sjabloon, langVoorbeeld(sjabloon))], `smal-${naam}.png`);
    // Where the example names a school or the person, the long form shows whole.
    const voorbeeld = JSON.stringify(VOORBEELDKAARTEN[sjabloon]);
    if (voorbeeld.includes('OBS De Regenboog')) expect(meting.tekst).toContain(SCHOOL);
    if (voorbeeld.includes('Mila SMW')) expect(meting.tekst).toContain(NAAM);
  });

  it('elk dialoogformulier heeft hieronder een geval', () => {
    expect([...new Set(GEVALLEN.map((g) => g.dialoog))].sort()).toEqual(DIALOGEN.map((d) => d.naam).sort());
  });

  it.each(GEVALLEN.map((g) => [g.bestand.replace(/^dialoog-/, '').replace(/\.png$/, ''), g] as const))('dialoogformulier %s met lange namen', async (naam, geval) => {
    const { kaart } = await formulier({ ...geval, h: lang(geval.h) });
    const meting = await meetSmal([kaart], `smal-dialoog-${naam}.png`);
    if (JSON.stringify(kaart).includes(SCHOOL)) expect(meting.tekst).toContain(SCHOOL);
  });
});
