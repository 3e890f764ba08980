import Account from '@vercel/cosmosdb-server/lib/account';
import routes from '@vercel/cosmosdb-server/lib/routes';
import { CosmosClient, Database } from '@azure/cosmos';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http, { IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { Logger } from '../log';
import { ALL_CONTAINERS } from './containers';
import { cosmosClient, openDatabase } from './cosmos';
import { Gezondheid } from '../app/ports';
import { Journaal, Record } from './lokaal-journaal';
import { queriesZijnLineair } from './lokale-query';

export interface LokaleCosmos {
  readonly endpoint: string;
  readonly client: CosmosClient;
  readonly database: Database;
  /** `degraded` with a reason when a write or a compaction failed, or the query patch is missing. */
  gezondheid(): Gezondheid;
  /** The write-ahead log, when the data is kept on disk (the benchmark measures it). */
  readonly journaal?: Journaal;
  stop(): Promise<void>;
}

export interface LokaleCosmosOpties {
  readonly database: string;
  /** Folder for the log and snapshots; absent means memory only (tests, benchmarks). */
  readonly dataMap?: string;
  readonly log: Logger;
  /** 0 or absent: a free port chosen by the OS. */
  readonly poort?: number;
  /** Compact once the log is this large (tests use a small value to compact often). */
  readonly compactieVanafBytes?: number;
}

/** The shapes of @vercel/cosmosdb-server's in-memory collections that the log hooks into (version 1.0.1). */
type Document = { readonly id: string; readonly _rid: string } & Readonly<{ [veld: string]: unknown }>;
interface Items {
  _data: Map<string, { read(): Document }>;
  _ridCount: number;
  _set(data: Document): Document;
  delete(idOrRid: string, partition: unknown): void;
}
interface CollectieItem {
  read(): Document;
  documents: Items;
}
interface DatabaseItem {
  read(): Document;
  collections: Items;
}

/**
 * The SDK asks for a query plan before every query; the server only needs one for queries it cannot run itself, and
 * this server runs all of them. This plan is what such a query looks like to the SDK ("nothing to do client-side"),
 * answered without running the query (the server's router would otherwise execute it as a normal query).
 */
const QUERYPLAN = {
  partitionedQueryExecutionInfoVersion: 2,
  queryInfo: {
    distinctType: 'None',
    top: null,
    offset: null,
    limit: null,
    orderBy: [],
    orderByExpressions: [],
    groupByExpressions: [],
    groupByAliases: [],
    aggregates: [],
    groupByAliasToAggregateType: {},
    rewrittenQuery: '',
    hasSelectValue: false,
    hasNonStreamingOrderBy: false,
  },
  queryRanges: [{ min: '', max: 'FF', isMinInclusive: true, isMaxInclusive: false }],
};

const oudSnapshotSchema = z.object({ versie: z.literal(1), containers: z.record(z.string(), z.array(z.object({ id: z.string() }).passthrough())) });

function kop(req: IncomingMessage, naam: string): string | undefined {
  const waarde = req.headers[naam];
  return Array.isArray(waarde) ? waarde[0] : waarde;
}

function isWaar(req: IncomingMessage, naam: string): boolean {
  return kop(req, naam)?.toLowerCase() === 'true';
}

function isWijziging(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return false;
  return !isWaar(req, 'x-ms-documentdb-isquery') && kop(req, 'content-type') !== 'application/query+json';
}

function antwoord(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-ms-request-charge', '1');
  res.setHeader('x-ms-activity-id', randomUUID());
  res.end(JSON.stringify(body));
}

/**
 * Runs `@vercel/cosmosdb-server` (its in-memory account and request routes) in this process on a loopback port,
 * with our own request loop around it, and talks to it with the real SDK. With a data folder every change is in
 * the write-ahead log (lokaal-journaal.ts) before its response leaves: a confirmed write survives a crash.
 * Connections stay open (keep-alive) and query-plan requests are answered without running the query.
 */
export async function startLokaleCosmos(opties: LokaleCosmosOpties): Promise<LokaleCosmos> {
  const { log } = opties;
  const lineair = queriesZijnLineair();
  if (!lineair) log.error('lokale opslag: de patch op @zeit/cosmosdb-query ontbreekt (queries zijn kwadratisch); draai npm ci');
  // Set once restore is done; until then requests are answered 503 (the port is open before, it names the account).
  const gereed: { account?: Account } = {};
  let journaal: Journaal | undefined;
  let herstellend = false;
  const route = routes;

  const noteer = (record: Record) => {
    if (!herstellend) journaal?.noteer(record);
  };
  const volg = (items: Items, adres: readonly string[]): void => {
    const zet = items._set.bind(items);
    const verwijder = items.delete.bind(items);
    items._set = (data) => {
      const resultaat = zet(data);
      noteer({ a: adres, n: items._ridCount, v: resultaat });
      // A new database or container brings its own child collection: follow it too.
      const kind = items._data.get(resultaat._rid) as Partial<DatabaseItem & CollectieItem> | undefined;
      if (adres.length === 0 && kind?.collections) volg(kind.collections, [resultaat.id]);
      if (adres.length === 1 && kind?.documents) volg(kind.documents, [...adres, resultaat.id]);
      return resultaat;
    };
    items.delete = (id, partition) => {
      verwijder(id, partition);
      noteer({ a: adres, weg: id, p: partition });
    };
  };

  const server = http.createServer({ keepAlive: true }, (req, res) => {
    void behandel(req, res);
  });
  // The SDK keeps its sockets open; close idle ones well after its own reuse window.
  server.keepAliveTimeout = 60_000;

  async function behandel(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const { account } = gereed;
      if (!account) return antwoord(res, 503, { code: 'ServiceUnavailable', message: 'lokale opslag start nog' });
      if (req.method === 'POST' && isWaar(req, 'x-ms-cosmos-is-query-plan-request')) {
        req.resume();
        return antwoord(res, 200, QUERYPLAN);
      }
      if (journaal && !journaal.kanSchrijven && isWijziging(req)) {
        req.resume();
        return antwoord(res, 503, { code: 'ServiceUnavailable', message: 'lokale opslag kan niet naar schijf schrijven' });
      }
      const gevonden = route(req) as [Readonly<{ [naam: string]: string }>, (a: Account, q: IncomingMessage, s: ServerResponse, p: unknown) => unknown] | undefined;
      if (!gevonden) return antwoord(res, 400, { message: 'no route' });
      const [params, handler] = gevonden;
      const body = ((await handler(account, req, res, params)) ?? {}) as { [veld: string]: unknown };
      // Nothing this response shows (its own change, or another one it read) may be lost by a crash after it left.
      await journaal?.duurzaam();
      if (res.statusCode > 399 && body.message === undefined) body.message = '';
      if (typeof body._etag === 'string') res.setHeader('etag', body._etag);
      antwoord(res, res.statusCode, body);
    } catch (error) {
      const schijf = journaal !== undefined && !journaal.kanSchrijven;
      log.error('lokale opslag: verzoek mislukt', { fout: error instanceof Error ? error.message : 'onbekend', schijf });
      if (!res.headersSent) antwoord(res, schijf ? 503 : 500, { message: schijf ? 'lokale opslag kan niet naar schijf schrijven' : 'interne fout' });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opties.poort ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const nieuwAccount = new Account('127.0.0.1', port);
  volg(nieuwAccount.databases as unknown as Items, []);

  if (opties.dataMap) {
    const databases = nieuwAccount.databases as unknown as Items;
    const itemsVan = (adres: readonly string[]): Items | undefined => {
      if (adres.length === 0) return databases;
      // database()/collection() answer an empty item (read() undefined) for an unknown id.
      const db = nieuwAccount.database(adres[0] ?? '');
      if (!db.read()) return undefined;
      if (adres.length === 1) return db.collections as unknown as Items;
      const collectie = db.collection(adres[1] ?? '');
      return collectie.read() ? (collectie.documents as unknown as Items) : undefined;
    };
    herstellend = true;
    const herstel = hersteller(itemsVan);
    try {
      const geopend = await Journaal.open({
        map: opties.dataMap,
        log,
        compactieVanafBytes: opties.compactieVanafBytes,
        herstel,
        vang: () => vang(databases),
      });
      journaal = geopend.journaal;
      log.info('lokale opslag hersteld', { records: geopend.records });
    } finally {
      herstellend = false;
    }
  }
  gereed.account = nieuwAccount;

  const client = cosmosClient({ endpoint }, true);
  const database = await openDatabase(client, { endpoint, database: opties.database, aanmaken: true });
  if (opties.dataMap && journaal) await neemOudeSnapshotOver(opties.dataMap, database, log);

  return {
    endpoint,
    client,
    database,
    journaal,
    gezondheid: () => (!lineair ? { status: 'degraded', reden: 'queries kwadratisch: patch op @zeit/cosmosdb-query ontbreekt' } : (journaal?.gezondheid() ?? { status: 'ok' })),
    async stop() {
      client.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await journaal?.sluit();
    },
  };
}

const adresSchema = z.array(z.string());

/**
 * Restore: applies records, looking each place up (and checking it) once instead of once per record. A database or
 * container record may replace or remove a place, so the remembered places are forgotten after one.
 */
function hersteller(itemsVan: (adres: readonly string[]) => Items | undefined): (record: Record) => void {
  const bekend = new Map<string, Items>();
  const plaats = (adres: readonly string[]): Items => {
    const sleutel = adres.join('\u0000');
    const gevonden = bekend.get(sleutel);
    if (gevonden) return gevonden;
    const items = itemsVan(adres);
    if (!items) throw new Error(`journaal: record voor onbekende plek ${adres.join('/')}`);
    bekend.set(sleutel, items);
    return items;
  };
  return (record) => {
    const adres = Array.isArray(record.a) && record.a.every((deel) => typeof deel === 'string') ? (record.a as string[]) : adresSchema.parse(record.a);
    const items = plaats(adres);
    if (adres.length < 2) bekend.clear();
    if (record.weg !== undefined) {
      // Replay is idempotent: the snapshot may already reflect this removal.
      try {
        items.delete(String(record.weg), record.p);
      } catch {
        return;
      }
      return;
    }
    const document = record.v as Document;
    items._ridCount = Math.max(items._ridCount, Number(record.n) || 0);
    // Databases and containers are never replaced here; setting one again would start it empty.
    if (adres.length < 2 && items._data.has(document._rid)) return;
    items._set(document);
  };
}

/** Every database, container and document as records; the objects are not copied (a change replaces them). */
function vang(databases: Items): Record[] {
  const records: Record[] = [];
  for (const dbItem of databases._data.values()) {
    const db = dbItem as unknown as DatabaseItem;
    const dbDoc = db.read();
    records.push({ a: [], n: databases._ridCount, v: dbDoc });
    for (const collectieItem of db.collections._data.values()) {
      const collectie = collectieItem as unknown as CollectieItem;
      const collectieDoc = collectie.read();
      records.push({ a: [dbDoc.id], n: db.collections._ridCount, v: collectieDoc });
      const adres = [dbDoc.id, collectieDoc.id];
      const { documents } = collectie;
      for (const doc of documents._data.values()) records.push({ a: adres, n: documents._ridCount, v: doc.read() });
    }
  }
  return records;
}

/** Data from before the write-ahead log (`cosmos.json`, one snapshot) is taken over once, then removed. */
async function neemOudeSnapshotOver(dataMap: string, database: Database, log: Logger): Promise<void> {
  const bestand = path.join(dataMap, 'cosmos.json');
  let tekst: string;
  try {
    tekst = await fs.readFile(bestand, 'utf8');
  } catch {
    return;
  }
  const oud = oudSnapshotSchema.parse(JSON.parse(tekst));
  const bekend = new Set(ALL_CONTAINERS.map((spec) => spec.name));
  let aantal = 0;
  for (const [containerId, items] of Object.entries(oud.containers)) {
    if (!bekend.has(containerId)) continue;
    for (const item of items) {
      await database.container(containerId).items.upsert(item);
      aantal++;
    }
  }
  await fs.rm(bestand);
  log.info('lokale opslag: oude snapshot overgenomen', { documenten: aantal });
}
