/**
 * The sender's rate limiter against Teams' limits, on a simulated clock: many senders at once, answer times that vary
 * from request to request, and each request arriving at Teams anywhere between its start and its answer (often at
 * the worst end). Counted, never timed: the arrivals in every window are counted, and how many requests got through.
 */
import { Begrenzer, Limiet, TEAMS_GESPREKLIMIETEN, Tijdbron, neemPlaats } from '../../src/proactief/begrenzer';

/** A clock that only moves when every sender is waiting: then it jumps to the earliest wake-up. */
class Simulatie implements Tijdbron {
  private t = 0;
  private wekkers: Array<{ om: number; volgorde: number; wek: () => void }> = [];
  private teller = 0;

  nu(): number {
    return this.t;
  }

  slaap(ms: number): Promise<void> {
    return new Promise((wek) => this.wekkers.push({ om: this.t + Math.max(0, ms), volgorde: this.teller++, wek }));
  }

  /** Runs until nobody waits any more. */
  async draai(): Promise<void> {
    for (;;) {
      // Let every sender that can run, run (they only wait on this clock).
      await new Promise((klaar) => setImmediate(klaar));
      if (this.wekkers.length === 0) return;
      this.wekkers.sort((a, b) => a.om - b.om || a.volgorde - b.volgorde);
      const volgende = this.wekkers.shift();
      if (!volgende) return;
      this.t = volgende.om;
      volgende.wek();
    }
  }
}

/** A small deterministic generator (mulberry32): the same "random" answer times in every run. */
function willekeurig(zaad: number): () => number {
  let a = zaad;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The most arrivals in any window of `periodeMs` (a window holds the arrivals in (t - periode, t]). */
function meesteInVenster(aankomsten: readonly number[], periodeMs: number): number {
  const tijden = [...aankomsten].sort((a, b) => a - b);
  let meeste = 0;
  for (let i = 0, j = 0; i < tijden.length; i++) {
    while ((tijden[j] ?? 0) <= (tijden[i] ?? 0) - periodeMs) j++;
    meeste = Math.max(meeste, i - j + 1);
  }
  return meeste;
}

/**
 * `senders` senders each send to `sleutel` as fast as the limiter lets them, for `duurMs` of simulated time; each
 * request takes an answer time from `antwoordMs` and arrives at Teams where `waar` puts it (0 = at its start, 1 = at
 * its answer). Returns the arrival moments.
 */
async function stuurVol(limieten: readonly Limiet[], senders: number, duurMs: number, antwoordMs: () => number, waar: () => number): Promise<number[]> {
  const tijd = new Simulatie();
  const begrenzer = new Begrenzer(limieten);
  const aankomsten: number[] = [];
  const sender = async () => {
    for (;;) {
      const klaar = await neemPlaats([{ begrenzer, sleutel: 'tenant' }], tijd);
      if (tijd.nu() >= duurMs) return klaar();
      const start = tijd.nu();
      const duur = antwoordMs();
      aankomsten.push(start + waar() * duur);
      await tijd.slaap(duur);
      klaar();
    }
  };
  const lopers = Array.from({ length: senders }, sender);
  await tijd.draai();
  await Promise.all(lopers);
  return aankomsten;
}

const TENANT: readonly Limiet[] = [{ aantal: 50, periodeMs: 1_000 }];

describe('Begrenzer (Teams-limieten, gesimuleerde klok)', () => {
  it('nooit meer dan 50 per seconde bij Teams, ook als aankomsten op het slechtste moment vallen', async () => {
    for (const zaad of [1, 2, 3]) {
      const kans = willekeurig(zaad);
      // Answer times between 1 and 300 ms; a request arrives at its start, at its answer, or somewhere between.
      const aankomsten = await stuurVol(TENANT, 16, 20_000, () => 1 + kans() * 299, () => [0, 1, kans()][Math.floor(kans() * 3)] ?? 1);
      expect(meesteInVenster(aankomsten, 1_000)).toBeLessThanOrEqual(50);
    }
  });

  it('benut de limiet: bij 10 ms antwoordtijd gaan er ruim 48 per seconde door', async () => {
    const aankomsten = await stuurVol(TENANT, 8, 20_000, () => 10, () => 1);
    // 50 per (1 s + 10 ms): 990 in 20 s; the first window starts empty.
    expect(aankomsten.length).toBeGreaterThanOrEqual(48 * 20);
    expect(meesteInVenster(aankomsten, 1_000)).toBeLessThanOrEqual(50);
  });

  it('per gesprek: 7 per seconde, 8 per 2 s, 60 per 30 s, ook met wisselende antwoordtijden', async () => {
    const kans = willekeurig(7);
    const aankomsten = await stuurVol(TEAMS_GESPREKLIMIETEN, 4, 90_000, () => 1 + kans() * 200, () => (kans() < 0.5 ? 0 : 1));
    expect(meesteInVenster(aankomsten, 1_000)).toBeLessThanOrEqual(7);
    expect(meesteInVenster(aankomsten, 2_000)).toBeLessThanOrEqual(8);
    expect(meesteInVenster(aankomsten, 30_000)).toBeLessThanOrEqual(60);
    // The 60-per-30-s limit is the binding one here: it is used to the full.
    expect(aankomsten.length).toBeGreaterThanOrEqual(3 * 60 - 8);
  });
});
