import { Hulpvraag } from '../domain/hulpvraag';
import { Kanaal, KanaalSoort } from '../domain/kanaal';
import { Schakelteam } from '../domain/schakelteam';

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
  vanPersoon(tenantId: string, aadObjectId: string): Promise<Hulpvraag[]>;
  vanSchakelteam(schakelteamId: string): Promise<Hulpvraag[]>;
  opNummer(tenantId: string, nummer: string): Promise<Hulpvraag[]>;
}

export interface SchakelteamOpslag {
  bewaar(schakelteam: Schakelteam): Promise<void>;
  lees(tenantId: string, id: string): Promise<Schakelteam | undefined>;
  vanTenant(tenantId: string): Promise<Schakelteam[]>;
}

/** Conversation references of bound channels and 1:1 chats (container kanalen, partition: tenant). */
export interface KanaalOpslag {
  bewaar(kanaal: Kanaal): Promise<void>;
  lees(tenantId: string, id: string): Promise<Kanaal | undefined>;
  vanSoort(tenantId: string, soort: KanaalSoort): Promise<Kanaal[]>;
  vanSchakelteam(tenantId: string, schakelteamId: string): Promise<Kanaal | undefined>;
  persoonlijk(tenantId: string, aadObjectId: string): Promise<Kanaal | undefined>;
  markeerOnbruikbaar(tenantId: string, id: string, reden: string): Promise<void>;
  verwijder(tenantId: string, id: string): Promise<void>;
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
