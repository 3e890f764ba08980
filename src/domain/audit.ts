import { lijktOpDiagnose, lijktOpNaam } from './invoerregels';
import { Persoon } from './personen';

/**
 * The audit log (logging in NEN 7513 terms): who did what with which case, when, through which client and on whose
 * behalf. Every read and every change leaves one line; lines are only ever added. It lives in its own container,
 * not in the case document, so a case cannot grow with the attention it gets.
 */
export const HANDELINGEN = ['lezen', 'wijzigen', 'weigering', 'koppelen', 'exporteren', 'corrigeren', 'wissen', 'vernietigen'] as const;
export type Handeling = (typeof HANDELINGEN)[number];

/** The client the action came through (NEN 7513: "via welk systeem"). */
export const CLIENTS = ['teams-kanaal', 'teams-persoonlijk', 'teams-groepschat', 'teams-tab', 'systeem', 'beheer'] as const;
export type Client = (typeof CLIENTS)[number];

export interface Auditregel {
  readonly id: string;
  /** What the line is about, also its partition: one case, one binding, or one person's list views. */
  readonly onderwerp: string;
  readonly tenantId: string;
  /** UTC. */
  readonly tijdstip: string;
  readonly wie: { readonly tenantId: string; readonly aadObjectId: string; readonly naam: string };
  /** On whose behalf, when not the actor's own work: "systeem" for the sweep, a request reference for rights requests. */
  readonly namens?: string;
  readonly hulpvraagId?: string;
  readonly nummer?: string;
  readonly handeling: Handeling;
  /** A code from the software (a verb, a command, an event), never typed text. */
  readonly wat: string;
  readonly via: Client;
  /**
   * The payload: "dat" facts that make the line understandable (state before and after, a field name). Removed
   * with the case when its retention term ends; never free text about the pupil.
   */
  readonly gegevens?: Readonly<Record<string, string>>;
}

export type Onderwerp =
  | { readonly soort: 'hulpvraag'; readonly id: string }
  | { readonly soort: 'koppeling'; readonly tenantId: string; readonly kanaalId: string }
  | { readonly soort: 'persoon'; readonly tenantId: string; readonly aadObjectId: string };

export function onderwerpSleutel(onderwerp: Onderwerp): string {
  switch (onderwerp.soort) {
    case 'hulpvraag':
      return `hulpvraag:${onderwerp.id}`;
    case 'koppeling':
      return `koppeling:${onderwerp.tenantId}:${onderwerp.kanaalId}`;
    case 'persoon':
      return `persoon:${onderwerp.tenantId}:${onderwerp.aadObjectId}`;
  }
}

/** At most this many refused reads per person per day are written out; beyond it only the counter grows. */
export const MAX_WEIGERINGEN_PER_DAG = 20;

/** Payload values are short codes; anything longer is cut so one line can never carry a text. */
export const MAX_GEGEVEN_LENGTE = 120;

export function wieVan(persoon: Persoon): Auditregel['wie'] {
  return { tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId, naam: persoon.naam };
}

/** A rights request's kenmerk as `namens` keeps it: short, no sentence, nothing shaped like a name or a diagnosis. */
export const MAX_VERZOEKKENMERK = 40;
const KENMERK = /^[\p{L}\p{N}][\p{L}\p{N} ._/-]*$/u;

export const VERZOEKKENMERK_UITLEG =
  'Geef als verzoek alleen een kort kenmerk (bijvoorbeeld AVG-2026-012 of "inzageverzoek ouders"), zonder namen of andere gegevens over de leerling.';

/**
 * The audit log keeps the request's kenmerk for as long as the case (a tombstone even longer), so what an
 * administrator types there must not carry a name or a diagnosis: undefined when it might.
 */
export function verzoekkenmerk(invoer: string): string | undefined {
  const waarde = invoer.trim().replace(/\s+/g, ' ');
  if (waarde.length === 0 || waarde.length > MAX_VERZOEKKENMERK || !KENMERK.test(waarde)) return undefined;
  return lijktOpNaam(waarde) || lijktOpDiagnose(waarde) ? undefined : waarde;
}
