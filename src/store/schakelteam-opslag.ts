import { Container } from '@azure/cosmos';
import { SchakelteamOpslag } from '../app/ports';
import { Schakelteam } from '../domain/schakelteam';
import { statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE, schakelteamDocument } from './schemas';

function uitDocument(item: unknown): Schakelteam {
  const { type, schemaVersie, ...schakelteam } = schakelteamDocument.parse(item);
  return schakelteam;
}

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
