/**
 * A stored reminder: one `Verzending` (see verzending.ts for its life) per occurrence, with a deterministic id,
 * plus what it is about and whom it is for.
 */
import { HerinneringSoort, Herinneringsmoment, Ontvanger, WACHT_HERINNERINGEN, afspraakOnderwerp, herinneringId, termijnOnderwerp, termijnOntvangers } from './herinneringen';
import { Hulpvraag } from './hulpvraag';
import { volgendeStap } from './invarianten';
import { isToegestaan } from './route';
import { openEvaluaties, voortgangOnderwerp } from './stagnatie';
import { LocalDate } from './tijd';
import { Verzending, nieuweVerzending } from './verzending';
import { wachtVan } from './wachten';

export interface Herinnering extends Verzending {
  readonly tenantId: string;
  readonly hulpvraagId: string;
  readonly schakelteamId: string;
  readonly nummer: string;
  readonly soort: HerinneringSoort;
  readonly onderwerp: string;
  readonly evaluatie?: { readonly soort: 'tussentijds' | 'eind'; readonly datum: LocalDate };
  readonly datum: LocalDate;
  readonly ontvanger: Ontvanger;
}

export function nieuweHerinnering(h: Hulpvraag, moment: Herinneringsmoment, nu: Date): Herinnering {
  return {
    ...nieuweVerzending(herinneringId(h, moment), moment.verzendOp, nu),
    tenantId: h.tenantId,
    hulpvraagId: h.id,
    schakelteamId: h.schakelteamId,
    nummer: h.nummer,
    soort: moment.soort,
    onderwerp: moment.onderwerp,
    ...(moment.evaluatie ? { evaluatie: moment.evaluatie } : {}),
    datum: moment.datum,
    ontvanger: moment.ontvanger,
  };
}

/** New agreements (another meeting, a moved date) replace the old ones: their reminders lapse. */
function isAfspraakActueel(r: Herinnering, h: Hulpvraag): boolean {
  const a = h.afspraken;
  return a !== undefined && h.status !== 'gesloten' && a.acties.some((actie) => afspraakOnderwerp(a.overleg, actie) === r.onderwerp);
}

/**
 * Whether the reminder still makes sense for the case as it is now: the evaluation may have been recorded, the
 * date moved, or Team NO may have decided between planning and sending. Then it lapses instead of confusing people.
 */
export function isNogActueel(r: Herinnering, h: Hulpvraag): boolean {
  // The administrators are told that the schakelteam has nobody left: true as long as the case still needs them.
  if (r.ontvanger.soort === 'beheer') return volgendeStap(h)?.beheer === true;
  if (r.soort === 'escalatie_team_no') {
    return h.status === 'stagnatie_team_no' && h.stagnatie !== undefined && r.onderwerp === `stagnatie-${h.stagnatie.sinds.replace(/[^0-9]/g, '')}`;
  }
  if (r.soort === 'voortgang_gevraagd') return voortgangOnderwerp(h) === r.onderwerp;
  if (r.soort === 'afspraak') return isAfspraakActueel(r, h);
  // The step was taken (another state), or the reminder's person is no longer the one at turn.
  if (r.soort === 'termijn_verstreken') {
    const aan = r.ontvanger;
    return termijnOnderwerp(h) === r.onderwerp && termijnOntvangers(h).some((o) => o.soort === 'persoon' && aan.soort === 'persoon' && o.tenantId === aan.tenantId && o.aadObjectId === aan.aadObjectId);
  }
  const wacht = wachtVan(h);
  if (Object.values(WACHT_HERINNERINGEN).includes(r.soort)) return wacht !== undefined && WACHT_HERINNERINGEN[wacht.soort] === r.soort && wacht.onderwerp === r.onderwerp;
  if (!isToegestaan(h.status, 'evaluatie_vastgelegd') || !r.evaluatie) return false;
  const evaluatie = r.evaluatie;
  return openEvaluaties(h).some((e) => e.soort === evaluatie.soort && e.datum === evaluatie.datum);
}
