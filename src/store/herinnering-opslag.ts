import { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { HerinneringOpslag, Versie } from '../app/ports';
import { Herinnering } from '../domain/herinnering-status';
import { ROLLEN } from '../domain/personen';
import { Logger } from '../log';
import { Claimdocumenten } from './claimdocumenten';
import { SCHEMA_VERSIE, verzendpogingSchema } from './schemas';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const tijdstip = z.iso.datetime();

const herinneringDocument = z.object({
  id: z.string().min(1),
  type: z.literal('herinnering'),
  schemaVersie: z.literal(SCHEMA_VERSIE),
  tenantId: z.string().min(1),
  hulpvraagId: z.string().min(1),
  schakelteamId: z.string().min(1),
  nummer: z.string(),
  soort: z.enum(['evaluatie_vooraf', 'evaluatie_vandaag', 'evaluatie_achterstallig', 'escalatie_team_no']),
  onderwerp: z.string(),
  evaluatie: z.object({ soort: z.enum(['tussentijds', 'eind']), datum }).optional(),
  datum,
  verzendOp: tijdstip,
  ontvanger: z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('persoon'), tenantId: z.string(), aadObjectId: z.string(), naam: z.string(), rol: z.enum(ROLLEN) }),
    z.object({ soort: z.literal('kanaal'), kanaalSoort: z.literal('team_no') }),
  ]),
  status: z.enum(['gepland', 'geclaimd', 'verzonden', 'mislukt', 'vervallen']),
  claimedBy: z.string().optional(),
  leaseUntil: tijdstip.optional(),
  pogingen: z.array(verzendpogingSchema),
  aangemaakt: tijdstip,
  bijgewerkt: tijdstip,
});

function naarDocument(h: Herinnering): Herinnering & { type: 'herinnering'; schemaVersie: typeof SCHEMA_VERSIE } {
  return { ...h, type: 'herinnering', schemaVersie: SCHEMA_VERSIE };
}

function uitDocument(item: ItemDefinition): Herinnering {
  const { type, schemaVersie, ...herinnering } = herinneringDocument.parse(item);
  return herinnering;
}

function metEtag(item: ItemDefinition | undefined, etag: string | undefined): Versie<Herinnering> {
  if (!item || !etag) throw new Error('Cosmos gaf geen document of ETag terug');
  return { waarde: uitDocument(item), etag };
}

/**
 * Container herinneringen, partition key /id: every reminder is its own logical partition, so creating, claiming
 * and finishing one is a point operation. The due lookups are cross-partition range queries on the indexed
 * `status` + `verzendOp` / `leaseUntil`; Cosmos answers them from the index, so their cost follows the number of due
 * reminders, not the size of the container (the default "index every path" policy covers both fields).
 */
export class CosmosHerinneringOpslag implements HerinneringOpslag {
  private readonly documenten: Claimdocumenten<Herinnering>;

  constructor(
    private readonly container: Container,
    private readonly log: Logger,
  ) {
    this.documenten = new Claimdocumenten(container, naarDocument, uitDocument);
  }

  async maak(herinnering: Herinnering): Promise<boolean> {
    return (await this.documenten.maak(herinnering)) !== undefined;
  }

  lees(id: string): Promise<Versie<Herinnering> | undefined> {
    return this.documenten.lees(id);
  }

  vervang(herinnering: Herinnering, etag: string): Promise<Versie<Herinnering> | undefined> {
    return this.documenten.vervang(herinnering, etag);
  }

  async verschuldigd(nu: Date, max: number): Promise<Versie<Herinnering>[]> {
    const top = Math.max(1, Math.floor(max));
    const moment = nu.toISOString();
    const gepland = await this.zoek(
      `SELECT TOP ${top} * FROM c WHERE c.type = "herinnering" AND c.status = "gepland" AND c.verzendOp <= @nu ORDER BY c.verzendOp`,
      moment,
    );
    const verlopen = await this.zoek(
      `SELECT TOP ${top} * FROM c WHERE c.type = "herinnering" AND c.status = "geclaimd" AND c.leaseUntil <= @nu ORDER BY c.leaseUntil`,
      moment,
    );
    return [...verlopen, ...gepland].slice(0, top);
  }

  async vanHulpvraag(hulpvraagId: string): Promise<Herinnering[]> {
    const { resources } = await this.container.items
      .query({
        query: 'SELECT * FROM c WHERE c.type = "herinnering" AND c.hulpvraagId = @hv ORDER BY c.verzendOp',
        parameters: [{ name: '@hv', value: hulpvraagId }],
      })
      .fetchAll();
    return resources.map((item: ItemDefinition) => uitDocument(item));
  }

  private async zoek(query: string, nu: string): Promise<Versie<Herinnering>[]> {
    const { resources } = await this.container.items.query({ query, parameters: [{ name: '@nu', value: nu }] }).fetchAll();
    // One unreadable document must not stop every other reminder: skip it and say so.
    return resources.flatMap((item: ItemDefinition) => {
      try {
        return [metEtag(item, typeof item._etag === 'string' ? item._etag : undefined)];
      } catch {
        this.log.error('ongeldig herinneringdocument overgeslagen', { id: item.id ?? '' });
        return [];
      }
    });
  }
}
