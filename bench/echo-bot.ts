import {
  ActivityHandler,
  AdaptiveCardInvokeResponse,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationBotFrameworkAuthenticationOptions,
  TurnContext,
} from 'botbuilder';
import { AddressInfo } from 'node:net';
import { maakHttpServer } from '../src/http/server';
import { stilleLogger } from '../src/log';

/** The reference: the smallest bot on the same stack (CloudAdapter without auth, restify, our HTTP server setup). */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (turn, next) => {
      await turn.sendActivity(`Echo: ${turn.activity.text ?? ''}`);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(turn: TurnContext): Promise<AdaptiveCardInvokeResponse> {
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `Echo: ${turn.activity.value ? 'klik' : ''}` }] },
    };
  }
}

export interface BotServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** A reference bot on the app's stack: CloudAdapter without auth behind our restify server, on a free port. */
export async function startOpStack(bot: ActivityHandler): Promise<BotServer> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  const server = maakHttpServer(adapter, { run: (turn) => bot.run(turn) }, stilleLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function startEchoBot(): Promise<BotServer> {
  return startOpStack(new EchoBot());
}
