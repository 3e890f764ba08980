import { z } from 'zod';
import { BeurtContext, InvokeAntwoord, KaartActie, kaartOpties, wieVan } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { registratieKaart } from '../kaarten/registratie-kaart';
import { VERBS } from '../verbs';
import { leesInvoer } from './invoer';
import { leesRegistratie, registratieSchema } from './registratie-invoer';

const formulierSchema = z.object({ formulierId: z.string().uuid('Dit formulier is niet (meer) geldig; typ "nieuwe hulpvraag".') });

async function registreer(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  const { formulierId } = leesInvoer(formulierSchema, data);
  const opties = kaartOpties(context);
  const gelezen = leesRegistratie(data, opties.vandaag, formulierId);
  if (!gelezen.geldig) {
    const teams = await context.diensten.mijnSchakelteams(context.persoon);
    return { soort: 'kaart', kaart: registratieKaart(teams, gelezen.waarden, gelezen.fouten, formulierId, gelezen.waarschuwingGezien) };
  }
  const uitkomst = await context.diensten.registreer(wieVan(context), gelezen.registratie);
  if (uitkomst.soort === 'al_geregistreerd') {
    const { hulpvraag } = uitkomst;
    return { soort: 'kaart', kaart: hulpvraagKaart(hulpvraag, context.persoon, { ...opties, melding: `Al geregistreerd als ${hulpvraag.nummer}.` }) };
  }
  const { hulpvraag: doorgezet, kanaalBereikt } = uitkomst;
  const melding = kanaalBereikt
    ? `Geregistreerd als ${doorgezet.nummer}. De kaart staat in het kanaal van het schakelteam.`
    : `Geregistreerd als ${doorgezet.nummer}, maar het kanaal van het schakelteam was niet bereikbaar. Het schakelteam ziet de hulpvraag via "mijn casussen".`;
  return { soort: 'kaart', kaart: hulpvraagKaart(doorgezet, context.persoon, { ...opties, melding, meldingKleur: kanaalBereikt ? 'Good' : 'Warning' }) };
}

export const registreerActie: KaartActie = { verb: VERBS.registreren, formulier: registratieSchema, voerUit: registreer };
