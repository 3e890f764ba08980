/**
 * The agenda of a schakelteam's meeting (seed 000, stap 0): which pupils come up, first discussion or follow-up, the
 * estimated time per pupil, whether consent is known, evaluations due, and general items, so participants can
 * prepare. When it is due follows from the team's rhythm (vergaderritme.ts).
 *
 * The agenda goes to the schakelteam channel, which every channel member sees: it holds "dat"-information only
 * (case number, school, status, a date, consent yes/no, minutes), never the question, the pupil reference, the
 * content of the consent or anything typed; general items are a fixed category and who brought them in.
 */
import { AlgemeenPunt } from './agendapunten';
import { volgendeEvaluatie } from './deadlines';
import { Hulpvraag } from './hulpvraag';
import { Status, isToegestaan } from './route';
import { LocalDate, datumInAmsterdam } from './tijd';
import { Verzending, nieuweVerzending } from './verzending';

export type AgendaSectieSoort = 'eerste_bespreking' | 'vervolgbespreking' | 'evaluaties' | 'escalaties';

export const AGENDA_SECTIES: ReadonlyArray<{ readonly soort: AgendaSectieSoort; readonly titel: string }> = [
  { soort: 'eerste_bespreking', titel: 'Nieuwe hulpvragen (eerste bespreking)' },
  { soort: 'vervolgbespreking', titel: 'Vervolgbespreking' },
  { soort: 'evaluaties', titel: 'Evaluaties vóór het overleg' },
  { soort: 'escalaties', titel: 'Escalaties bij Team NO' },
];

const EERSTE_BESPREKING: readonly Status[] = ['geregistreerd', 'bij_schakelteam'];
const VERVOLG: readonly Status[] = [
  'wacht_op_toestemming',
  'regierol_aangeboden',
  'overdracht_aangevraagd',
  'terug_voor_afsluiting',
  'besloten_regierol',
  'besloten_expertiseteam',
  'besloten_loket',
  'besloten_basisondersteuning',
];

/** What the date on an item means, so the card can say it in words. */
export type AgendaDatumSoort = 'aangemeld' | 'gewijzigd' | 'tussentijdse_evaluatie' | 'evaluatie' | 'bij_team_no' | 'vervolg_gepland';

/** One case on the agenda: "dat"-information only. */
export interface Agendapunt {
  readonly nummer: string;
  readonly school: string;
  readonly status: Status;
  readonly datum: LocalDate;
  readonly datumSoort: AgendaDatumSoort;
  /** Whether the parents' (or pupil's) consent is given: the participants know what they may bring in (seed 000). */
  readonly toestemming: boolean;
  /** Estimated minutes for this pupil, set by the case's IB'er/COO; absent: not estimated. */
  readonly bespreektijd?: number;
}

export interface AgendaSectie {
  readonly soort: AgendaSectieSoort;
  readonly titel: string;
  readonly punten: readonly Agendapunt[];
}

export interface Agenda {
  readonly vergaderdatum: LocalDate;
  /** "14:00", Amsterdam time. */
  readonly tijd: string;
  readonly algemenePunten: readonly AlgemeenPunt[];
  /** All four sections in fixed order, also the empty ones (the card decides what to show). */
  readonly secties: readonly AgendaSectie[];
}

function punt(h: Hulpvraag, datum: LocalDate, datumSoort: AgendaDatumSoort): Agendapunt {
  return {
    nummer: h.nummer,
    school: h.school,
    status: h.status,
    datum,
    datumSoort,
    toestemming: h.toestemming?.status === 'gegeven',
    ...(h.bespreektijd !== undefined ? { bespreektijd: h.bespreektijd } : {}),
  };
}

/**
 * Each case in at most one section. A case at Team NO may also have an open evaluation; it is listed as an
 * escalation only, because the meeting discusses it as that. A running regierol appears only when its next
 * evaluation falls on or before the meeting; otherwise there is nothing to discuss.
 */
function indelen(h: Hulpvraag, vergaderdatum: LocalDate): { soort: AgendaSectieSoort; punt: Agendapunt } | undefined {
  if (h.status === 'stagnatie_team_no') {
    return { soort: 'escalaties', punt: punt(h, datumInAmsterdam(new Date(h.stagnatie?.sinds ?? h.bijgewerkt)), 'bij_team_no') };
  }
  // The follow-up the meeting planned (seed 000 stap 5): on the first agenda from that date until new agreements replace it.
  const vervolg = h.afspraken?.vervolgbespreking;
  if (vervolg !== undefined && vervolg <= vergaderdatum && h.status !== 'gesloten') return { soort: 'vervolgbespreking', punt: punt(h, vervolg, 'vervolg_gepland') };
  if (EERSTE_BESPREKING.includes(h.status)) return { soort: 'eerste_bespreking', punt: punt(h, datumInAmsterdam(new Date(h.aangemaakt)), 'aangemeld') };
  if (VERVOLG.includes(h.status)) return { soort: 'vervolgbespreking', punt: punt(h, datumInAmsterdam(new Date(h.bijgewerkt)), 'gewijzigd') };
  if (!isToegestaan(h.status, 'evaluatie_vastgelegd')) return undefined;
  const evaluatie = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!evaluatie || evaluatie.datum > vergaderdatum) return undefined;
  return { soort: 'evaluaties', punt: punt(h, evaluatie.datum, evaluatie.soort === 'tussentijds' ? 'tussentijdse_evaluatie' : 'evaluatie') };
}

/** The agenda of one schakelteam for one meeting, from its cases and general items; oldest date first per section. */
export function stelAgendaOp(
  hulpvragen: readonly Hulpvraag[],
  vergadering: { readonly datum: LocalDate; readonly tijd: string },
  algemenePunten: readonly AlgemeenPunt[] = [],
): Agenda {
  const vergaderdatum = vergadering.datum;
  const per = new Map<AgendaSectieSoort, Agendapunt[]>(AGENDA_SECTIES.map((s) => [s.soort, []]));
  for (const h of hulpvragen) {
    const indeling = indelen(h, vergaderdatum);
    if (indeling) per.get(indeling.soort)?.push(indeling.punt);
  }
  const volgorde = (a: Agendapunt, b: Agendapunt) => a.datum.localeCompare(b.datum) || a.nummer.localeCompare(b.nummer);
  return {
    vergaderdatum,
    tijd: vergadering.tijd,
    algemenePunten,
    secties: AGENDA_SECTIES.map((s) => ({ ...s, punten: [...(per.get(s.soort) ?? [])].sort(volgorde) })),
  };
}

/**
 * The sending of one agenda (one schakelteam, one meeting), stored next to the reminders with a deterministic id:
 * whoever creates it first owns the planning; sending is a `Verzending` like a reminder (ETag lease, every attempt
 * on the document), so an instance that dies after claiming is replaced once its lease runs out.
 */
export interface Agendaverzending extends Verzending {
  readonly tenantId: string;
  readonly schakelteamId: string;
  readonly kanaalId: string;
  readonly vergaderdatum: LocalDate;
}

/** Minutes estimated in total, and for how many of the pupils on the agenda. */
export function bespreektijdTotaal(agenda: Agenda): { readonly minuten: number; readonly geschat: number; readonly leerlingen: number } {
  const punten = agenda.secties.flatMap((s) => s.punten);
  const geschat = punten.filter((p) => p.bespreektijd !== undefined);
  return { minuten: geschat.reduce((som, p) => som + (p.bespreektijd ?? 0), 0), geschat: geschat.length, leerlingen: punten.length };
}

/** Cosmos ids may not contain / \ ? #. */
export function agendaId(schakelteamId: string, vergaderdatum: LocalDate): string {
  return `agenda:${schakelteamId.replace(/[/\\?#]/g, '_')}:${vergaderdatum}`;
}

/** Due at once: it is only planned on a day its agenda is due. */
export function nieuweAgendaverzending(
  doel: { readonly tenantId: string; readonly schakelteamId: string; readonly kanaalId: string },
  vergaderdatum: LocalDate,
  nu: Date,
): Agendaverzending {
  return { ...nieuweVerzending(agendaId(doel.schakelteamId, vergaderdatum), nu, nu), ...doel, vergaderdatum };
}

/** After the meeting an agenda helps nobody: a sending still open then lapses. */
export function isAgendaNogActueel(a: Agendaverzending, vandaag: LocalDate): boolean {
  return vandaag < a.vergaderdatum;
}
