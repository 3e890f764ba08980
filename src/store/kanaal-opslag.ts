import { Container } from '@azure/cosmos';
import { z } from 'zod';
import { KanaalOpslag } from '../app/ports';
import { Kanaal, KanaalSoort } from '../domain/kanaal';
import { statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE, betrokkeneSchema } from './schemas';

const kanaalDocument = z.object({
  id: z.string().min(1),
  tenantId: z.string().min(1),
  type: z.literal('kanaal'),
  schemaVersie: z.literal(SCHEMA_VERSIE),
  soort: z.enum(['schakelteam', 'team_no', 'loket', 'persoonlijk']),
  naam: z.string(),
  // Opaque to the store as to the domain: the Teams adapter writes it, the proactive sender validates what it reads.
  referentie: z.record(z.string(), z.unknown()),
  teamId: z.string().optional(),
  schakelteamId: z.string().optional(),
  leden: z.array(betrokkeneSchema).optional(),
  aadObjectId: z.string().optional(),
  bruikbaar: z.boolean(),
  onbruikbaarReden: z.string().optional(),
  bijgewerkt: z.string(),
});

function uitDocument(item: unknown): Kanaal {
  const { type, schemaVersie, ...kanaal } = kanaalDocument.parse(item);
  // Bindings stored before teamId had its own field carry it inside the reference.
  const teamId = kanaal.teamId ?? (typeof kanaal.referentie.teamId === 'string' ? kanaal.referentie.teamId : undefined);
  return { ...kanaal, ...(teamId ? { teamId } : {}) };
}

/** Cosmos ids may not contain / \ ? #; Teams conversation ids can. */
function documentId(id: string): string {
  return `kanaal:${id.replace(/[/\\?#]/g, '_')}`;
}

export class CosmosKanaalOpslag implements KanaalOpslag {
  constructor(private readonly container: Container) {}

  async bewaar(kanaal: Kanaal): Promise<void> {
    await this.container.items.upsert({ ...kanaal, id: documentId(kanaal.id), kanaalId: kanaal.id, type: 'kanaal', schemaVersie: SCHEMA_VERSIE });
  }

  async lees(tenantId: string, id: string): Promise<Kanaal | undefined> {
    try {
      const { resource } = await this.container.item(documentId(id), tenantId).read();
      return resource ? this.herstelId(resource) : undefined;
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  vanSoort(tenantId: string, soort: KanaalSoort): Promise<Kanaal[]> {
    return this.zoek(tenantId, 'c.soort = @soort', { '@soort': soort });
  }

  /** Cross-partition on purpose: the agenda sweep serves every tenant; it runs at most once a minute per instance. */
  async alleVanSoort(soort: KanaalSoort): Promise<Kanaal[]> {
    const { resources } = await this.container.items
      .query({ query: 'SELECT * FROM c WHERE c.type = "kanaal" AND c.soort = @soort', parameters: [{ name: '@soort', value: soort }] })
      .fetchAll();
    return resources.map((item: Record<string, unknown>) => this.herstelId(item));
  }

  async vanSchakelteam(tenantId: string, schakelteamId: string): Promise<Kanaal | undefined> {
    const [kanaal] = await this.zoek(tenantId, 'c.soort = "schakelteam" AND c.schakelteamId = @team', { '@team': schakelteamId });
    return kanaal;
  }

  async persoonlijk(tenantId: string, aadObjectId: string): Promise<Kanaal | undefined> {
    const [kanaal] = await this.zoek(tenantId, 'c.soort = "persoonlijk" AND c.aadObjectId = @persoon', { '@persoon': aadObjectId });
    return kanaal;
  }

  async markeerOnbruikbaar(tenantId: string, id: string, reden: string): Promise<void> {
    const kanaal = await this.lees(tenantId, id);
    if (kanaal) await this.bewaar({ ...kanaal, bruikbaar: false, onbruikbaarReden: reden });
  }

  async verwijder(tenantId: string, id: string): Promise<void> {
    await this.container
      .item(documentId(id), tenantId)
      .delete()
      .catch((error: unknown) => {
        if (statusVan(error) !== 404) throw error;
      });
  }

  private herstelId(item: Record<string, unknown>): Kanaal {
    return uitDocument({ ...item, id: item.kanaalId });
  }

  private async zoek(tenantId: string, voorwaarde: string, parameters: Record<string, string>): Promise<Kanaal[]> {
    const { resources } = await this.container.items
      .query(
        {
          query: `SELECT * FROM c WHERE c.type = "kanaal" AND ${voorwaarde}`,
          parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((item: Record<string, unknown>) => this.herstelId(item));
  }
}
