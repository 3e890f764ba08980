import { BeurtOmgeving } from '../../domain/beurttermijn';
import { Hulpvraag } from '../../domain/hulpvraag';
import { contactNodig, loketContact, loketWacht, startCorrigeerbaar } from '../../domain/loket';
import { STATUS_NAMEN } from '../../domain/route';
import { datumInAmsterdam, datumNl } from '../../domain/tijd';
import { magZien, organisatieVan, zichtVoorRol } from '../../domain/zichtbaarheid';
import { VERBS } from '../verbs';
import { dialoogKnop } from './hulpvraag-kaart';
import { Feit } from './modellen';
import { AdaptiveCard, renderKaart } from './render';

/**
 * The card in the Loket's channel (seed 001). Every member sees it, so it carries no text anyone typed: number,
 * school, state, how and when it came, the consent state and names from Teams. Without consent the Loket gets only
 * whom to contact (the regierol holder, or the IB'er/COO while there is none), and instead of taking it a button to
 * say it made contact. The card is
 * replaced when what it shows changes: by when the Loket answers, that it was taken and the help's start date (not
 * the provider: typed text), who gives overbruggingszorg until then, and that the help started.
 */
export function loketKaart(h: Hulpvraag, dialogen: boolean, omgeving: BeurtOmgeving): AdaptiveCard {
  const loket = h.loket;
  const contact = loketContact(h);
  const status = h.toestemming?.status;
  const zonderToestemming = status !== undefined && status !== 'gegeven';
  const dag = (tijdstip: string) => datumNl(datumInAmsterdam(new Date(tijdstip)));
  // What the Loket may see is the one rule's answer for its role: after a refusal only the number and whom to contact.
  const zicht = zichtVoorRol('loket', { status: h.status, toestemming: status, organisatieGedeeld: (h.toestemming?.partners ?? []).some((p) => p === organisatieVan({ rol: 'loket' })) });
  const feiten: Feit[] = [];
  if (magZien(zicht, 'data')) {
    feiten.push({ titel: 'Naar het Loket', waarde: `${loket?.via === 'overdracht' ? 'overdracht van de regierol' : 'besluit van het schakelteam'} (${dag(loket?.sinds ?? h.bijgewerkt)})` });
  }
  // After closure the Loket sees nothing of the case any more (the rule's "niets"): the card only says it left.
  if (zicht !== 'niets') feiten.push({ titel: 'Toestemming', waarde: status ?? 'nog niet vastgelegd' });
  if (contact && zicht !== 'niets') feiten.push({ titel: 'Contact', waarde: `${contact.naam}${contact.discipline ? ` (${contact.discipline})` : ''}` });
  const wacht = loketWacht(h, omgeving.stagnatie.loket, omgeving.feestdagen);
  if (wacht?.wat === 'antwoord' && magZien(zicht, 'data')) feiten.push({ titel: 'Antwoord van het Loket', waarde: `vóór ${datumNl(wacht.uiterlijk)}` });
  if (loket?.genomen) feiten.push({ titel: 'Opgepakt', waarde: dag(loket.genomen) });
  if (loket?.weging) feiten.push({ titel: 'Hulp', waarde: `${loket.weging.lijn === 'eerste' ? '1e-lijns' : '2e-lijns'}, start ${datumNl(loket.weging.start)}` });
  if (loket?.hulpGestart) feiten.push({ titel: 'Overbruggingszorg', waarde: `beëindigd: de hulp is gestart (${dag(loket.hulpGestart)})` });
  else if (!zonderToestemming && loket?.vorigeHouder) feiten.push({ titel: 'Overbruggingszorg', waarde: `${loket.vorigeHouder.naam} tot de hulp start` });
  const open = h.status === 'regierol_aangeboden' && !zonderToestemming && loket !== undefined && !loket.genomen;
  return renderKaart('loket', {
    titel: `Voor het Loket: ${h.nummer}`,
    school: magZien(zicht, 'kern') ? `${h.school} (${h.onderwijs})` : '',
    statusNaam: magZien(zicht, 'kern') ? STATUS_NAMEN[h.status] : '',
    uitleg: uitleg(h, zonderToestemming),
    feiten,
    // Consent refused: the Loket's step is contacting the person named, and saying so (seed 001).
    oppakken: open
      ? [dialoogKnop('loket', 'Oppakken en wegen', h, dialogen)]
      : contactNodig(h)
        ? [dialoogKnop('loketcontact', 'Contact opgenomen', h, dialogen)]
        : startCorrigeerbaar(h)
          ? [dialoogKnop('loketstart', 'Startdatum wijzigen', h, dialogen)]
          : [],
    actieData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
    verbBekijken: VERBS.vernieuwen,
  });
}

function uitleg(h: Hulpvraag, zonderToestemming: boolean): string {
  if (h.loket?.hulpGestart) return 'De hulp via het Loket is gestart.';
  if (h.loket?.genomen) return 'Het Loket heeft de hulpvraag opgepakt en gewogen.';
  if (h.loket?.contact && zonderToestemming) return "Het Loket heeft contact opgenomen. Geven de ouders alsnog toestemming, dan legt de IB'er/COO die vast en kan het Loket de hulpvraag oppakken.";
  if (h.status === 'gesloten' || h.status === 'stagnatie_team_no') return 'De hulpvraag ligt niet meer bij het Loket.';
  return zonderToestemming
    ? 'Er is geen toestemming om gegevens te delen. Het Loket krijgt alleen de contactgegevens: neem contact op voor de inhoud.'
    : 'Een Loket-medewerker pakt de hulpvraag op en legt de weging vast: 1e- of 2e-lijns hulp, de aanbieder en wanneer de hulp start.';
}
