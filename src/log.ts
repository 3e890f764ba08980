import { randomBytes } from 'node:crypto';

/**
 * Structured one-line JSON logs. Callers pass codes, ids and counts — never names, pupil references or free text
 * typed by users — so the log is safe to ship to Application Insights.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogVelden = Readonly<Record<string, string | number | boolean | undefined>>;

export interface Logger {
  debug(bericht: string, velden?: LogVelden): void;
  info(bericht: string, velden?: LogVelden): void;
  warn(bericht: string, velden?: LogVelden): void;
  error(bericht: string, velden?: LogVelden): void;
}

const RANG: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(minimum: LogLevel, schrijf: (regel: string) => void = (r) => process.stdout.write(r + '\n')): Logger {
  const log = (level: LogLevel) => (bericht: string, velden: LogVelden = {}) => {
    if (RANG[level] < RANG[minimum]) return;
    schrijf(JSON.stringify({ t: new Date().toISOString(), level, msg: bericht, ...velden }));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

export const stilleLogger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A correlation id a user can quote ("Referentie: 3F2A9C01"): it finds the log line without any personal data in it. */
export function referentiecode(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}
