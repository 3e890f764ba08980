/**
 * How a failed Teams call is judged: retry (412, 429, 500, 502, 503, 504 and network errors, a bounded number of
 * times), give up (any other 4xx: retrying cannot help), or "conversation gone" (403 / 404 ConversationNotFound).
 */
export interface Foutbeeld {
  /** HTTP status; undefined for a network error (no answer at all). */
  readonly status?: number;
  /** Teams' error code from the body, e.g. ConversationBlockedByUser. */
  readonly code?: string;
  /** Retry-After in ms, when Teams sent one. */
  readonly retryAfterMs?: number;
  readonly bericht: string;
}

const HERHAALBAAR = new Set([412, 429, 500, 502, 503, 504]);

export function isHerhaalbaar(fout: Foutbeeld): boolean {
  return fout.status === undefined || HERHAALBAAR.has(fout.status);
}

/** 403 (BotNotInConversationRoster, ConversationBlockedByUser, MessageWritesBlocked, ...) and 404 ConversationNotFound. */
export function isGesprekWeg(fout: Foutbeeld, bijBijwerken = false): boolean {
  if (fout.status === 403) return true;
  // Updating a message that no longer exists also gives 404, but then the conversation itself is fine.
  return fout.status === 404 && (!bijBijwerken || fout.code === 'ConversationNotFound');
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110). */
export function leesRetryAfter(waarde: string | undefined, nu: number): number | undefined {
  if (waarde === undefined || waarde.trim() === '') return undefined;
  const seconden = Number(waarde);
  if (Number.isFinite(seconden)) return Math.max(0, seconden * 1000);
  const datum = Date.parse(waarde);
  return Number.isNaN(datum) ? undefined : Math.max(0, datum - nu);
}

interface RestFoutVorm {
  statusCode?: unknown;
  code?: unknown;
  message?: unknown;
  response?: { status?: unknown; headers?: { get?: (naam: string) => string | undefined }; bodyAsText?: unknown };
}

/** Reads the RestError that botframework-connector (@azure/core-rest-pipeline) throws, tolerantly. */
export function leesFout(fout: unknown, nu: number): Foutbeeld {
  const vorm: RestFoutVorm = typeof fout === 'object' && fout !== null ? (fout as RestFoutVorm) : {};
  const status = typeof vorm.statusCode === 'number' ? vorm.statusCode : typeof vorm.response?.status === 'number' ? vorm.response.status : undefined;
  let code = typeof vorm.code === 'string' ? vorm.code : undefined;
  if (typeof vorm.response?.bodyAsText === 'string') {
    try {
      const body = JSON.parse(vorm.response.bodyAsText) as { error?: { code?: unknown } };
      if (typeof body.error?.code === 'string') code = body.error.code;
    } catch {
      // Not JSON: keep what the error said.
    }
  }
  const retryAfterMs = leesRetryAfter(vorm.response?.headers?.get?.('retry-after'), nu);
  const bericht = typeof vorm.message === 'string' ? vorm.message : String(fout);
  return { status, code, retryAfterMs, bericht };
}

export interface Herhaalbeleid {
  /** Attempts in total, the first one included. */
  readonly maxPogingen: number;
  readonly basisMs: number;
  readonly maxWachtMs: number;
}

export const STANDAARD_HERHAALBELEID: Herhaalbeleid = { maxPogingen: 5, basisMs: 500, maxWachtMs: 30_000 };

/**
 * The wait before attempt `poging + 1`: Retry-After when Teams sent one (plus a little jitter so instances do not
 * return in lockstep), otherwise exponential backoff with "equal jitter" (half fixed, half random).
 */
export function wachttijd(fout: Foutbeeld, poging: number, beleid: Herhaalbeleid, willekeurig: () => number): number {
  if (fout.retryAfterMs !== undefined) return Math.min(fout.retryAfterMs, beleid.maxWachtMs * 4) + willekeurig() * beleid.basisMs * 0.2;
  const exponentieel = Math.min(beleid.maxWachtMs, beleid.basisMs * 2 ** (poging - 1));
  return exponentieel / 2 + willekeurig() * (exponentieel / 2);
}
