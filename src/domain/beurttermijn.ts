/**
 * By when the step a case waits for must be taken (issue 13: the case card says whose turn it is AND by when).
 * The date comes from the rules that would otherwise act: a wait (wachten.ts) counts as stagnation from its
 * stagnation day, the Loket's help from its limit (loketGrens); a running regierol without progress gets its
 * "no progress" reminder (stagnatie.ts). "Vóór" that day the step is on time; states without such a rule (Team NO's
 * decision, a return for closure, a handover to judge, a new case for the meeting) have no date.
 */
import { Hulpvraag } from './hulpvraag';
import { StagnatieLimieten, voortgangHerinnering } from './stagnatie';
import { LocalDate } from './tijd';
import { huidigeWacht, loketGrens } from './wachten';
import { Feestdagopties } from './werkdagen';

export interface BeurtOmgeving {
  readonly stagnatie: StagnatieLimieten;
  readonly feestdagen: Feestdagopties;
}

export function beurtUiterlijk(h: Hulpvraag, omgeving: BeurtOmgeving): LocalDate | undefined {
  const { stagnatie: limieten, feestdagen } = omgeving;
  const wacht = huidigeWacht(h, limieten.wachten, limieten.loketNietGestartWeken, feestdagen);
  if (wacht?.soort === 'loket') return loketGrens(h, limieten.loketNietGestartWeken);
  if (wacht) return wacht.stagnatie;
  // While consent must be extended it is the IB'er/COO's turn, not the holder's progress.
  if (h.status === 'regierol_actief' && !h.uitbreiding) return voortgangHerinnering(h, { limieten, feestdagen })?.datum;
  return undefined;
}
