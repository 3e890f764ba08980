import { Agenda, Agendaverzending } from '../domain/agenda';
import { Herinnering } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { Kanaal, KanaalSoort } from '../domain/kanaal';
import { Schakelteam } from '../domain/schakelteam';
import { Persoon } from '../domain/personen';
import { Mededeling } from '../domain/mededeling';
import { Postbericht } from '../domain/uitgaand';
import { Verzending } from '../domain/verzending';

/** A stored value with the ETag it was read with; writes send the ETag back so concurrent changes are detected. */
export interface Versie<T> {
  readonly waarde: T;
  readonly etag: string;
}

export interface HulpvraagOpslag {
  /** Stores a new case; refuses (OPSLAG.CONFLICT) when the id already exists. */
  maak(hulpvraag: Hulpvraag): Promise<Versie<Hulpvraag>>;
  lees(schakelteamId: string, id: string): Promise<Versie<Hulpvraag> | undefined>;
  /** Replaces only if nobody changed it since `etag` was read; otherwise throws OPSLAG.CONFLICT. */
  vervang(hulpvraag: Hulpvraag, etag: string): Promise<Versie<Hulpvraag>>;
  /** Clears outbox entries from the case as it is at `bewaard.etag` (no version bump); OPSLAG.CONFLICT as `vervang`. */
  wisUitgaand(bewaard: Versie<Hulpvraag>, ids: ReadonlySet<string>): Promise<Versie<Hulpvraag>>;
  vanPersoon(tenantId: string, aadObjectId: string): Promise<Hulpvraag[]>;
  vanSchakelteam(schakelteamId: string): Promise<Hulpvraag[]>;
  opNummer(tenantId: string, nummer: string): Promise<Hulpvraag[]>;
  /** Cases whose stored `volgendeDeadline` is at or before `nu`, earliest first (an indexed range query). */
  tePlannen(nu: Date, max: number): Promise<Versie<Hulpvraag>[]>;
  /** Closed cases last changed before `grens` (retention), oldest first. */
  geslotenVoor(grens: Date, max: number): Promise<Hulpvraag[]>;
  /** Removes the case document for good (retention, erasure on request); a missing one counts as removed. */
  verwijder(schakelteamId: string, id: string): Promise<void>;
}

export interface SchakelteamOpslag {
  bewaar(schakelteam: Schakelteam): Promise<void>;
  lees(tenantId: string, id: string): Promise<Schakelteam | undefined>;
  /**
   * Read → change → write with the document's ETag, again on the fresh state when someone wrote in between (two
   * members adding an agenda item at once both land). Undefined when there is no such schakelteam.
   */
  wijzig(tenantId: string, id: string, wijziging: (schakelteam: Schakelteam) => Schakelteam): Promise<Schakelteam | undefined>;
  vanTenant(tenantId: string): Promise<Schakelteam[]>;
}

/** Conversation references of bound channels and 1:1 chats (container kanalen, partition: tenant). */
export interface KanaalOpslag {
  bewaar(kanaal: Kanaal): Promise<void>;
  lees(tenantId: string, id: string): Promise<Kanaal | undefined>;
  /**
   * The conversation an activity came from, for its upkeep (app/gesprekken.ts): one this instance read usable in the
   * last seconds is not read again, so a turn does not start with a round trip, and a schakelteam channel seen so is
   * what `vanSchakelteam` answers (a click in the channel sends its card there). A change made by another instance (a
   * 403 it met, a new binding) is seen after at most those seconds; any write through this instance at once.
   */
  bijBinnenkomst(tenantId: string, id: string): Promise<Kanaal | undefined>;
  vanSoort(tenantId: string, soort: KanaalSoort): Promise<Kanaal[]>;
  /** Over all tenants (a cross-partition query): for work that is not started by someone, like the agenda. */
  alleVanSoort(soort: KanaalSoort): Promise<Kanaal[]>;
  vanSchakelteam(tenantId: string, schakelteamId: string): Promise<Kanaal | undefined>;
  /**
   * A person's own 1:1 chat. Like `bijBinnenkomst`, one read usable in the last seconds is not read again: a change by
   * another instance is seen after at most those seconds (a send to a chat gone meanwhile meets 403/404, which marks it
   * through this instance and so reads it again); any write through this instance at once.
   */
  persoonlijk(tenantId: string, aadObjectId: string): Promise<Kanaal | undefined>;
  markeerOnbruikbaar(tenantId: string, id: string, reden: string): Promise<void>;
  verwijder(tenantId: string, id: string): Promise<void>;
}

/**
 * A bound channel, or a person: their 1:1 chat, which the sender opens when there is none yet. `via` is a
 * conversation of the same tenant (e.g. the case's schakelteam channel); where and how to open the chat from it is
 * the sender's business.
 */
export type Verzenddoel =
  | { readonly kanaal: Kanaal }
  | { readonly persoon: { readonly tenantId: string; readonly aadObjectId: string; readonly naam: string }; readonly via?: Kanaal };

export interface Bericht {
  readonly tekst?: string;
  readonly kaart?: object;
}

export type Verzenduitkomst =
  | { readonly soort: 'verzonden'; readonly activityId?: string; readonly kanaal?: Kanaal }
  /** Teams answered 403/404: the conversation is marked unusable; the caller tells the schakelteam channel. */
  | { readonly soort: 'onbruikbaar'; readonly reden: string; readonly kanaal?: Kanaal }
  /** Still failing after the bounded retries (5xx, 429, network), or a 4xx that must not be retried. */
  | { readonly soort: 'mislukt'; readonly reden: string; readonly status?: number };

/** Sends to a bound channel or to a person's 1:1 chat (created when missing), within Teams' rate limits. */
/**
 * `vanaf`: the request to Teams waits until it resolves; what comes before it (finding the person's 1:1 chat) does
 * not. A click prepares its personal cards while its channel card is on its way and sends them after its answer.
 */
export interface ProactieveVerzender {
  stuur(doel: Verzenddoel, bericht: Bericht, vanaf?: Promise<void>): Promise<Verzenduitkomst>;
  /** Replaces an earlier message (e.g. the card in the schakelteam channel) so everyone sees the current state. */
  werkBij(kanaal: Kanaal, activityId: string, bericht: Bericht, vanaf?: Promise<void>): Promise<Verzenduitkomst>;
}

/**
 * Stored sendings of one kind (reminders, agendas, …), each claimed with an ETag lease before it is sent
 * (domain/verzending.ts). A new kind of sending implements this port and plugs into the worker (app/verzendwerk.ts).
 */
export interface VerzendOpslag<T extends Verzending> {
  /** Creates it; false when that id exists already (another instance planned it first). */
  maak(verzending: T): Promise<boolean>;
  lees(id: string): Promise<Versie<T> | undefined>;
  /** Replaces only when the ETag still matches; undefined when someone else changed it first (lost the claim). */
  vervang(verzending: T, etag: string): Promise<Versie<T> | undefined>;
  /** Planned and due (`verzendOp <= nu`) plus claimed with an expired lease, at most `max`; indexed range queries. */
  verschuldigd(nu: Date, max: number): Promise<Versie<T>[]>;
}

/** Reminders: one document per occurrence, with a deterministic id. */
export interface HerinneringOpslag extends VerzendOpslag<Herinnering> {
  vanHulpvraag(hulpvraagId: string): Promise<Herinnering[]>;
}

/** The outbox's entries once relayed from their case: one document per entry (domain/uitgaand.ts). */
export type PostberichtOpslag = VerzendOpslag<Postbericht>;

/** Notices that belong to no single case (domain/mededeling.ts): one document per recipient. */
export type MededelingOpslag = VerzendOpslag<Mededeling>;

/** Agenda sendings: one document per schakelteam and meeting. */
export type AgendaOpslag = VerzendOpslag<Agendaverzending>;

/** Turns a reminder into a message (text and/or Adaptive Card). Teams implements it with real cards. */
export interface HerinneringOpmaak {
  herinnering(herinnering: Herinnering, hulpvraag: Hulpvraag): Bericht;
}

/** Turns an agenda into a message for the schakelteam channel. */
export interface AgendaOpmaak {
  agenda(schakelteamNaam: string, agenda: Agenda): Bericht;
}

/** Hands out consecutive numbers per key, never the same one twice, also under concurrency. */
export interface Teller {
  volgende(sleutel: string): Promise<number>;
}

export interface Klok {
  nu(): Date;
}

export interface IdBron {
  nieuwId(): string;
}

/** How the store is doing, for /healthz: `degraded` (with a reason) when it cannot keep what it confirms. */
export interface Gezondheid {
  readonly status: 'ok' | 'degraded';
  readonly reden?: string;
}

/** Whether someone is a functional administrator (src/app/beheer.ts builds the one check). */
export type IsBeheerder = (persoon: Persoon) => Promise<boolean>;

/** The directory's answer to "which of these groups is this user a member of" (transitively, as Entra counts it). */
export interface Groepslidmaatschap {
  /** The ids among `groepen` that `aadObjectId` belongs to; throws when the directory cannot answer. */
  lidVan(aadObjectId: string, groepen: readonly string[]): Promise<readonly string[]>;
}
