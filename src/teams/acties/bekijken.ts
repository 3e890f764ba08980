import { KaartActie, kaartOptiesVoor, wieVan } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { VERBS } from '../verbs';
import { actieDataSchema, leesInvoer } from './invoer';

/**
 * "Bekijken" and the automatic refresh: the involved get their own full card, anyone else the minimal one with
 * a short explanation (the use case notes the attempt in the history).
 */
export const bekijkActie: KaartActie = {
  verb: VERBS.vernieuwen,
  async voerUit(context, data) {
    const sleutel = leesInvoer(actieDataSchema, data);
    const { hulpvraag: h, magLezen, koppelrollen } = await context.diensten.bekijk(wieVan(context), { schakelteamId: sleutel.schakelteamId, id: sleutel.hulpvraagId });
    const opties = await kaartOptiesVoor(context, h);
    // A Team NO or Loket member sees what their binding role sees (domain/zichtbaarheid.ts), as it lets them act.
    if (magLezen) return { soort: 'kaart', kaart: hulpvraagKaart(h, { ...context.persoon, koppelrollen }, opties) };
    return {
      soort: 'kaart',
      kaart: hulpvraagKaart(h, undefined, { ...opties, melding: 'U bent niet betrokken bij deze hulpvraag; u ziet alleen nummer en status.', meldingKleur: 'Attention' }),
    };
  },
};
