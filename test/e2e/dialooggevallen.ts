/**
 * Every dialog form in a state where it opens, with who opens it: shared by the browser tests that draw the forms
 * (dialogen.e2e.ts at a dialog's width, smal.e2e.ts at 320 px). A form in DIALOGEN without a case here fails those.
 */
import { stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { Container, Formulieruitkomst } from '../../src/teams/dialogen/dialoog';
import { DIALOGEN } from '../../src/teams/dialogen/register';
import { EXPERT_A, EXPERT_B, IB, SF, TEAM_NO_1, alsBetrokkene, hulpvraagIn, persoon } from '../domain/fixtures';
import { dialoogContext } from '../helpers/dialoog-context';

const doel = (n: number, doelTekst: string, acties: string) => ({ doel: doelTekst, acties, termijn: '2026-06-01', verantwoordelijke: n === 1 ? 'Ahmed SMW' : 'Ineke IB' });
export const basis = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
export const metPlan = {
  ...basis,
  plan: stelPlanOp(undefined, [doel(1, 'Weer elke ochtend naar school', 'Dagstart met de mentor; criterium: 4 van 5 dagen op tijd'), doel(2, 'Contact met klasgenoten', 'Maatje in de pauze; criterium: speelt twee keer per week mee')], new Set(), '2026-04-01').plan,
};

export interface Geval {
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
export const bijTeamNo = { ...stagnerend, betrokkenen: [...stagnerend.betrokkenen, alsBetrokkene(TEAM_NO_1, 'team_no')] };

/** Sent to the Loket by the schakelteam's decision; a Loket member (bound by the channel) picks it up. */
const LOKET = persoon('aad-loket', 'Lotte Loket');
const naarLoket = hulpvraagIn('regierol_aangeboden', { besluit: 'loket', metKandidaat: false });
const bijLoket = { ...naarLoket, loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' as const }, betrokkenen: [...naarLoket.betrokkenen, alsBetrokkene(LOKET, 'loket')] };
/** Taken by the Loket with its weighing, help not started: the start date can be corrected (issue 21). */
const loketGenomen = {
  ...basis,
  loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' as const, aangekomen: '2026-03-05T09:00:00.000Z', genomen: '2026-03-06T09:00:00.000Z', weging: { lijn: 'eerste' as const, aanbieder: 'Jeugdhulp Zuid', start: '2026-04-20' } },
};
/** Consent refused (issue 21): the Loket only gets whom to contact, and records that it did. */
const geweigerdBijLoket = {
  ...hulpvraagIn('wacht_op_toestemming', { besluit: 'loket' }),
  loket: bijLoket.loket,
  betrokkenen: bijLoket.betrokkenen,
  toestemming: { status: 'geweigerd' as const, antwoorden: { ouder1: false }, partners: [], datum: '2026-03-05', wijze: 'mondeling' as const, leeftijdBijVragen: 10 },
};

const FORMULIER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

export const GEVALLEN: readonly Geval[] = [
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
  { bestand: 'dialoog-afspraken.png', dialoog: 'afspraken', container: 'dialoog', h: hulpvraagIn('bij_schakelteam'), wie: SF, invoer: { afspraak1Wat: 'Gesprek met ouders over de schoolgang', verwijsindex: 'niet_melden' }, knop: 'Afspraken vastleggen' },
  { bestand: 'dialoog-loket.png', dialoog: 'loket', container: 'dialoog', h: bijLoket, wie: LOKET, invoer: { loketLijn: 'tweede', loketAanbieder: 'Jeugdhulp Zuid' }, knop: 'Oppakken' },
  { bestand: 'dialoog-loketcontact.png', dialoog: 'loketcontact', container: 'kaart', h: geweigerdBijLoket, wie: LOKET, knop: 'Contact opgenomen', zonderVelden: true },
  { bestand: 'dialoog-loketstart.png', dialoog: 'loketstart', container: 'kaart', h: loketGenomen, invoer: { loketStart: '' }, knop: 'Startdatum opslaan' },
  { bestand: 'dialoog-rolovername.png', dialoog: 'rolovername', container: 'kaart', h: { ...basis, betrokkenen: basis.betrokkenen.filter((b) => b.rol !== 'schakelfunctionaris') }, wie: IB, knop: 'Rol overnemen' },
  { bestand: 'dialoog-details.png', dialoog: 'details', container: 'kaart', h: metPlan, wie: IB, docs: 'dialoog-details.png' },
];

export async function formulier(geval: Geval): Promise<{ titel: string; kaart: unknown }> {
  const dialoog = DIALOGEN.find((d) => d.naam === geval.dialoog);
  if (!dialoog) throw new Error(`geen dialoog ${geval.dialoog}`);
  const data = { dialoog: geval.dialoog, hulpvraagId: geval.h.id, schakelteamId: geval.h.schakelteamId, versie: geval.h.versie, ...geval.invoer };
  const context = dialoogContext(geval.h, geval.wie ?? EXPERT_A);
  const uitkomst: Formulieruitkomst = geval.invoer ? await dialoog.verstuur(context, data, geval.container) : await dialoog.open(context, data, geval.container);
  if (uitkomst.soort !== 'formulier') throw new Error(`geen formulier: ${JSON.stringify(uitkomst)}`);
  return uitkomst;
}
