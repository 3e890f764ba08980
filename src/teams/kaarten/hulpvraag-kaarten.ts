import { HulpvraagKaarten } from '../../app/meldingen';
import { BeurtOmgeving } from '../../domain/beurttermijn';
import { beurtKaart } from './beurt-kaart';
import { hulpvraagKaart } from './hulpvraag-kaart';
import { loketKaart } from './loket-kaart';

/** The app's port for case cards, implemented with the templates in cards/. */
export function hulpvraagKaarten(dialogen: boolean, beurttermijnen: BeurtOmgeving): HulpvraagKaarten {
  return {
    voorKanaal: (h) => hulpvraagKaart(h, undefined, { dialogen, beurttermijnen }),
    // Whoever's turn it is gets a short card: what, by when, the step's button and "Open casus".
    voorPersoon: (h, persoon, aanleiding) => beurtKaart(h, persoon, { soort: 'Uw beurt', wat: aanleiding }, { dialogen, beurttermijnen }),
    voorLoket: (h) => loketKaart(h, dialogen, beurttermijnen),
  };
}
