/**
 * Nobody waits unseen (issue 10): a case that waits on one person or team is first reminded to whoever must act,
 * and only after a further limit counts as stagnation (stagnatie.ts) and goes to Team NO.
 *
 * - aanbod: the regierol is offered and the candidate has not answered.
 * - toestemming: the schakelteam decided and the IB'er/COO has not recorded consent.
 * - besluit: an offer was declined or could not be delivered (or Team NO sent the case back), and the schakelteam
 *   has not decided again. A new case waiting for its first decision is on the schakelteam's agenda instead.
 * - loket: the case reached the Loket (domain/loket.ts) and no Loket member has taken it yet (or, consent refused,
 *   contacted the person on its card). The Loket (its channel, and the named Loket member) is reminded on the day its
 *   answer is due; that day the schakelfunctionaris O/JH is asked to inquire too, and the Loket's own limits decide
 *   about stagnation (rule loket_niet_gestart). After the Loket's contact the consent wait begins again.
 *
 * Whoever the reminder of the first three goes to is whoever the case card names (`volgendeStap`), also when a role
 * fell vacant; when nobody of the schakelteam is left the step is the functional administrators' (`beheer`).
 *
 * A wait starts when the case enters its state (`statusSinds`); a new wait (another offer, a second decline)
 * starts the count again and has its own reminder.
 */
import { Hulpvraag } from './hulpvraag';
import { volgendeStap } from './invarianten';
import { LoketLimieten, bijHetLoket, loketTermijnen, naLoketContact } from './loket';
import { Rol } from './personen';
import { LocalDate, datumInAmsterdam } from './tijd';
import { Feestdagopties, plusWerkdagen } from './werkdagen';

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
}

export interface Wacht {
  readonly soort: WachtSoort;
  /** Who must act now: these roles on the case get the reminder (the Loket also in its channel). */
  readonly rollen: readonly Rol[];
  /** Nobody of the schakelteam is left on the case: the functional administrators must bind it again. */
  readonly beheer?: true;
  /** What the reminder is about: `<soort>-<instant the wait began>`; a new wait has a new subject. */
  readonly onderwerp: string;
  /** The working day of the reminder. */
  readonly herinnering: LocalDate;
  /** The day it counts as stagnation; for the Loket the rule loket_niet_gestart (stagnatie.ts) decides. */
  readonly stagnatie?: LocalDate;
}

/**
 * Who is reminded of a wait: whoever the case card names (invarianten.ts `volgendeStap`), including its fallback when
 * the role is vacant (the schakelteam member left on the case takes it over; nobody left: a functional administrator
 * binds the schakelteam again), so nobody the card names is left unreminded.
 */
function aanZetVoorWacht(h: Hulpvraag): { rollen: readonly Rol[]; beheer?: true } {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem) return { rollen: [] };
  return stap.beheer ? { rollen: [], beheer: true } : { rollen: stap.rollen };
}

/** Which wait the case is in now (without dates): its kind, who must act and what a reminder is about. */
export function wachtVan(h: Hulpvraag): Pick<Wacht, 'soort' | 'rollen' | 'onderwerp' | 'beheer'> | undefined {
  let wacht: { soort: WachtSoort; rollen: readonly Rol[]; beheer?: true } | undefined;
  if (bijHetLoket(h)) wacht = { soort: 'loket', rollen: ['kandidaat_regierol'] };
  else if (h.status === 'regierol_aangeboden') wacht = { soort: 'aanbod', ...aanZetVoorWacht(h) };
  else if (h.status === 'wacht_op_toestemming') wacht = { soort: 'toestemming', ...aanZetVoorWacht(h) };
  else if (h.status === 'bij_schakelteam' && h.besluit) wacht = { soort: 'besluit', ...aanZetVoorWacht(h) };
  if (!wacht) return undefined;
  return { ...wacht, onderwerp: `${wacht.soort}-${wachtBegin(h, wacht.soort).replace(/[^0-9]/g, '')}` };
}

/**
 * When a wait began: the Loket's when the case reached it, whatever changed since (consent given after a refusal);
 * the consent wait after the Loket's contact from that contact; every other when the case entered its state.
 */
function wachtBegin(h: Hulpvraag, soort: WachtSoort): string {
  const sinds = soort === 'loket' ? h.loket?.aangekomen : soort === 'toestemming' ? naLoketContact(h) : undefined;
  return sinds ?? h.statusSinds ?? h.bijgewerkt;
}

/** The wait the case is in now, if any, with its reminder day and (except for the Loket) its stagnation day. */
export function huidigeWacht(h: Hulpvraag, limieten: Wachtlimieten, loket: LoketLimieten, feestdagen: Feestdagopties): Wacht | undefined {
  const wacht = wachtVan(h);
  if (!wacht) return undefined;
  const sinds = datumInAmsterdam(new Date(wachtBegin(h, wacht.soort)));
  if (wacht.soort === 'loket') {
    const termijnen = loketTermijnen(h, loket, feestdagen);
    return { ...wacht, herinnering: termijnen?.antwoord ?? plusWerkdagen(sinds, loket.antwoordWerkdagen, feestdagen) };
  }
  const termijn = limieten[wacht.soort];
  return {
    ...wacht,
    herinnering: plusWerkdagen(sinds, termijn.herinnerNaWerkdagen, feestdagen),
    stagnatie: plusWerkdagen(sinds, termijn.stagnatieNaWerkdagen, feestdagen),
  };
}
