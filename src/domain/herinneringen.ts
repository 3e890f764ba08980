/**
 * What to remind whom, and when. A reminder is planned on working days at the opening of the send window;
 * the sweep creates one stored Herinnering per occurrence (see herinnering-status.ts for its life cycle).
 */
import { Actieafspraak } from './afspraken';
import { Historieregel, Hulpvraag, metHistorie, metRol, persoonsregel } from './hulpvraag';
import { volgendeStap } from './invarianten';
import { Persoon, Rol } from './personen';
import { Status } from './route';
import { StagnatieLimieten, openEvaluaties, voortgangHerinnering } from './stagnatie';
import { WachtSoort, huidigeWacht } from './wachten';
import { LocalDate, datumInAmsterdam } from './tijd';
import {
  Feestdagopties,
  Verzendvenster,
  plusWerkdagen,
  vensterbegin,
  volgendVensterbegin,
  werkdagOpOfVoor,
} from './werkdagen';

export interface Herinneringsinstellingen {
  /** Working days before the evaluation date for the first reminder (0 = none). */
  readonly dagenVooraf: number;
  /** Working days between reminders once an evaluation is overdue. */
  readonly achterstalligElke: number;
  /** Working days between reminders to Team NO while a stagnation waits for its decision. */
  readonly escalatieElke: number;
  readonly venster: Verzendvenster;
  readonly feestdagen: Feestdagopties;
  readonly stagnatie: StagnatieLimieten;
  readonly beurten: Beurtlimieten;
}

/**
 * Product defaults for steps no reminder or stagnation rule dates (the seeds give no number): by when the step is
 * due, as the case card says (beurttermijn.ts). On that day whoever is at turn is reminded once
 * (`termijn_verstreken`); nothing is escalated.
 */
export interface Beurtlimieten {
  /** Working days for the schakelteam to judge a proposed handover of the regierol. */
  readonly overdrachtWerkdagen: number;
  /** Working days for the IB'er/COO to close (or reopen) a case its holder returned. */
  readonly afsluitenWerkdagen: number;
}

export const HERINNERING_SOORTEN = [
  'evaluatie_vooraf',
  'evaluatie_vandaag',
  'evaluatie_achterstallig',
  'voortgang_gevraagd',
  'escalatie_team_no',
  'aanbod_open',
  'toestemming_open',
  'besluit_open',
  'loket_open',
  'afspraak',
  'termijn_verstreken',
] as const;
export type HerinneringSoort = (typeof HERINNERING_SOORTEN)[number];

/** The reminder of each wait (wachten.ts): to whoever must act, before it can count as stagnation. */
export const WACHT_HERINNERINGEN: Record<WachtSoort, HerinneringSoort> = {
  aanbod: 'aanbod_open',
  toestemming: 'toestemming_open',
  besluit: 'besluit_open',
  loket: 'loket_open',
};

export const KANAAL_ONTVANGERS = ['team_no', 'loket'] as const;

export type Ontvanger =
  | { readonly soort: 'persoon'; readonly tenantId: string; readonly aadObjectId: string; readonly naam: string; readonly rol: Rol }
  | { readonly soort: 'kanaal'; readonly kanaalSoort: (typeof KANAAL_ONTVANGERS)[number] }
  /**
   * The functional administrators: nobody of the schakelteam is left on the case, so its step is binding the
   * schakelteam again (invarianten.ts `volgendeStap`, `beheer`). Who they are is configuration, read when it is sent.
   */
  | { readonly soort: 'beheer' };

const BEHEER: Ontvanger = { soort: 'beheer' };

/**
 * Who is reminded of a step: whoever `volgendeStap` names on the case (`rollen`), or, when nobody of the schakelteam
 * is left (`beheer`), the functional administrators who bind it again. The one rule for every reminder of a step.
 */
function ontvangersVanStap(h: Hulpvraag, stap: { readonly rollen: readonly Rol[]; readonly beheer?: true }): Ontvanger[] {
  return stap.beheer ? [BEHEER] : ontvangersMetRol(h, stap.rollen);
}

/** One planned occurrence: the day it belongs to and the instant it may be sent. */
export interface Herinneringsmoment {
  readonly soort: HerinneringSoort;
  /** What it is about: `tussentijds-2026-05-11`, `voortgang-<day of last progress>` or `stagnatie-<since>`; part of the id. */
  readonly onderwerp: string;
  readonly evaluatie?: { readonly soort: 'tussentijds' | 'eind'; readonly datum: LocalDate };
  readonly datum: LocalDate;
  readonly verzendOp: Date;
  readonly ontvanger: Ontvanger;
}

/** Evaluations are reminded while someone holds the regierol and the case runs normally; in stagnation Team NO is. */
const EVALUATIE_STATUSSEN: readonly Status[] = ['regierol_actief', 'overdracht_aangevraagd'];

/** The regierol holder and the IB'er/COO, once each (with the expertiseteam they are the same person). */
export function evaluatieOntvangers(h: Hulpvraag): Ontvanger[] {
  return ontvangersMetRol(h, ['regierolhouder', 'ib_coo']);
}

/** Everyone with one of `rollen` on the case, once each. */
function ontvangersMetRol(h: Hulpvraag, rollen: readonly Rol[]): Ontvanger[] {
  const gezien = new Set<string>();
  const ontvangers: Ontvanger[] = [];
  for (const b of rollen.flatMap((rol) => metRol(h, rol))) {
    if (gezien.has(b.aadObjectId)) continue;
    gezien.add(b.aadObjectId);
    ontvangers.push({ soort: 'persoon', tenantId: b.tenantId, aadObjectId: b.aadObjectId, naam: b.naam, rol: b.rol });
  }
  return ontvangers;
}

type Moment = Omit<Herinneringsmoment, 'ontvanger'>;

/**
 * Every occurrence for one evaluation, in time order, without end: N working days before, on the day (the last
 * working day on or before the date, so a Saturday deadline is reminded on Friday), then every K working days.
 */
function* evaluatieMomenten(evaluatie: { soort: 'tussentijds' | 'eind'; datum: LocalDate }, inst: Herinneringsinstellingen): Generator<Moment> {
  const onderwerp = `${evaluatie.soort}-${evaluatie.datum}`;
  const opDeDag = werkdagOpOfVoor(evaluatie.datum, inst.feestdagen);
  const maak = (soort: HerinneringSoort, datum: LocalDate): Moment => ({
    soort,
    onderwerp,
    evaluatie,
    datum,
    verzendOp: vensterbegin(datum, inst.venster),
  });
  if (inst.dagenVooraf > 0) yield maak('evaluatie_vooraf', plusWerkdagen(opDeDag, -inst.dagenVooraf, inst.feestdagen));
  yield maak('evaluatie_vandaag', opDeDag);
  const stap = Math.max(1, inst.achterstalligElke);
  for (let k = 1; ; k++) yield maak('evaluatie_achterstallig', plusWerkdagen(opDeDag, k * stap, inst.feestdagen));
}

/** The escalation itself (as soon as the window allows) and then a reminder every K working days until Team NO decides. */
/** When Team NO first hears of a stagnation flagged at `sinds`: the next opening of the send window (or now, inside it). */
export function eersteEscalatie(sinds: Date, inst: Pick<Herinneringsinstellingen, 'venster' | 'feestdagen'>): Date {
  return volgendVensterbegin(sinds, inst.venster, inst.feestdagen);
}

/** The n-th reminder to Team NO about a stagnation flagged at `sinds` (0: the escalation itself). */
function escalatieDatum(sinds: string, n: number, inst: Pick<Herinneringsinstellingen, 'venster' | 'feestdagen' | 'escalatieElke'>): LocalDate {
  return plusWerkdagen(datumInAmsterdam(eersteEscalatie(new Date(sinds), inst)), n * Math.max(1, inst.escalatieElke), inst.feestdagen);
}

/** The day Team NO is reminded of a stagnation it has not decided on: its decision is due before it (beurttermijn.ts). */
export function teamNoHerinnering(sinds: string, inst: Pick<Herinneringsinstellingen, 'venster' | 'feestdagen' | 'escalatieElke'>): LocalDate {
  return escalatieDatum(sinds, 1, inst);
}

function* escalatieMomenten(sinds: string, inst: Herinneringsinstellingen): Generator<Moment> {
  const eerste = eersteEscalatie(new Date(sinds), inst);
  const onderwerp = `stagnatie-${sinds.replace(/[^0-9]/g, '')}`;
  yield { soort: 'escalatie_team_no', onderwerp, datum: datumInAmsterdam(eerste), verzendOp: eerste };
  for (let k = 1; ; k++) {
    const datum = escalatieDatum(sinds, k, inst);
    yield { soort: 'escalatie_team_no', onderwerp, datum, verzendOp: vensterbegin(datum, inst.venster) };
  }
}

interface Planregel {
  readonly momenten: () => Generator<Moment>;
  readonly ontvangers: readonly Ontvanger[];
}

/** Where an agreement's reminder stands: `afspraak-<meeting>-<agreement>-<date>` (part of the id; isNogActueel checks it). */
export function afspraakOnderwerp(overleg: LocalDate, afspraak: Pick<Actieafspraak, 'id' | 'wanneer'>): string {
  return `afspraak-${overleg}-${afspraak.id}-${afspraak.wanneer}`;
}

/**
 * Every dated agreement of the last meeting (seed 000 stap 4) is reminded to its owner: N working days before its
 * date and on it (the last working day on or before). Whatever else the case waits for, these run alongside.
 */
function afspraakregels(h: Hulpvraag, inst: Herinneringsinstellingen): Planregel[] {
  const a = h.afspraken;
  if (!a || h.status === 'gesloten') return [];
  return a.acties.map((actie) => {
    const opDeDag = werkdagOpOfVoor(actie.wanneer, inst.feestdagen);
    const dagen = [...(inst.dagenVooraf > 0 ? [plusWerkdagen(opDeDag, -inst.dagenVooraf, inst.feestdagen)] : []), opDeDag];
    const onderwerp = afspraakOnderwerp(a.overleg, actie);
    const rol = metRolVan(h, actie.wie);
    return {
      momenten: function* () {
        for (const datum of dagen) yield { soort: 'afspraak' as const, onderwerp, datum, verzendOp: vensterbegin(datum, inst.venster) };
      },
      ontvangers: [{ soort: 'persoon', tenantId: actie.wie.tenantId, aadObjectId: actie.wie.aadObjectId, naam: actie.wie.naam, rol }],
    };
  });
}

/** The owner's role on the case; someone named in an agreement who is not involved is reminded as an expert would be. */
function metRolVan(h: Hulpvraag, p: Pick<Actieafspraak['wie'], 'tenantId' | 'aadObjectId'>): Rol {
  return h.betrokkenen.find((b) => b.tenantId === p.tenantId && b.aadObjectId === p.aadObjectId)?.rol ?? 'expert';
}

/** The product-default day of a handover to judge or a return to close (Beurtlimieten): the step is due before it. */
export function productTermijn(h: Pick<Hulpvraag, 'status' | 'statusSinds' | 'bijgewerkt'>, inst: Pick<Herinneringsinstellingen, 'beurten' | 'feestdagen'>): LocalDate | undefined {
  const werkdagen = h.status === 'overdracht_aangevraagd' ? inst.beurten.overdrachtWerkdagen : h.status === 'terug_voor_afsluiting' ? inst.beurten.afsluitenWerkdagen : undefined;
  if (werkdagen === undefined) return undefined;
  return plusWerkdagen(datumInAmsterdam(new Date(h.statusSinds ?? h.bijgewerkt)), werkdagen, inst.feestdagen);
}

/** What that day's reminder is about: the state and since when, so a new handover or return has a reminder of its own. */
export function termijnOnderwerp(h: Pick<Hulpvraag, 'status' | 'statusSinds' | 'bijgewerkt'>): string | undefined {
  if (h.status !== 'overdracht_aangevraagd' && h.status !== 'terug_voor_afsluiting') return undefined;
  return `termijn-${h.status}-${(h.statusSinds ?? h.bijgewerkt).replace(/[^0-9]/g, '')}`;
}

/**
 * Who is reminded when a product-default day passes: whoever the domain's `volgendeStap` puts at turn, which with a
 * vacant role is whoever of the schakelteam is left to take it over, and with nobody of the schakelteam left the
 * functional administrators (as for every wait).
 */
export function termijnOntvangers(h: Hulpvraag): Ontvanger[] {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem) return [];
  return ontvangersVanStap(h, stap);
}

/** How a recipient is named in the case's history (names from Teams, nobody typed them). */
export function ontvangerAlsTekst(o: Ontvanger): string {
  return o.soort === 'persoon' ? o.naam : o.soort === 'kanaal' ? o.kanaalSoort : 'functioneel beheer';
}

/** On the product-default day, once: the step is late from that day (the card says "vóór" it). */
function termijnregels(h: Hulpvraag, inst: Herinneringsinstellingen): Planregel[] {
  const datum = productTermijn(h, inst);
  const onderwerp = termijnOnderwerp(h);
  if (datum === undefined || onderwerp === undefined) return [];
  const moment: Moment = { soort: 'termijn_verstreken', onderwerp, datum, verzendOp: vensterbegin(datum, inst.venster) };
  return [{ momenten: function* () { yield moment; }, ontvangers: termijnOntvangers(h) }];
}

export const TERMIJN_HERINNERD = 'termijn_herinnerd';

/**
 * The history line of a product-default day's reminder, once per subject however often the sweep plans it: the day
 * and who was reminded (names from Teams, nobody typed them). `moment` are the reminders the sweep planned now.
 */
export function noteerTermijnHerinnering(h: Hulpvraag, momenten: readonly Herinneringsmoment[], door: Persoon, nu: Date): Hulpvraag {
  const eigen = momenten.filter((m) => m.soort === 'termijn_verstreken');
  const [eerste] = eigen;
  if (!eerste || h.geschiedenis.some((r) => r.wat === TERMIJN_HERINNERD && r.details.onderwerp === eerste.onderwerp)) return h;
  const aan = eigen.map((m) => ontvangerAlsTekst(m.ontvanger)).join(', ');
  const regel: Historieregel = { tijdstip: nu.toISOString(), door: persoonsregel(door), wat: TERMIJN_HERINNERD, details: { onderwerp: eerste.onderwerp, termijn: eerste.datum, aan } };
  return { ...h, geschiedenis: metHistorie(h.geschiedenis, regel) };
}

function planregels(h: Hulpvraag, inst: Herinneringsinstellingen): Planregel[] {
  return [...routeregels(h, inst), ...termijnregels(h, inst), ...afspraakregels(h, inst)];
}

function routeregels(h: Hulpvraag, inst: Herinneringsinstellingen): Planregel[] {
  if (h.status === 'stagnatie_team_no' && h.stagnatie) {
    const sinds = h.stagnatie.sinds;
    return [{ momenten: () => escalatieMomenten(sinds, inst), ontvangers: [{ soort: 'kanaal', kanaalSoort: 'team_no' }] }];
  }
  const wacht = huidigeWacht(h, inst.stagnatie.wachten, inst.stagnatie.loket, inst.feestdagen);
  if (wacht) {
    const moment: Moment = { soort: WACHT_HERINNERINGEN[wacht.soort], onderwerp: wacht.onderwerp, datum: wacht.herinnering, verzendOp: vensterbegin(wacht.herinnering, inst.venster) };
    const ontvangers = [...ontvangersVanStap(h, wacht), ...(wacht.soort === 'loket' ? [{ soort: 'kanaal', kanaalSoort: 'loket' } as const] : [])];
    return [{ momenten: function* () { yield moment; }, ontvangers }];
  }
  if (!EVALUATIE_STATUSSEN.includes(h.status)) return [];
  const ontvangers = evaluatieOntvangers(h);
  const regels: Planregel[] = openEvaluaties(h).map((evaluatie) => ({ momenten: () => evaluatieMomenten(evaluatie, inst), ontvangers }));
  // "No progress" is asked once; the stagnation rule waits for it (stagnatie.ts), so nobody is escalated unwarned.
  const voortgang = voortgangHerinnering(h, { limieten: inst.stagnatie, feestdagen: inst.feestdagen });
  if (voortgang) {
    const moment: Moment = { soort: 'voortgang_gevraagd', onderwerp: voortgang.onderwerp, datum: voortgang.datum, verzendOp: vensterbegin(voortgang.datum, inst.venster) };
    regels.push({ momenten: function* () { yield moment; }, ontvangers });
  }
  return regels;
}

/**
 * What is due now: per plan line the latest occurrence in (na, tot]. Taking only the latest means a missed sweep
 * is caught up with one message (the most recent reminder), not a burst of stale ones.
 */
export function verschuldigdeHerinneringen(h: Hulpvraag, na: Date | undefined, tot: Date, inst: Herinneringsinstellingen): Herinneringsmoment[] {
  const resultaat: Herinneringsmoment[] = [];
  for (const regel of planregels(h, inst)) {
    let laatste: Moment | undefined;
    for (const moment of regel.momenten()) {
      if (moment.verzendOp.getTime() > tot.getTime()) break;
      if (na === undefined || moment.verzendOp.getTime() > na.getTime()) laatste = moment;
    }
    if (laatste) {
      const gevonden = laatste;
      resultaat.push(...regel.ontvangers.map((ontvanger) => ({ ...gevonden, ontvanger })));
    }
  }
  return resultaat;
}

/** The first occurrence strictly after `na` (or the very first without `na`). */
export function volgendeHerinnering(h: Hulpvraag, na: Date | undefined, inst: Herinneringsinstellingen): Date | undefined {
  let vroegste: Date | undefined;
  for (const regel of planregels(h, inst)) {
    for (const moment of regel.momenten()) {
      if (na !== undefined && moment.verzendOp.getTime() <= na.getTime()) continue;
      if (!vroegste || moment.verzendOp < vroegste) vroegste = moment.verzendOp;
      break;
    }
  }
  return vroegste;
}

/**
 * Deterministic: two sweepers planning the same occurrence produce the same id, so the store refuses the second. The
 * functional administrators hear once a day per schakelteam that it has nobody left, however many of its cases wait.
 */
export function herinneringId(h: Pick<Hulpvraag, 'id' | 'schakelteamId'>, moment: Pick<Herinneringsmoment, 'soort' | 'onderwerp' | 'datum' | 'ontvanger'>): string {
  const o = moment.ontvanger;
  const id = o.soort === 'beheer' ? `beheer:${h.schakelteamId}:${moment.datum}` : `${h.id}:${moment.soort}:${moment.onderwerp}:${moment.datum}:${o.soort === 'persoon' ? o.aadObjectId : o.kanaalSoort}`;
  // Cosmos ids may not contain / \ ? #.
  return id.replace(/[/\\?#]/g, '_');
}
