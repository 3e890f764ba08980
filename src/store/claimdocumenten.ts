import { Container, ItemDefinition } from '@azure/cosmos';
import { Versie } from '../app/ports';
import { statusVan } from './cosmos-fouten';

/**
 * Point operations on documents that are claimed with an ETag lease (reminders, agendas), in a container with
 * partition key /id. Both answers that mean "someone else was first" come back as a value, not as an error:
 * create → false on 409 (already planned), replace → undefined on 412 (claimed or finished meanwhile).
 */
export class Claimdocumenten<T extends { readonly id: string }> {
  constructor(
    private readonly container: Container,
    private readonly naarDocument: (waarde: T) => ItemDefinition,
    private readonly uitDocument: (item: ItemDefinition) => T,
  ) {}

  private metEtag(item: ItemDefinition | undefined, etag: string | undefined): Versie<T> {
    if (!item || !etag) throw new Error('Cosmos gaf geen document of ETag terug');
    return { waarde: this.uitDocument(item), etag };
  }

  async maak(waarde: T): Promise<Versie<T> | undefined> {
    try {
      const antwoord = await this.container.items.create(this.naarDocument(waarde));
      return this.metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      if (statusVan(error) === 409) return undefined;
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
}
