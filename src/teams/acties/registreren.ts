import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Schakelteam } from '../../domain/schakelteam';
import { datumInAmsterdam } from '../../domain/tijd';
import { BeurtContext, InvokeAntwoord, KaartActie } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { RegistratieKaart, RegistratieVeld } from '../kaarten/modellen';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';
import { leesInvoer } from './invoer';
import { leeg, leesRegistratie } from './registratie-invoer';

export function registratieKaart(
  teams: readonly Schakelteam[],
  waarden: Partial<Record<RegistratieVeld, string>>,
  fouten: Partial<Record<RegistratieVeld, string>> = {},
  formulierId: string = randomUUID(),
): AdaptiveCard {
  const [enigTeam] = teams.length === 1 ? teams : [];
  const model: RegistratieKaart = {
    verb: VERBS.registreren,
    formulierId,
    schakelteams: teams.map((t) => ({ titel: `${t.naam} (${t.scholen.join(', ')})`, waarde: t.id })),
    waarden: {
      ...leeg(),
      schakelteamId: enigTeam?.id ?? '',
      school: enigTeam?.scholen.length === 1 ? (enigTeam.scholen[0] ?? '') : '',
      oudersOpDeHoogte: 'false',
      alleenAdvies: 'false',
      ...waarden,
    },
    fouten: { ...leeg(), ...fouten },
    foutSamenvatting: Object.values(fouten).some(Boolean) ? 'Nog niet geregistreerd: verbeter de gemarkeerde velden.' : '',
  };
  return renderKaart('registratie', model);
}

const formulierSchema = z.object({ formulierId: z.string().uuid('Dit formulier is niet (meer) geldig; typ "nieuwe hulpvraag".') });

async function registreer(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  const { formulierId } = leesInvoer(formulierSchema, data);
  const vandaag = datumInAmsterdam(context.diensten.nu());
  const gelezen = leesRegistratie(data, vandaag, formulierId);
  if (!gelezen.geldig) {
    return { soort: 'kaart', kaart: registratieKaart(await context.diensten.mijnSchakelteams(context.persoon), gelezen.waarden, gelezen.fouten, formulierId) };
  }
  const uitkomst = await context.diensten.registreer(context.persoon, gelezen.registratie);
  if (uitkomst.soort === 'al_geregistreerd') {
    const { hulpvraag } = uitkomst;
    return { soort: 'kaart', kaart: hulpvraagKaart(hulpvraag, context.persoon, { vandaag, melding: `Al geregistreerd als ${hulpvraag.nummer}.` }) };
  }
  const { hulpvraag: doorgezet, kanaalBereikt } = uitkomst;
  const melding = kanaalBereikt
    ? `Geregistreerd als ${doorgezet.nummer}. De kaart staat in het kanaal van het schakelteam.`
    : `Geregistreerd als ${doorgezet.nummer}, maar het kanaal van het schakelteam was niet bereikbaar. Het schakelteam ziet de hulpvraag via "mijn casussen".`;
  return { soort: 'kaart', kaart: hulpvraagKaart(doorgezet, context.persoon, { vandaag, melding, meldingKleur: kanaalBereikt ? 'Good' : 'Warning' }) };
}

export const registreerActie: KaartActie = { verb: VERBS.registreren, voerUit: registreer };
