/**
 * By when the step a case waits for must be taken (issue 13: the case card says whose turn it is AND by when).
 * The date comes from the rules that would otherwise act: a wait (wachten.ts) counts as stagnation from its
 * stagnation day, the Loket's answer from its limit (loket.ts); a running regierol without progress counts as
 * stagnation some time after its "no progress" reminder (stagnatie.ts). "Vóór" that day the step is on time; states
 * without such a rule (Team NO's decision, a return for closure, a handover to judge, a new case for the meeting)
 * have no date.
 */
import { Hulpvraag } from './hulpvraag';
import { StagnatieLimieten, geenVoortgangStagnatie } from './stagnatie';
import { LocalDate } from './tijd';
import { huidigeWacht } from './wachten';
import { Feestdagopties } from './werkdagen';

export interface BeurtOmgeving {
  readonly stagnatie: StagnatieLimieten;
  readonly feestdagen: Feestdagopties;
}

export function beurtUiterlijk(h: Hulpvraag, omgeving: BeurtOmgeving): LocalDate | undefined {
  const { stagnatie: limieten, feestdagen } = omgeving;
  const wacht = huidigeWacht(h, limieten.wachten, limieten.loket, feestdagen);
  // The Loket answers (takes the case with its weighing) before its answer limit.
  if (wacht?.soort === 'loket') return wacht.herinnering;
  if (wacht) return wacht.stagnatie;
  // An expert waiting for wider consent does not stop the holder: their progress stays due.
  if (h.status === 'regierol_actief') return geenVoortgangStagnatie(h, { limieten, feestdagen });
  return undefined;
}
