import { Container } from '@azure/cosmos';
import { SchakelteamOpslag } from '../app/ports';
import { Schakelteam } from '../domain/schakelteam';
import { alsConflict, statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE, schakelteamDocument } from './schemas';

function uitDocument(item: unknown): Schakelteam {
  const { type, schemaVersie, ...schakelteam } = schakelteamDocument.parse(item);
  return schakelteam;
}

/** A schakelteam changes rarely; a few retries cover members clicking at the same moment. */
const MAX_POGINGEN = 5;

/** Schakelteams live in the `kanalen` container, next to the channel they are bound to (partition: tenant). */
export class CosmosSchakelteamOpslag implements SchakelteamOpslag {
  constructor(private readonly container: Container) {}

  async bewaar(schakelteam: Schakelteam): Promise<void> {
    await this.container.items.upsert({ ...schakelteam, type: 'schakelteam', schemaVersie: SCHEMA_VERSIE });
  }

  async lees(tenantId: string, id: string): Promise<Schakelteam | undefined> {
    try {
      const { resource } = await this.container.item(id, tenantId).read();
      return resource ? uitDocument(resource) : undefined;
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  async wijzig(tenantId: string, id: string, wijziging: (schakelteam: Schakelteam) => Schakelteam): Promise<Schakelteam | undefined> {
    for (let poging = 1; ; poging++) {
      const gelezen = await this.container.item(id, tenantId).read().catch((error: unknown) => {
        if (statusVan(error) === 404) return undefined;
        throw error;
      });
      if (!gelezen?.resource) return undefined;
      const nieuw = wijziging(uitDocument(gelezen.resource));
      try {
        await this.container
          .item(id, tenantId)
          .replace({ ...nieuw, type: 'schakelteam', schemaVersie: SCHEMA_VERSIE }, { accessCondition: { type: 'IfMatch', condition: gelezen.etag ?? '' } });
        return nieuw;
      } catch (error) {
        if (statusVan(error) !== 412 || poging >= MAX_POGINGEN) alsConflict(error);
      }
    }
  }

  async vanTenant(tenantId: string): Promise<Schakelteam[]> {
    const { resources } = await this.container.items
      .query(
        { query: 'SELECT * FROM c WHERE c.type = "schakelteam"', parameters: [] },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map(uitDocument);
  }
}
