/**
 * Automatic stagnation: the rules the system applies itself (domain.md step 7). Each rule says from which instant
 * it fires; the sweep flags the case with the earliest rule that has fired. Interpretations:
 *
 * - evaluatie_achterstallig: an evaluation not recorded more than N working days after its date.
 * - geen_voortgang: no progress recorded (uitvraag, voortgang, evaluatie, regierol accepted) while the regierol is
 *   active. It never fires unannounced: after N calendar days without progress the holder and the IB'er/COO are
 *   reminded first (a `voortgang_gevraagd` reminder on the first working day from then, see herinneringen.ts), and
 *   only when that reminder has stood for the same grace period as an overdue evaluation (M working days) is it
 *   stagnation. So a sweep a few days before the 6-week evaluation reminds; it does not escalate.
 * - loket_niet_gestart: the case reached the Loket (by the schakelteam's decision or by a handover) and its help has
 *   not started K weeks later (not taken, or taken with a later start date): the overbruggingszorg lasts too long.
 *   The schakelfunctionaris O/JH was asked to inquire before, at the Loket's limits (domain/loket.ts).
 * - lang_open: the case is still open N months after the regierol started (domain: "far beyond 3 months").
 *
 * - aanbod_onbeantwoord, toestemming_niet_vastgelegd, geen_nieuw_besluit: a case waits on one person or team
 *   (wachten.ts) past its limit; the one who must act was reminded before (herinneringen.ts).
 *
 * After a Team NO decision every clock restarts at the decision date: the case then has a fresh agreement, and
 * flagging it again the next morning for the same old fact would loop.
 */
import { Hulpvraag } from './hulpvraag';
import { LoketLimieten, loketTermijnen, lopendLoket, startUiterlijk } from './loket';
import { WachtSoort, Wachtlimieten, huidigeWacht } from './wachten';
import { Status, isToegestaan } from './route';
import { LocalDate, datumInAmsterdam, plusDagen, plusMaanden } from './tijd';
import { Feestdagopties, Verzendvenster, eersteVensterVanaf, plusWerkdagen, werkdagOpOfNa, werkdagOpOfVoor } from './werkdagen';

export interface StagnatieLimieten {
  readonly evaluatieAchterstalligWerkdagen: number;
  readonly geenVoortgangDagen: number;
  readonly loket: LoketLimieten;
  readonly openMaandenNaRegierol: number;
  readonly wachten: Wachtlimieten;
}

export type StagnatieRegel =
  | 'evaluatie_achterstallig'
  | 'geen_voortgang'
  | 'loket_niet_gestart'
  | 'lang_open'
  | 'aanbod_onbeantwoord'
  | 'toestemming_niet_vastgelegd'
  | 'geen_nieuw_besluit';

/** How people read a rule that fired: plain Dutch, never the code. */
const REGEL_NAMEN: Record<StagnatieRegel, string> = {
  evaluatie_achterstallig: 'de evaluatie is te lang over de datum',
  geen_voortgang: 'er is te lang geen voortgang vastgelegd',
  loket_niet_gestart: 'de hulp via het Loket is niet op tijd gestart',
  lang_open: 'de hulpvraag loopt veel langer dan drie maanden',
  aanbod_onbeantwoord: 'het aanbod van de regierol is te lang niet beantwoord',
  toestemming_niet_vastgelegd: 'de toestemming is te lang niet vastgelegd',
  geen_nieuw_besluit: 'het schakelteam heeft te lang geen nieuw besluit genomen',
};

/** The rule, reason and explanation of a wait past its limit (the Loket has its own rule below). */
const WACHTREGELS: Record<Exclude<WachtSoort, 'loket'>, { regel: StagnatieRegel; reden: string; toelichting: string }> = {
  aanbod: { regel: 'aanbod_onbeantwoord', reden: 'Regierol niet geaccepteerd', toelichting: 'De voorgestelde regierolhouder heeft het aanbod na een herinnering nog steeds niet beantwoord.' },
  toestemming: { regel: 'toestemming_niet_vastgelegd', reden: 'Toestemming niet vastgelegd', toelichting: "De IB'er/COO heeft de toestemming na een herinnering nog steeds niet vastgelegd." },
  besluit: { regel: 'geen_nieuw_besluit', reden: 'Geen overeenstemming over de beste hulp', toelichting: 'Het aanbod van de regierol ging niet door en het schakelteam heeft na een herinnering nog geen nieuw besluit genomen.' },
};

/** The stored rule as Dutch text; a rule the code no longer knows reads as a plain "automatisch gesignaleerd". */
export function regelNaam(regel: string): string {
  return regel in REGEL_NAMEN ? REGEL_NAMEN[regel as StagnatieRegel] : 'automatisch gesignaleerd';
}

export interface Stagnatiesignaal {
  readonly regel: StagnatieRegel;
  /** The instant from which the rule has fired. */
  readonly vanaf: Date;
  readonly reden: string;
  readonly toelichting: string;
}

export interface StagnatieOmgeving {
  readonly limieten: StagnatieLimieten;
  readonly venster: Verzendvenster;
  readonly feestdagen: Feestdagopties;
}

const LOPEND: readonly Status[] = ['regierol_actief', 'overdracht_aangevraagd'];

/** The evaluations not yet recorded, with their dates. */
export function openEvaluaties(h: Hulpvraag): Array<{ soort: 'tussentijds' | 'eind'; datum: LocalDate }> {
  if (!h.evaluatiedata) return [];
  const data = h.evaluatiedata;
  return (['tussentijds', 'eind'] as const)
    .filter((soort) => !h.evaluaties.some((e) => e.soort === soort && (e.voor === undefined || e.voor === data[soort])))
    .map((soort) => ({ soort, datum: data[soort] }));
}

function later(a: LocalDate, b: LocalDate | undefined): LocalDate {
  return b !== undefined && b > a ? b : a;
}

/** The day "no progress" counts from: the last progress (or the regierol start), or a later Team NO decision. */
function voortgangBasis(h: Hulpvraag): LocalDate | undefined {
  const voortgang = h.laatsteVoortgang ?? h.regierolSinds;
  if (!voortgang || !LOPEND.includes(h.status)) return undefined;
  return later(datumInAmsterdam(new Date(voortgang)), h.teamNoBesluit?.datum);
}

/**
 * What a "no progress" reminder is about: `voortgang-<day it counts from>`. Recording progress changes it, so a
 * planned reminder then lapses and a new count starts. Undefined outside a running regierol.
 */
export function voortgangOnderwerp(h: Hulpvraag): string | undefined {
  const basis = voortgangBasis(h);
  return basis ? `voortgang-${basis.replace(/-/g, '')}` : undefined;
}

/** The "no progress" reminder of the case as it is now: the first working day N days after its basis. */
export function voortgangHerinnering(
  h: Hulpvraag,
  omgeving: Pick<StagnatieOmgeving, 'limieten' | 'feestdagen'>,
): { readonly onderwerp: string; readonly datum: LocalDate } | undefined {
  const basis = voortgangBasis(h);
  const onderwerp = voortgangOnderwerp(h);
  if (!basis || !onderwerp) return undefined;
  return { onderwerp, datum: werkdagOpOfNa(plusDagen(basis, omgeving.limieten.geenVoortgangDagen), omgeving.feestdagen) };
}

/**
 * The day "no progress" counts as stagnation: the reminder about it has then stood for the grace period of an
 * overdue evaluation. The holder records progress "vóór" this day (case card and reminder say the same date).
 */
export function geenVoortgangStagnatie(h: Hulpvraag, omgeving: Pick<StagnatieOmgeving, 'limieten' | 'feestdagen'>): LocalDate | undefined {
  const herinnering = voortgangHerinnering(h, omgeving);
  return herinnering && plusWerkdagen(herinnering.datum, omgeving.limieten.evaluatieAchterstalligWerkdagen + 1, omgeving.feestdagen);
}

/** Every rule that applies to the case as it is now, with the instant it fires (past or future). */
export function stagnatieKandidaten(h: Hulpvraag, omgeving: StagnatieOmgeving): Stagnatiesignaal[] {
  if (h.stagnatie || !isToegestaan(h.status, 'stagnatie_gemeld')) return [];
  const { limieten, venster, feestdagen } = omgeving;
  const herstart = h.teamNoBesluit?.datum;
  const vanafDatum = (datum: LocalDate) => eersteVensterVanaf(datum, venster, feestdagen);
  const signalen: Stagnatiesignaal[] = [];

  if (LOPEND.includes(h.status)) {
    for (const evaluatie of openEvaluaties(h)) {
      const basis = later(werkdagOpOfVoor(evaluatie.datum, feestdagen), herstart);
      const dag = plusWerkdagen(basis, limieten.evaluatieAchterstalligWerkdagen + 1, feestdagen);
      signalen.push({
        regel: 'evaluatie_achterstallig',
        vanaf: vanafDatum(dag),
        reden: 'Termijn verlopen zonder voortgang',
        toelichting: `De ${evaluatie.soort === 'tussentijds' ? 'tussentijdse evaluatie' : 'evaluatie'} van ${evaluatie.datum} is meer dan ${limieten.evaluatieAchterstalligWerkdagen} werkdagen over de datum.`,
      });
    }
    const geenVoortgang = geenVoortgangStagnatie(h, omgeving);
    if (geenVoortgang) {
      signalen.push({
        regel: 'geen_voortgang',
        vanaf: vanafDatum(geenVoortgang),
        reden: 'Termijn verlopen zonder voortgang',
        toelichting: `Al ${limieten.geenVoortgangDagen} dagen geen voortgang vastgelegd, en meer dan ${limieten.evaluatieAchterstalligWerkdagen} werkdagen na de herinnering nog steeds niet.`,
      });
    }
  }

  const loket = lopendLoket(h);
  const termijnen = loketTermijnen(h, limieten.loket, feestdagen);
  if (loket && termijnen && !startUiterlijk(loket, termijnen.stagnatie)) {
    signalen.push({
      regel: 'loket_niet_gestart',
      vanaf: vanafDatum(termijnen.stagnatie),
      reden: 'Wachtlijst / hulp Loket niet gestart',
      toelichting: `De hulp via het Loket is ${limieten.loket.stagnatieWeken} weken nadat de hulpvraag bij het Loket kwam nog niet gestart; de overbruggingszorg duurt te lang.`,
    });
  }

  const wacht = huidigeWacht(h, limieten.wachten, limieten.loket, feestdagen);
  if (wacht?.stagnatie && wacht.soort !== 'loket') signalen.push({ ...WACHTREGELS[wacht.soort], vanaf: vanafDatum(wacht.stagnatie) });

  if (h.regierolSinds) {
    const basis = later(datumInAmsterdam(new Date(h.regierolSinds)), herstart);
    signalen.push({
      regel: 'lang_open',
      vanaf: vanafDatum(plusMaanden(basis, limieten.openMaandenNaRegierol)),
      reden: 'Hulpvraag loopt te lang',
      toelichting: `De hulpvraag is ${limieten.openMaandenNaRegierol} maanden na de start van de regierol nog open.`,
    });
  }
  return signalen.sort((a, b) => a.vanaf.getTime() - b.vanaf.getTime());
}

/** The rule that has fired at `nu` (the earliest one), if any. */
export function gestagneerd(h: Hulpvraag, nu: Date, omgeving: StagnatieOmgeving): Stagnatiesignaal | undefined {
  return stagnatieKandidaten(h, omgeving).find((s) => s.vanaf.getTime() <= nu.getTime());
}
