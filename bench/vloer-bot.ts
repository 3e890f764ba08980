import { BulkOperationType, Database, JSONObject } from '@azure/cosmos';
import { Activity, ActivityHandler, AdaptiveCardInvokeResponse, TeamsInfo, TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import { CONTAINERS } from '../src/store/containers';
import { BotServer, startOpStack } from './echo-bot';

/** The part of the turn's connector client the floor uses after the turn (botframework-connector's ConnectorClient). */
interface Verbinding {
  readonly conversations: { sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<unknown> };
}

/** One audit line per case read or changed (NEN 7513, src/app/audit.ts): the floor writes the same kind of line. */
function auditregel(onderwerp: string, tenantId: string, wat: string): JSONObject {
  return { id: randomUUID(), onderwerp, tenantId, tijdstip: new Date().toISOString(), wat };
}

/**
 * The I/O floor of each measured use case: a bot on the same stack (CloudAdapter, our HTTP server) and the same
 * embedded Cosmos server as the app that does only the I/O the use case needs, nothing else (no validation, no
 * domain rules, no card templates):
 * - `mijn casussen`: the query for the person's cases, one audit line per case shown (bulk requests of 100, as the app
 *   writes them) and one message back;
 * - a decision: one point read of the case, the chosen person resolved with getMember (the case stores their name
 *   and Teams id, and Teams answers only for members of the team: the app cannot skip it), one conditional replace,
 *   one audit line, one PUT of the channel card and a card as the invoke response; after the response, the next
 *   person (the IB'er) is told: one point read of their 1:1 chat and one POST to it.
 */
class VloerBot extends ActivityHandler {
  constructor(private readonly database: Database) {
    super();
    this.onMessage(async (turn, next) => {
      const tenantId = turn.activity.conversation.tenantId ?? '';
      const { resources } = await this.database
        .container(CONTAINERS.hulpvragen.name)
        .items.query<{ id: string }>({
          query: 'SELECT * FROM c WHERE c.type = "hulpvraag" AND c.tenantId = @tenant AND ARRAY_CONTAINS(c.betrokkenenIds, @persoon)',
          parameters: [
            { name: '@tenant', value: tenantId },
            { name: '@persoon', value: turn.activity.from.aadObjectId ?? '' },
          ],
        })
        .fetchAll();
      const operaties = resources.map((h) => ({ operationType: BulkOperationType.Create, resourceBody: auditregel(`hulpvraag:${h.id}`, tenantId, 'mijn casussen') }));
      // At most 100 operations per bulk call (the SDK's limit), as the app writes them.
      const audit = this.database.container(CONTAINERS.audit.name).items;
      await Promise.all(Array.from({ length: Math.ceil(operaties.length / 100) }, (_, i) => audit.bulk(operaties.slice(i * 100, (i + 1) * 100))));
      await turn.sendActivity(`${resources.length} zaken`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(turn: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    const data = (turn.activity.value as { action?: { data?: { hulpvraagId?: string; schakelteamId?: string; besluitPersonen?: string } } }).action?.data ?? {};
    const tenantId = turn.activity.conversation.tenantId ?? '';
    const item = this.database.container(CONTAINERS.hulpvragen.name).item(data.hulpvraagId ?? '', data.schakelteamId ?? '');
    const { resource, etag } = await item.read<{ id: string; vloer?: number; betrokkenen: Array<{ rol: string; aadObjectId: string }> }>();
    if (!resource) throw new Error('vloer: zaak ontbreekt');
    const gekozen = await TeamsInfo.getMember(turn, data.besluitPersonen ?? '');
    await item.replace({ ...resource, vloer: (resource.vloer ?? 0) + 1, gekozen: gekozen.name }, { accessCondition: { type: 'IfMatch', condition: etag } });
    await this.database.container(CONTAINERS.audit.name).items.create(auditregel(`hulpvraag:${resource.id}`, tenantId, 'besluit'));
    await turn.updateActivity({ id: 'kaart-vloer', type: 'message', conversation: turn.activity.conversation, text: 'Besluit vastgelegd' });
    const client = turn.turnState.get<Verbinding>(turn.adapter.ConnectorClientKey);
    const ib = resource.betrokkenen.find((b) => b.rol === 'ib_coo')?.aadObjectId ?? '';
    void this.meldIb(client, tenantId, ib).catch(() => undefined);
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Vastgelegd.' }] },
    };
  }

  /** After the response, as the app does: the IB'er's 1:1 chat by its derived id, then one message there. */
  private async meldIb(client: Verbinding, tenantId: string, aadObjectId: string): Promise<void> {
    const { resource } = await this.database.container(CONTAINERS.kanalen.name).item(`kanaal-persoon:${aadObjectId}`, tenantId).read<{ kanaalId: string }>();
    if (!resource) return;
    await client.conversations.sendToConversation(resource.kanaalId, { type: 'message', text: 'Leg de toestemming vast.' });
  }
}

export function startVloerBot(database: Database): Promise<BotServer> {
  return startOpStack(new VloerBot(database));
}
