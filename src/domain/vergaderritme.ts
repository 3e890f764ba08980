/**
 * A schakelteam's meeting rhythm (seed 000 stap 0; seed 002: "elke twee weken"). The team sets it on its binding;
 * the agenda of each meeting is posted in its channel a configured number of days ahead ("uiterlijk een week
 * voorafgaand"). Dates are Amsterdam calendar dates, so daylight saving never moves a meeting to another day; the
 * time is Amsterdam wall-clock time and only read by people.
 */
import { LocalDate, dagenTussen, plusDagen, weekdag } from './tijd';
import { Schoolvakantie, inSchoolvakantie } from './schoolvakanties';
import { Feestdagopties, STANDAARD_FEESTDAGEN, isWerkdag } from './werkdagen';

export const RITMES = ['geen', 'wekelijks', 'tweewekelijks'] as const;
export type Ritme = (typeof RITMES)[number];

export const WEEKDAGNAMEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'] as const;

export interface Vergaderritme {
  readonly ritme: Ritme;
  /** 1 = maandag … 5 = vrijdag. */
  readonly weekdag: number;
  /** "14:00", Amsterdam time. */
  readonly tijd: string;
  /** The first meeting is the first `weekdag` on or after this date; "every two weeks" counts from that meeting. */
  readonly vanaf: LocalDate;
}

export interface Vergadering {
  readonly datum: LocalDate;
  readonly tijd: string;
  /** The day the agenda is due: `dagenVooraf` calendar days before the meeting. */
  readonly agendaOp: LocalDate;
}

/** The days a schakelteam does not meet: the national holidays, and the school holidays where they are configured. */
export interface Vergaderkalender extends Feestdagopties {
  readonly schoolvakanties?: readonly Schoolvakantie[];
}

const STAP: Record<Exclude<Ritme, 'geen'>, number> = { wekelijks: 7, tweewekelijks: 14 };

/** Whether a meeting that falls on `datum` is held. */
export function wordtVergaderd(datum: LocalDate, kalender: Vergaderkalender = STANDAARD_FEESTDAGEN): boolean {
  return isWerkdag(datum, kalender) && !inSchoolvakantie(datum, kalender.schoolvakanties ?? []);
}

/**
 * The first meeting strictly after `na`. A meeting on a holiday (Tweede Paasdag, Koningsdag, Kerst) or in a school
 * holiday is not held and not moved: the next one in the rhythm counts, and its agenda carries every pupil that is
 * still waiting (the agenda is composed from the cases, not from the skipped meeting). Undefined without a rhythm.
 */
export function vergaderingNa(na: LocalDate, r: Vergaderritme, dagenVooraf: number, opties: Vergaderkalender = STANDAARD_FEESTDAGEN): Vergadering | undefined {
  if (r.ritme === 'geen') return undefined;
  const stap = STAP[r.ritme];
  const eerste = plusDagen(r.vanaf, (r.weekdag - weekdag(r.vanaf) + 7) % 7);
  let datum = eerste > na ? eerste : plusDagen(eerste, (Math.floor(dagenTussen(eerste, na) / stap) + 1) * stap);
  while (!wordtVergaderd(datum, opties)) datum = plusDagen(datum, stap);
  return { datum, tijd: r.tijd, agendaOp: plusDagen(datum, -dagenVooraf) };
}

/**
 * Every meeting whose agenda is due by `vandaag` and that has not been held: normally none or one; a sweep that
 * missed the due day still finds it, and after the meeting day it is no longer offered.
 */
export function verschuldigdeVergaderingen(vandaag: LocalDate, r: Vergaderritme, dagenVooraf: number, opties: Vergaderkalender = STANDAARD_FEESTDAGEN): Vergadering[] {
  const uit: Vergadering[] = [];
  // The due day grows with the meeting date, so this stops at the first meeting whose agenda is not due yet.
  for (let v = vergaderingNa(vandaag, r, dagenVooraf, opties); v && v.agendaOp <= vandaag; v = vergaderingNa(v.datum, r, dagenVooraf, opties)) {
    uit.push(v);
  }
  return uit;
}

/** "om de week op dinsdag om 14:00". */
export function ritmeTekst(r: Vergaderritme | undefined): string {
  if (!r || r.ritme === 'geen') return 'geen vast overleg';
  const dag = WEEKDAGNAMEN[r.weekdag - 1] ?? '';
  return `${r.ritme === 'wekelijks' ? 'elke week' : 'om de week'} op ${dag} om ${r.tijd}`;
}
