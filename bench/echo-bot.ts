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

export interface EchoServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startEchoBot(): Promise<EchoServer> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
  const bot = new EchoBot();
  const server = maakHttpServer(adapter, { run: (turn) => bot.run(turn) }, stilleLogger);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
