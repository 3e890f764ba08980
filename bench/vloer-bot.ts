import { Database } from '@azure/cosmos';
import { ActivityHandler, AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { CONTAINERS } from '../src/store/containers';
import { BotServer, startOpStack } from './echo-bot';

/**
 * The I/O floor of each measured use case: a bot on the same stack (CloudAdapter, our HTTP server) and the same
 * embedded Cosmos server as the app that does only the I/O the use case needs, nothing else (no validation, no
 * domain rules, no card templates):
 * - `mijn casussen`: the query for the person's cases and one message back;
 * - a decision: one point read of the case, one conditional replace, one PUT of the channel card, and a card as the
 *   invoke response.
 */
class VloerBot extends ActivityHandler {
  constructor(private readonly database: Database) {
    super();
    this.onMessage(async (turn, next) => {
      const { resources } = await this.database
        .container(CONTAINERS.hulpvragen.name)
        .items.query({
          query: 'SELECT * FROM c WHERE c.type = "hulpvraag" AND c.tenantId = @tenant AND ARRAY_CONTAINS(c.betrokkenenIds, @persoon)',
          parameters: [
            { name: '@tenant', value: turn.activity.conversation.tenantId ?? '' },
            { name: '@persoon', value: turn.activity.from.aadObjectId ?? '' },
          ],
        })
        .fetchAll();
      await turn.sendActivity(`${resources.length} zaken`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(turn: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const data = (turn.activity.value as { action?: { data?: { hulpvraagId?: string; schakelteamId?: string } } }).action?.data ?? {};
    const item = this.database.container(CONTAINERS.hulpvragen.name).item(data.hulpvraagId ?? '', data.schakelteamId ?? '');
    const { resource, etag } = await item.read<{ id: string; vloer?: number }>();
    if (!resource) throw new Error('vloer: zaak ontbreekt');
    await item.replace({ ...resource, vloer: (resource.vloer ?? 0) + 1 }, { accessCondition: { type: 'IfMatch', condition: etag } });
    await turn.updateActivity({ id: 'kaart-vloer', type: 'message', conversation: turn.activity.conversation, text: 'Besluit vastgelegd' });
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Vastgelegd.' }] },
    };
  }
}

export function startVloerBot(database: Database): Promise<BotServer> {
  return startOpStack(new VloerBot(database));
}
