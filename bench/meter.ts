import diagnosticsChannel from 'node:diagnostics_channel';
import { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * Counts the Cosmos round trips of this process. The local Cosmos API server runs in the same process as the bot
 * (startApp with LOCAL_DATA_DIR=':memory:'), so every request the SDK sends arrives at an http.Server here: Node's
 * built-in diagnostics channel `http.server.request.start` shows each one (method, path, headers, body) without
 * touching src/. A request is a Cosmos request when it carries `x-ms-version`; everything else (the bot's own HTTP,
 * the fake connector) is ignored.
 */
export type Soort =
  | 'lees'
  | 'vervang-voorwaardelijk'
  | 'vervang'
  | 'maak'
  | 'upsert'
  | 'patch'
  | 'verwijder'
  | 'query'
  | 'queryplan'
  | 'pkranges'
  | 'metadata';

export interface Verzoek {
  readonly soort: Soort;
  readonly container: string;
  readonly status: number;
  readonly ru: number;
  /** performance.now() when the request arrived, and how long until its answer was sent. */
  readonly t: number;
  readonly duurMs: number;
  /** Queries only: the text, and whether it named a partition key. */
  readonly query?: string;
  readonly partitie?: boolean;
}

interface ServerStart {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
}

function kop(req: IncomingMessage, naam: string): string | undefined {
  const waarde = req.headers[naam];
  return Array.isArray(waarde) ? waarde[0] : waarde;
}

function waar(waarde: string | undefined): boolean {
  return waarde !== undefined && waarde.toLowerCase() === 'true';
}

function soortVan(req: IncomingMessage, pad: string): Soort {
  const methode = req.method ?? '';
  if (/\/pkranges$/.test(pad)) return 'pkranges';
  const isDoc = /\/docs(\/[^/]+)?$/.test(pad);
  if (!isDoc) return 'metadata';
  const opDocument = /\/docs\/[^/]+$/.test(pad);
  if (methode === 'POST' && waar(kop(req, 'x-ms-cosmos-is-query-plan-request'))) return 'queryplan';
  if (methode === 'POST' && waar(kop(req, 'x-ms-documentdb-isquery'))) return 'query';
  if (methode === 'POST' && !opDocument) return waar(kop(req, 'x-ms-documentdb-is-upsert')) ? 'upsert' : 'maak';
  if (methode === 'GET' && opDocument) return 'lees';
  if (methode === 'PUT' && opDocument) return kop(req, 'if-match') ? 'vervang-voorwaardelijk' : 'vervang';
  if (methode === 'PATCH') return 'patch';
  if (methode === 'DELETE') return 'verwijder';
  return 'metadata';
}

function leesQuery(tekst: string): string | undefined {
  try {
    const body = JSON.parse(tekst) as { query?: unknown };
    return typeof body.query === 'string' ? body.query : undefined;
  } catch {
    return undefined;
  }
}

export class CosmosMeter {
  private verzoeken: Verzoek[] = [];
  private readonly luisteraar = (bericht: unknown): void => this.bijStart(bericht as ServerStart);
  private actief = false;

  start(): this {
    if (!this.actief) diagnosticsChannel.subscribe('http.server.request.start', this.luisteraar);
    this.actief = true;
    return this;
  }

  stop(): void {
    if (this.actief) diagnosticsChannel.unsubscribe('http.server.request.start', this.luisteraar);
    this.actief = false;
  }

  /** Everything counted since the last `neem()`, and start a new window. */
  neem(): Verzoek[] {
    const alles = this.verzoeken;
    this.verzoeken = [];
    return alles;
  }

  private bijStart({ request: req, response: res }: ServerStart): void {
    if (kop(req, 'x-ms-version') === undefined) return;
    const pad = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const soort = soortVan(req, pad);
    const container = /\/colls\/([^/]+)/.exec(pad)?.[1] ?? '';
    const delen: Buffer[] = [];
    if (soort === 'query' || soort === 'queryplan') {
      // Tee the body without changing how the server reads it: wrap this request's own emit.
      const emit = req.emit.bind(req) as (naam: string | symbol, ...args: unknown[]) => boolean;
      (req as { emit: (naam: string | symbol, ...args: unknown[]) => boolean }).emit = (naam, ...args) => {
        if (naam === 'data' && Buffer.isBuffer(args[0])) delen.push(args[0]);
        return emit(naam, ...args);
      };
    }
    const partitie = kop(req, 'x-ms-documentdb-partitionkey') !== undefined;
    const t = performance.now();
    res.once('finish', () => {
      const lading = Number(res.getHeader('x-ms-request-charge') ?? 0);
      const query = delen.length > 0 ? leesQuery(Buffer.concat(delen).toString('utf8')) : undefined;
      this.verzoeken.push({
        soort,
        container,
        status: res.statusCode,
        ru: Number.isFinite(lading) ? lading : 0,
        t,
        duurMs: performance.now() - t,
        ...(soort === 'query' || soort === 'queryplan' ? { query, partitie } : {}),
      });
    });
  }
}

export interface Samenvatting {
  readonly rondes: number;
  readonly ru: number;
  readonly perSoort: Readonly<Partial<Record<Soort, number>>>;
  readonly perContainerSoort: Readonly<Record<string, number>>;
  /** Distinct queries (the data request, not the query-plan request) with how often and whether partitioned. */
  readonly queries: ReadonlyArray<{ readonly query: string; readonly container: string; readonly partitie: boolean; readonly aantal: number }>;
}

export function vat(verzoeken: readonly Verzoek[]): Samenvatting {
  const perSoort: Partial<Record<Soort, number>> = {};
  const perContainerSoort: Record<string, number> = {};
  const queries = new Map<string, { query: string; container: string; partitie: boolean; aantal: number }>();
  let ru = 0;
  for (const v of verzoeken) {
    perSoort[v.soort] = (perSoort[v.soort] ?? 0) + 1;
    const sleutel = `${v.container}:${v.soort}`;
    perContainerSoort[sleutel] = (perContainerSoort[sleutel] ?? 0) + 1;
    ru += v.ru;
    if (v.soort === 'query') {
      const q = v.query ?? '(onleesbaar)';
      const k = `${v.container}|${v.partitie ? 'pk' : 'x'}|${q}`;
      const bestaand = queries.get(k);
      if (bestaand) bestaand.aantal++;
      else queries.set(k, { query: q, container: v.container, partitie: v.partitie === true, aantal: 1 });
    }
  }
  return { rondes: verzoeken.length, ru, perSoort, perContainerSoort, queries: [...queries.values()] };
}
