import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { registreerHulpvraag } from '../../app/registreren';
import { wijzigHulpvraag } from '../../app/wijzigen';
import { Schakelteam } from '../../domain/schakelteam';
import { zelfdePersoon } from '../../domain/personen';
import { datumInAmsterdam } from '../../domain/tijd';
import { BeurtContext, InvokeAntwoord, KaartActie } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { RegistratieKaart, RegistratieVeld } from '../kaarten/modellen';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';
import { leesInvoer } from './invoer';
import { leeg, leesRegistratie } from './registratie-invoer';

export async function mijnSchakelteams(context: BeurtContext): Promise<Schakelteam[]> {
  const alle = await context.diensten.registratie.schakelteams.vanTenant(context.persoon.tenantId);
  return alle.filter((team) => team.leden.some((lid) => zelfdePersoon(lid, context.persoon)));
}

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
  const { route, registratie, kanalen } = context.diensten;
  const vandaag = datumInAmsterdam(route.klok.nu());
  const gelezen = leesRegistratie(data, vandaag, formulierId);
  if (!gelezen.geldig) {
    return { soort: 'kaart', kaart: registratieKaart(await mijnSchakelteams(context), gelezen.waarden, gelezen.fouten, formulierId) };
  }
  const { hulpvraag, nieuw } = await registreerHulpvraag(registratie, context.persoon, gelezen.registratie);
  if (!nieuw) {
    return { soort: 'kaart', kaart: hulpvraagKaart(hulpvraag, context.persoon, { vandaag, melding: `Al geregistreerd als ${hulpvraag.nummer}.` }) };
  }
  // The schakelteam sees the case in its own channel; the card there is the safe base version.
  const kanaal = await kanalen.vanSchakelteam(hulpvraag.tenantId, hulpvraag.schakelteamId);
  const verzonden = kanaal ? await route.verzender.stuur({ kanaal }, { kaart: route.kaarten.voorKanaal(hulpvraag) }) : undefined;
  const kanaalBericht = kanaal && verzonden?.soort === 'verzonden' && verzonden.activityId ? { kanaalId: kanaal.id, activityId: verzonden.activityId } : undefined;
  const { hulpvraag: doorgezet } = await wijzigHulpvraag(route, { schakelteamId: hulpvraag.schakelteamId, id: hulpvraag.id }, {
    door: context.persoon,
    actie: 'systeem',
    gebeurtenis: () => ({ soort: 'doorgezet', kanaalBericht }),
  });
  // The card was posted before the case was passed on; show the channel its current state ("Bij het schakelteam").
  if (kanaal && kanaalBericht) await route.verzender.werkBij(kanaal, kanaalBericht.activityId, { kaart: route.kaarten.voorKanaal(doorgezet) });
  const melding = kanaalBericht
    ? `Geregistreerd als ${doorgezet.nummer}. De kaart staat in het kanaal van het schakelteam.`
    : `Geregistreerd als ${doorgezet.nummer}, maar het kanaal van het schakelteam was niet bereikbaar. Het schakelteam ziet de hulpvraag via "mijn casussen".`;
  return { soort: 'kaart', kaart: hulpvraagKaart(doorgezet, context.persoon, { vandaag, melding, meldingKleur: kanaalBericht ? 'Good' : 'Warning' }) };
}

export const registreerActie: KaartActie = { verb: VERBS.registreren, voerUit: registreer };
