/**
 * Nobody waits unseen (issue 10): a case that waits on one person or team is first reminded to whoever must act,
 * and only after a further limit counts as stagnation (stagnatie.ts) and goes to Team NO.
 *
 * - aanbod: the regierol is offered and the candidate has not answered.
 * - toestemming: the schakelteam decided and the IB'er/COO has not recorded consent.
 * - besluit: an offer was declined or could not be delivered (or Team NO sent the case back), and the schakelteam
 *   has not decided again. A new case waiting for its first decision is on the schakelteam's agenda instead.
 * - loket: the case went to the Loket and its help has not started; it has its own clock in weeks
 *   (STAGNATIE_LOKET_NIET_GESTART_WEKEN, seed 001: bridging care must not last too long). The reminder comes a few
 *   working days before that limit, to the Loket channel and to whoever must act in the case (IB'er or candidate).
 *
 * A wait starts when the case enters its state (`statusSinds`); a new wait (another offer, a second decline)
 * starts the count again and has its own reminder.
 */
import { Hulpvraag } from './hulpvraag';
import { Rol } from './personen';
import { Status } from './route';
import { LocalDate, datumInAmsterdam, plusDagen } from './tijd';
import { Feestdagopties, plusWerkdagen, werkdagOpOfVoor } from './werkdagen';

export type WachtSoort = 'aanbod' | 'toestemming' | 'besluit' | 'loket';

export interface Wachttermijn {
  /** Working days after the wait began: the one who must act is reminded. */
  readonly herinnerNaWerkdagen: number;
  /** Working days after the wait began: it counts as stagnation (always after the reminder). */
  readonly stagnatieNaWerkdagen: number;
}

export interface Wachtlimieten {
  readonly aanbod: Wachttermijn;
  readonly toestemming: Wachttermijn;
  readonly besluit: Wachttermijn;
  /** Working days before the Loket limit that the Loket and whoever must act are reminded. */
  readonly loketHerinnerVoorafWerkdagen: number;
}

export interface Wacht {
  readonly soort: WachtSoort;
  /** Who must act now: these roles on the case get the reminder (the Loket also in its channel). */
  readonly rollen: readonly Rol[];
  /** What the reminder is about: `<soort>-<instant the wait began>`; a new wait has a new subject. */
  readonly onderwerp: string;
  /** The working day of the reminder. */
  readonly herinnering: LocalDate;
  /** The day it counts as stagnation; for the Loket the rule loket_niet_gestart (stagnatie.ts) decides. */
  readonly stagnatie?: LocalDate;
}

const LOKET_WACHT: readonly Status[] = ['wacht_op_toestemming', 'regierol_aangeboden'];

function later(a: LocalDate, b: LocalDate | undefined): LocalDate {
  return b !== undefined && b > a ? b : a;
}

/** The day the Loket's help should have started: N weeks after the decision (or a later Team NO decision). */
export function loketGrens(h: Pick<Hulpvraag, 'besluit' | 'status' | 'teamNoBesluit'>, loketNietGestartWeken: number): LocalDate | undefined {
  if (h.besluit?.soort !== 'loket' || !LOKET_WACHT.includes(h.status)) return undefined;
  return plusDagen(later(h.besluit.datum, h.teamNoBesluit?.datum), loketNietGestartWeken * 7);
}

/** Which wait the case is in now (without dates): its kind, who must act and what a reminder is about. */
export function wachtVan(h: Hulpvraag): Pick<Wacht, 'soort' | 'rollen' | 'onderwerp'> | undefined {
  let wacht: { soort: WachtSoort; rollen: readonly Rol[] } | undefined;
  if (h.status === 'regierol_aangeboden') wacht = { soort: 'aanbod', rollen: ['kandidaat_regierol'] };
  if (h.status === 'wacht_op_toestemming') wacht = { soort: 'toestemming', rollen: ['ib_coo'] };
  if (h.status === 'bij_schakelteam' && h.besluit) wacht = { soort: 'besluit', rollen: ['ib_coo', 'schakelfunctionaris'] };
  if (!wacht) return undefined;
  const soort = h.besluit?.soort === 'loket' && LOKET_WACHT.includes(h.status) ? 'loket' : wacht.soort;
  return { soort, rollen: wacht.rollen, onderwerp: `${soort}-${(h.statusSinds ?? h.bijgewerkt).replace(/[^0-9]/g, '')}` };
}

/** The wait the case is in now, if any, with its reminder day and (except for the Loket) its stagnation day. */
export function huidigeWacht(h: Hulpvraag, limieten: Wachtlimieten, loketNietGestartWeken: number, feestdagen: Feestdagopties): Wacht | undefined {
  const wacht = wachtVan(h);
  if (!wacht) return undefined;
  const sinds = datumInAmsterdam(new Date(h.statusSinds ?? h.bijgewerkt));
  if (wacht.soort === 'loket') {
    const grens = loketGrens(h, loketNietGestartWeken) ?? sinds;
    const herinnering = plusWerkdagen(werkdagOpOfVoor(grens, feestdagen), -limieten.loketHerinnerVoorafWerkdagen, feestdagen);
    return { ...wacht, herinnering: later(herinnering, sinds) };
  }
  const termijn = limieten[wacht.soort];
  return {
    ...wacht,
    herinnering: plusWerkdagen(sinds, termijn.herinnerNaWerkdagen, feestdagen),
    stagnatie: plusWerkdagen(sinds, termijn.stagnatieNaWerkdagen, feestdagen),
  };
}
