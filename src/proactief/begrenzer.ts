/**
 * Sliding-window rate limits, per key (a conversation, a tenant). Every attempt, retries included, takes a slot:
 * Teams counts requests, not messages.
 *
 * Honest limits of this design: the windows live in this process. The per-conversation limits hold across instances
 * only because one reminder is sent by one instance; the per-tenant limit (50/s for the app, shared by all
 * instances) is enforced as a share: every instance allows `tenantLimiet / aantalInstanties` per second. When
 * instances are added without lowering the share, Teams may answer 429, which the sender then honours.
 */
export interface Limiet {
  readonly aantal: number;
  readonly periodeMs: number;
}

/** Teams per conversation: 7 per second, 8 per 2 s, 60 per 30 s, 1800 per hour. */
export const TEAMS_GESPREKLIMIETEN: readonly Limiet[] = [
  { aantal: 7, periodeMs: 1_000 },
  { aantal: 8, periodeMs: 2_000 },
  { aantal: 60, periodeMs: 30_000 },
  { aantal: 1_800, periodeMs: 3_600_000 },
];

/**
 * One request in a window. Teams counts a request when it arrives, somewhere between our start and its answer:
 * while in flight it counts as "now"; once answered, from the answer on.
 */
interface Stempel {
  t: number;
  bezig: boolean;
}

const PEIL_MS = 10;

export class Begrenzer {
  private readonly stempels = new Map<string, Stempel[]>();
  private readonly langste: number;

  constructor(private readonly limieten: readonly Limiet[]) {
    this.langste = Math.max(...limieten.map((l) => l.periodeMs));
  }

  /**
   * How long to wait before the next request for `sleutel` fits in every window (0 = now). The exact rule for
   * arrivals we cannot see: a new request (arriving at its start at the earliest) may go once the request `aantal`
   * places back has been answered (it arrived at its answer at the latest) a full period ago. Then no window of
   * Teams can hold more than `aantal`, whatever the answer times; no extra margin is needed, and each slot is held
   * only one period plus that request's own answer time.
   */
  wachttijd(sleutel: string, nu: number): number {
    const stempels = this.opgeruimd(sleutel, nu);
    let wacht = 0;
    for (const limiet of this.limieten) {
      const bezig = stempels.filter((s) => s.bezig).length;
      const klaar = stempels.filter((s) => !s.bezig && s.t > nu - limiet.periodeMs).map((s) => s.t).sort((a, b) => a - b);
      const teVeel = bezig + klaar.length - limiet.aantal + 1;
      if (teVeel <= 0) continue;
      const vertrekt = klaar[teVeel - 1];
      // When only requests still in flight would have to leave the window, look again shortly.
      wacht = Math.max(wacht, vertrekt === undefined ? PEIL_MS : vertrekt + limiet.periodeMs - nu);
    }
    return wacht;
  }

  /** Stamps a request that starts now; call `klaar` on the returned stamp when its answer arrives. */
  noteer(sleutel: string, nu: number): Stempel {
    const stempel: Stempel = { t: nu, bezig: true };
    this.opgeruimd(sleutel, nu).push(stempel);
    return stempel;
  }

  private opgeruimd(sleutel: string, nu: number): Stempel[] {
    // Forget conversations that have been quiet for longer than the longest window, so the map stays small.
    if (this.stempels.size > 10_000) {
      for (const [k, lijst] of this.stempels) if (lijst.every((s) => !s.bezig && s.t <= nu - this.langste)) this.stempels.delete(k);
    }
    const lijst = (this.stempels.get(sleutel) ?? []).filter((s) => s.bezig || s.t > nu - this.langste);
    this.stempels.set(sleutel, lijst);
    return lijst;
  }
}

export interface Tijdbron {
  nu(): number;
  slaap(ms: number): Promise<void>;
}

/**
 * Waits until a request fits in all given limiters at once and stamps it in all of them in the same tick (no await
 * between the check and the stamp), so concurrent senders in this process never overbook a window. Returns the
 * function to call when the answer has arrived (also after an error).
 */
export async function neemPlaats(
  deelnames: ReadonlyArray<{ begrenzer: Begrenzer; sleutel: string }>,
  tijd: Tijdbron,
  /** False while a request with priority waits: then this one keeps waiting, even when a slot is free. */
  magNu: () => boolean = () => true,
): Promise<() => void> {
  for (;;) {
    const nu = tijd.nu();
    const wacht = Math.max(0, ...deelnames.map((d) => d.begrenzer.wachttijd(d.sleutel, nu)));
    if (wacht === 0 && !magNu()) {
      await tijd.slaap(5);
      continue;
    }
    if (wacht === 0) {
      const stempels = deelnames.map((d) => d.begrenzer.noteer(d.sleutel, nu));
      return () => {
        const klaar = tijd.nu();
        for (const s of stempels) {
          s.t = Math.max(s.t, klaar);
          s.bezig = false;
        }
      };
    }
    await tijd.slaap(wacht);
  }
}
