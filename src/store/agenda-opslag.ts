import { Container } from '@azure/cosmos';
import { z } from 'zod';
import { AgendaOpslag, Versie } from '../app/ports';
import { Agendaverzending } from '../domain/agenda';
import { Claimdocumenten } from './claimdocumenten';
import { SCHEMA_VERSIE, verzendpogingSchema } from './schemas';

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
  pogingen: z.array(verzendpogingSchema),
  aangemaakt: tijdstip,
  bijgewerkt: tijdstip,
});

function naarDocument(a: Agendaverzending): Agendaverzending & { type: 'agenda'; schemaVersie: typeof SCHEMA_VERSIE } {
  return { ...a, type: 'agenda', schemaVersie: SCHEMA_VERSIE };
}

/**
 * Agenda sendings live in the herinneringen container (partition key /id), as `type: "agenda"`: the same point
 * operations and ETag leases as reminders, and the reminder queries filter on `type = "herinnering"`, so they never
 * see these. Every operation is a point read or write on the deterministic id.
 */
export class CosmosAgendaOpslag implements AgendaOpslag {
  private readonly documenten: Claimdocumenten<Agendaverzending>;

  constructor(container: Container) {
    this.documenten = new Claimdocumenten<Agendaverzending>(container, naarDocument, (item) => {
      const { type, schemaVersie, ...verzending } = agendaDocument.parse(item);
      return verzending;
    });
  }

  maak(verzending: Agendaverzending): Promise<Versie<Agendaverzending> | undefined> {
    return this.documenten.maak(verzending);
  }

  lees(id: string): Promise<Versie<Agendaverzending> | undefined> {
    return this.documenten.lees(id);
  }

  vervang(verzending: Agendaverzending, etag: string): Promise<Versie<Agendaverzending> | undefined> {
    return this.documenten.vervang(verzending, etag);
  }
}
