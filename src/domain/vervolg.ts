import { Gebeurtenis } from './gebeurtenissen';
import { Hulpvraag } from './hulpvraag';
import { Betrokkene } from './personen';

/**
 * What follows without anyone clicking, in the same write: after a decision consent is asked (or basisondersteuning
 * closes the case); an evaluation that says "afsluiten" returns the case, one that says "escaleren" flags stagnation
 * for Team NO (whose members come from the bound Team NO channel).
 */
/** Whether `automatischVervolg` needs the Team NO members for this event (only an evaluation that escalates). */
export function vervolgVraagtTeamNo(gebeurtenis: Gebeurtenis): boolean {
  return gebeurtenis.soort === 'evaluatie_vastgelegd' && gebeurtenis.evaluatie.vervolg === 'escaleren';
}

export function automatischVervolg(gebeurtenis: Gebeurtenis, teamNo: readonly Betrokkene[], h: Hulpvraag): Gebeurtenis | undefined {
  if (h.status === 'besloten_basisondersteuning') {
    return { soort: 'gesloten', uitkomst: `Basisondersteuning: ${h.besluit?.reden ?? ''}`.trim() };
  }
  if (h.status.startsWith('besloten_')) return { soort: 'toestemming_gevraagd' };
  if (gebeurtenis.soort !== 'evaluatie_vastgelegd') return undefined;
  if (gebeurtenis.evaluatie.vervolg === 'afsluiten') return { soort: 'teruggemeld', toelichting: 'Evaluatie: afsluiten' };
  if (gebeurtenis.evaluatie.vervolg === 'escaleren') {
    return { soort: 'stagnatie_gemeld', reden: 'Evaluatie: escaleren', toelichting: gebeurtenis.evaluatie.toelichting, teamNo };
  }
  return undefined;
}
