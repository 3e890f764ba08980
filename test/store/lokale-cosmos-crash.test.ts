import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const KIND = path.resolve(__dirname, '..', '..', 'dist', 'test', 'helpers', 'opslag-kind.js');
const RONDES = 10;
/** Generous: each round waits for fsyncs, which take long on a busy disk. Counted, not timed: no speed is asserted. */
const TIMEOUT_MS = 240_000;
let levend: ChildProcess | undefined;

interface Kind {
  readonly proces: ChildProcess;
  /** What survived, and how many numbers had been confirmed when the child said so (later lines may follow in the same chunk). */
  readonly bestaand: Promise<{ nummers: number[]; bevestigdVooraf: number }>;
  /** Resolves after `n` more confirmed numbers, which are added to `bevestigd`. */
  wachtOp(n: number): Promise<void>;
}

function startKind(map: string, bevestigd: number[]): Kind {
  const proces = spawn(process.execPath, [KIND, map], { stdio: ['ignore', 'pipe', 'inherit'] });
  levend = proces;
  let wachtende: { over: number; klaar: () => void } | undefined;
  let bestaandKlaar: (waarde: { nummers: number[]; bevestigdVooraf: number }) => void = () => undefined;
  let mislukt: (fout: Error) => void = () => undefined;
  const bestaand = new Promise<{ nummers: number[]; bevestigdVooraf: number }>((resolve, reject) => {
    bestaandKlaar = resolve;
    mislukt = reject;
  });
  const fout = new Promise<never>((_, reject) => {
    proces.once('exit', (code, signaal) => {
      if (signaal !== 'SIGKILL') reject(new Error(`kindproces stopte zelf (${code ?? signaal ?? '?'})`));
    });
  });
  fout.catch((e: Error) => mislukt(e));
  createInterface({ input: proces.stdout ?? process.stdin }).on('line', (regel) => {
    const [soort, waarde = ''] = regel.split(' ', 2);
    if (soort === 'bestaand') bestaandKlaar({ nummers: JSON.parse(regel.slice('bestaand '.length)) as number[], bevestigdVooraf: bevestigd.length });
    else if (soort === 'ok') {
      bevestigd.push(Number(waarde));
      if (wachtende && --wachtende.over <= 0) {
        wachtende.klaar();
        wachtende = undefined;
      }
    } else mislukt(new Error(regel));
  });
  return {
    proces,
    bestaand,
    wachtOp: (n) => Promise.race([fout, new Promise<void>((klaar) => (wachtende = { over: n, klaar }))]),
  };
}

function dood(kind: Kind): Promise<void> {
  return new Promise((resolve) => {
    kind.proces.once('exit', () => resolve());
    kind.proces.kill('SIGKILL');
  });
}

let map: string;
beforeAll(async () => {
  map = await mkdtemp(path.join(tmpdir(), 'so-kill-'));
});
afterAll(async () => {
  if (levend && levend.exitCode === null && levend.signalCode === null) levend.kill('SIGKILL');
  await rm(map, { recursive: true, force: true });
});

describe('de ingebouwde opslag na SIGKILL', () => {
  it('verliest geen bevestigde schrijfactie en geeft geen zaaknummer twee keer uit', async () => {
    if (!existsSync(KIND)) throw new Error(`${KIND} ontbreekt: eerst npm run build`);
    const bevestigd: number[] = [];
    const verloren: number[] = [];
    const dubbel: number[] = [];
    for (let ronde = 0; ronde <= RONDES; ronde++) {
      const kind = startKind(map, bevestigd);
      const { nummers: bestaand, bevestigdVooraf } = await kind.bestaand;
      const aanwezig = new Set(bestaand);
      verloren.push(...bevestigd.slice(0, bevestigdVooraf).filter((n) => !aanwezig.has(n)));
      dubbel.push(...bestaand.filter((n, i) => bestaand.indexOf(n) !== i));
      // Kill right after 1..9 confirmations: the child is then always in the middle of the next write.
      if (ronde < RONDES) await kind.wachtOp(1 + ((ronde * 5) % 9));
      await dood(kind);
    }
    expect(bevestigd.length).toBeGreaterThanOrEqual(RONDES);
    expect(new Set(bevestigd).size).toBe(bevestigd.length);
    expect(verloren).toEqual([]);
    expect(dubbel).toEqual([]);
  }, TIMEOUT_MS);
});
