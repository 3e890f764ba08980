import { Activity, CloudAdapter, ConversationParameters, ConversationReference, TurnContext } from 'botbuilder';
import { Bericht, KanaalOpslag, ProactieveVerzender, Verzenddoel, Verzenduitkomst } from '../app/ports';
import { z } from 'zod';
import { Kanaal } from '../domain/kanaal';
import { Begrenzer, Limiet, TEAMS_GESPREKLIMIETEN, Tijdbron, neemPlaats } from './begrenzer';
import { Foutbeeld, Herhaalbeleid, STANDAARD_HERHAALBELEID, isGesprekWeg, isHerhaalbaar, leesFout, wachttijd } from './herhaling';

/** The part of CloudAdapter the sender uses (tests pass the real one). */
export type ProactieveAdapter = Pick<CloudAdapter, 'continueConversationAsync' | 'createConversationAsync' | 'ConnectorClientKey'>;

export interface VerzenderOpties {
  /** MicrosoftAppId; empty locally (no authentication, see teams-notes). */
  readonly botAppId: string;
  /** The bot's Teams id (`28:<appId>`), needed to create a 1:1 chat. */
  readonly botId: string;
  /** Where to open a 1:1 chat when no stored conversation of the tenant names its service (TEAMS_SERVICE_URL). */
  readonly standaardServiceUrl?: string;
  readonly audience?: string;
  /** This instance's share of Teams' 50 requests/s per app per tenant: 50 / number of instances. */
  readonly tenantLimietPerInstantie: number;
  readonly gesprekLimieten?: readonly Limiet[];
  readonly herhaling?: Herhaalbeleid;
}

export interface VerzenderRanden extends Tijdbron {
  readonly willekeurig: () => number;
}

export const ECHTE_RANDEN: VerzenderRanden = {
  nu: () => Date.now(),
  slaap: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  willekeurig: Math.random,
};

type Poging<T> = { ok: true; waarde: T } | { ok: false; fout: unknown };
type Resultaat<T> = { ok: true; waarde: T } | { ok: false; fout: Foutbeeld; pogingen: number };

/** The calls the sender makes on a connector client (botframework-connector's ConnectorClient). */
interface Connector {
  readonly conversations: {
    sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
    updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<unknown>;
  };
}

function isConnector(client: unknown): client is Connector {
  const gesprekken = (client as { conversations?: Partial<Record<keyof Connector['conversations'], unknown>> } | undefined)?.conversations;
  return typeof gesprekken?.sendToConversation === 'function' && typeof gesprekken.updateActivity === 'function';
}

/**
 * The connector client retries 429/5xx by itself (core-rest-pipeline's defaultRetryPolicy, 3 times, real timers).
 * Our own loop must be the only one: it counts every attempt against the rate limits and bounds the total. The
 * client is created for a proactive turn and then kept by this sender only, so removing the policy affects no turn
 * of the bot.
 */
function zonderSdkHerhaling(client: unknown): void {
  const pipeline = (client as { client?: { pipeline?: { removePolicy?: (o: { name: string }) => unknown } } } | undefined)?.client?.pipeline;
  pipeline?.removePolicy?.({ name: 'defaultRetryPolicy' });
}

/** One message sent or updated in one conversation. */
interface Gesprekslijn {
  stuur(activiteit: Partial<Activity>): Promise<string | undefined>;
  werkBij(activityId: string, activiteit: Partial<Activity>): Promise<void>;
}

function viaBeurt(context: TurnContext): Gesprekslijn {
  return {
    stuur: async (activiteit) => (await context.sendActivity(activiteit))?.id,
    werkBij: async (activityId, activiteit) => void (await context.updateActivity({ ...activiteit, id: activityId })),
  };
}

/** Straight through a kept connector client, addressed as a proactive turn addresses it (the conversation, the bot). */
function rechtstreeks(connector: Connector, ref: Partial<ConversationReference>): Gesprekslijn {
  const gesprek = ref.conversation?.id ?? '';
  const geadresseerd = (activiteit: Partial<Activity>) => TurnContext.applyConversationReference({ ...activiteit }, ref);
  return {
    stuur: async (activiteit) => (await connector.conversations.sendToConversation(gesprek, geadresseerd(activiteit))).id,
    werkBij: async (activityId, activiteit) => void (await connector.conversations.updateActivity(gesprek, activityId, { ...geadresseerd(activiteit), id: activityId })),
  };
}

/** Service URLs are few (one per region of Teams); a bound keeps a misconfiguration from growing the map. */
const MAX_CONNECTORS = 100;

function alsActiviteit(bericht: Bericht): Partial<Activity> {
  return {
    type: 'message',
    ...(bericht.tekst ? { text: bericht.tekst } : {}),
    ...(bericht.kaart ? { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: bericht.kaart }] } : {}),
  };
}

/**
 * The Bot Framework conversation reference behind the domain's opaque handle: the Teams adapter writes it
 * (src/teams/gesprekken.ts), this sender is the only reader.
 */
const botReferentie = z.object({
  serviceUrl: z.string().min(1),
  conversationId: z.string().min(1),
  channelId: z.string().min(1),
  botId: z.string(),
  botNaam: z.string().optional(),
});
function referentie(kanaal: Kanaal): Partial<ConversationReference> {
  const r = botReferentie.parse(kanaal.referentie);
  return {
    serviceUrl: r.serviceUrl,
    channelId: r.channelId,
    conversation: { id: r.conversationId, isGroup: kanaal.soort !== 'persoonlijk', conversationType: kanaal.soort === 'persoonlijk' ? 'personal' : 'channel', name: '', tenantId: kanaal.tenantId },
    bot: { id: r.botId, name: r.botNaam ?? '' },
  };
}

const omschrijf = (f: Foutbeeld): string => `${f.status ?? 'netwerk'} ${f.code ?? ''}`.trim();

/** Proactive messages over CloudAdapter, within Teams' rate limits, with bounded retries and 403/404 handling. */
export class TeamsVerzender implements ProactieveVerzender {
  private readonly gesprekken: Begrenzer;
  private readonly tenants: Begrenzer;
  /**
   * Card updates that answer a click go first: while one waits for a slot in a tenant, other sends to that tenant
   * hold back, so a click is never stuck behind a large batch of reminders (Teams waits only ~5 s for the answer).
   */
  private readonly voorrangWachtend = new Map<string, number>();
  private readonly herhaling: Herhaalbeleid;
  /** Connector clients by service URL, from this sender's first proactive turn there (see `inGesprek`). */
  private readonly connectors = new Map<string, Connector>();

  constructor(
    private readonly adapter: ProactieveAdapter,
    private readonly kanalen: KanaalOpslag,
    private readonly opties: VerzenderOpties,
    private readonly randen: VerzenderRanden = ECHTE_RANDEN,
  ) {
    this.gesprekken = new Begrenzer(opties.gesprekLimieten ?? TEAMS_GESPREKLIMIETEN);
    this.tenants = new Begrenzer([{ aantal: Math.max(1, Math.floor(opties.tenantLimietPerInstantie)), periodeMs: 1_000 }]);
    this.herhaling = opties.herhaling ?? STANDAARD_HERHAALBELEID;
  }

  async stuur(doel: Verzenddoel, bericht: Bericht, vanaf?: Promise<void>): Promise<Verzenduitkomst> {
    if ('kanaal' in doel) {
      if (!doel.kanaal.bruikbaar) return { soort: 'onbruikbaar', reden: doel.kanaal.onbruikbaarReden ?? 'gesprek onbruikbaar', kanaal: doel.kanaal };
      if (vanaf) await vanaf;
      return this.stuurNaar(doel.kanaal, bericht);
    }
    const bestaand = await this.kanalen.persoonlijk(doel.persoon.tenantId, doel.persoon.aadObjectId);
    if (vanaf) await vanaf;
    if (bestaand?.bruikbaar) return this.stuurNaar(bestaand, bericht);
    // A tenant's conversations live at one service: open the new chat where `via` lives, or at the configured one.
    const serviceUrl = (doel.via && botReferentie.safeParse(doel.via.referentie).data?.serviceUrl) ?? this.opties.standaardServiceUrl;
    if (!serviceUrl) return { soort: 'onbruikbaar', reden: 'geen serviceUrl bekend om een 1:1-gesprek te openen' };
    // No usable 1:1 chat: create one (Teams hands back the existing 1:1 when there is one) and send in the same turn.
    return this.maakEnStuur(doel.persoon, serviceUrl, bericht);
  }

  async werkBij(kanaal: Kanaal, activityId: string, bericht: Bericht, vanaf?: Promise<void>): Promise<Verzenduitkomst> {
    if (!kanaal.bruikbaar) return { soort: 'onbruikbaar', reden: kanaal.onbruikbaarReden ?? 'gesprek onbruikbaar', kanaal };
    if (vanaf) await vanaf;
    const resultaat = await this.metHerhaling(kanaal.tenantId, kanaal.id, (plaats) =>
      this.inGesprek(kanaal, async (lijn) => {
        const klaar = await plaats();
        try {
          await lijn.werkBij(activityId, alsActiviteit(bericht));
        } finally {
          klaar();
        }
        return activityId;
      }),
      true,
    );
    return this.uitkomst(resultaat, kanaal, true);
  }

  private async stuurNaar(kanaal: Kanaal, bericht: Bericht): Promise<Verzenduitkomst> {
    const resultaat = await this.metHerhaling(kanaal.tenantId, kanaal.id, (plaats) =>
      this.inGesprek(kanaal, async (lijn) => {
        const klaar = await plaats();
        try {
          return await lijn.stuur(alsActiviteit(bericht));
        } finally {
          klaar();
        }
      }),
    );
    return this.uitkomst(resultaat, kanaal, false);
  }

  private async uitkomst(resultaat: Resultaat<string | undefined>, kanaal: Kanaal, bijBijwerken: boolean): Promise<Verzenduitkomst> {
    if (resultaat.ok) return { soort: 'verzonden', activityId: resultaat.waarde, kanaal };
    const reden = omschrijf(resultaat.fout);
    if (isGesprekWeg(resultaat.fout, bijBijwerken)) {
      await this.kanalen.markeerOnbruikbaar(kanaal.tenantId, kanaal.id, reden);
      return { soort: 'onbruikbaar', reden, kanaal: { ...kanaal, bruikbaar: false, onbruikbaarReden: reden } };
    }
    return { soort: 'mislukt', reden: `${reden} na ${resultaat.pogingen} poging(en)`, status: resultaat.fout.status };
  }

  /**
   * One send in a conversation. The first at a service runs as a proactive turn, whose connector client is then kept
   * for that service: a proactive turn builds a new client (and a user-token client) every time, which cost more CPU
   * than the rest of a click's send; the client keeps its credentials' tokens current itself. Errors are caught here:
   * CloudAdapter would otherwise hand them to onTurnError, which answers the conversation instead of telling us.
   */
  private async inGesprek<T>(kanaal: Kanaal, logica: (lijn: Gesprekslijn) => Promise<T>): Promise<Poging<T>> {
    const ref = referentie(kanaal);
    const serviceUrl = ref.serviceUrl ?? '';
    const bewaard = this.connectors.get(serviceUrl);
    if (bewaard) {
      try {
        return { ok: true, waarde: await logica(rechtstreeks(bewaard, ref)) };
      } catch (fout) {
        return { ok: false, fout };
      }
    }
    let poging: Poging<T> = { ok: false, fout: new Error('proactieve beurt niet uitgevoerd') };
    try {
      await this.adapter.continueConversationAsync(this.opties.botAppId, ref, async (context) => {
        const client: unknown = context.turnState.get(this.adapter.ConnectorClientKey);
        zonderSdkHerhaling(client);
        if (isConnector(client)) {
          if (this.connectors.size >= MAX_CONNECTORS) this.connectors.clear();
          this.connectors.set(serviceUrl, client);
        }
        try {
          poging = { ok: true, waarde: await logica(viaBeurt(context)) };
        } catch (fout) {
          poging = { ok: false, fout };
        }
      });
    } catch (fout) {
      poging = { ok: false, fout };
    }
    return poging;
  }

  private async maakEnStuur(persoon: { tenantId: string; aadObjectId: string; naam: string }, serviceUrl: string, bericht: Bericht): Promise<Verzenduitkomst> {
    const parameters = {
      isGroup: false,
      bot: { id: this.opties.botId, name: '' },
      members: [{ id: persoon.aadObjectId, name: '' }],
      tenantId: persoon.tenantId,
      channelData: { tenant: { id: persoon.tenantId } },
    } as ConversationParameters;
    let nieuw: Kanaal | undefined;
    let eerste: Poging<string | undefined> | undefined;
    // Retries cover the creation only; once the chat exists, a failed first message goes the normal way below.
    const aangemaakt = await this.metHerhaling(persoon.tenantId, `nieuw:${persoon.aadObjectId}`, async (plaats): Promise<Poging<Kanaal>> => {
      const aanmaakKlaar = await plaats();
      try {
        await this.adapter.createConversationAsync(this.opties.botAppId, 'msteams', serviceUrl, this.opties.audience ?? 'https://api.botframework.com', parameters, async (context) => {
          zonderSdkHerhaling(context.turnState.get(this.adapter.ConnectorClientKey));
          const conversationId = TurnContext.getConversationReference(context.activity).conversation?.id ?? '';
          nieuw = {
            id: conversationId,
            tenantId: persoon.tenantId,
            soort: 'persoonlijk',
            naam: persoon.naam,
            referentie: { serviceUrl, conversationId, channelId: 'msteams', botId: this.opties.botId },
            aadObjectId: persoon.aadObjectId,
            bruikbaar: true,
            bijgewerkt: new Date(this.randen.nu()).toISOString(),
          };
          // Store first: even when the send below fails, the next attempt finds the chat instead of creating again.
          aanmaakKlaar();
          await this.kanalen.bewaar(nieuw);
          const klaar = await neemPlaats(
            [
              { begrenzer: this.gesprekken, sleutel: conversationId },
              { begrenzer: this.tenants, sleutel: persoon.tenantId },
            ],
            this.randen,
            () => this.geenVoorrang(persoon.tenantId),
          );
          try {
            eerste = { ok: true, waarde: (await context.sendActivity(alsActiviteit(bericht)))?.id };
          } catch (fout) {
            eerste = { ok: false, fout };
          } finally {
            klaar();
          }
        });
      } catch (fout) {
        return { ok: false, fout };
      } finally {
        aanmaakKlaar();
      }
      return nieuw ? { ok: true, waarde: nieuw } : { ok: false, fout: new Error('gesprek niet aangemaakt') };
    });
    if (!aangemaakt.ok) {
      const reden = omschrijf(aangemaakt.fout);
      if (isGesprekWeg(aangemaakt.fout)) return { soort: 'onbruikbaar', reden: `1:1-gesprek niet mogelijk: ${reden}` };
      return { soort: 'mislukt', reden: `1:1-gesprek niet aangemaakt: ${reden} na ${aangemaakt.pogingen} poging(en)`, status: aangemaakt.fout.status };
    }
    const kanaal = aangemaakt.waarde;
    const resultaat: Poging<string | undefined> = eerste ?? { ok: false, fout: new Error('eerste bericht niet verstuurd') };
    if (resultaat.ok) return { soort: 'verzonden', activityId: resultaat.waarde, kanaal };
    const fout = leesFout(resultaat.fout, this.randen.nu());
    if (isGesprekWeg(fout) || !isHerhaalbaar(fout)) return this.uitkomst({ ok: false, fout, pogingen: 1 }, kanaal, false);
    return this.stuurNaar(kanaal, bericht);
  }

  /**
   * Bounded retries. Every attempt takes a slot in the conversation's and the tenant's windows through the
   * `plaats` it is given, which it calls right before its HTTP request: setting up a proactive turn can take
   * long (first connection, token), and a slot stamped before that would let requests bunch up at Teams.
   */
  private geenVoorrang(tenantId: string): boolean {
    return (this.voorrangWachtend.get(tenantId) ?? 0) === 0;
  }

  private async metHerhaling<T>(
    tenantId: string,
    gesprek: string,
    poging: (plaats: () => Promise<() => void>) => Promise<Poging<T>>,
    voorrang = false,
  ): Promise<Resultaat<T>> {
    const deelnames = [
      { begrenzer: this.gesprekken, sleutel: gesprek },
      { begrenzer: this.tenants, sleutel: tenantId },
    ];
    const plaats = async () => {
      if (!voorrang) return neemPlaats(deelnames, this.randen, () => this.geenVoorrang(tenantId));
      this.voorrangWachtend.set(tenantId, (this.voorrangWachtend.get(tenantId) ?? 0) + 1);
      try {
        return await neemPlaats(deelnames, this.randen);
      } finally {
        this.voorrangWachtend.set(tenantId, (this.voorrangWachtend.get(tenantId) ?? 1) - 1);
      }
    };
    for (let n = 1; ; n++) {
      const resultaat = await poging(plaats);
      if (resultaat.ok) return resultaat;
      const fout = leesFout(resultaat.fout, this.randen.nu());
      if (!isHerhaalbaar(fout) || n >= this.herhaling.maxPogingen) return { ok: false, fout, pogingen: n };
      await this.randen.slaap(wachttijd(fout, n, this.herhaling, this.randen.willekeurig));
    }
  }
}
