import { Container, ItemDefinition } from '@azure/cosmos';
import { Postbericht } from '../domain/uitgaand';
import { Logger } from '../log';
import { uitgaandInhoud } from './schemas';
import { CosmosVerzendOpslag, casusVerzendingVelden } from './verzend-opslag';
import { z } from 'zod';

const postberichtDocument = casusVerzendingVelden.extend({
  type: z.literal('postbericht'),
  inhoud: uitgaandInhoud,
});

function uitDocument(item: ItemDefinition): Postbericht {
  const { type, schemaVersie, ...bericht } = postberichtDocument.parse(item);
  return bericht;
}

/**
 * The outbox's entries once relayed from their case (`type: "postbericht"`), in the herinneringen container with
 * the other sendings; the id is the entry's (case id + version + position), so relaying twice creates it once.
 */
export class CosmosPostberichtOpslag extends CosmosVerzendOpslag<Postbericht> {
  constructor(container: Container, log: Logger) {
    super(container, 'postbericht', uitDocument, log);
  }
}
