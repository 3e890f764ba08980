import { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { Versie, VerzendOpslag } from '../app/ports';
import { Verzending } from '../domain/verzending';
import { Logger } from '../log';
import { statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE, verzendpogingSchema } from './schemas';

const tijdstip = z.iso.datetime();

/** The fields every kind of sending shares (domain/verzending.ts); a kind extends it with its own. */
export const verzendingVelden = z.object({
  id: z.string().min(1),
  verzendOp: tijdstip,
  status: z.enum(['gepland', 'geclaimd', 'verzonden', 'mislukt', 'vervallen']),
  claimedBy: z.string().optional(),
  leaseUntil: tijdstip.optional(),
  pogingen: z.array(verzendpogingSchema),
  aangemaakt: tijdstip,
  bijgewerkt: tijdstip,
  schemaVersie: z.literal(SCHEMA_VERSIE),
  tenantId: z.string().min(1),
  schakelteamId: z.string().min(1),
});

/** A sending about one case (reminders, outbox messages) also names the case. */
export const casusVerzendingVelden = verzendingVelden.extend({
  hulpvraagId: z.string().min(1),
  nummer: z.string(),
});

/**
 * Sendings of one kind (reminders, agendas, …) in the herinneringen container, partition key /id, told apart by
 * `type`: creating, claiming and finishing one is a point operation on its deterministic id. Both answers that mean
 * "someone else was first" come back as a value, not as an error: create → false on 409 (already planned),
 * replace → undefined on 412 (claimed or finished meanwhile). The due lookups are cross-partition range queries on
 * the indexed `type` + `status` + `verzendOp` / `leaseUntil`; their cost follows the number of due documents, not
 * the size of the container (the default "index every path" policy covers these fields).
 */
export class CosmosVerzendOpslag<T extends Verzending> implements VerzendOpslag<T> {
  constructor(
    protected readonly container: Container,
    private readonly type: string,
    /** Parses a stored document (without `type` and `schemaVersie`) into the domain value; throws when invalid. */
    protected readonly uitDocument: (item: ItemDefinition) => T,
    private readonly log: Logger,
  ) {}

  private naarDocument(waarde: T): ItemDefinition {
    return { ...waarde, type: this.type, schemaVersie: SCHEMA_VERSIE };
  }

  private metEtag(item: ItemDefinition | undefined, etag: string | undefined): Versie<T> {
    if (!item || !etag) throw new Error('Cosmos gaf geen document of ETag terug');
    return { waarde: this.uitDocument(item), etag };
  }

  async maak(waarde: T): Promise<boolean> {
    try {
      await this.container.items.create(this.naarDocument(waarde));
      return true;
    } catch (error) {
      if (statusVan(error) === 409) return false;
      throw error;
    }
  }

  async lees(id: string): Promise<Versie<T> | undefined> {
    try {
      const antwoord = await this.container.item(id, id).read();
      if (antwoord.statusCode === 404 || !antwoord.resource) return undefined;
      return this.metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  async vervang(waarde: T, etag: string): Promise<Versie<T> | undefined> {
    try {
      const antwoord = await this.container
        .item(waarde.id, waarde.id)
        .replace(this.naarDocument(waarde), { accessCondition: { type: 'IfMatch', condition: etag } });
      return this.metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      if (statusVan(error) === 412) return undefined;
      throw error;
    }
  }

  async verschuldigd(nu: Date, max: number): Promise<Versie<T>[]> {
    const top = Math.max(1, Math.floor(max));
    const gepland = await this.zoek(`SELECT TOP ${top} * FROM c WHERE c.type = @type AND c.status = "gepland" AND c.verzendOp <= @nu ORDER BY c.verzendOp`, nu);
    const verlopen = await this.zoek(`SELECT TOP ${top} * FROM c WHERE c.type = @type AND c.status = "geclaimd" AND c.leaseUntil <= @nu ORDER BY c.leaseUntil`, nu);
    return [...verlopen, ...gepland].slice(0, top);
  }

  private async zoek(query: string, nu: Date): Promise<Versie<T>[]> {
    const parameters = [
      { name: '@type', value: this.type },
      { name: '@nu', value: nu.toISOString() },
    ];
    const { resources } = await this.container.items.query({ query, parameters }).fetchAll();
    // One unreadable document must not stop every other sending: skip it and say so.
    return resources.flatMap((item: ItemDefinition) => {
      try {
        return [this.metEtag(item, typeof item._etag === 'string' ? item._etag : undefined)];
      } catch {
        this.log.error('ongeldig verzenddocument overgeslagen', { type: this.type, id: item.id ?? '' });
        return [];
      }
    });
  }
}
