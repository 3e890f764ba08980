/**
 * When must the sweep look at a case again? The earliest of: the next reminder not yet planned (after
 * `gecontroleerdTot`) and the earliest stagnation rule that applies. Stored on the case document as
 * `volgendeDeadline`, so the sweep finds its work with one indexed range query instead of reading every case.
 */
import { Herinneringsinstellingen, volgendeHerinnering } from './herinneringen';
import { Hulpvraag } from './hulpvraag';
import { stagnatieKandidaten } from './stagnatie';

export function volgendeDeadline(h: Hulpvraag, inst: Herinneringsinstellingen): Date | undefined {
  // Outbox entries not yet relayed (the process died right after the change): due at once, closed case or not.
  if ((h.uitgaand ?? []).length > 0) return new Date(h.bijgewerkt);
  if (h.status === 'gesloten') return undefined;
  const gecontroleerd = h.gecontroleerdTot ? new Date(h.gecontroleerdTot) : undefined;
  const kandidaten: Date[] = [];
  const herinnering = volgendeHerinnering(h, gecontroleerd, inst);
  if (herinnering) kandidaten.push(herinnering);
  // Stagnation does not look at gecontroleerdTot: a rule that applies and has not fired yet (for instance because
  // the status only now allows it) must be checked, even when its instant lies in the past.
  const [stagnatie] = stagnatieKandidaten(h, { limieten: inst.stagnatie, venster: inst.venster, feestdagen: inst.feestdagen });
  if (stagnatie) kandidaten.push(stagnatie.vanaf);
  if (kandidaten.length === 0) return undefined;
  return new Date(Math.min(...kandidaten.map((d) => d.getTime())));
}
