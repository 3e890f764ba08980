import http from 'node:http';
import { AddressInfo } from 'node:net';
import { Limiet } from '../../src/proactief/begrenzer';

export type { Limiet };

/**
 * Teams' documented limits per conversation and per app per tenant, written out here on purpose instead of reusing
 * the sender's constants: the fake is the referee, so a wrong number in the sender must not make it agree.
 */
export const TEAMS_GESPREK: readonly Limiet[] = [
  { aantal: 7, periodeMs: 1_000 },
  { aantal: 8, periodeMs: 2_000 },
  { aantal: 60, periodeMs: 30_000 },
  { aantal: 1_800, periodeMs: 3_600_000 },
];
export const TEAMS_TENANT: readonly Limiet[] = [{ aantal: 50, periodeMs: 1_000 }];

export interface Ontvangen {
  readonly methode: 'POST' | 'PUT';
  readonly gesprek: string;
  readonly activiteit: Record<string, unknown>;
  readonly tijd: number;
}

export interface Storing {
  readonly status: number;
  readonly code?: string;
  readonly retryAfter?: string;
}

export interface NepConnector {
  readonly serviceUrl: string;
  /** Activities accepted (2xx), in arrival order. */
  readonly ontvangen: Ontvangen[];
  /** Every request with the status it got, also the refused ones. */
  readonly verzoeken: Array<{ gesprek: string; status: number; tijd: number }>;
  /** 1:1 conversations created: member ids and the conversation id handed out. */
  readonly aangemaakt: Array<{ leden: string[]; id: string; tenantId: string }>;
  /** 429s because a limit was exceeded (not the ones ordered with `storing`). */
  overschrijdingen(): number;
  /** The next requests for this conversation get these answers, in order (then normal service resumes). */
  storing(gesprek: string, ...antwoorden: Storing[]): void;
  /** Every request for this conversation gets this answer from now on (bot removed, blocked, gone). */
  blokkeer(gesprek: string, status: 403 | 404, code: string): void;
  stop(): Promise<void>;
}

export interface NepConnectorOpties {
  readonly gesprek?: readonly Limiet[];
  readonly tenant?: readonly Limiet[];
  /** What a throttled request is told to wait (seconds). */
  readonly retryAfter?: string;
}

export function overschrijdt(tijden: number[], nu: number, limieten: readonly Limiet[]): boolean {
  return limieten.some((l) => tijden.filter((t) => t > nu - l.periodeMs).length >= l.aantal);
}

/**
 * A fake Teams connector (the `serviceUrl` of proactive sends) over real HTTP that enforces Teams' rate limits the
 * way Teams does: a request over a limit gets 429 with Retry-After. Tests can also order 403/404/5xx answers.
 */
export async function startNepConnector(opties: NepConnectorOpties = {}): Promise<NepConnector> {
  const gesprekLimieten = opties.gesprek ?? TEAMS_GESPREK;
  const tenantLimieten = opties.tenant ?? TEAMS_TENANT;
  const ontvangen: Ontvangen[] = [];
  const verzoeken: NepConnector['verzoeken'] = [];
  const aangemaakt: NepConnector['aangemaakt'] = [];
  const perGesprek = new Map<string, number[]>();
  const tenantTijden: number[] = [];
  const storingen = new Map<string, Storing[]>();
  const blokkades = new Map<string, Storing>();
  let overschrijdingen = 0;
  let volgnummer = 0;

  const antwoord = (res: http.ServerResponse, status: number, body: object, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (deel: Buffer) => delen.push(deel));
    req.on('end', () => {
      const nu = Date.now();
      const pad = (req.url ?? '').split('?')[0] ?? '';
      const tekst = Buffer.concat(delen).toString('utf8');
      const body = tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {};
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(pad);
      const gesprek = match?.[1] ? decodeURIComponent(match[1]) : '';
      const noteer = (status: number) => verzoeken.push({ gesprek, status, tijd: nu });

      if (overschrijdt(tenantTijden, nu, tenantLimieten) || (gesprek && overschrijdt(perGesprek.get(gesprek) ?? [], nu, gesprekLimieten))) {
        overschrijdingen++;
        tenantTijden.push(nu);
        if (gesprek) perGesprek.set(gesprek, [...(perGesprek.get(gesprek) ?? []), nu]);
        noteer(429);
        antwoord(res, 429, { error: { code: 'Throttled', message: 'Too many requests' } }, { 'retry-after': opties.retryAfter ?? '1' });
        return;
      }
      tenantTijden.push(nu);
      if (gesprek) perGesprek.set(gesprek, [...(perGesprek.get(gesprek) ?? []), nu]);

      const besteld = blokkades.get(gesprek) ?? storingen.get(gesprek)?.shift();
      if (besteld) {
        noteer(besteld.status);
        antwoord(res, besteld.status, { error: { code: besteld.code ?? 'ServiceError', message: 'besteld door de test' } }, besteld.retryAfter ? { 'retry-after': besteld.retryAfter } : {});
        return;
      }
      if (req.method === 'POST' && pad === '/v3/conversations') {
        const leden = ((body.members as Array<{ id: string }> | undefined) ?? []).map((m) => m.id);
        const id = `a:1:1-${leden.join(',')}`;
        aangemaakt.push({ leden, id, tenantId: String((body.tenantId as string | undefined) ?? '') });
        noteer(201);
        antwoord(res, 201, { id });
        return;
      }
      if (match && (req.method === 'POST' || req.method === 'PUT')) {
        ontvangen.push({ methode: req.method, gesprek, activiteit: body, tijd: nu });
        noteer(200);
        antwoord(res, 200, { id: `activiteit-${++volgnummer}` });
        return;
      }
      noteer(404);
      antwoord(res, 404, { error: { code: 'NotFound', message: pad } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    ontvangen,
    verzoeken,
    aangemaakt,
    overschrijdingen: () => overschrijdingen,
    storing: (gesprek, ...antwoorden) => storingen.set(gesprek, [...(storingen.get(gesprek) ?? []), ...antwoorden]),
    blokkeer: (gesprek, status, code) => blokkades.set(gesprek, { status, code }),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
