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
import { stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { Container, Formulieruitkomst } from '../../src/teams/dialogen/dialoog';
import { DIALOGEN } from '../../src/teams/dialogen/register';
import { teamNoKaart } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { EXPERT_A, EXPERT_B, IB, SF, TEAM_NO_1, alsBetrokkene, hulpvraagIn } from '../domain/fixtures';
import { dialoogContext } from '../helpers/dialoog-context';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { RESULTS_DIR, ROOT } from './harness';
import { openKaartpagina } from './kaartpagina';

const DOCS = process.env.E2E_SCREENSHOT === '1' ? path.join(ROOT, 'docs') : undefined;
const doel = (n: number, doelTekst: string, acties: string) => ({ doel: doelTekst, acties, termijn: '2026-06-01', verantwoordelijke: n === 1 ? 'Ahmed SMW' : 'Ineke IB' });
const basis = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
const metPlan = {
  ...basis,
  plan: stelPlanOp(undefined, [doel(1, 'Weer elke ochtend naar school', 'Dagstart met de mentor; criterium: 4 van 5 dagen op tijd'), doel(2, 'Contact met klasgenoten', 'Maatje in de pauze; criterium: speelt twee keer per week mee')], new Set(), '2026-04-01').plan,
};

interface Geval {
  readonly bestand: string;
  readonly dialoog: string;
  readonly container: Container;
  readonly h: typeof basis;
  /** Typed values to submit (a submit with problems); absent = the form as it opens. */
  readonly invoer?: Record<string, string>;
  readonly docs?: string;
  /** The button that saves it; absent for reading the plan (nothing to save). */
  readonly knop?: string;
  /** Who opens it: the regierol holder, unless said otherwise. */
  readonly wie?: typeof IB;
  /** What a submit with problems says at the top. */
  readonly fout?: string;
  /** Whether in place there is a way back (a registration has no case card to go back to). */
  readonly terug?: boolean;
  /** A confirmation without fields (withdrawing consent). */
  readonly zonderVelden?: boolean;
}

const stagnerend = hulpvraagIn('stagnatie_team_no');
const bijTeamNo = { ...stagnerend, betrokkenen: [...stagnerend.betrokkenen, alsBetrokkene(TEAM_NO_1, 'team_no')] };

const FORMULIER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const GEVALLEN: readonly Geval[] = [
  { bestand: 'dialoog-plan-nieuw.png', dialoog: 'plan', container: 'dialoog', h: basis, knop: 'Plan opslaan' },
  { bestand: 'dialoog-plan-fouten.png', dialoog: 'plan', container: 'dialoog', h: basis, invoer: { doel1: 'Weer elke ochtend naar school', termijn1: '2026-06-01', verantwoordelijke1: 'Ahmed SMW' }, docs: 'dialoog-plan.png', knop: 'Plan opslaan' },
  { bestand: 'dialoog-plan-in-plaats.png', dialoog: 'plan', container: 'kaart', h: metPlan, knop: 'Plan opslaan' },
  { bestand: 'dialoog-plan-inzage.png', dialoog: 'planinzage', container: 'kaart', h: metPlan, wie: IB },
  { bestand: 'dialoog-evaluatie.png', dialoog: 'evaluatie', container: 'dialoog', h: metPlan, invoer: { behaald1: 'ja', toelichting1: 'Elke dag op tijd', behaald2: 'nee', toelichting2: 'Nog onrustig in de pauze', evaluatieVervolg: 'doorgaan' }, docs: 'dialoog-evaluatie.png', knop: 'Evaluatie vastleggen' },
  { bestand: 'dialoog-evaluatie-zonder-plan.png', dialoog: 'evaluatie', container: 'kaart', h: basis, knop: 'Evaluatie vastleggen' },
  { bestand: 'dialoog-registratie.png', dialoog: 'registratie', container: 'dialoog', h: basis, wie: IB, invoer: { formulierId: FORMULIER_ID, referentie: 'Jan de Vries', groep: 'groep 6', geboortedatum: '2016-05-01', vraag: 'Trekt zich terug in de klas.' }, docs: 'dialoog-registratie.png', knop: 'Registreren', fout: 'Nog niet geregistreerd', terug: false },
  { bestand: 'dialoog-registratie-in-plaats.png', dialoog: 'registratie', container: 'kaart', h: basis, wie: IB, knop: 'Registreren', terug: false },
  { bestand: 'dialoog-besluit.png', dialoog: 'besluit', container: 'dialoog', h: hulpvraagIn('bij_schakelteam'), wie: SF, invoer: { besluitSoort: 'regierol', besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij de vraag van het gezin' }, docs: 'dialoog-besluit.png', knop: 'Besluit vastleggen' },
  { bestand: 'dialoog-besluit-in-plaats.png', dialoog: 'besluit', container: 'kaart', h: hulpvraagIn('bij_schakelteam'), wie: SF, knop: 'Besluit vastleggen' },
  { bestand: 'dialoog-toestemming.png', dialoog: 'toestemming', container: 'dialoog', h: hulpvraagIn('wacht_op_toestemming'), wie: IB, docs: 'dialoog-toestemming.png', knop: 'Toestemming vastleggen' },
  { bestand: 'dialoog-aanbod.png', dialoog: 'aanbod', container: 'dialoog', h: hulpvraagIn('regierol_aangeboden'), wie: EXPERT_B, invoer: { aanbodAntwoord: 'weigeren' }, knop: 'Antwoord versturen' },
  { bestand: 'dialoog-overdracht.png', dialoog: 'overdracht', container: 'dialoog', h: basis, invoer: { overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'De vraag ligt nu vooral bij de gezondheid' }, docs: 'dialoog-overdracht.png', knop: 'Overdracht voorstellen' },
  { bestand: 'dialoog-overdracht-beoordelen.png', dialoog: 'overdrachtbeoordeling', container: 'kaart', h: hulpvraagIn('overdracht_aangevraagd'), wie: SF, knop: 'Beoordeling vastleggen' },
  { bestand: 'dialoog-uitvraag.png', dialoog: 'uitvraag', container: 'dialoog', h: { ...basis, uitvraag: undefined }, knop: 'Vastleggen' },
  { bestand: 'dialoog-voortgang.png', dialoog: 'voortgang', container: 'kaart', h: basis, invoer: { voortgangNotitie: '' }, knop: 'Vastleggen' },
  { bestand: 'dialoog-expert.png', dialoog: 'expert', container: 'dialoog', h: basis, knop: 'Toevoegen' },
  { bestand: 'dialoog-stagnatie.png', dialoog: 'stagnatie', container: 'dialoog', h: basis, knop: 'Melden bij Team NO' },
  { bestand: 'dialoog-terugmelden.png', dialoog: 'terugmelden', container: 'kaart', h: basis, knop: 'Terugmelden' },
  { bestand: 'dialoog-sluiten.png', dialoog: 'sluiten', container: 'dialoog', h: hulpvraagIn('terug_voor_afsluiting'), wie: IB, knop: 'Hulpvraag sluiten' },
  { bestand: 'dialoog-teamno.png', dialoog: 'teamnobesluit', container: 'dialoog', h: bijTeamNo, wie: TEAM_NO_1, docs: 'dialoog-teamno.png', knop: 'Besluit vastleggen' },
  { bestand: 'dialoog-teamno-in-plaats.png', dialoog: 'teamnobesluit', container: 'kaart', h: bijTeamNo, wie: TEAM_NO_1, invoer: { teamNoBesluit: 'Ambulante begeleiding thuis', teamNoAanbieder: 'Jeugdhulp Zuid' }, knop: 'Besluit vastleggen' },
  { bestand: 'dialoog-intrekken.png', dialoog: 'intrekken', container: 'kaart', h: basis, wie: IB, knop: 'Intrekking vastleggen', zonderVelden: true },
  { bestand: 'dialoog-details.png', dialoog: 'details', container: 'kaart', h: metPlan, wie: IB, docs: 'dialoog-details.png' },
];

async function formulier(geval: Geval): Promise<{ titel: string; kaart: unknown }> {
  const dialoog = DIALOGEN.find((d) => d.naam === geval.dialoog);
  if (!dialoog) throw new Error(`geen dialoog ${geval.dialoog}`);
  const data = { dialoog: geval.dialoog, hulpvraagId: geval.h.id, schakelteamId: geval.h.schakelteamId, versie: geval.h.versie, ...geval.invoer };
  const context = dialoogContext(geval.h, geval.wie ?? EXPERT_A);
  const uitkomst: Formulieruitkomst = geval.invoer ? await dialoog.verstuur(context, data, geval.container) : await dialoog.open(context, data, geval.container);
  if (uitkomst.soort !== 'formulier') throw new Error(`geen formulier: ${JSON.stringify(uitkomst)}`);
  return uitkomst;
}

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
