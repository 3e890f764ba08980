import { Container } from '@azure/cosmos';
import { z } from 'zod';
import { AgendaOpslag } from '../app/ports';
import { Agendaverzending } from '../domain/agenda';
import { Logger } from '../log';
import { CosmosVerzendOpslag, verzendingVelden } from './verzend-opslag';

const agendaDocument = verzendingVelden.extend({
  type: z.literal('agenda'),
  kanaalId: z.string().min(1),
  vergaderdatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/**
 * Agenda sendings (`type: "agenda"`) next to the reminders: the same point operations, ETag leases and due query;
 * the reminder queries filter on `type = "herinnering"`, so they never see these.
 */
export class CosmosAgendaOpslag extends CosmosVerzendOpslag<Agendaverzending> implements AgendaOpslag {
  constructor(container: Container, log: Logger) {
    super(
      container,
      'agenda',
      (item) => {
        const { type, schemaVersie, ...verzending } = agendaDocument.parse(item);
        return verzending;
      },
      log,
    );
  }
}
