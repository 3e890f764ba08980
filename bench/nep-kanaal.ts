import http from 'node:http';
import { AddressInfo } from 'node:net';
import { TEAMS_GESPREK, TEAMS_TENANT, overschrijdt } from '../test/helpers/nep-connector';

export interface NepKanaal {
  readonly serviceUrl: string;
  /** Activities the bots sent or updated (POST/PUT), members looked up, 1:1 chats created. */
  tellers(): { readonly activiteiten: number; readonly leden: number; readonly gesprekken: number; readonly geweigerd: number };
  stop(): Promise<void>;
}

/**
 * A lean stand-in for the Teams connector that the bots answer to during the turn benchmark: it accepts every
 * activity at once (no rate limits: those are measured separately), resolves any member id to a member, and creates
 * 1:1 chats. It parses nothing it does not need, so it adds as little as possible to the turn it serves.
 */
export async function startNepKanaal(opties: { teamsLimieten?: boolean } = {}): Promise<NepKanaal> {
  let activiteiten = 0;
  let geweigerd = 0;
  const perGesprek = new Map<string, number[]>();
  const tenant: number[] = [];
  /** With Teams' limits on: a send over the per-conversation or per-tenant limit gets 429 with Retry-After, as in Teams. */
  const teVeel = (gesprek: string): boolean => {
    if (!opties.teamsLimieten) return false;
    const nu = Date.now();
    const tijden = perGesprek.get(gesprek) ?? [];
    if (overschrijdt(tijden, nu, TEAMS_GESPREK) || overschrijdt(tenant, nu, TEAMS_TENANT)) return true;
    tijden.push(nu);
    perGesprek.set(gesprek, tijden.slice(-100));
    tenant.push(nu);
    if (tenant.length > 200) tenant.splice(0, tenant.length - 200);
    return false;
  };
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
        if (teVeel(pad.split('/')[3] ?? '')) {
          geweigerd++;
          res.statusCode = 429;
          res.setHeader('retry-after', '1');
          res.end(JSON.stringify({ error: { code: 'Throttled', message: 'te veel' } }));
          return;
        }
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
    tellers: () => ({ activiteiten, leden, gesprekken, geweigerd }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
