import { Herinnering } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { datumNl } from '../domain/tijd';
import { Bericht, HerinneringOpmaak } from './ports';

function evaluatieNaam(r: Herinnering): string {
  return r.evaluatie?.soort === 'eind' ? 'evaluatie' : 'tussentijdse evaluatie';
}

/** Shared by the plain text and the card: what the holder must do before it counts as stagnation. */
export function voortgangGevraagd(h: Hulpvraag): string {
  return `Bij hulpvraag ${h.nummer} is al een tijd geen voortgang vastgelegd. Leg de voortgang vast (knop Voortgang); blijft het stil, dan meldt de bot na de termijn stagnatie bij Team NO.`;
}

/**
 * Plain-text messages, "dat"-information only (case number, dates, the rule), never pupil details. The Teams layer
 * replaces this with Adaptive Cards that carry the buttons (record the evaluation, open the case, Team NO decision).
 */
export const tekstOpmaak: HerinneringOpmaak = {
  herinnering(r: Herinnering, h: Hulpvraag): Bericht {
    const datum = r.evaluatie ? datumNl(r.evaluatie.datum) : '';
    switch (r.soort) {
      case 'evaluatie_vooraf':
        return { tekst: `Herinnering: de ${evaluatieNaam(r)} van hulpvraag ${h.nummer} staat op ${datum}.` };
      case 'evaluatie_vandaag':
        return { tekst: `Vandaag staat de ${evaluatieNaam(r)} van hulpvraag ${h.nummer} gepland (${datum}). Leg de evaluatie vast.` };
      case 'evaluatie_achterstallig':
        return { tekst: `De ${evaluatieNaam(r)} van hulpvraag ${h.nummer} (${datum}) is nog niet vastgelegd. Leg de evaluatie vast.` };
      case 'voortgang_gevraagd':
        return { tekst: voortgangGevraagd(h) };
      case 'escalatie_team_no': {
        const regel = h.stagnatie?.regel ? ` (automatisch: ${h.stagnatie.regel})` : '';
        return { tekst: `Stagnatie bij hulpvraag ${h.nummer} (${h.school}): ${h.stagnatie?.reden ?? 'onbekend'}${regel}. Team NO, neem een besluit.` };
      }
    }
  },
  onbereikbaar(r: Herinnering, h: Hulpvraag, reden: string): Bericht {
    const wie = r.ontvanger.soort === 'persoon' ? r.ontvanger.naam : 'het Team NO-kanaal';
    return { tekst: `Een bericht over hulpvraag ${h.nummer} kon niet bij ${wie} worden bezorgd (${reden}). Neem zelf contact op.` };
  },
};
