/**
 * Overbruggingszorg (seed 001, issue 15): while a case waits for the Loket, the former regierol holder (or, when the
 * schakelteam sent it there directly, the IB'er/COO) stays involved "tot er feitelijk hulp wordt ingezet vanuit het
 * Loket", and it must not last too long. The clock starts when the case reached the Loket (`aangekomen`), by either
 * route, with or without consent:
 *
 * - the Loket answers (takes the case with its weighing) within N working days; past that, and
 * - the help actually starts within M weeks; past that,
 *   the schakelfunctionaris O/JH is asked to inquire at the Loket ("navraag doen", seed 001), once per limit;
 * - help still not started K weeks after arrival is stagnation (rule loket_niet_gestart, stagnatie.ts).
 *
 * The help starts on the weighing's start date (taken without a weighing: the day it was taken); on that day the
 * system records it and the former holder's involvement ends (event loket_hulp_gestart). A Team NO decision
 * restarts the clock, like every other clock (stagnatie.ts).
 */
import { Hulpvraag, LoketTraject, metRol } from './hulpvraag';
import { Betrokkene } from './personen';
import { isToegestaan } from './route';
import { DomainError, FOUTCODES } from './errors';
import { LocalDate, datumInAmsterdam, datumNl, isLocalDate, plusDagen, plusMaanden } from './tijd';
import { Feestdagopties, Verzendvenster, eersteVensterVanaf, plusWerkdagen } from './werkdagen';

export interface LoketLimieten {
  /** Working days after arrival within which the Loket answers (NORM_LOKET_WERKDAGEN, default 5). */
  readonly antwoordWerkdagen: number;
  /** Weeks after arrival within which the help actually starts (NORM_HULP_GESTART_WEKEN, default 8). */
  readonly hulpGestartWeken: number;
  /** Weeks after arrival: help still not started is stagnation (STAGNATIE_LOKET_NIET_GESTART_WEKEN, default 10). */
  readonly stagnatieWeken: number;
}

export type LoketGrens = 'antwoord' | 'start';

type Bron = Pick<Hulpvraag, 'loket' | 'status' | 'toestemming' | 'teamNoBesluit' | 'betrokkenen'>;

/**
 * The Loket can act on the case now: offered to it after consent, or (consent refused) told whom to contact and not
 * yet in contact (`contactNodig`).
 */
export function bijHetLoket(h: Pick<Hulpvraag, 'loket' | 'status' | 'toestemming'>): boolean {
  if (!h.loket || h.loket.genomen) return false;
  return h.status === 'regierol_aangeboden' || contactNodig(h);
}

/**
 * Consent refused on a case sent to the Loket: the Loket's step is contacting the person on its card, who shares what
 * may be shared (seed 001). Once it has, the IB'er/COO is at turn again (record consent after all, or close).
 */
export function contactNodig(h: Pick<Hulpvraag, 'loket' | 'status' | 'toestemming'>): boolean {
  return h.loket !== undefined && !h.loket.genomen && !h.loket.contact && h.status === 'wacht_op_toestemming' && h.toestemming?.status === 'geweigerd';
}

/** Whom the Loket contacts (its card names them): the regierol holder, the one who handed over, or the IB'er/COO. */
export function loketContact(h: Pick<Hulpvraag, 'loket' | 'betrokkenen'>): Betrokkene | undefined {
  return metRol(h, 'regierolhouder')[0] ?? h.loket?.vorigeHouder ?? metRol(h, 'ib_coo')[0];
}

/** When the IB'er/COO's wait for consent began again: the Loket's contact after a refusal (else the state's start). */
export function naLoketContact(h: Pick<Hulpvraag, 'loket' | 'status'>): string | undefined {
  return h.status === 'wacht_op_toestemming' ? h.loket?.contact : undefined;
}

/** The traject while the case is at the Loket and its help has not started: overbruggingszorg runs. */
export function lopendLoket(h: Pick<Hulpvraag, 'loket' | 'status'>): (LoketTraject & { readonly aangekomen: string }) | undefined {
  const loket = h.loket;
  if (!loket?.aangekomen || loket.hulpGestart || h.status === 'gesloten') return undefined;
  return { ...loket, aangekomen: loket.aangekomen };
}

/** The events after which a case sent to the Loket (and waiting for consent) can reach it. */
const TOESTEMMING_GEREGELD: readonly string[] = ['toestemming_vastgelegd', 'toestemming_uitgebreid'];

/**
 * A case that reached the Loket before its arrival was recorded (`aangekomen`, stored since issue 15) gets it from
 * its history, so its Loket limits and reminders run like any other's: the first consent recorded or extended after
 * it was sent to the Loket (it waited for that), else the moment it was sent (`sinds`: consent was already there).
 * Only for a case that did reach the Loket (it can act on it, or took it); one still waiting for consent gets its
 * arrival from the event that brings it there. Pure: the store applies it on every read.
 */
export function metAankomstUitHistorie(h: Hulpvraag): Hulpvraag {
  const loket = h.loket;
  if (!loket || loket.aangekomen || !(loket.genomen || bijHetLoket(h))) return h;
  const totGenomen = (tijdstip: string) => !loket.genomen || tijdstip <= loket.genomen;
  const geregeld = h.geschiedenis.find((r) => r.tijdstip > loket.sinds && totGenomen(r.tijdstip) && TOESTEMMING_GEREGELD.includes(r.wat));
  return { ...h, loket: { ...loket, aangekomen: geregeld?.tijdstip ?? loket.sinds } };
}

/** The day the help actually starts: the weighing's start date, or the day it was taken without one. */
export function startdag(loket: LoketTraject): LocalDate | undefined {
  return loket.weging?.start ?? (loket.genomen ? datumInAmsterdam(new Date(loket.genomen)) : undefined);
}

/** How far ahead the Loket may put the help's start: beyond this it is a typing error, not a waiting list. */
export const START_MAX_MAANDEN = 12;

/**
 * The rule for the help's start date, at the weighing and at a correction: an existing day, not before the case
 * reached the Loket (help cannot start before the Loket had it) and at most START_MAX_MAANDEN months from today.
 * Dutch messages that say what to choose.
 */
export function eisStartdatum(loket: Pick<LoketTraject, 'aangekomen' | 'sinds'>, start: string, vandaag: LocalDate): void {
  const fout = (tekst: string) => new DomainError(FOUTCODES.ongeldigeInvoer, tekst);
  if (!isLocalDate(start)) throw fout('Kies een bestaande startdatum van de hulp');
  const aankomst = datumInAmsterdam(new Date(loket.aangekomen ?? loket.sinds));
  if (start < aankomst) throw fout(`De hulp kan niet starten voordat de hulpvraag bij het Loket kwam (${datumNl(aankomst)}): kies ${datumNl(aankomst)} of later`);
  const uiterlijk = plusMaanden(vandaag, START_MAX_MAANDEN);
  if (start > uiterlijk) throw fout(`Kies een startdatum binnen een jaar (uiterlijk ${datumNl(uiterlijk)}); duurt het langer, meld dan stagnatie`);
}

/** The start date can be corrected while the Loket's weighing stands and its help has not started. */
export function startCorrigeerbaar(h: Pick<Hulpvraag, 'loket' | 'status'>): boolean {
  const loket = lopendLoket(h);
  return loket !== undefined && loket.genomen !== undefined && loket.weging !== undefined && isToegestaan(h.status, 'loket_start_gecorrigeerd');
}

/** Who gives the overbruggingszorg: the former holder, or the IB'er/COO when the schakelteam sent it directly. */
export function overbrugger(h: Pick<Hulpvraag, 'loket' | 'betrokkenen'>): Betrokkene | undefined {
  return h.loket?.vorigeHouder ?? metRol(h, 'ib_coo')[0];
}

export interface LoketTermijnen {
  /** The Loket answers before this day. */
  readonly antwoord: LocalDate;
  /** The help starts before this day. */
  readonly start: LocalDate;
  /** From this day it is stagnation. */
  readonly stagnatie: LocalDate;
}

/** The limits of a running traject, counted from arrival (or a later Team NO decision). */
export function loketTermijnen(h: Bron, limieten: LoketLimieten, feestdagen: Feestdagopties): LoketTermijnen | undefined {
  const loket = lopendLoket(h);
  if (!loket) return undefined;
  const aankomst = datumInAmsterdam(new Date(loket.aangekomen));
  const basis = h.teamNoBesluit && h.teamNoBesluit.datum > aankomst ? h.teamNoBesluit.datum : aankomst;
  return {
    antwoord: plusWerkdagen(basis, limieten.antwoordWerkdagen, feestdagen),
    start: plusDagen(basis, limieten.hulpGestartWeken * 7),
    stagnatie: plusDagen(basis, limieten.stagnatieWeken * 7),
  };
}

/** Whether the help starts in time for `dag`: a start date is known and lies on or before it. */
export function startUiterlijk(loket: LoketTraject, dag: LocalDate): boolean {
  const start = startdag(loket);
  return start !== undefined && start <= dag;
}

/** What the system does on a running traject, by itself: ask for an inquiry, or record that the help started. */
export type LoketStap = { readonly soort: 'navraag'; readonly grens: LoketGrens } | { readonly soort: 'hulp_gestart' };

export interface LoketOmgeving {
  readonly limieten: LoketLimieten;
  readonly venster: Verzendvenster;
  readonly feestdagen: Feestdagopties;
}

/**
 * The system's pending steps on the case with the instant each is due (past or future), earliest first. Every
 * condition here the domain checks again when the step is applied, so a proposed step is never refused (else the
 * sweep would look at the case again and again).
 */
export function loketStappen(h: Bron, omgeving: LoketOmgeving): Array<{ readonly stap: LoketStap; readonly vanaf: Date }> {
  const loket = lopendLoket(h);
  const termijnen = loketTermijnen(h, omgeving.limieten, omgeving.feestdagen);
  if (!loket || !termijnen) return [];
  const vanaf = (dag: LocalDate) => eersteVensterVanaf(dag, omgeving.venster, omgeving.feestdagen);
  const stappen: Array<{ stap: LoketStap; vanaf: Date }> = [];
  const start = startdag(loket);
  if (loket.genomen && start !== undefined && isToegestaan(h.status, 'loket_hulp_gestart')) stappen.push({ stap: { soort: 'hulp_gestart' }, vanaf: vanaf(start) });
  if (isToegestaan(h.status, 'loket_navraag')) {
    if (!loket.navragen?.antwoord && bijHetLoket(h)) stappen.push({ stap: { soort: 'navraag', grens: 'antwoord' }, vanaf: vanaf(termijnen.antwoord) });
    if (!loket.navragen?.start && !startUiterlijk(loket, termijnen.start)) stappen.push({ stap: { soort: 'navraag', grens: 'start' }, vanaf: vanaf(termijnen.start) });
  }
  return stappen.sort((a, b) => a.vanaf.getTime() - b.vanaf.getTime());
}

/** What a running traject waits for now, for the case card and the overviews. */
export interface LoketWacht {
  /** The Loket's answer (not taken yet), or the help's start (taken). */
  readonly wat: 'antwoord' | 'start';
  /** The answer limit, or the known start date (else the start limit). */
  readonly datum: LocalDate;
  /** The limit past which the schakelfunctionaris O/JH is asked to inquire. */
  readonly uiterlijk: LocalDate;
  readonly overbrugger?: Betrokkene;
}

export function loketWacht(h: Bron, limieten: LoketLimieten, feestdagen: Feestdagopties): LoketWacht | undefined {
  const loket = lopendLoket(h);
  const termijnen = loketTermijnen(h, limieten, feestdagen);
  if (!loket || !termijnen) return undefined;
  const door = overbrugger(h);
  const wie = door ? { overbrugger: door } : {};
  // The Loket's contact after a refusal is its answer: from then the help's start is what the clock waits for.
  if (!loket.genomen && !loket.contact) return { wat: 'antwoord', datum: termijnen.antwoord, uiterlijk: termijnen.antwoord, ...wie };
  return { wat: 'start', datum: startdag(loket) ?? termijnen.start, uiterlijk: termijnen.start, ...wie };
}
