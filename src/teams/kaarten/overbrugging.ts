import { BeurtOmgeving } from '../../domain/beurttermijn';
import { Hulpvraag } from '../../domain/hulpvraag';
import { loketWacht } from '../../domain/loket';
import { datumNl } from '../../domain/tijd';

/**
 * The wait for the Loket in one line (issue 15): who gives overbruggingszorg (named only when the viewer may see who
 * is involved), until when, and the limit. Empty when the case does not wait for the Loket.
 */
export function overbruggingRegel(h: Hulpvraag, namen: boolean, omgeving: BeurtOmgeving): string {
  const wacht = loketWacht(h, omgeving.stagnatie.loket, omgeving.feestdagen);
  if (!wacht) return '';
  const door = namen && wacht.overbrugger ? ` door ${wacht.overbrugger.naam}` : '';
  if (wacht.wat === 'antwoord') return `Overbruggingszorg${door} tot de hulp via het Loket start; het Loket antwoordt vóór ${datumNl(wacht.uiterlijk)}`;
  const laat = wacht.datum > wacht.uiterlijk ? ` (later dan ${datumNl(wacht.uiterlijk)})` : '';
  return `Overbruggingszorg${door} tot de hulp via het Loket start op ${datumNl(wacht.datum)}${laat}`;
}

/** The overview's line for a case that waits for the Loket, without names. */
export function loketOverzichtRegel(h: Hulpvraag, omgeving: BeurtOmgeving): string {
  const wacht = loketWacht(h, omgeving.stagnatie.loket, omgeving.feestdagen);
  if (!wacht) return '';
  return wacht.wat === 'antwoord' ? `Loket: antwoord vóór ${datumNl(wacht.uiterlijk)}` : `Loket: hulp start ${datumNl(wacht.datum)}`;
}
