/**
 * When must the sweep look at a case again? The earliest of: the next reminder not yet planned (after
 * `gecontroleerdTot`), the earliest stagnation rule that applies and the Loket's next step (domain/loket.ts). Stored on the case document as
 * `volgendeDeadline`, so the sweep finds its work with one indexed range query instead of reading every case.
 */
import { Herinneringsinstellingen, volgendeHerinnering } from './herinneringen';
import { Hulpvraag } from './hulpvraag';
import { loketStappen } from './loket';
import { stagnatieKandidaten } from './stagnatie';
import { eersteDoorsturen } from './uitgaand';

export function volgendeDeadline(h: Hulpvraag, inst: Herinneringsinstellingen): Date | undefined {
  // Outbox entries still on the case (the process that wrote them died before they went out): due once nobody sends
  // them any more, closed case or not.
  return vroegste(eersteDoorsturen(h), zaakDeadline(h, inst));
}

/**
 * The deadline apart from the outbox: what the case itself waits for. Sending or clearing the outbox does not change
 * it, so a write that only clears entries reuses it (store/hulpvraag-opslag.ts).
 */
export function zaakDeadline(h: Hulpvraag, inst: Herinneringsinstellingen): Date | undefined {
  if (h.status === 'gesloten') return undefined;
  const gecontroleerd = h.gecontroleerdTot ? new Date(h.gecontroleerdTot) : undefined;
  const kandidaten: Date[] = [];
  const herinnering = volgendeHerinnering(h, gecontroleerd, inst);
  if (herinnering) kandidaten.push(herinnering);
  // Stagnation does not look at gecontroleerdTot: a rule that applies and has not fired yet (for instance because
  // the status only now allows it) must be checked, even when its instant lies in the past.
  const [stagnatie] = stagnatieKandidaten(h, { limieten: inst.stagnatie, venster: inst.venster, feestdagen: inst.feestdagen });
  if (stagnatie) kandidaten.push(stagnatie.vanaf);
  // The Loket's own steps (an inquiry, the help's start): like stagnation, pending until applied.
  const [loket] = loketStappen(h, { limieten: inst.stagnatie.loket, venster: inst.venster, feestdagen: inst.feestdagen });
  if (loket) kandidaten.push(loket.vanaf);
  return vroegste(...kandidaten);
}

/** The earliest of the moments given, if any. */
export function vroegste(...momenten: ReadonlyArray<Date | undefined>): Date | undefined {
  const tijden = momenten.flatMap((d) => (d ? [d.getTime()] : []));
  return tijden.length > 0 ? new Date(Math.min(...tijden)) : undefined;
}
