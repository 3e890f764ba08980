import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface VerzondenActiviteit {
  readonly methode: string;
  readonly pad: string;
  readonly gesprek: string;
  readonly activiteit: Record<string, unknown>;
}

export interface NepTeams {
  readonly serviceUrl: string;
  readonly verzonden: VerzondenActiviteit[];
  /** From now on Teams refuses to open a 1:1 chat with this member (AAD object id), as for a blocked bot. */
  weigerNieuwGesprek(aadObjectId: string): void;
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
        verzonden.push({ methode: req.method, pad, gesprek, activiteit: body });
        wachtenden.splice(0).forEach((wek) => wek());
        res.end(JSON.stringify({ id: `activiteit-${++volgnummer}` }));
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
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
