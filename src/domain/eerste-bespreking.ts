/**
 * The meeting a new case waits for (issue 13: whose turn and by when). The schakelteam decides on a new case in its
 * meeting. Each agenda is composed when it is sent (app/agenda.ts): at the earliest when the send window opens on
 * its due day, AGENDA_DAGEN_VOORAF days before the meeting. A case registered before that instant is on that agenda;
 * one registered later waits for the next meeting the rhythm holds (holidays and school holidays skipped).
 */
import { LocalDate, datumInAmsterdam } from './tijd';
import { Vergaderkalender, Vergaderritme, vergaderingNa } from './vergaderritme';
import { Verzendvenster, eersteVensterVanaf } from './werkdagen';

export interface Overleginstellingen {
  /** AGENDA_DAGEN_VOORAF. */
  readonly dagenVooraf: number;
  readonly kalender: Vergaderkalender;
  readonly venster: Verzendvenster;
}

/** The date of the first meeting whose agenda can still carry a case registered at `moment`; none without a rhythm. */
export function eersteBespreking(moment: Date, ritme: Vergaderritme | undefined, inst: Overleginstellingen): LocalDate | undefined {
  if (!ritme) return undefined;
  const volgende = (na: LocalDate) => vergaderingNa(na, ritme, inst.dagenVooraf, inst.kalender);
  let vergadering = volgende(datumInAmsterdam(moment));
  while (vergadering && moment >= eersteVensterVanaf(vergadering.agendaOp, inst.venster, inst.kalender)) vergadering = volgende(vergadering.datum);
  return vergadering?.datum;
}
