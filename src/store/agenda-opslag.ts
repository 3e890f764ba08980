import { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { AgendaOpslag, Versie } from '../app/ports';
import { Agendaverzending } from '../domain/agenda';
import { statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE } from './schemas';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const tijdstip = z.iso.datetime();

const agendaDocument = z.object({
  id: z.string().min(1),
  type: z.literal('agenda'),
  schemaVersie: z.literal(SCHEMA_VERSIE),
  tenantId: z.string().min(1),
  schakelteamId: z.string().min(1),
  kanaalId: z.string().min(1),
  vergaderdatum: datum,
  status: z.enum(['gepland', 'geclaimd', 'verzonden', 'mislukt']),
  claimedBy: z.string().optional(),
  leaseUntil: tijdstip.optional(),
  opnieuwVanaf: tijdstip.optional(),
  pogingen: z.array(
    z.object({
      tijdstip,
      door: z.string(),
      uitkomst: z.enum(['verzonden', 'onbruikbaar', 'mislukt', 'vervallen']),
      activityId: z.string().optional(),
      reden: z.string().optional(),
    }),
  ),
  aangemaakt: tijdstip,
  bijgewerkt: tijdstip,
});

function naarDocument(a: Agendaverzending): Agendaverzending & { type: 'agenda'; schemaVersie: typeof SCHEMA_VERSIE } {
  return { ...a, type: 'agenda', schemaVersie: SCHEMA_VERSIE };
}

function metEtag(item: ItemDefinition | undefined, etag: string | undefined): Versie<Agendaverzending> {
  if (!item || !etag) throw new Error('Cosmos gaf geen document of ETag terug');
  const { type, schemaVersie, ...verzending } = agendaDocument.parse(item);
  return { waarde: verzending, etag };
}

/**
 * Agenda sendings live in the herinneringen container (partition key /id), as `type: "agenda"`: the same point
 * operations and ETag leases as reminders, and the reminder queries filter on `type = "herinnering"`, so they never
 * see these. Every operation is a point read or write on the deterministic id.
 */
export class CosmosAgendaOpslag implements AgendaOpslag {
  constructor(private readonly container: Container) {}

  async maak(verzending: Agendaverzending): Promise<Versie<Agendaverzending> | undefined> {
    try {
      const antwoord = await this.container.items.create(naarDocument(verzending));
      return metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      // 409: another sweep created this agenda first; it is planned, not ours to create.
      if (statusVan(error) === 409) return undefined;
      throw error;
    }
  }

  async lees(id: string): Promise<Versie<Agendaverzending> | undefined> {
    try {
      const antwoord = await this.container.item(id, id).read();
      if (antwoord.statusCode === 404 || !antwoord.resource) return undefined;
      return metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  async vervang(verzending: Agendaverzending, etag: string): Promise<Versie<Agendaverzending> | undefined> {
    try {
      const antwoord = await this.container
        .item(verzending.id, verzending.id)
        .replace(naarDocument(verzending), { accessCondition: { type: 'IfMatch', condition: etag } });
      return metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      // 412: someone else claimed or finished it since we read it.
      if (statusVan(error) === 412) return undefined;
      throw error;
    }
  }
}
