import { Container, ItemDefinition } from '@azure/cosmos';
import { z } from 'zod';
import { Mededeling } from '../domain/mededeling';
import { Logger } from '../log';
import { kanaalSchema } from './kanaal-opslag';
import { betrokkeneSchema } from './schemas';
import { CosmosVerzendOpslag, verzendingVelden } from './verzend-opslag';

const mededelingDocument = verzendingVelden.extend({
  type: z.literal('mededeling'),
  // A notice about a Team NO or Loket binding concerns no schakelteam.
  schakelteamId: z.string().min(1).optional(),
  doel: z.discriminatedUnion('soort', [
    z.object({ soort: z.literal('schakelteamkanaal') }),
    z.object({ soort: z.literal('persoon'), aan: betrokkeneSchema, via: kanaalSchema.optional() }),
  ]),
  tekst: z.string(),
  vertrek: z.object({ aadObjectId: z.string().min(1) }).optional(),
  herkoppeling: z.object({ vorige: z.string(), gekoppeld: z.string().min(1), leden: z.array(betrokkeneSchema) }).optional(),
});

function uitDocument(item: ItemDefinition): Mededeling {
  const { type, schemaVersie, ...mededeling } = mededelingDocument.parse(item);
  return mededeling;
}

/** Notices that belong to no single case (`type: "mededeling"`), in the herinneringen container with the other sendings. */
export class CosmosMededelingOpslag extends CosmosVerzendOpslag<Mededeling> {
  constructor(container: Container, log: Logger) {
    super(container, 'mededeling', uitDocument, log);
  }
}
