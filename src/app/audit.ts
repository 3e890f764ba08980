import { Auditregel, Client, Handeling, MAX_GEGEVEN_LENGTE, MAX_WEIGERINGEN_PER_DAG, Onderwerp, onderwerpSleutel, wieVan } from '../domain/audit';
import { Persoon } from '../domain/personen';
import { datumInAmsterdam } from '../domain/tijd';
import { IdBron, Klok, Teller } from './ports';

/** The audit container: lines are added and read, never changed; only retention and erasure remove them. */
export interface AuditOpslag {
  /** Adds a line; a line with the same id already there counts as written (a retried request). */
  voegToe(regel: Auditregel): Promise<void>;
  /** Adds many lines at once (one list view: a line per case shown), in as few requests as the store allows. */
  voegToeAlle(regels: readonly Auditregel[]): Promise<void>;
  /** Every line about one subject, oldest first. */
  van(onderwerp: string): Promise<Auditregel[]>;
  /** Removes every line about the subject and leaves `grafsteen` in their place; returns how many went. */
  vervangDoorGrafsteen(onderwerp: string, grafsteen: Auditregel): Promise<number>;
}

export interface AuditInvoer {
  readonly wie: Persoon;
  readonly onderwerp: Onderwerp;
  readonly handeling: Handeling;
  readonly wat: string;
  readonly via: Client;
  readonly hulpvraag?: { readonly id: string; readonly nummer: string };
  readonly namens?: string;
  readonly gegevens?: Readonly<Record<string, string>>;
}

export interface AuditDeps {
  readonly opslag: AuditOpslag;
  /** Counts refused reads per person per day (the tellers container). */
  readonly teller: Teller;
  readonly klok: Klok;
  readonly ids: IdBron;
}

function ingekort(gegevens: Readonly<Record<string, string>> | undefined): Record<string, string> | undefined {
  if (!gegevens) return undefined;
  return Object.fromEntries(Object.entries(gegevens).map(([k, v]) => [k, v.slice(0, MAX_GEGEVEN_LENGTE)]));
}

/** Writes audit lines with the time from the clock; refused reads are counted so nobody can grow the log without bound. */
export class Auditor {
  constructor(private readonly deps: AuditDeps) {}

  private regel(invoer: AuditInvoer, id: string, extra: Record<string, string> = {}): Auditregel {
    const gegevens = ingekort(invoer.gegevens ? { ...invoer.gegevens, ...extra } : Object.keys(extra).length ? extra : undefined);
    return {
      id,
      onderwerp: onderwerpSleutel(invoer.onderwerp),
      tenantId: invoer.wie.tenantId,
      tijdstip: this.deps.klok.nu().toISOString(),
      wie: wieVan(invoer.wie),
      ...(invoer.namens ? { namens: invoer.namens } : {}),
      ...(invoer.hulpvraag ? { hulpvraagId: invoer.hulpvraag.id, nummer: invoer.hulpvraag.nummer } : {}),
      handeling: invoer.handeling,
      wat: invoer.wat,
      via: invoer.via,
      ...(gegevens ? { gegevens } : {}),
    };
  }

  async leg(invoer: AuditInvoer): Promise<void> {
    await this.deps.opslag.voegToe(this.regel(invoer, this.deps.ids.nieuwId()));
  }

  /** A line for each of `invoeren`, written together (a list of 200 cases would otherwise be 200 requests). */
  async legAlle(invoeren: readonly AuditInvoer[]): Promise<void> {
    if (invoeren.length === 0) return;
    await this.deps.opslag.voegToeAlle(invoeren.map((invoer) => this.regel(invoer, this.deps.ids.nieuwId())));
  }

  /**
   * A refused read or action: counted per person per day; only the first MAX_WEIGERINGEN_PER_DAG get a line of
   * their own (with their running number), so probing many case numbers cannot flood the log.
   */
  async weigering(invoer: Omit<AuditInvoer, 'handeling'>): Promise<number> {
    const dag = datumInAmsterdam(this.deps.klok.nu());
    const sleutel = `weigeringen:${invoer.wie.tenantId}:${invoer.wie.aadObjectId}:${dag}`;
    const volgnummer = await this.deps.teller.volgende(sleutel);
    if (volgnummer <= MAX_WEIGERINGEN_PER_DAG) {
      const id = `${sleutel}:${volgnummer}`;
      await this.deps.opslag.voegToe(this.regel({ ...invoer, handeling: 'weigering' }, id, { volgnummer: String(volgnummer) }));
    }
    return volgnummer;
  }
}
