import { z } from 'zod';
import { ActieUitkomst } from '../../app/route-acties';
import { Gebeurtenis } from '../../domain/gebeurtenissen';
import { Hulpvraag } from '../../domain/hulpvraag';
import { wachtOpEersteBesluit } from '../../domain/eerste-bespreking';
import { BeurtContext, InvokeAntwoord, KaartActie, kaartOpties, kaartOptiesVoor, wieVan } from '../context';
import { alsMelding } from '../fouten';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { actieDataSchema, leesInvoer } from './invoer';

export type Bouwer<S extends z.ZodObject> = (invoer: z.infer<S>, context: BeurtContext) => Promise<Gebeurtenis> | Gebeurtenis;

const BEVESTIGING = 'Vastgelegd. Dit is de huidige stand.';
const VEROUDERD = 'Deze kaart was niet meer actueel; er is niets gewijzigd. Dit is de huidige stand.';

export function antwoordOpUitkomst(context: BeurtContext, uitkomst: ActieUitkomst, bevestiging = BEVESTIGING, opties = kaartOpties(context)): InvokeAntwoord {
  if (uitkomst.soort === 'geweigerd') {
    const melding = alsMelding(uitkomst.fout, context.log).tekst;
    // The use case returns the case only to whoever may read it (and audited that read).
    const h = uitkomst.hulpvraag;
    if (h) return { soort: 'kaart', kaart: hulpvraagKaart(h, { ...context.persoon, koppelrollen: uitkomst.koppelrollen }, { ...opties, melding, meldingKleur: 'Attention' }) };
    return { soort: 'bericht', tekst: melding };
  }
  const melding = uitkomst.soort === 'verouderd' ? VEROUDERD : bevestiging;
  return {
    soort: 'kaart',
    kaart: hulpvraagKaart(uitkomst.hulpvraag, context.persoon, {
      ...opties,
      melding,
      meldingKleur: uitkomst.soort === 'verouderd' ? 'Warning' : 'Good',
    }),
  };
}

/**
 * A card verb that changes a case: parse the card's data with its schema, build the event, and let the use case
 * apply it exactly once. The clicker always gets the current card back.
 */
export function routeActie<S extends z.ZodObject>(
  verb: string,
  schema: S,
  bouw: Bouwer<S>,
  bevestiging?: string | ((context: BeurtContext, hulpvraag: Hulpvraag) => Promise<string>),
): KaartActie {
  return {
    verb,
    formulier: schema,
    async voerUit(context, data) {
      const sleutel = leesInvoer(actieDataSchema, data);
      const invoer = leesInvoer(schema, data);
      // Not awaited: the use case reads the case meanwhile.
      const gebeurtenis = Promise.resolve(bouw(invoer, context));
      // The answer for a change is rendered while the channel card is on its way (not when the text needs a lookup).
      const voorbereid: { hulpvraag?: Hulpvraag; antwoord?: InvokeAntwoord } = {};
      // A case still waiting for its first decision names its meeting, from its team's rhythm: read below, not here.
      const terwijl =
        typeof bevestiging === 'function'
          ? undefined
          : (hulpvraag: Hulpvraag) => {
              if (!wachtOpEersteBesluit(hulpvraag)) Object.assign(voorbereid, { hulpvraag, antwoord: antwoordOpUitkomst(context, { soort: 'toegepast', hulpvraag }, bevestiging) });
            };
      const uitkomst = await context.diensten.voerActieUit(
        wieVan(context),
        { schakelteamId: sleutel.schakelteamId, id: sleutel.hulpvraagId },
        sleutel.versie,
        gebeurtenis,
        terwijl,
      );
      if (uitkomst.soort === 'toegepast' && voorbereid.antwoord && voorbereid.hulpvraag === uitkomst.hulpvraag) return voorbereid.antwoord;
      const tekst = typeof bevestiging === 'function' ? (uitkomst.soort === 'toegepast' ? await bevestiging(context, uitkomst.hulpvraag) : undefined) : bevestiging;
      return antwoordOpUitkomst(context, uitkomst, tekst, await kaartOptiesVoor(context, uitkomst.hulpvraag));
    },
  };
}
