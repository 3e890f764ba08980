/**
 * The agenda of a schakelteam's regular meeting (seed 000, stap 0): which cases come up, first discussion or
 * follow-up, so participants can prepare. It must be there well before the meeting ("uiterlijk een week
 * voorafgaand"), so it is due N working days before the meeting day.
 *
 * The agenda goes to the schakelteam channel, which every channel member sees: it holds "dat"-information only
 * (case number, school, status, a date), never the question, the pupil reference or names.
 */
import { volgendeEvaluatie } from './deadlines';
import { Hulpvraag } from './hulpvraag';
import { Status, isToegestaan } from './route';
import { LocalDate, datumInAmsterdam, plusDagen, weekdag } from './tijd';
import { Verzending, nieuweVerzending } from './verzending';
import { Feestdagopties, STANDAARD_FEESTDAGEN, isWerkdag, plusWerkdagen } from './werkdagen';

export interface Agendainstellingen {
  /** 1 = maandag … 5 = vrijdag: the schakelteams' regular meeting day. */
  readonly weekdag: number;
  /** The agenda is due this many working days before the meeting (5 ≈ the week seed 000 asks for). */
  readonly werkdagenVooraf: number;
}

export interface Vergadering {
  readonly datum: LocalDate;
  /** The working day the agenda is due. */
  readonly agendaOp: LocalDate;
}

export function agendaDag(vergaderdatum: LocalDate, werkdagenVooraf: number, opties: Feestdagopties = STANDAARD_FEESTDAGEN): LocalDate {
  return plusWerkdagen(vergaderdatum, -Math.max(1, werkdagenVooraf), opties);
}

/**
 * The first meeting strictly after `vandaag`. A meeting day that is a holiday is skipped: nobody meets on
 * Tweede Paasdag, so that week has no meeting and no agenda.
 */
export function volgendeVergadering(vandaag: LocalDate, instellingen: Agendainstellingen, opties: Feestdagopties = STANDAARD_FEESTDAGEN): Vergadering {
  let datum = plusDagen(vandaag, ((instellingen.weekdag - weekdag(vandaag) + 6) % 7) + 1);
  while (!isWerkdag(datum, opties)) datum = plusDagen(datum, 7);
  return { datum, agendaOp: agendaDag(datum, instellingen.werkdagenVooraf, opties) };
}

/**
 * Every meeting whose agenda should be out by `vandaag`: its due day has come and the meeting has not been held yet.
 * Normally one; a sweep that missed the due day still finds it (nothing is skipped), and after the meeting day it is
 * no longer offered (an agenda after the meeting helps nobody). With holidays before a meeting two may overlap.
 */
export function verschuldigdeVergaderingen(vandaag: LocalDate, instellingen: Agendainstellingen, opties: Feestdagopties = STANDAARD_FEESTDAGEN): Vergadering[] {
  const uit: Vergadering[] = [];
  let vergadering = volgendeVergadering(vandaag, instellingen, opties);
  // The due day grows with the meeting date, so this stops at the first meeting whose agenda is not due yet.
  while (vergadering.agendaOp <= vandaag) {
    uit.push(vergadering);
    vergadering = volgendeVergadering(vergadering.datum, instellingen, opties);
  }
  return uit;
}

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
export type AgendaDatumSoort = 'aangemeld' | 'gewijzigd' | 'tussentijdse_evaluatie' | 'evaluatie' | 'bij_team_no';

/** One case on the agenda: "dat"-information only. */
export interface Agendapunt {
  readonly nummer: string;
  readonly school: string;
  readonly status: Status;
  readonly datum: LocalDate;
  readonly datumSoort: AgendaDatumSoort;
}

export interface AgendaSectie {
  readonly soort: AgendaSectieSoort;
  readonly titel: string;
  readonly punten: readonly Agendapunt[];
}

export interface Agenda {
  readonly vergaderdatum: LocalDate;
  /** All four sections in fixed order, also the empty ones (the card decides what to show). */
  readonly secties: readonly AgendaSectie[];
}

function punt(h: Hulpvraag, datum: LocalDate, datumSoort: AgendaDatumSoort): Agendapunt {
  return { nummer: h.nummer, school: h.school, status: h.status, datum, datumSoort };
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
  if (EERSTE_BESPREKING.includes(h.status)) return { soort: 'eerste_bespreking', punt: punt(h, datumInAmsterdam(new Date(h.aangemaakt)), 'aangemeld') };
  if (VERVOLG.includes(h.status)) return { soort: 'vervolgbespreking', punt: punt(h, datumInAmsterdam(new Date(h.bijgewerkt)), 'gewijzigd') };
  if (!isToegestaan(h.status, 'evaluatie_vastgelegd')) return undefined;
  const evaluatie = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!evaluatie || evaluatie.datum > vergaderdatum) return undefined;
  return { soort: 'evaluaties', punt: punt(h, evaluatie.datum, evaluatie.soort === 'tussentijds' ? 'tussentijdse_evaluatie' : 'evaluatie') };
}

/** The agenda of one schakelteam for the meeting on `vergaderdatum`, from its cases; oldest date first per section. */
export function stelAgendaOp(hulpvragen: readonly Hulpvraag[], vergaderdatum: LocalDate): Agenda {
  const per = new Map<AgendaSectieSoort, Agendapunt[]>(AGENDA_SECTIES.map((s) => [s.soort, []]));
  for (const h of hulpvragen) {
    const indeling = indelen(h, vergaderdatum);
    if (indeling) per.get(indeling.soort)?.push(indeling.punt);
  }
  const volgorde = (a: Agendapunt, b: Agendapunt) => a.datum.localeCompare(b.datum) || a.nummer.localeCompare(b.nummer);
  return {
    vergaderdatum,
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
