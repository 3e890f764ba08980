import { HulpvraagKaarten } from '../../app/meldingen';
import { BeurtOmgeving } from '../../domain/beurttermijn';
import { hulpvraagKaart } from './hulpvraag-kaart';

/** The app's port for case cards, implemented with the templates in cards/. */
export function hulpvraagKaarten(dialogen: boolean, beurttermijnen: BeurtOmgeving): HulpvraagKaarten {
  return {
    voorKanaal: (h) => hulpvraagKaart(h, undefined, { dialogen, beurttermijnen }),
    voorPersoon: (h, persoon, melding) => hulpvraagKaart(h, persoon, { melding, dialogen, beurttermijnen }),
  };
}
