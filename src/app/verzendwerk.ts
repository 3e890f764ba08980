import { isDomainError } from '../domain/errors';
import { Afronding, Verzending, claim, isClaimbaar, rondAf } from '../domain/verzending';
import { VerzendOpslag, Verzenduitkomst, Versie } from './ports';

/** How the worker handles sendings; resolved once in src/config.ts. */
export interface Verzendinstellingen {
  /** How long a claim holds before another instance may take over. */
  readonly leaseMs: number;
  /** Sendings handled per round; the rest waits for the next round. */
  readonly maxPerRonde: number;
  /** Sends in flight at once; the sender's rate limits still apply. */
  readonly parallel: number;
  /** After a transient failure, try again after this long, at most this many failures in all. */
  readonly opnieuwNaMs: number;
  readonly maxPogingen: number;
}

export interface VerzendwerkDeps {
  /** Unique per running process (e.g. host name + pid): recorded as `claimedBy` and on every attempt. */
  readonly instantie: string;
  readonly verzending: Verzendinstellingen;
}

export interface Verzendverslag {
  verzonden: number;
  mislukt: number;
  onbruikbaar: number;
  vervallen: number;
  /** Nobody to send it to yet: planned again (the kind reported why, with a code). */
  uitgesteld: number;
  /** Ids and codes only (no personal data): what went wrong, for the log. */
  readonly fouten: string[];
}

/**
 * One kind of sending (reminders, agendas, …): where it is stored, and how one claimed item is judged and sent.
 * `verstuur` decides (still relevant? to whom?) and sends; `meld` adds a line (ids and codes only) to the report.
 */
export interface Verzendsoort<T extends Verzending> {
  readonly opslag: VerzendOpslag<T>;
  verstuur(item: T, nu: Date, meld: (fout: string) => void): Promise<Afronding>;
}

export function foutcode(fout: unknown): string {
  if (isDomainError(fout)) return fout.code;
  return fout instanceof Error ? fout.name : 'onbekend';
}

/** What the sender's answer means for the sending: done, final failure, or try again later. */
export function afrondingVan(uitkomst: Verzenduitkomst, instellingen: Verzendinstellingen): Afronding {
  if (uitkomst.soort === 'verzonden') return { uitkomst: 'verzonden', activityId: uitkomst.activityId };
  if (uitkomst.soort === 'onbruikbaar') return { uitkomst: 'onbruikbaar', reden: uitkomst.reden };
  return { uitkomst: 'mislukt', reden: uitkomst.reden, opnieuwNaMs: instellingen.opnieuwNaMs, maxPogingen: instellingen.maxPogingen };
}

/** Runs `werk` over `items` with at most `max` at a time. */
async function metMaximaal<T>(items: readonly T[], max: number, werk: (item: T) => Promise<void>): Promise<void> {
  let volgende = 0;
  const lopers = Array.from({ length: Math.max(1, Math.min(max, items.length)) }, async () => {
    while (volgende < items.length) {
      const item = items[volgende++];
      if (item !== undefined) await werk(item);
    }
  });
  await Promise.all(lopers);
}

/** Claims one sending, sends it and records the outcome on the document. */
async function verwerk<T extends Verzending>(soort: Verzendsoort<T>, deps: VerzendwerkDeps, gelezen: Versie<T>, nu: Date, verslag: Verzendverslag): Promise<void> {
  if (!isClaimbaar(gelezen.waarde, nu)) return;
  const geclaimd = await soort.opslag.vervang(claim(gelezen.waarde, deps.instantie, nu, deps.verzending.leaseMs), gelezen.etag);
  // Another instance claimed it between our query and our write: it is theirs.
  if (!geclaimd) return;
  const afronding = await soort.verstuur(geclaimd.waarde, nu, (fout) => verslag.fouten.push(fout));
  verslag[afronding.uitkomst]++;
  const bewaard = await soort.opslag.vervang(rondAf(geclaimd.waarde, afronding, deps.instantie, nu), geclaimd.etag);
  // Only possible when our lease ran out during the send and someone else claimed it: then it may go out twice.
  if (!bewaard) verslag.fouten.push(`uitkomst ${geclaimd.waarde.id}: lease verlopen tijdens verzenden`);
}

export function nieuwVerslag(): Verzendverslag {
  return { verzonden: 0, mislukt: 0, onbruikbaar: 0, vervallen: 0, uitgesteld: 0, fouten: [] };
}

async function verwerkVeilig<T extends Verzending>(soort: Verzendsoort<T>, deps: VerzendwerkDeps, gelezen: Versie<T>, nu: Date, verslag: Verzendverslag): Promise<void> {
  try {
    await verwerk(soort, deps, gelezen, nu, verslag);
  } catch (fout) {
    verslag.fouten.push(`verzenden ${gelezen.waarde.id}: ${foutcode(fout)}`);
  }
}

/**
 * The same worker for the sendings just created (the outbox right after a click): each is read by id and handled
 * like any due one, so it is claimed with a lease and its outcome recorded. Not yet due (a retry waiting) → left.
 */
export async function verwerkDeze<T extends Verzending>(soort: Verzendsoort<T>, deps: VerzendwerkDeps, ids: readonly string[], nu: Date): Promise<Verzendverslag> {
  const verslag = nieuwVerslag();
  for (const id of ids) {
    const gelezen = await soort.opslag.lees(id).catch((fout: unknown) => {
      verslag.fouten.push(`lezen ${id}: ${foutcode(fout)}`);
      return undefined;
    });
    if (gelezen) await verwerkVeilig(soort, deps, gelezen, nu, verslag);
  }
  return verslag;
}

/**
 * The one send-with-lease worker: claims everything of this kind that is due at `nu` (or whose lease ran out),
 * sends it and records every attempt. Several instances may run it at once: the ETag claim decides who sends.
 */
export async function verwerkVerschuldigde<T extends Verzending>(soort: Verzendsoort<T>, deps: VerzendwerkDeps, nu: Date): Promise<Verzendverslag> {
  const verslag = nieuwVerslag();
  const verschuldigd = await soort.opslag.verschuldigd(nu, deps.verzending.maxPerRonde);
  await metMaximaal(verschuldigd, deps.verzending.parallel, (gelezen) => verwerkVeilig(soort, deps, gelezen, nu, verslag));
  return verslag;
}
