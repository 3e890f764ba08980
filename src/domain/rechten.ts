import { DomainError, FOUTCODES } from './errors';
import { Hulpvraag, metHistorie, persoonsregel } from './hulpvraag';
import { MAX_LENGTE, REFERENTIE_UITLEG, leerlingreferentie } from './invoerregels';
import { Persoon } from './personen';

/**
 * Rights of the people a case is about (AVG art. 15–17), exercised through a functional administrator: an export
 * for an access request, correction of registration fields, erasure on request. Retention ends a case the same way.
 */

/** The registration fields a functional administrator may correct (AVG art. 16), with their length caps. */
export const CORRIGEERBARE_VELDEN = {
  referentie: MAX_LENGTE.referentie,
  groep: MAX_LENGTE.kort,
  school: MAX_LENGTE.kort,
  vraag: MAX_LENGTE.tekst,
  signalen: MAX_LENGTE.tekst,
  geprobeerd: MAX_LENGTE.tekst,
} as const;
export type CorrigeerbaarVeld = keyof typeof CORRIGEERBARE_VELDEN;

export function isCorrigeerbaarVeld(veld: string): veld is CorrigeerbaarVeld {
  return Object.hasOwn(CORRIGEERBARE_VELDEN, veld);
}

/** The case with one registration field corrected: a new version and a history line naming the field, not the values. */
export function corrigeer(h: Hulpvraag, veld: CorrigeerbaarVeld, invoer: string, door: Persoon, moment: Date): Hulpvraag {
  const waarde = invoer.trim();
  if (waarde.length > CORRIGEERBARE_VELDEN[veld]) {
    throw new DomainError(FOUTCODES.ongeldigeInvoer, `Maximaal ${CORRIGEERBARE_VELDEN[veld]} tekens`);
  }
  if (waarde === '' && veld !== 'signalen' && veld !== 'geprobeerd') throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Dit veld mag niet leeg zijn');
  let veranderd: Hulpvraag;
  if (veld === 'referentie' || veld === 'groep') {
    const referentie = veld === 'referentie' ? leerlingreferentie(waarde) : h.leerling.referentie;
    if (referentie === undefined) throw new DomainError(FOUTCODES.ongeldigeInvoer, REFERENTIE_UITLEG);
    veranderd = { ...h, leerling: { ...h.leerling, referentie, groep: veld === 'groep' ? waarde : h.leerling.groep } };
  } else {
    veranderd = { ...h, [veld]: waarde };
  }
  const tijdstip = moment.toISOString();
  return {
    ...veranderd,
    versie: h.versie + 1,
    bijgewerkt: tijdstip,
    geschiedenis: metHistorie(h.geschiedenis, { tijdstip, door: persoonsregel(door), wat: 'gecorrigeerd', details: { veld } }),
  };
}
