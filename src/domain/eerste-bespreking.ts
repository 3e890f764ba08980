/**
 * The meeting a new case waits for (issue 13: whose turn and by when). The schakelteam decides on a new case in its
 * meeting. Each agenda is composed when it is sent (app/agenda.ts): at the earliest when the send window opens on
 * its due day, AGENDA_DAGEN_VOORAF days before the meeting. A case passed on before that instant is on that agenda;
 * one passed on later waits for the next meeting the rhythm holds (holidays and school holidays skipped).
 *
 * The date is derived whenever it is shown, from the team's rhythm as its binding holds it then: a rhythm changed
 * later moves it, and a meeting that passed without a decision hands the case to the next one. That is what the
 * agenda does too: it lists every case still waiting for its first decision, so the next agenda carries it again.
 */
import { Hulpvraag } from './hulpvraag';
import { LocalDate, datumInAmsterdam, plusDagen } from './tijd';
import { Vergaderkalender, Vergaderritme, vergaderingNa } from './vergaderritme';
import { Verzendvenster, eersteVensterVanaf } from './werkdagen';

export interface Overleginstellingen {
  /** AGENDA_DAGEN_VOORAF. */
  readonly dagenVooraf: number;
  readonly kalender: Vergaderkalender;
  readonly venster: Verzendvenster;
}

/** What naming a new case's meeting needs at the moment it is shown: the team's rhythm as it is now, and today. */
export interface Overlegstand extends Overleginstellingen {
  /** Absent: the team has no rhythm (never set, or "geen"). */
  readonly ritme: Vergaderritme | undefined;
  readonly vandaag: LocalDate;
}

/** The date of the first meeting whose agenda can still carry a case passed on at `moment`; none without a rhythm. */
export function eersteBespreking(moment: Date, ritme: Vergaderritme | undefined, inst: Overleginstellingen): LocalDate | undefined {
  if (!ritme) return undefined;
  const volgende = (na: LocalDate) => vergaderingNa(na, ritme, inst.dagenVooraf, inst.kalender);
  let vergadering = volgende(datumInAmsterdam(moment));
  while (vergadering && moment >= eersteVensterVanaf(vergadering.agendaOp, inst.venster, inst.kalender)) vergadering = volgende(vergadering.datum);
  return vergadering?.datum;
}

/** A new case waiting for the schakelteam's first decision: it is on the agenda, not in a wait with a reminder. */
export function wachtOpEersteBesluit(h: Pick<Hulpvraag, 'status' | 'besluit'>): boolean {
  return h.status === 'bij_schakelteam' && !h.besluit;
}

/**
 * The meeting that decides on a new case, as of `stand.vandaag`: the first meeting of the current rhythm whose agenda
 * could still carry the case when it was passed on, and not one already past (today's meeting counts until the day
 * ends). Undefined when the case does not wait for its first decision or the team has no rhythm.
 */
export function overlegVoor(h: Pick<Hulpvraag, 'status' | 'besluit' | 'statusSinds' | 'aangemaakt'>, stand: Overlegstand): LocalDate | undefined {
  if (!wachtOpEersteBesluit(h) || !stand.ritme) return undefined;
  // Both sets of meetings (agenda after the case, not past) run on to the rhythm's end: the later first one is in both.
  const eerste = eersteBespreking(new Date(h.statusSinds ?? h.aangemaakt), stand.ritme, stand);
  const nietVoorbij = vergaderingNa(plusDagen(stand.vandaag, -1), stand.ritme, stand.dagenVooraf, stand.kalender)?.datum;
  if (!eerste || !nietVoorbij) return undefined;
  return eerste > nietVoorbij ? eerste : nietVoorbij;
}
