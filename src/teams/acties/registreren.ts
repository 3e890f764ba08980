import { z } from 'zod';
import { BeurtContext, InvokeAntwoord, KaartActie, kaartOpties } from '../context';
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
    return { soort: 'kaart', kaart: registratieKaart(await context.diensten.mijnSchakelteams(context.persoon), gelezen.waarden, gelezen.fouten, formulierId) };
  }
  const uitkomst = await context.diensten.registreer(context.persoon, gelezen.registratie);
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
