/**
 * The agreements of a schakelteam meeting about one case (seed 000 stap 4 "plannen" and stap 5 "afronden"): what
 * will be done, by whom, by when; who reports back to school and to the parents; who is the casuscoördinator; the
 * Verwijsindex weighing and who reports; and when the follow-up discussion is.
 *
 * What will be done is typed text about the pupil: "wat" information (zichtbaarheid.ts 'inhoud'), never on a
 * channel card. Who and when are "dat" facts. Each dated agreement is reminded to its owner (herinneringen.ts), and
 * the follow-up lands on a later agenda (agenda.ts).
 */
import { DomainError, FOUTCODES } from './errors';
import { LocalDate, isLocalDate } from './tijd';

/** A professional named in an agreement (picked in the form; not necessarily involved in the case yet). */
export interface Afspraakpersoon {
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly naam: string;
  readonly teamsId?: string;
}

export interface Actieafspraak {
  /** Stable within one set of agreements ("a1", …): the reminder's id refers to it. */
  readonly id: string;
  readonly wat: string;
  readonly wie: Afspraakpersoon;
  readonly wanneer: LocalDate;
}

export interface AfsprakenInvoer {
  readonly acties: readonly Omit<Actieafspraak, 'id'>[];
  readonly terugkoppelingSchool: Afspraakpersoon;
  readonly terugkoppelingOuders: Afspraakpersoon;
  readonly casuscoordinator: Afspraakpersoon;
  /** Seed 000: "bij elke casus de afweging … of een registratie bij de Verwijsindex wenselijk of noodzakelijk is en wie die melding zal doen". */
  readonly verwijsindex: { readonly melden: boolean; readonly wie?: Afspraakpersoon };
  /** When the schakelteam discusses the case again (seed 000 stap 5); absent: no follow-up planned. */
  readonly vervolgbespreking?: LocalDate;
}

export interface Afspraken extends Omit<AfsprakenInvoer, 'acties'> {
  readonly acties: readonly Actieafspraak[];
  /** The day of the meeting (the day they were recorded). */
  readonly overleg: LocalDate;
}

/** Seed 000 asks for clear agreements, not a plan: three actions keep the form one screen. */
export const MAX_ACTIES = 3;
export const MAX_WAT = 200;

const ongeldig = (bericht: string) => new DomainError(FOUTCODES.ongeldigeInvoer, bericht);

/** Checks the agreements as the meeting made them today; the dates lie after today (a deadline, a next meeting). */
export function legAfsprakenVast(invoer: AfsprakenInvoer, vandaag: LocalDate): Afspraken {
  if (invoer.acties.length === 0) throw ongeldig('Leg minstens één afspraak vast: wat, door wie, wanneer');
  if (invoer.acties.length > MAX_ACTIES) throw ongeldig(`Hoogstens ${MAX_ACTIES} afspraken per overleg`);
  invoer.acties.forEach((a, i) => {
    if (a.wat.trim().length === 0 || a.wat.length > MAX_WAT) throw ongeldig(`Afspraak ${i + 1}: beschrijf wat er gebeurt (maximaal ${MAX_WAT} tekens)`);
    if (!isLocalDate(a.wanneer) || a.wanneer <= vandaag) throw ongeldig(`Afspraak ${i + 1}: kies een datum na vandaag`);
  });
  if (invoer.verwijsindex.melden && !invoer.verwijsindex.wie) throw ongeldig('Kies wie de melding bij de Verwijsindex doet');
  if (invoer.vervolgbespreking !== undefined && (!isLocalDate(invoer.vervolgbespreking) || invoer.vervolgbespreking <= vandaag)) {
    throw ongeldig('De vervolgbespreking ligt na vandaag');
  }
  const { verwijsindex, ...rest } = invoer;
  return {
    ...rest,
    verwijsindex: verwijsindex.melden && verwijsindex.wie ? { melden: true, wie: verwijsindex.wie } : { melden: false },
    acties: invoer.acties.map((a, i) => ({ ...a, wat: a.wat.trim(), id: `a${i + 1}` })),
    overleg: vandaag,
  };
}

/** The history line: who and when only ("dat"); what will be done stays in the agreements themselves. */
export function afsprakenSamenvatting(a: Afspraken): Record<string, string> {
  return {
    overleg: a.overleg,
    acties: a.acties.map((x) => `${x.wie.naam} uiterlijk ${x.wanneer}`).join('; '),
    casuscoordinator: a.casuscoordinator.naam,
    terugkoppeling: `school: ${a.terugkoppelingSchool.naam}; ouders: ${a.terugkoppelingOuders.naam}`,
    verwijsindex: a.verwijsindex.melden ? `melden (${a.verwijsindex.wie?.naam ?? '?'})` : 'niet melden',
    ...(a.vervolgbespreking ? { vervolgbespreking: a.vervolgbespreking } : {}),
  };
}
