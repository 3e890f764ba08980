import { HulpvraagKaarten } from '../../app/meldingen';
import { Klok } from '../../app/ports';
import { datumInAmsterdam } from '../../domain/tijd';
import { hulpvraagKaart } from './hulpvraag-kaart';

/** The app's port for case cards, implemented with the templates in cards/. */
export function hulpvraagKaarten(klok: Klok, dialogen: boolean): HulpvraagKaarten {
  const vandaag = () => datumInAmsterdam(klok.nu());
  return {
    voorKanaal: (h) => hulpvraagKaart(h, undefined, { vandaag: vandaag(), dialogen }),
    voorPersoon: (h, persoon, melding) => hulpvraagKaart(h, persoon, { vandaag: vandaag(), melding, dialogen }),
  };
}
