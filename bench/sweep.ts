/** Parts 3, 5 and 6: sweep scaling, memory and the durable store, each measured in a forked bot process. */
import { NaarOuder } from './berichten';
import { forkBotProces, wachtOpBericht } from './beurten';

export type Sweepuitslag = Extract<NaarOuder, { soort: 'sweep' }>;
export type Opslaguitslag = Extract<NaarOuder, { soort: 'opslag' }>;

/** Forks the bot process in one mode and waits for its one answer and its exit. */
async function inKind<S extends NaarOuder['soort']>(modus: S, maten: readonly number[]): Promise<Extract<NaarOuder, { soort: S }>> {
  const kind = forkBotProces([modus, maten.join(',')]);
  const bericht = await wachtOpBericht(kind);
  await new Promise<void>((resolve) => (kind.exitCode !== null ? resolve() : kind.once('exit', () => resolve())));
  if (bericht.soort !== modus) throw new Error('onverwacht bericht van bot-proces');
  return bericht as Extract<NaarOuder, { soort: S }>;
}

export const meetSweep = (maten: readonly number[]): Promise<Sweepuitslag> => inKind('sweep', maten);

/** The durable embedded store at each size, in its own process (its RSS is its own). */
export const meetDuurzameOpslag = (maten: readonly number[]): Promise<Opslaguitslag> => inKind('opslag', maten);
