import { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { HerinneringOpslag } from '../app/ports';
import { Herinnering } from '../domain/herinnering-status';
import { HERINNERING_SOORTEN, KANAAL_ONTVANGERS } from '../domain/herinneringen';
import { ROLLEN } from '../domain/personen';
import { Logger } from '../log';
import { CosmosVerzendOpslag, casusVerzendingVelden } from './verzend-opslag';

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const herinneringDocument = casusVerzendingVelden.extend({
  type: z.literal('herinnering'),
  soort: z.enum(HERINNERING_SOORTEN),
  onderwerp: z.string(),
  evaluatie: z.object({ soort: z.enum(['tussentijds', 'eind']), datum }).optional(),
  datum,
  ontvanger: z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('persoon'), tenantId: z.string(), aadObjectId: z.string(), naam: z.string(), rol: z.enum(ROLLEN) }),
    z.object({ soort: z.literal('kanaal'), kanaalSoort: z.enum(KANAAL_ONTVANGERS) }),
    z.object({ soort: z.literal('beheer') }),
  ]),
});

function uitDocument(item: ItemDefinition): Herinnering {
  const { type, schemaVersie, ...herinnering } = herinneringDocument.parse(item);
  return herinnering;
}

/** Reminders (`type: "herinnering"`): one document per occurrence; see CosmosVerzendOpslag for the layout. */
export class CosmosHerinneringOpslag extends CosmosVerzendOpslag<Herinnering> implements HerinneringOpslag {
  constructor(container: Container, log: Logger) {
    super(container, 'herinnering', uitDocument, log);
  }

  async vanHulpvraag(hulpvraagId: string): Promise<Herinnering[]> {
    const { resources } = await this.container.items
      .query({
        query: 'SELECT * FROM c WHERE c.type = "herinnering" AND c.hulpvraagId = @hv ORDER BY c.verzendOp',
        parameters: [{ name: '@hv', value: hulpvraagId }],
      })
      .fetchAll();
    return resources.map((item: ItemDefinition) => this.uitDocument(item));
  }
}
