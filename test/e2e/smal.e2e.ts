/**
 * Issue 13: names are never broken mid-word on a narrow screen. The case card, a "your turn" card, a reminder and
 * the details are drawn by the Adaptive Cards renderer in headless Chromium at 320 px (a phone) with a very long
 * school name and person name: nothing may stick out to the right, and no word may be split across two lines (each
 * word's client rects must lie on one line; a break after a hyphen is a break between words).
 *
 * Run: npm run build && npm run test:e2e. Screenshot: test-results/kaarten-smal.png; E2E_SCREENSHOT=1 also
 * refreshes docs/kaarten-smal.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Herinnering } from '../../src/domain/herinnering-status';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { detailsKaart } from '../../src/teams/kaarten/details-kaart';
import { herinneringKaarten } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { EXPERT_A, hulpvraagIn } from '../domain/fixtures';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { RESULTS_DIR, ROOT } from './harness';
import { openKaartpagina } from './kaartpagina';

const DOCS = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs', 'kaarten-smal.png') : undefined;
const NAAM = 'Anne-Marie Schimmelpenninck van der Oye-Wijnbergen';
const SCHOOL = 'Christelijke Basisschool De Regenboog-Zonnewijzer Noordoostpolder';
const HOUDER = { ...EXPERT_A, naam: NAAM };

function lang(status: Hulpvraag['status']): Hulpvraag {
  const h = hulpvraagIn(status, { metHouder: true, metKandidaat: status === 'regierol_aangeboden', metToestemming: true });
  return { ...h, school: SCHOOL, betrokkenen: h.betrokkenen.map((b) => (b.aadObjectId === EXPERT_A.aadObjectId ? { ...b, naam: NAAM } : b)) };
}

const actief = lang('regierol_actief');
const opties = { dialogen: true, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN };
const herinnering = { soort: 'evaluatie_vandaag', ontvanger: { soort: 'persoon', ...HOUDER, rol: 'regierolhouder' }, evaluatie: { soort: 'tussentijds', datum: '2027-01-13' } } as unknown as Herinnering;

const KAARTEN: readonly [string, unknown][] = [
  ['de hulpvraagkaart', hulpvraagKaart(actief, HOUDER, opties)],
  ['een beurtkaart', hulpvraagKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).voorPersoon(actief, HOUDER, `${NAAM}, de regierol van ${SCHOOL} is aan u.`)],
  ['een herinnering', herinneringKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).herinnering(herinnering, actief).kaart],
  ['de details', detailsKaart(actief, HOUDER, '2027-01-04', true)],
];

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
      if (e.getBoundingClientRect().right > rechts + 1 || e.scrollWidth > e.clientWidth + 1) overloop.push((e.textContent || e.tagName).slice(0, 60));
    }
  }
  const gesplitst = [];
  const lopen = document.createTreeWalker(doel, NodeFilter.SHOW_TEXT);
  for (let knoop = lopen.nextNode(); knoop; knoop = lopen.nextNode()) {
    for (const woord of knoop.data.matchAll(/[^\\s-]+-?/g)) {
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

describe('kaarten op een smal scherm (320 px): lange namen breken nooit midden in een woord', () => {
  it('hulpvraagkaart, beurtkaart, herinnering en details', async () => {
    const meting = (await page.evaluate(`(${MEET})(${JSON.stringify(KAARTEN.map(([, kaart]) => kaart))})`)) as Smal;
    expect(meting.problemen).toEqual([]);
    expect(meting.overloop).toEqual([]);
    expect(meting.gesplitst).toEqual([]);
    // The long names are really there (as whole words), and dates read as people write them.
    expect(meting.tekst).toContain(SCHOOL);
    expect(meting.tekst).toContain(NAAM);
    expect(meting.tekst).toContain('13 januari 2027');
    const pad = path.join(RESULTS_DIR, 'kaarten-smal.png');
    await page.locator('#kaarten').screenshot({ path: pad });
    if (DOCS) fs.copyFileSync(pad, DOCS);
    expect(paginaFouten).toEqual([]);
  });
});
