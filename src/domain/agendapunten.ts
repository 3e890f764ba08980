/**
 * General items on a schakelteam's agenda (seed 000 stap 0: "agendapunten over meer algemene zaken rond de
 * ondersteuning in en om de school").
 *
 * Privacy decision: the agenda is a channel card, and a channel card never carries typed text (domain.md). A general
 * item therefore has NO free text at all: it is one category from the fixed list below plus who brought it in (a
 * colleague's Teams name, as on every channel card). Whoever brings it in explains it in the meeting itself. A
 * matter about one pupil is not a general item: it is a hulpvraag, on the agenda by its number only.
 */
import { LocalDate } from './tijd';

export const ALGEMENE_CATEGORIEEN = [
  'Werkwijze en afspraken van het schakelteam',
  'Samenwerking met partners en de kernpartners',
  'Aanbod, wachtlijsten en arrangementen',
  'Scholing en deskundigheid',
  'Evaluatie van het overleg zelf',
  'Overig (toelichting in het overleg)',
] as const;
export type AlgemeneCategorie = (typeof ALGEMENE_CATEGORIEEN)[number];

export interface AlgemeenPunt {
  readonly id: string;
  readonly categorie: AlgemeneCategorie;
  readonly door: { readonly tenantId: string; readonly aadObjectId: string; readonly naam: string };
  /** The meeting it is for. */
  readonly vergaderdatum: LocalDate;
  readonly toegevoegd: string;
}

/** At most this many per meeting: a general item is a heading for the meeting, not a list of its own. */
export const MAX_ALGEMENE_PUNTEN = 10;

/** The items of one meeting, oldest first; items of meetings held before `vandaag` are dropped when stored again. */
export function puntenVoor(punten: readonly AlgemeenPunt[] | undefined, vergaderdatum: LocalDate): AlgemeenPunt[] {
  return (punten ?? []).filter((p) => p.vergaderdatum === vergaderdatum).sort((a, b) => a.toegevoegd.localeCompare(b.toegevoegd));
}

export function nogActueel(punten: readonly AlgemeenPunt[] | undefined, vandaag: LocalDate): AlgemeenPunt[] {
  return (punten ?? []).filter((p) => p.vergaderdatum >= vandaag);
}
