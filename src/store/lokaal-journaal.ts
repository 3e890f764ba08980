import { constants, promises as fs } from 'node:fs';
import { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { createReadStream } from 'node:fs';
import { Gezondheid } from '../app/ports';
import { Logger } from '../log';

/**
 * The embedded store's write-ahead log. Every change is one JSON line, appended to `cosmos-<g>.log` and fsynced
 * before the caller hears "done" (writers waiting at the same time share one fsync). Compaction starts the next log
 * generation and writes the whole state as `cosmos-<g>.snapshot` (temp file, fsync, rename), then deletes older
 * files; restore reads the newest snapshot and replays the logs from its generation on.
 *
 * Replay must be idempotent: a record written just after a generation switch may already be in that generation's
 * snapshot (its change happened before the state was captured), so records are "set this document" / "remove this
 * document", never increments.
 */
export type Record = Readonly<{ [sleutel: string]: unknown }>;

export interface JournaalOpties {
  readonly map: string;
  readonly log: Logger;
  /** Applies one record to the in-memory state (restore). */
  herstel(record: Record): void;
  /** The whole current state as records, captured synchronously (compaction serialises it afterwards). */
  vang(): Record[];
  /** Compact when the log holds more than this many bytes and more than half the last snapshot. */
  compactieVanafBytes?: number;
}

const MODUS = 0o600;
const SNAPSHOT_KOP = 'schoolondersteuning-cosmos-snapshot';
const SNAPSHOT_VERSIE = 2;
const BATCH_REGELS = 2_000;
const HERPROBEER_MS = 1_000;
const LEESBLOK_BYTES = 4 * 1024 * 1024;

const logNaam = (g: number) => `cosmos-${g}.log`;
const snapshotNaam = (g: number) => `cosmos-${g}.snapshot`;

async function fsyncMap(map: string): Promise<void> {
  const handle = await fs.open(map, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The non-empty lines of a file, a chunk at a time: restore reads snapshots of hundreds of megabytes, and one
 * callback per line (readline) costs more than parsing them.
 */
export async function* regelblokken(bestand: string, blokBytes = LEESBLOK_BYTES): AsyncGenerator<string[]> {
  let rest: Buffer | undefined;
  for await (const deel of createReadStream(bestand, { highWaterMark: blokBytes })) {
    const blok = deel as Buffer;
    const regels: string[] = [];
    let begin = 0;
    // Cut at newline bytes: a multi-byte character never contains one, so no character is split.
    for (let einde = blok.indexOf(0x0a); einde >= 0; einde = blok.indexOf(0x0a, begin)) {
      const regel = rest ? Buffer.concat([rest, blok.subarray(begin, einde)]).toString('utf8') : blok.toString('utf8', begin, einde);
      rest = undefined;
      if (regel.length > 0) regels.push(regel);
      begin = einde + 1;
    }
    if (begin < blok.length) rest = rest ? Buffer.concat([rest, blok.subarray(begin)]) : blok.subarray(begin);
    yield regels;
  }
  if (rest && rest.length > 0) yield [rest.toString('utf8')];
}

interface Generaties {
  readonly snapshot?: number;
  readonly logs: number[];
}

async function generaties(map: string): Promise<Generaties> {
  const namen = await fs.readdir(map);
  const nummers = (patroon: RegExp) =>
    namen
      .map((naam) => patroon.exec(naam)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  const snapshots = nummers(/^cosmos-(\d+)\.snapshot$/);
  return { snapshot: snapshots[snapshots.length - 1], logs: nummers(/^cosmos-(\d+)\.log$/) };
}

export class Journaal {
  private wachtrij: string[] = [];
  private genoteerd = 0;
  private geschreven = 0;
  private wachtenden: { doel: number; klaar: () => void; fout: (e: Error) => void }[] = [];
  /** Batches and generation switches run one after another through this chain; never two on the log at once. */
  private rij: Promise<void> = Promise.resolve();
  private batchGepland = false;
  private compactie: Promise<void> | undefined;
  private logGrootte = 0;
  private snapshotGrootte = 0;
  private schrijfFout: Error | undefined;
  private compactieFout: Error | undefined;
  private herprobeer: NodeJS.Timeout | undefined;
  private gesloten = false;

  private constructor(
    private readonly opties: JournaalOpties,
    private generatie: number,
    private handle: FileHandle,
  ) {}

  /**
   * Restores the state from the folder (through `herstel`), opens a fresh log generation and, when logs added to the
   * snapshot, compacts in the background.
   */
  static async open(opties: JournaalOpties): Promise<{ journaal: Journaal; records: number }> {
    await fs.mkdir(opties.map, { recursive: true, mode: 0o700 });
    const { snapshot, logs } = await generaties(opties.map);
    let records = 0;
    if (snapshot !== undefined) records += await leesSnapshot(path.join(opties.map, snapshotNaam(snapshot)), opties.herstel);
    const teLezen = logs.filter((g) => snapshot === undefined || g >= snapshot);
    let uitLogs = 0;
    for (const [i, g] of teLezen.entries()) {
      uitLogs += await leesLog(path.join(opties.map, logNaam(g)), opties, i === teLezen.length - 1);
    }
    records += uitLogs;
    const volgende = Math.max(snapshot ?? 0, ...logs) + 1;
    const handle = await openNieuwLog(opties.map, volgende);
    const journaal = new Journaal(opties, volgende, handle);
    if (uitLogs === 0) {
      // The newest snapshot already holds everything: rewriting it (seconds at 100k documents) would gain nothing.
      // The logs read held no record, so removing them loses nothing.
      journaal.snapshotGrootte = snapshot === undefined ? 0 : (await fs.stat(path.join(opties.map, snapshotNaam(snapshot)))).size;
      await ruimOp(opties.map, snapshot ?? volgende, teLezen.map(logNaam));
      return { journaal, records };
    }
    // Everything restored is now only in older files: write it as this generation's snapshot right away.
    journaal.compactie = journaal.compacteerNaar(volgende, opties.vang()).finally(() => {
      journaal.compactie = undefined;
    });
    return { journaal, records };
  }

  /** Queues one change; call synchronously at the moment the in-memory state changes, so the log keeps its order. */
  noteer(record: Record): void {
    this.wachtrij.push(JSON.stringify(record));
    this.genoteerd++;
  }

  /** Resolves when every change noted so far is on disk; rejects when it could not be written. */
  duurzaam(): Promise<void> {
    if (this.geschreven >= this.genoteerd) return Promise.resolve();
    return new Promise((klaar, fout) => {
      this.wachtenden.push({ doel: this.genoteerd, klaar, fout });
      if (!this.schrijfFout) this.planBatch();
    });
  }

  gezondheid(): Gezondheid {
    if (this.schrijfFout) return { status: 'degraded', reden: `schrijven naar schijf mislukt: ${this.schrijfFout.message}` };
    if (this.compactieFout) return { status: 'degraded', reden: `compactie mislukt: ${this.compactieFout.message}` };
    return { status: 'ok' };
  }

  /** False after a failed write until a retry succeeds: new changes are then refused instead of kept in memory only. */
  get kanSchrijven(): boolean {
    return this.schrijfFout === undefined;
  }

  /** For the benchmark: bytes in the current log generation and in the last snapshot. */
  grootte(): { log: number; snapshot: number } {
    return { log: this.logGrootte, snapshot: this.snapshotGrootte };
  }

  /** Compacts now (the benchmark measures it); resolves when the snapshot is on disk. */
  async compacteer(): Promise<void> {
    await this.compactie;
    this.compactie = this.wisselEnCompacteer();
    await this.compactie.finally(() => {
      this.compactie = undefined;
    });
  }

  /** Waits for pending writes and a running compaction, then closes the log. */
  async sluit(): Promise<void> {
    this.gesloten = true;
    if (this.herprobeer) clearTimeout(this.herprobeer);
    await this.duurzaam().catch(() => undefined);
    await this.compactie;
    await this.rij;
    await this.handle.close();
  }

  private inRij(taak: () => Promise<void>): Promise<void> {
    const klaar = this.rij.then(taak);
    this.rij = klaar.catch(() => undefined);
    return klaar;
  }

  private planBatch(): void {
    if (this.batchGepland) return;
    this.batchGepland = true;
    void this.inRij(() => this.schrijfBatch());
  }

  /** One write + one fsync for everything queued; writers that arrived meanwhile share the next one. */
  private async schrijfBatch(): Promise<void> {
    this.batchGepland = false;
    const regels = this.wachtrij;
    if (regels.length === 0) return;
    this.wachtrij = [];
    const inhoud = Buffer.from(regels.join('\n') + '\n', 'utf8');
    try {
      // Positional, so a retry after a partial write overwrites the torn tail instead of appending after it.
      await this.handle.write(inhoud, 0, inhoud.length, this.logGrootte);
      await this.handle.datasync();
    } catch (error) {
      this.wachtrij = [...regels, ...this.wachtrij];
      this.meldSchrijfFout(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.logGrootte += inhoud.length;
    this.geschreven += regels.length;
    if (this.schrijfFout) this.opties.log.info('lokale opslag: schrijven naar schijf werkt weer');
    this.schrijfFout = undefined;
    const klaar = this.wachtenden.filter((w) => w.doel <= this.geschreven);
    this.wachtenden = this.wachtenden.filter((w) => w.doel > this.geschreven);
    for (const w of klaar) w.klaar();
    if (this.wachtenden.length > 0) this.planBatch();
    this.misschienCompacteren();
  }

  private meldSchrijfFout(fout: Error): void {
    if (!this.schrijfFout) this.opties.log.error('lokale opslag: schrijven naar schijf mislukt', { fout: fout.message });
    this.schrijfFout = fout;
    const wachtenden = this.wachtenden;
    this.wachtenden = [];
    for (const w of wachtenden) w.fout(fout);
    if (this.gesloten || this.herprobeer) return;
    this.herprobeer = setTimeout(() => {
      this.herprobeer = undefined;
      this.planBatch();
    }, HERPROBEER_MS);
    this.herprobeer.unref();
  }

  private misschienCompacteren(): void {
    if (this.compactie || this.gesloten) return;
    const drempel = Math.max(this.opties.compactieVanafBytes ?? 8 * 1024 * 1024, this.snapshotGrootte / 2);
    if (this.logGrootte < drempel && !this.compactieFout) return;
    this.compactie = this.wisselEnCompacteer().finally(() => {
      this.compactie = undefined;
    });
  }

  /** Starts the next log generation and captures the state in the same synchronous step, then writes it out. */
  private async wisselEnCompacteer(): Promise<void> {
    const volgende = this.generatie + 1;
    let records: Record[] = [];
    let oud: FileHandle | undefined;
    try {
      const nieuw = await openNieuwLog(this.opties.map, volgende);
      await this.inRij(async () => {
        oud = this.handle;
        this.handle = nieuw;
        this.generatie = volgende;
        this.logGrootte = 0;
        records = this.opties.vang();
      });
    } catch (error) {
      this.meldCompactieFout(error);
      return;
    }
    await oud?.close();
    await this.compacteerNaar(volgende, records);
  }

  private async compacteerNaar(generatie: number, records: readonly Record[]): Promise<void> {
    try {
      this.snapshotGrootte = await schrijfSnapshot(this.opties.map, generatie, records);
      await ruimOp(this.opties.map, generatie);
      if (this.compactieFout) this.opties.log.info('lokale opslag: compactie werkt weer');
      this.compactieFout = undefined;
    } catch (error) {
      this.meldCompactieFout(error);
    }
  }

  private meldCompactieFout(error: unknown): void {
    const fout = error instanceof Error ? error : new Error(String(error));
    this.opties.log.error('lokale opslag: compactie mislukt', { fout: fout.message });
    this.compactieFout = fout;
  }
}

async function openNieuwLog(map: string, generatie: number): Promise<FileHandle> {
  const handle = await fs.open(path.join(map, logNaam(generatie)), 'wx', MODUS);
  // The new file's directory entry must be durable before the first write in it is confirmed.
  await fsyncMap(map);
  return handle;
}

async function schrijfSnapshot(map: string, generatie: number, records: readonly Record[]): Promise<number> {
  const doel = path.join(map, snapshotNaam(generatie));
  const tijdelijk = `${doel}.tmp`;
  const handle = await fs.open(tijdelijk, 'w', MODUS);
  let grootte = 0;
  try {
    const schrijfDeel = async (tekst: string) => {
      const buffer = Buffer.from(tekst, 'utf8');
      await handle.write(buffer, 0, buffer.length, grootte);
      grootte += buffer.length;
    };
    await schrijfDeel(JSON.stringify({ kop: SNAPSHOT_KOP, versie: SNAPSHOT_VERSIE, generatie }) + '\n');
    // In batches: serialising 100k documents at once would block the bot's event loop for seconds.
    for (let i = 0; i < records.length; i += BATCH_REGELS) {
      const deel = records.slice(i, i + BATCH_REGELS);
      await schrijfDeel(deel.map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
    await schrijfDeel(JSON.stringify({ einde: records.length }) + '\n');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tijdelijk, doel);
  await fsyncMap(map);
  return grootte;
}

/** Removes every file of older generations, temp files of snapshots that were never finished, and `ook`. */
async function ruimOp(map: string, generatie: number, ook: readonly string[] = []): Promise<void> {
  for (const naam of await fs.readdir(map)) {
    const g = /^cosmos-(\d+)\.(log|snapshot|snapshot\.tmp)$/.exec(naam)?.[1];
    if ((g !== undefined && Number(g) < generatie) || ook.includes(naam)) await fs.rm(path.join(map, naam), { force: true });
  }
  await fsyncMap(map);
}

async function leesSnapshot(bestand: string, herstel: (record: Record) => void): Promise<number> {
  let kop = false;
  let aantal = 0;
  let einde: number | undefined;
  for await (const blok of regelblokken(bestand)) {
    for (const regel of blok) {
      const record = JSON.parse(regel) as Record;
      if (!kop) {
        if (record.kop !== SNAPSHOT_KOP || record.versie !== SNAPSHOT_VERSIE) throw new Error(`${path.basename(bestand)}: geen snapshot van deze versie`);
        kop = true;
      } else if (typeof record.einde === 'number') {
        einde = record.einde;
      } else {
        herstel(record);
        aantal++;
      }
    }
  }
  // Written to a temp file and renamed only after fsync, so an incomplete snapshot means the disk lied: stop loudly.
  if (einde !== aantal) throw new Error(`${path.basename(bestand)}: snapshot onvolledig (${aantal} van ${einde ?? '?'} records)`);
  return aantal;
}

function parse(regel: string): Record | undefined {
  try {
    const waarde: unknown = JSON.parse(regel);
    return typeof waarde === 'object' && waarde !== null ? (waarde as Record) : undefined;
  } catch {
    return undefined;
  }
}

async function leesLog(bestand: string, opties: JournaalOpties, laatste: boolean): Promise<number> {
  const regels = (await fs.readFile(bestand, 'utf8')).split('\n').filter((regel) => regel.length > 0);
  const records = regels.map(parse);
  const eersteFout = records.findIndex((r) => r === undefined);
  // Only the batch being written when the process died can be torn, and none of it was confirmed (its fsync had not
  // returned): an unreadable tail of the newest log is dropped. Damage anywhere else would silently lose
  // confirmed writes if skipped, so restore stops loudly instead.
  if (eersteFout >= 0 && (!laatste || records.slice(eersteFout).some((r) => r !== undefined))) {
    throw new Error(`${path.basename(bestand)}: regel ${eersteFout + 1} onleesbaar`);
  }
  const goed = eersteFout >= 0 ? records.slice(0, eersteFout) : records;
  for (const record of goed) if (record) opties.herstel(record);
  if (eersteFout >= 0) opties.log.warn('lokale opslag: onvolledige laatste journaalregels overgeslagen (nooit bevestigd)', { bestand: path.basename(bestand), regels: records.length - eersteFout });
  return goed.length;
}
