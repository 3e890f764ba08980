import { Betrokkene } from './personen';

/**
 * Where the bot can reach people proactively: a bound channel (schakelteam, Team NO, Loket) or a 1:1 chat.
 * The conversation reference itself is opaque to the domain (the Teams adapter fills and reads it).
 */
export type KanaalSoort = 'schakelteam' | 'team_no' | 'loket' | 'persoonlijk';

/** An opaque handle: the Teams adapter fills it from an activity and the proactive sender reads it; nobody else. */
export type Gespreksreferentie = Readonly<Record<string, unknown>>;

export interface Kanaal {
  /** The conversation id (for channels: the channel id), unique within the tenant. */
  readonly id: string;
  readonly tenantId: string;
  readonly soort: KanaalSoort;
  readonly naam: string;
  readonly referentie: Gespreksreferentie;
  /** The team a bound channel belongs to: removing the bot from that team (or deleting it) removes the binding. */
  readonly teamId?: string;
  /** The schakelteam this channel belongs to (soort schakelteam). */
  readonly schakelteamId?: string;
  /** The region a Team NO channel serves (REGIOS); absent: the tenant's Team NO for every school without one. */
  readonly regio?: string;
  /** Members of a Team NO channel or the Loket (soort team_no / loket): they get that role on a case. */
  readonly leden?: readonly Betrokkene[];
  /** The person this 1:1 chat is with (soort persoonlijk). */
  readonly aadObjectId?: string;
  /** False once Teams answered 403/404: nothing more is sent until an incoming activity revives it. */
  readonly bruikbaar: boolean;
  readonly onbruikbaarReden?: string;
  readonly bijgewerkt: string;
}
