import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface VerzondenActiviteit {
  readonly methode: string;
  readonly pad: string;
  readonly gesprek: string;
  readonly activiteit: Record<string, unknown>;
}

/** An answer ordered by a test instead of Teams' normal 200 (Retry-After in seconds for 429). */
export interface Storing {
  readonly status: number;
  readonly retryAfter?: string;
}

export interface NepTeams {
  readonly serviceUrl: string;
  /** Accepted activities only (2xx), in arrival order: what people actually got. */
  readonly verzonden: VerzondenActiviteit[];
  /** From now on Teams refuses to open a 1:1 chat with this member (AAD object id), as for a blocked bot. */
  weigerNieuwGesprek(aadObjectId: string): void;
  /** Every send or update request to a conversation with the status it got, refused ones included. */
  readonly verzoeken: Array<{ readonly gesprek: string; readonly status: number }>;
  /** The next sends/updates to this conversation get these answers, in order; then normal service resumes. */
  storing(gesprek: string, ...antwoorden: Storing[]): void;
  /**
   * Sees every send/update first: 'vasthouden' never answers it (the sender hangs, as when the bot dies mid-send);
   * 'na_antwoord' answers 200 and then calls `geantwoord` (the moment Teams has accepted it). Undefined = normal.
   */
  onderschep(keuze: ((verzoek: { readonly methode: string; readonly gesprek: string }) => 'door' | 'vasthouden' | 'na_antwoord') | undefined, geantwoord?: () => void): void;
  /** Resolves when `aantal` activities have arrived since the fake started (or since `vanaf`). */
  wachtOp(aantal: number, vanaf?: number): Promise<VerzondenActiviteit[]>;
  stop(): Promise<void>;
}

/**
 * A stand-in for the Teams connector (the serviceUrl the bot answers to): it records every activity the bot
 * sends or updates and answers like Teams does, so tests see exactly what a user would see.
 */
export interface NepLid {
  readonly id: string;
  readonly aadObjectId: string;
  readonly naam: string;
  /** A guest or shared-channel member from another organisation keeps their home tenant. */
  readonly tenantId?: string;
}

export async function startNepTeams(leden: readonly NepLid[] = []): Promise<NepTeams> {
  const verzonden: VerzondenActiviteit[] = [];
  const verzoeken: NepTeams['verzoeken'] = [];
  const storingen = new Map<string, Storing[]>();
  let onderschepper: Parameters<NepTeams['onderschep']>[0];
  let geantwoord: (() => void) | undefined;
  const wachtenden: Array<() => void> = [];
  let volgnummer = 0;
  const geweigerd = new Set<string>();

  const server = http.createServer((req, res) => {
    const delen: Buffer[] = [];
    req.on('data', (deel: Buffer) => delen.push(deel));
    req.on('end', () => {
      const pad = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      const tekst = Buffer.concat(delen).toString('utf8');
      const body = tekst ? (JSON.parse(tekst) as Record<string, unknown>) : {};
      const gesprek = /\/v3\/conversations\/([^/]+)/.exec(pad)?.[1] ?? '';
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST' && pad === '/v3/conversations') {
        const lid = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? 'x';
        if (geweigerd.has(lid)) {
          res.statusCode = 403;
          res.end(JSON.stringify({ error: { code: 'ConversationBlockedByUser', message: 'User blocked the conversation with the bot.' } }));
          return;
        }
        verzonden.push({ methode: 'NIEUW_GESPREK', pad, gesprek: `a:nieuw-${lid}`, activiteit: body });
        res.end(JSON.stringify({ id: `a:nieuw-${lid}` }));
        return;
      }
      const gevraagdLid = /\/members\/([^/]+)$/.exec(pad)?.[1];
      if (req.method === 'GET' && gevraagdLid) {
        const lid = leden.find((l) => l.id === gevraagdLid || l.aadObjectId === gevraagdLid);
        res.statusCode = lid ? 200 : 404;
        res.end(JSON.stringify(lid ? { id: lid.id, aadObjectId: lid.aadObjectId, name: lid.naam, ...(lid.tenantId ? { tenantId: lid.tenantId } : {}) } : { error: { code: 'MemberNotFoundInConversation' } }));
        return;
      }
      if (req.method === 'POST' || req.method === 'PUT') {
        const keuze = onderschepper?.({ methode: req.method, gesprek }) ?? 'door';
        if (keuze === 'vasthouden') return;
        const besteld = storingen.get(gesprek)?.shift();
        verzoeken.push({ gesprek, status: besteld?.status ?? 200 });
        if (besteld) {
          res.statusCode = besteld.status;
          if (besteld.retryAfter !== undefined) res.setHeader('retry-after', besteld.retryAfter);
          res.end(JSON.stringify({ error: { code: besteld.status === 429 ? 'Throttled' : 'ServiceError', message: 'besteld door de test' } }));
          return;
        }
        verzonden.push({ methode: req.method, pad, gesprek, activiteit: body });
        wachtenden.splice(0).forEach((wek) => wek());
        res.end(JSON.stringify({ id: `activiteit-${++volgnummer}` }));
        if (keuze === 'na_antwoord') geantwoord?.();
        return;
      }
      res.statusCode = 404;
      res.end(JSON.stringify({ error: { code: 'NotFound', message: pad } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    verzonden,
    weigerNieuwGesprek: (aadObjectId) => geweigerd.add(aadObjectId),
    verzoeken,
    onderschep: (keuze, na) => {
      onderschepper = keuze;
      geantwoord = na;
    },
    storing: (gesprek, ...antwoorden) => storingen.set(gesprek, [...(storingen.get(gesprek) ?? []), ...antwoorden]),
    async wachtOp(aantal, vanaf = 0) {
      const deadline = Date.now() + 10_000;
      while (verzonden.length - vanaf < aantal) {
        if (Date.now() > deadline) throw new Error(`Nep-Teams: ${verzonden.length - vanaf} van ${aantal} activiteiten ontvangen`);
        await new Promise<void>((resolve) => {
          wachtenden.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return verzonden.slice(vanaf);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        // Requests held for a crash test may still be open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
