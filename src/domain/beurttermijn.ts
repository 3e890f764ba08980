/**
 * By when the step a case waits for must be taken (issue 13: the case card says whose turn it is AND by when).
 * The date comes from the rule that would otherwise act, so the card and that rule name the same day:
 * - a wait (wachten.ts) counts as stagnation from its stagnation day, the Loket's answer from its limit (loket.ts);
 * - a running regierol without progress counts as stagnation some time after its "no progress" reminder (stagnatie.ts);
 * - Team NO is reminded again a number of working days after it heard of the stagnation (herinneringen.ts);
 * - a new case is decided on in the schakelteam's meeting whose agenda carries it (eerste-bespreking.ts), named from
 *   the team's rhythm as it is when the card is shown; a schakelteam without a rhythm has the limit of a new
 *   decision (the `besluit` wait).
 * Where no rule acts (a handover to judge, a return for closure) a product default gives the day (`Beurtlimieten`);
 * on that day whoever is at turn is reminded once (herinneringen.ts, `termijn_verstreken`).
 * "Vóór" that day the step is on time; in the meeting's case, on the meeting day.
 */
import { Overlegstand, overlegVoor, wachtOpEersteBesluit } from './eerste-bespreking';
import { Herinneringsinstellingen, productTermijn, teamNoHerinnering } from './herinneringen';
import { Hulpvraag } from './hulpvraag';
import { geenVoortgangStagnatie } from './stagnatie';
import { LocalDate, datumInAmsterdam } from './tijd';
import { huidigeWacht } from './wachten';
import { plusWerkdagen } from './werkdagen';

export type BeurtOmgeving = Pick<Herinneringsinstellingen, 'stagnatie' | 'feestdagen' | 'venster' | 'escalatieElke' | 'beurten'> & {
  /**
   * The case's schakelteam's rhythm as its binding holds it now (read where the card is made, only for a case waiting
   * for its first decision). Without it no date is named for that step: a guess could name a meeting that is not held.
   */
  readonly overleg?: Overlegstand;
};

/** The schakelteam's meeting a new case waits for, when its team has a rhythm. */
export function wachtOpOverleg(h: Hulpvraag, omgeving: Pick<BeurtOmgeving, 'overleg'>): LocalDate | undefined {
  return omgeving.overleg && overlegVoor(h, omgeving.overleg);
}

export function beurtUiterlijk(h: Hulpvraag, omgeving: BeurtOmgeving): LocalDate | undefined {
  const { stagnatie: limieten, feestdagen } = omgeving;
  const wacht = huidigeWacht(h, limieten.wachten, limieten.loket, feestdagen);
  // The Loket answers (takes the case with its weighing) before its answer limit.
  if (wacht?.soort === 'loket') return wacht.herinnering;
  if (wacht) return wacht.stagnatie;
  // An expert waiting for wider consent does not stop the holder: their progress stays due.
  if (h.status === 'regierol_actief') return geenVoortgangStagnatie(h, { limieten, feestdagen });
  if (h.status === 'stagnatie_team_no') return h.stagnatie && teamNoHerinnering(h.stagnatie.sinds, omgeving);
  const sinds = datumInAmsterdam(new Date(h.statusSinds ?? h.bijgewerkt));
  if (wachtOpEersteBesluit(h)) {
    if (!omgeving.overleg) return undefined;
    return wachtOpOverleg(h, omgeving) ?? plusWerkdagen(sinds, limieten.wachten.besluit.stagnatieNaWerkdagen, feestdagen);
  }
  return productTermijn(h, omgeving);
}
