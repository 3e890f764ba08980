import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface NepKanaal {
  readonly serviceUrl: string;
  /** Activities the bots sent or updated (POST/PUT), members looked up, 1:1 chats created. */
  tellers(): { readonly activiteiten: number; readonly leden: number; readonly gesprekken: number };
  stop(): Promise<void>;
}

/**
 * A lean stand-in for the Teams connector that the bots answer to during the turn benchmark: it accepts every
 * activity at once (no rate limits: those are measured separately), resolves any member id to a member, and creates
 * 1:1 chats. It parses nothing it does not need, so it adds as little as possible to the turn it serves.
 */
export async function startNepKanaal(): Promise<NepKanaal> {
  let activiteiten = 0;
  let leden = 0;
  let gesprekken = 0;
  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (deel: Buffer) => delen.push(deel));
    req.on('end', () => {
      const pad = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && pad === '/v3/conversations') {
        gesprekken++;
        const body = JSON.parse(Buffer.concat(delen).toString('utf8') || '{}') as { members?: Array<{ id?: string }> };
        res.end(JSON.stringify({ id: `a:nieuw-${body.members?.[0]?.id ?? 'x'}` }));
        return;
      }
      const lid = /\/members\/([^/]+)$/.exec(pad)?.[1];
      if (req.method === 'GET' && lid) {
        leden++;
        const aad = lid.startsWith('29:') ? `aad-${lid.slice(3)}` : lid;
        res.end(JSON.stringify({ id: lid.startsWith('29:') ? lid : `29:${lid.replace(/^aad-/, '')}`, aadObjectId: aad, name: `Lid ${aad}` }));
        return;
      }
      if ((req.method === 'POST' || req.method === 'PUT') && pad.includes('/activities')) {
        activiteiten++;
        res.end(JSON.stringify({ id: `activiteit-${activiteiten}` }));
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'NotFound', message: pad } }));
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    tellers: () => ({ activiteiten, leden, gesprekken }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
