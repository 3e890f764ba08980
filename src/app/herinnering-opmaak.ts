import { Herinnering } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { volgendeStap } from '../domain/invarianten';
import { regelNaam } from '../domain/stagnatie';
import { datumInAmsterdam, datumNl } from '../domain/tijd';
import { Bericht, HerinneringOpmaak } from './ports';

function evaluatieNaam(r: Herinnering): string {
  return r.evaluatie?.soort === 'eind' ? 'evaluatie' : 'tussentijdse evaluatie';
}

/** Shared by the plain text and the card: what the holder must do before it counts as stagnation. */
export function voortgangGevraagd(h: Hulpvraag): string {
  return `Bij hulpvraag ${h.nummer} is al een tijd geen voortgang vastgelegd. Leg de voortgang vast (knop Voortgang); blijft het stil, dan meldt de bot na de termijn stagnatie bij Team NO.`;
}

/** Whom a reminder was for, as people read it. */
export function ontvangerNaam(r: Pick<Herinnering, 'ontvanger'>): string {
  if (r.ontvanger.soort === 'persoon') return r.ontvanger.naam;
  if (r.ontvanger.soort === 'beheer') return 'functioneel beheer';
  return r.ontvanger.kanaalSoort === 'loket' ? 'het Loket-kanaal' : 'het Team NO-kanaal';
}

const ESCALEERT = 'blijft het stil, dan meldt de bot na de termijn stagnatie bij Team NO.';

/** Shared by the plain text and the card: the reminder of a wait (domain/wachten.ts) to whoever must act. */
export function wachtTekst(r: Pick<Herinnering, 'soort' | 'ontvanger'>, h: Hulpvraag): string | undefined {
  const sinds = datumNl(datumInAmsterdam(new Date(h.statusSinds ?? h.bijgewerkt)));
  switch (r.soort) {
    case 'aanbod_open':
      return `U kreeg op ${sinds} de regierol voor hulpvraag ${h.nummer} aangeboden en heeft nog niet geantwoord. Accepteer of weiger op deze kaart; ${ESCALEERT}`;
    case 'toestemming_open':
      // After a refusal the Loket made contact (seed 001): the consent may still come, or the case closes.
      if (h.loket?.contact && h.toestemming?.status === 'geweigerd') {
        return `Er is geen toestemming voor hulpvraag ${h.nummer}; het Loket heeft op ${datumNl(datumInAmsterdam(new Date(h.loket.contact)))} contact opgenomen. Leg de toestemming alsnog vast als die er komt, of sluit de hulpvraag; ${ESCALEERT}`;
      }
      return `De toestemming voor hulpvraag ${h.nummer} (gevraagd op ${sinds}) is nog niet vastgelegd. Leg haar vast of sluit de hulpvraag; ${ESCALEERT}`;
    case 'besluit_open':
      return `Hulpvraag ${h.nummer} wacht sinds ${sinds} op een nieuw besluit van het schakelteam: het aanbod van de regierol ging niet door. Neem een besluit op de kaart; ${ESCALEERT}`;
    case 'loket_open': {
      const aangekomen = datumNl(datumInAmsterdam(new Date(h.loket?.aangekomen ?? h.statusSinds ?? h.bijgewerkt)));
      const wat = h.toestemming?.status === 'gegeven' ? 'Pak de hulpvraag op en leg de weging vast' : 'Neem contact op met de contactpersoon op de kaart';
      return `Hulpvraag ${h.nummer} ligt sinds ${aangekomen} bij het Loket en is nog niet opgepakt. ${wat}; de schakelfunctionaris O/JH vraagt na, en start de hulp niet op tijd, dan meldt de bot stagnatie bij Team NO (de overbruggingszorg mag niet te lang duren).`;
    }
    default:
      return undefined;
  }
}

/**
 * Shared by the plain text and the card: a product-default day passed (domain/herinneringen.ts `productTermijn`). Which
 * step, by when; to whoever is at turn, and what to do when their role must first be taken over.
 */
export function termijnTekst(r: Pick<Herinnering, 'datum'>, h: Hulpvraag): string {
  const voor = datumNl(r.datum);
  const wat =
    h.status === 'terug_voor_afsluiting'
      ? `Hulpvraag ${h.nummer} is teruggemeld voor afsluiting en had vóór ${voor} afgesloten of heropend moeten zijn.`
      : h.uitbreiding?.stap === 'overdracht'
        ? `De toestemming voor de voorgestelde overdracht van hulpvraag ${h.nummer} had vóór ${voor} uitgebreid moeten zijn (of de overdracht afgewezen).`
        : `De voorgestelde overdracht van de regierol van hulpvraag ${h.nummer} had vóór ${voor} beoordeeld moeten zijn.`;
  // With nobody of the schakelteam left it goes to the functional administrators instead (herinnering-beheer.ts).
  if (volgendeStap(h)?.stap === 'rol_overnemen') return `${wat} De rol die deze stap zet, is vrij: neem die rol over en zet de stap.`;
  return `${wat} Zet de stap op de kaart van de hulpvraag.`;
}

/**
 * An agreement of the meeting: which case, which meeting, by when. What was agreed is "wat" information and stays
 * behind "Details en tijdlijn", where the visibility rule decides who reads it.
 */
export function afspraakHerinnering(r: Herinnering, h: Hulpvraag): string {
  const actie = h.afspraken?.acties.find((a) => r.onderwerp.endsWith(`-${a.id}-${a.wanneer}`));
  const wanneer = actie ? ` uiterlijk ${datumNl(actie.wanneer)}` : '';
  const overleg = h.afspraken ? ` in het overleg van ${datumNl(h.afspraken.overleg)}` : '';
  return `Herinnering: u hebt${overleg} een afspraak gemaakt over hulpvraag ${h.nummer}, klaar${wanneer}. Wat er is afgesproken, staat bij "Details en tijdlijn".`;
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
      case 'afspraak':
        return { tekst: afspraakHerinnering(r, h) };
      case 'termijn_verstreken':
        return { tekst: termijnTekst(r, h) };
      case 'aanbod_open':
      case 'toestemming_open':
      case 'besluit_open':
      case 'loket_open':
        return { tekst: wachtTekst(r, h) };
      case 'escalatie_team_no': {
        // This goes to the Team NO channel: the rule that fired, never the reason someone typed when reporting it.
        const waarom = h.stagnatie?.regel ? `automatisch gesignaleerd: ${regelNaam(h.stagnatie.regel)}` : 'gemeld door een betrokkene';
        return { tekst: `Stagnatie bij hulpvraag ${h.nummer} (${h.school}), ${waarom}. Team NO, neem een besluit.` };
      }
    }
  },
};
