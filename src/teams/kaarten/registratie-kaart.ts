import { Schakelteam } from '../../domain/schakelteam';
import { REGISTRATIE_VELDEN, RegistratieKaart, RegistratieVeld } from './modellen';
import { AdaptiveCard, renderKaart } from './render';

/** Every field of the registration form, empty. */
export function leeg(): Record<RegistratieVeld, string> {
  return Object.fromEntries(REGISTRATIE_VELDEN.map((veld) => [veld, ''])) as Record<RegistratieVeld, string>;
}

export function registratieKaart(
  teams: readonly Schakelteam[],
  waarden: Partial<Record<RegistratieVeld, string>>,
  knoppen: RegistratieKaart['knoppen'],
  fouten: Partial<Record<RegistratieVeld, string>> = {},
  waarschuwingGezien = '',
): AdaptiveCard {
  const [enigTeam] = teams.length === 1 ? teams : [];
  const model: RegistratieKaart = {
    knoppen,
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
    foutSamenvatting: waarschuwingGezien
      ? 'Nog niet geregistreerd: controleer de gemarkeerde tekst. Verstuur opnieuw om het toch zo vast te leggen.'
      : Object.values(fouten).some(Boolean)
        ? 'Nog niet geregistreerd: verbeter de gemarkeerde velden.'
        : '',
  };
  return renderKaart('registratie', model);
}
