import { loadConfig, overleginstellingen } from '../../src/config';

/** The settings a fresh install runs with: the defaults of src/config.ts, the one place defaults live. */
export const STANDAARD = loadConfig({});
export const STANDAARD_TERMIJNEN = STANDAARD.evaluatie;
export const STANDAARD_HERINNERINGSINSTELLINGEN = STANDAARD.herinneringen;
export const STANDAARD_OVERLEG = overleginstellingen(STANDAARD);
