import { Klok } from '../app/ports';
import { Sweepverslag, samenvatting } from '../app/herinneringen-sweep';
import { Logger } from '../log';

/**
 * Runs the sweep on an interval inside the bot. Never two sweeps at once in this process (a slow sweep makes the
 * next tick skip); several processes may sweep at the same time, the sweep itself is safe for that.
 */
export class Planner {
  private timer: NodeJS.Timeout | undefined;
  private lopend: Promise<void> | undefined;

  constructor(
    private readonly sweep: (nu: Date) => Promise<Sweepverslag>,
    private readonly klok: Klok,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  /** `direct: false` waits one interval first (the demo: the Playground is not listening yet when the bot starts). */
  start(direct = true): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.eenKeer(), this.intervalMs);
    // Do not keep the process alive just for the sweep: shutting down stops it.
    this.timer.unref();
    if (direct) void this.eenKeer();
  }

  /** One sweep now, unless one is still running (then that one's promise). */
  eenKeer(): Promise<void> {
    if (this.lopend) return this.lopend;
    this.lopend = this.sweep(this.klok.nu())
      .then((verslag) => {
        const niveau = verslag.fouten.length > 0 ? 'warn' : verslag.verzonden + verslag.berichten + verslag.stagnaties > 0 ? 'info' : 'debug';
        this.log[niveau](samenvatting(verslag), { fouten: verslag.fouten.slice(0, 10).join('; ') });
      })
      .catch((fout: unknown) => this.log.error('sweep mislukt', { fout: fout instanceof Error ? fout.name : 'onbekend' }))
      .finally(() => {
        this.lopend = undefined;
      });
    return this.lopend;
  }

  /** Stops the interval and waits for a running sweep to finish. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.lopend;
  }
}
