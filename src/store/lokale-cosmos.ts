import { createHttpServer } from '@vercel/cosmosdb-server';
import { CosmosClient, Database } from '@azure/cosmos';
import { AddressInfo } from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Logger } from '../log';
import { ALL_CONTAINERS } from './containers';
import { cosmosClient, openDatabase } from './cosmos';

const SYSTEEMVELDEN = ['_rid', '_self', '_etag', '_attachments', '_ts'] as const;

const snapshotSchema = z.object({
  versie: z.literal(1),
  containers: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export interface LokaleCosmos {
  readonly endpoint: string;
  readonly client: CosmosClient;
  readonly database: Database;
  /** Writes the snapshot now (also called on shutdown). */
  bewaar(): Promise<void>;
  stop(): Promise<void>;
}

export interface LokaleCosmosOpties {
  readonly database: string;
  /** Folder for the snapshot; absent means memory only (tests, benchmarks). */
  readonly dataMap?: string;
  readonly log: Logger;
  /** How long to wait after a write before snapshotting, so a burst of writes costs one snapshot. */
  readonly bewaarVertragingMs?: number;
  /** 0 or absent: a free port chosen by the OS. */
  readonly poort?: number;
}

function isSchrijfverzoek(method: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  return headers['x-ms-documentdb-isquery'] === undefined;
}

/**
 * Starts `@vercel/cosmosdb-server` in this process on a free loopback port and talks to it with the real SDK.
 * That server keeps data in memory only, so every successful write schedules a snapshot of all documents to
 * `<dataMap>/cosmos.json` (written to a temp file, then renamed, so a crash never leaves half a file); start-up
 * restores it.
 */
export async function startLokaleCosmos(opties: LokaleCosmosOpties): Promise<LokaleCosmos> {
  const server = createHttpServer();
  let wachtendeSnapshot: NodeJS.Timeout | undefined;
  let lopendeSnapshot: Promise<void> = Promise.resolve();
  let vuil = false;
  let stoppend = false;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opties.poort ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = cosmosClient({ endpoint }, true);
  const database = await openDatabase(client, { endpoint, database: opties.database, aanmaken: true });
  const bestand = opties.dataMap ? path.join(opties.dataMap, 'cosmos.json') : undefined;

  if (bestand) await herstel(database, bestand, opties.log);

  const schrijfSnapshot = async (): Promise<void> => {
    if (!bestand || !vuil) return;
    vuil = false;
    const inhoud: Record<string, Record<string, unknown>[]> = {};
    const { resources } = await database.containers.readAll().fetchAll();
    for (const container of resources) {
      const { resources: items } = await database.container(container.id).items.readAll().fetchAll();
      inhoud[container.id] = items.map((item) => {
        const kopie: Record<string, unknown> = { ...item };
        for (const veld of SYSTEEMVELDEN) delete kopie[veld];
        return kopie;
      });
    }
    await fs.mkdir(path.dirname(bestand), { recursive: true });
    const tijdelijk = `${bestand}.${process.pid}.tmp`;
    await fs.writeFile(tijdelijk, JSON.stringify({ versie: 1, containers: inhoud }));
    await fs.rename(tijdelijk, bestand);
  };

  const bewaar = (): Promise<void> => {
    if (wachtendeSnapshot) clearTimeout(wachtendeSnapshot);
    wachtendeSnapshot = undefined;
    lopendeSnapshot = lopendeSnapshot.then(schrijfSnapshot).catch((error: unknown) => {
      vuil = true;
      opties.log.error('lokale opslag: snapshot mislukt', { fout: error instanceof Error ? error.message : 'onbekend' });
    });
    return lopendeSnapshot;
  };

  if (bestand) {
    server.prependListener('request', (req, res) => {
      if (!isSchrijfverzoek(req.method, req.headers)) return;
      res.once('finish', () => {
        if (res.statusCode >= 400) return;
        vuil = true;
        if (!wachtendeSnapshot && !stoppend) wachtendeSnapshot = setTimeout(() => void bewaar(), opties.bewaarVertragingMs ?? 250);
      });
    });
  }

  return {
    endpoint,
    client,
    database,
    bewaar,
    async stop() {
      // The final snapshot below covers every write so far; no timer may start one after the server is gone.
      stoppend = true;
      await bewaar();
      client.dispose();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function herstel(database: Database, bestand: string, log: Logger): Promise<void> {
  let tekst: string;
  try {
    tekst = await fs.readFile(bestand, 'utf8');
  } catch {
    return;
  }
  const snapshot = snapshotSchema.parse(JSON.parse(tekst));
  let aantal = 0;
  const bekend = new Set(ALL_CONTAINERS.map((spec) => spec.name));
  for (const [containerId, items] of Object.entries(snapshot.containers)) {
    if (!bekend.has(containerId)) {
      log.warn('lokale opslag: onbekende container overgeslagen', { container: containerId });
      continue;
    }
    const container = database.container(containerId);
    for (const item of items) {
      await container.items.upsert(item);
      aantal++;
    }
  }
  log.info('lokale opslag hersteld', { documenten: aantal });
}
