import { Container } from '@azure/cosmos';
import { Storage, StoreItems } from 'botbuilder';
import { statusVan } from './cosmos-fouten';

/** Cosmos ids may not contain / \ ? #; conversation ids do. */
function veiligeId(sleutel: string): string {
  return sleutel.replace(/[/\\?#*]/g, (teken) => `*${teken.charCodeAt(0).toString(16)}`);
}

interface BotStateDocument {
  id: string;
  realId: string;
  document: Record<string, unknown>;
}

/**
 * botbuilder's Storage over our own `botstate` container (partition key /id). Writes that carry an eTag other
 * than "*" are conditional, as botbuilder expects, so two turns of one conversation cannot overwrite each other.
 */
export class CosmosBotOpslag implements Storage {
  constructor(private readonly container: Container) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (sleutel) => {
        const id = veiligeId(sleutel);
        try {
          const { resource, etag } = await this.container.item(id, id).read<BotStateDocument>();
          if (resource) items[sleutel] = { ...resource.document, eTag: etag };
        } catch (error) {
          if (statusVan(error) !== 404) throw error;
        }
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([sleutel, waarde]) => {
        const id = veiligeId(sleutel);
        const { eTag, ...document } = (waarde ?? {}) as Record<string, unknown>;
        const body: BotStateDocument = { id, realId: sleutel, document };
        if (typeof eTag === 'string' && eTag !== '*' && eTag !== '') {
          await this.container.item(id, id).replace(body, { accessCondition: { type: 'IfMatch', condition: eTag } });
        } else {
          await this.container.items.upsert(body);
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (sleutel) => {
        const id = veiligeId(sleutel);
        try {
          await this.container.item(id, id).delete();
        } catch (error) {
          if (statusVan(error) !== 404) throw error;
        }
      }),
    );
  }
}
