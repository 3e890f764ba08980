/**
 * fast-check parameters to replay a failed property run: a failure prints its seed and path, and
 * `<NAAM>_SEED=<seed> <NAAM>_PAD=<path>` reruns exactly that sequence.
 */
export function herhaal(naam: string): { seed?: number; path?: string } {
  const seed = process.env[`${naam}_SEED`];
  const path = process.env[`${naam}_PAD`];
  return { ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}
