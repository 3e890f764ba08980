import { Logger } from '../log';

/**
 * Work that follows an answer to a person (notifications after a click) and must not hold that answer up. Failures
 * are logged with the task's name; `klaar()` lets shutdown (and tests) wait until every started task has finished.
 */
export class Achtergrond {
  private readonly lopend = new Set<Promise<void>>();

  constructor(private readonly log: Logger) {}

  voer(naam: string, taak: () => Promise<void>): void {
    const belofte = taak()
      .catch((fout: unknown) => this.log.error(`${naam} mislukt`, { fout: fout instanceof Error ? fout.name : 'onbekend' }))
      .finally(() => this.lopend.delete(belofte));
    this.lopend.add(belofte);
  }

  async klaar(): Promise<void> {
    while (this.lopend.size > 0) await Promise.all([...this.lopend]);
  }
}
