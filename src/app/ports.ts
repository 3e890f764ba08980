import { Hulpvraag } from '../domain/hulpvraag';
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
