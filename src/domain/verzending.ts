/**
 * The life of one stored "something to send" (a reminder, an agenda, …): gepland → geclaimd (lease) →
 * verzonden | mislukt | vervallen. A claim is a lease, not a lock: when the instance that claimed it dies, the lease
 * runs out and another instance claims it again. Every attempt is appended to `pogingen`, so the outcome of every
 * send is on the document. A new kind only adds its own fields on top of `Verzending`.
 */
export type VerzendStatus = 'gepland' | 'geclaimd' | 'verzonden' | 'mislukt' | 'vervallen';

export interface Verzendpoging {
  readonly tijdstip: string;
  readonly door: string;
  readonly uitkomst: 'verzonden' | 'onbruikbaar' | 'mislukt' | 'vervallen' | 'uitgesteld';
  readonly activityId?: string;
  readonly reden?: string;
}

export interface Verzending {
  readonly id: string;
  /** ISO instant: not before this moment (also after a transient failure); the due query is a range over it. */
  readonly verzendOp: string;
  readonly status: VerzendStatus;
  readonly claimedBy?: string;
  readonly leaseUntil?: string;
  readonly pogingen: readonly Verzendpoging[];
  readonly aangemaakt: string;
  readonly bijgewerkt: string;
}

/** The fields every new sending starts with; the kind adds its own. */
export function nieuweVerzending(id: string, verzendOp: Date, nu: Date): Verzending {
  const tijdstip = nu.toISOString();
  return { id, verzendOp: verzendOp.toISOString(), status: 'gepland', pogingen: [], aangemaakt: tijdstip, bijgewerkt: tijdstip };
}

/** Claimable: planned and due, or claimed by someone whose lease has run out. */
export function isClaimbaar(v: Verzending, nu: Date): boolean {
  if (v.status === 'gepland') return new Date(v.verzendOp).getTime() <= nu.getTime();
  if (v.status === 'geclaimd') return v.leaseUntil !== undefined && new Date(v.leaseUntil).getTime() <= nu.getTime();
  return false;
}

export function claim<T extends Verzending>(v: T, door: string, nu: Date, leaseMs: number): T {
  return { ...v, status: 'geclaimd', claimedBy: door, leaseUntil: new Date(nu.getTime() + leaseMs).toISOString(), bijgewerkt: nu.toISOString() };
}

export type Afronding =
  | { readonly uitkomst: 'verzonden'; readonly activityId?: string }
  /** 403/404 or nowhere to send it: final, recorded, reported. */
  | { readonly uitkomst: 'onbruikbaar' | 'vervallen'; readonly reden: string }
  /** A transient failure: planned again after `opnieuwNaMs`, doubling per failure, until `maxPogingen` failures, then final. */
  | { readonly uitkomst: 'mislukt'; readonly reden: string; readonly opnieuwNaMs: number; readonly maxPogingen: number }
  /** Nobody to send it to yet, and nobody else to tell: planned again at `opnieuwOp`, however often (never lost). */
  | { readonly uitkomst: 'uitgesteld'; readonly reden: string; readonly opnieuwOp: Date };

export function rondAf<T extends Verzending>(v: T, afronding: Afronding, door: string, nu: Date): T {
  const poging: Verzendpoging = {
    tijdstip: nu.toISOString(),
    door,
    uitkomst: afronding.uitkomst,
    ...(afronding.uitkomst === 'verzonden' ? (afronding.activityId ? { activityId: afronding.activityId } : {}) : { reden: afronding.reden }),
  };
  const pogingen = [...v.pogingen, poging];
  const basis: T = { ...v, pogingen, claimedBy: undefined, leaseUntil: undefined, bijgewerkt: nu.toISOString() };
  switch (afronding.uitkomst) {
    case 'verzonden':
      return { ...basis, status: 'verzonden' };
    case 'vervallen':
      return { ...basis, status: 'vervallen' };
    case 'onbruikbaar':
      return { ...basis, status: 'mislukt' };
    case 'uitgesteld':
      return { ...basis, status: 'gepland', verzendOp: afronding.opnieuwOp.toISOString() };
    case 'mislukt': {
      const mislukt = pogingen.filter((p) => p.uitkomst === 'mislukt').length;
      if (mislukt >= afronding.maxPogingen) return { ...basis, status: 'mislukt' };
      // Exponential backoff, stored on the document: a restart picks up where the waiting stood.
      const wachtMs = afronding.opnieuwNaMs * 2 ** (mislukt - 1);
      return { ...basis, status: 'gepland', verzendOp: new Date(nu.getTime() + wachtMs).toISOString() };
    }
  }
}

/** Whether `afronding` ends the sending for good without it arriving (nothing is tried after it). */
export function isDefinitiefMislukt(v: Verzending, afronding: Afronding): boolean {
  if (afronding.uitkomst === 'onbruikbaar') return true;
  if (afronding.uitkomst !== 'mislukt') return false;
  return v.pogingen.filter((p) => p.uitkomst === 'mislukt').length + 1 >= afronding.maxPogingen;
}
