import { z } from 'zod';

/** The messages between the benchmark (parent) and the bot process it forks (IPC), checked on arrival. */
/** The environment every app instance of the benchmark starts with: in memory, loopback, the planner off. */
export const BENCH_OMGEVING: Readonly<Record<string, string>> = {
  NODE_ENV: 'test',
  PORT: '0',
  HOST: '127.0.0.1',
  LOCAL_DATA_DIR: ':memory:',
  LOG_LEVEL: 'error',
  SWEEP_INTERVAL_SECONDEN: '0',
};

export const actieSleutel = z.object({ hulpvraagId: z.string(), schakelteamId: z.string(), versie: z.number(), kanaal: z.string() });
export type ActieSleutel = z.infer<typeof actieSleutel>;

const geheugen = z.object({ rss: z.number(), heapUsed: z.number() });
export type Geheugen = z.infer<typeof geheugen>;

const sweepMeting = z.object({
  zaken: z.number(),
  verschuldigd: z.number(),
  seedSeconden: z.number(),
  sweepMs: z.number(),
  /** Until the first query for due reminders: finding due cases and planning their reminders. */
  planMs: z.number(),
  /** Server time of the range query for due cases (the local server scans the container for it). */
  zoekMs: z.number(),
  rondes: z.number(),
  ru: z.number(),
  perSoort: z.record(z.string(), z.number()),
  queries: z.array(z.object({ query: z.string(), container: z.string(), partitie: z.boolean(), aantal: z.number() })),
  verslag: z.object({ hulpvragen: z.number(), aangemaakt: z.number(), verzonden: z.number(), mislukt: z.number(), fouten: z.number() }),
  maxPerSweep: z.number(),
  /** RSS of the bot process after filling up to this size (after gc). */
  rss: z.number(),
  /** Set when this size could not be measured (the rest of the fields are then zero). */
  fout: z.string().optional(),
});
export type SweepMeting = z.infer<typeof sweepMeting>;

const opslagMeting = z.object({
  zaken: z.number(),
  vulSeconden: z.number(),
  /** Median of sequential upserts of one case document: with the write-ahead log (fsync) and memory-only. */
  schrijfMsDuurzaam: z.number(),
  schrijfMsGeheugen: z.number(),
  logBytesPerSchrijf: z.number(),
  compactieMs: z.number(),
  snapshotBytes: z.number(),
  herstelMs: z.number(),
  rss: z.number(),
});
export type OpslagMeting = z.infer<typeof opslagMeting>;

export const naarOuder = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('klaar'), echoUrl: z.string(), appUrl: z.string(), vloerUrl: z.string(), besluiten: z.array(actieSleutel), vloer: z.array(actieSleutel), geseed: z.number() }),
  z.object({
    soort: z.literal('sweep'),
    metingen: z.array(sweepMeting),
    geheugen: z.object({ leeg: geheugen, naSeed: geheugen.optional(), naSweep: geheugen.optional(), naSweepGc: geheugen.optional() }),
    /** The largest size that was measured: naSeed/naSweep belong to it. */
    geheugenZaken: z.number(),
  }),
  z.object({ soort: z.literal('opslag'), metingen: z.array(opslagMeting) }),
  z.object({ soort: z.literal('fout'), bericht: z.string() }),
]);
export type NaarOuder = z.infer<typeof naarOuder>;

export const naarKind = z.object({ soort: z.literal('stop') });
