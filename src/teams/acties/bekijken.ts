import { mag } from '../../domain/beleid';
import { datumInAmsterdam } from '../../domain/tijd';
import { leesHulpvraag } from '../../app/wijzigen';
import { noteerGeweigerd } from '../../app/route-acties';
import { KaartActie } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { VERBS } from '../verbs';
import { actieDataSchema, leesInvoer } from './invoer';

/**
 * "Bekijken" and the automatic refresh: the involved get their own full card, anyone else the minimal one with
 * a short explanation (and the attempt goes into the history).
 */
export const bekijkActie: KaartActie = {
  verb: VERBS.vernieuwen,
  async voerUit(context, data) {
    const sleutel = leesInvoer(actieDataSchema, data);
    const { route } = context.diensten;
    const hulpvraagSleutel = { schakelteamId: sleutel.schakelteamId, id: sleutel.hulpvraagId };
    const { waarde: h } = await leesHulpvraag(route.hulpvragen, hulpvraagSleutel);
    const vandaag = datumInAmsterdam(route.klok.nu());
    if (mag(h, context.persoon, 'lezen')) return { soort: 'kaart', kaart: hulpvraagKaart(h, context.persoon, { vandaag }) };
    await noteerGeweigerd(route, hulpvraagSleutel, context.persoon, 'lezen');
    return {
      soort: 'kaart',
      kaart: hulpvraagKaart(h, undefined, { vandaag, melding: 'U bent niet betrokken bij deze hulpvraag; u ziet alleen nummer en status.', meldingKleur: 'Attention' }),
    };
  },
};
