import { CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import { Logger } from '../log';

export interface HttpBot {
  run(context: import('botbuilder').TurnContext): Promise<void>;
}

/** /api/messages for the Bot Framework, /healthz for App Service and the local scripts. */
export function maakHttpServer(adapter: CloudAdapter, bot: HttpBot, log: Logger): restify.Server {
  const server = restify.createServer({ name: 'schoolondersteuning' });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (turn) => bot.run(turn));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });
  server.on('restifyError', (_req, _res, error: Error, callback: () => void) => {
    log.warn('http-fout', { fout: error.name });
    return callback();
  });
  return server;
}
