/** Parts 3 and 5: sweep scaling and the bot process's memory, measured in a forked bot process. */
import { NaarOuder } from './berichten';
import { forkBotProces, wachtOpBericht } from './beurten';

export type Sweepuitslag = Extract<NaarOuder, { soort: 'sweep' }>;

export async function meetSweep(maten: readonly number[]): Promise<Sweepuitslag> {
  const kind = forkBotProces(['sweep', maten.join(',')]);
  const bericht = await wachtOpBericht(kind);
  await new Promise<void>((resolve) => (kind.exitCode !== null ? resolve() : kind.once('exit', () => resolve())));
  if (bericht.soort !== 'sweep') throw new Error('onverwacht bericht van bot-proces');
  return bericht;
}
