import { CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import { Gezondheid } from '../app/ports';
import { Logger } from '../log';
import { controleerActiviteit } from './activiteit';
import { TabOpties, registreerTabs } from './tabs';

export interface HttpBot {
  run(context: import('botbuilder').TurnContext): Promise<void>;
}

export interface HttpOpties {
  /** Tenants whose activities are accepted (own + partners); absent = local mode, every tenant. */
  readonly toegestaneTenants?: readonly string[];
  /** The store's state for /healthz; absent = always ok. */
  readonly gezondheid?: () => Gezondheid;
  /** The Teams tabs (pages + API); absent: not served. */
  readonly tabs?: TabOpties;
}

const MAX_BODY = 256 * 1024;

type Lezing = { readonly soort: 'json'; readonly waarde: unknown } | { readonly soort: 'fout'; readonly status: number };

/**
 * Reads a JSON body in memory. No multipart, no compression, no temp files: the Bot Framework only ever sends JSON,
 * so anything else is refused before authentication or parsing spends effort on it.
 */
async function leesJson(req: restify.Request): Promise<Lezing> {
  const soort = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const codering = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (soort !== 'application/json' || codering !== 'identity') return { soort: 'fout', status: 415 };
  const delen: Buffer[] = [];
  let lengte = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    lengte += deel.length;
    if (lengte > MAX_BODY) return { soort: 'fout', status: 413 };
    delen.push(deel);
  }
  try {
    return { soort: 'json', waarde: JSON.parse(Buffer.concat(delen).toString('utf8')) as unknown };
  } catch {
    return { soort: 'fout', status: 400 };
  }
}

/**
 * /api/messages for the Bot Framework, /healthz for App Service and the local scripts. A degraded store (the
 * embedded one could not write to disk) answers 503, so the health check and whoever looks notice.
 */
export function maakHttpServer(adapter: CloudAdapter, bot: HttpBot, log: Logger, opties: HttpOpties = {}): restify.Server {
  const server = restify.createServer({ name: 'schoolondersteuning' });
  server.post('/api/messages', async (req, res) => {
    const lezing = await leesJson(req);
    if (lezing.soort === 'fout') {
      log.warn('http-verzoek geweigerd', { status: lezing.status });
      res.send(lezing.status, {});
      return;
    }
    const controle = controleerActiviteit(lezing.waarde, opties.toegestaneTenants);
    if (controle.soort !== 'geldig') {
      log.warn('activiteit geweigerd', { reden: controle.soort });
      res.send(controle.soort === 'ongeldig' ? 400 : 403, {});
      return;
    }
    req.body = lezing.waarde;
    await adapter.process(req, res, (turn) => bot.run(turn));
  });
  if (opties.tabs) registreerTabs(server, opties.tabs, log);
  server.get('/healthz', (_req, res, next) => {
    const stand = opties.gezondheid?.() ?? { status: 'ok' };
    res.send(stand.status === 'ok' ? 200 : 503, stand);
    return next();
  });
  server.on('restifyError', (_req, _res, error: Error, callback: () => void) => {
    log.warn('http-fout', { fout: error.name });
    return callback();
  });
  return server;
}
