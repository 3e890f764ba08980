/**
 * The life of one stored reminder: gepland → geclaimd (lease) → verzonden | mislukt | vervallen.
 * A claim is a lease, not a lock: when the instance that claimed it dies, the lease runs out and another sweep
 * claims it again. Every attempt is appended to `pogingen`, so the outcome of every send is on the document.
 */
import { HerinneringSoort, Herinneringsmoment, Ontvanger, herinneringId } from './herinneringen';
import { Hulpvraag } from './hulpvraag';
import { isToegestaan } from './route';
import { openEvaluaties } from './stagnatie';
import { LocalDate } from './tijd';

export type HerinneringStatus = 'gepland' | 'geclaimd' | 'verzonden' | 'mislukt' | 'vervallen';

export interface Verzendpoging {
  readonly tijdstip: string;
  readonly door: string;
  readonly uitkomst: 'verzonden' | 'onbruikbaar' | 'mislukt' | 'vervallen';
  readonly activityId?: string;
  readonly reden?: string;
}

export interface Herinnering {
  readonly id: string;
  readonly tenantId: string;
  readonly hulpvraagId: string;
  readonly schakelteamId: string;
  readonly nummer: string;
  readonly soort: HerinneringSoort;
  readonly onderwerp: string;
  readonly evaluatie?: { readonly soort: 'tussentijds' | 'eind'; readonly datum: LocalDate };
  readonly datum: LocalDate;
  /** ISO instant; the due query is a range over this field. */
  readonly verzendOp: string;
  readonly ontvanger: Ontvanger;
  readonly status: HerinneringStatus;
  readonly claimedBy?: string;
  readonly leaseUntil?: string;
  readonly pogingen: readonly Verzendpoging[];
  readonly aangemaakt: string;
  readonly bijgewerkt: string;
}

export function nieuweHerinnering(h: Hulpvraag, moment: Herinneringsmoment, nu: Date): Herinnering {
  const tijdstip = nu.toISOString();
  return {
    id: herinneringId(h.id, moment),
    tenantId: h.tenantId,
    hulpvraagId: h.id,
    schakelteamId: h.schakelteamId,
    nummer: h.nummer,
    soort: moment.soort,
    onderwerp: moment.onderwerp,
    ...(moment.evaluatie ? { evaluatie: moment.evaluatie } : {}),
    datum: moment.datum,
    verzendOp: moment.verzendOp.toISOString(),
    ontvanger: moment.ontvanger,
    status: 'gepland',
    pogingen: [],
    aangemaakt: tijdstip,
    bijgewerkt: tijdstip,
  };
}

/** Claimable: planned and due, or claimed by someone whose lease has run out. */
export function isClaimbaar(r: Herinnering, nu: Date): boolean {
  if (r.status === 'gepland') return new Date(r.verzendOp).getTime() <= nu.getTime();
  if (r.status === 'geclaimd') return r.leaseUntil !== undefined && new Date(r.leaseUntil).getTime() <= nu.getTime();
  return false;
}

export function claim(r: Herinnering, door: string, nu: Date, leaseMs: number): Herinnering {
  return { ...r, status: 'geclaimd', claimedBy: door, leaseUntil: new Date(nu.getTime() + leaseMs).toISOString(), bijgewerkt: nu.toISOString() };
}

export type Afronding =
  | { readonly uitkomst: 'verzonden'; readonly activityId?: string }
  | { readonly uitkomst: 'onbruikbaar' | 'vervallen'; readonly reden: string }
  /** A transient failure: planned again after `opnieuwNaMs` until `maxPogingen` failures, then final. */
  | { readonly uitkomst: 'mislukt'; readonly reden: string; readonly opnieuwNaMs: number; readonly maxPogingen: number };

export function rondAf(r: Herinnering, afronding: Afronding, door: string, nu: Date): Herinnering {
  const poging: Verzendpoging = {
    tijdstip: nu.toISOString(),
    door,
    uitkomst: afronding.uitkomst,
    ...(afronding.uitkomst === 'verzonden' ? (afronding.activityId ? { activityId: afronding.activityId } : {}) : { reden: afronding.reden }),
  };
  const pogingen = [...r.pogingen, poging];
  const basis = { ...r, pogingen, claimedBy: undefined, leaseUntil: undefined, bijgewerkt: nu.toISOString() };
  switch (afronding.uitkomst) {
    case 'verzonden':
      return { ...basis, status: 'verzonden' };
    case 'vervallen':
      return { ...basis, status: 'vervallen' };
    case 'onbruikbaar':
      return { ...basis, status: 'mislukt' };
    case 'mislukt': {
      const mislukt = pogingen.filter((p) => p.uitkomst === 'mislukt').length;
      if (mislukt >= afronding.maxPogingen) return { ...basis, status: 'mislukt' };
      return { ...basis, status: 'gepland', verzendOp: new Date(nu.getTime() + afronding.opnieuwNaMs).toISOString() };
    }
  }
}

/**
 * Whether the reminder still makes sense for the case as it is now: the evaluation may have been recorded, the
 * date moved, or Team NO may have decided between planning and sending. Then it lapses instead of confusing people.
 */
export function isNogActueel(r: Herinnering, h: Hulpvraag): boolean {
  if (r.soort === 'escalatie_team_no') {
    return h.status === 'stagnatie_team_no' && h.stagnatie !== undefined && r.onderwerp === `stagnatie-${h.stagnatie.sinds.replace(/[^0-9]/g, '')}`;
  }
  if (!isToegestaan(h.status, 'evaluatie_vastgelegd') || !r.evaluatie) return false;
  const evaluatie = r.evaluatie;
  return openEvaluaties(h).some((e) => e.soort === evaluatie.soort && e.datum === evaluatie.datum);
}
