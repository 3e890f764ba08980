import { Foutcode, isDomainError } from '../domain/errors';
import { Logger, referentiecode } from '../log';

/** What a user reads for each coded refusal. */
export const MELDINGEN: Record<Foutcode, string> = {
  'HULPVRAAG.TRANSITIE_NIET_TOEGESTAAN': 'Dat kan nu niet meer: de hulpvraag staat in een andere fase.',
  'HULPVRAAG.NIET_GEVONDEN': 'Deze hulpvraag is niet gevonden.',
  'HULPVRAAG.VEROUDERD': 'Deze kaart was niet meer actueel; u ziet nu de huidige stand.',
  'AUTORISATIE.NIET_BETROKKEN': 'U bent niet betrokken bij deze hulpvraag, dus u kunt hem niet inzien of wijzigen.',
  'AUTORISATIE.ACTIE_NIET_TOEGESTAAN': 'Deze actie hoort niet bij uw rol in deze hulpvraag.',
  'TOESTEMMING.ONVOLLEDIG': 'De toestemming is nog niet volledig ingevuld.',
  'INVOER.ONGELDIG': 'Niet alle velden zijn goed ingevuld.',
  'OPSLAG.CONFLICT': 'Iemand anders wijzigde dit tegelijk met u. Probeer het nog eens.',
  'HULPVRAAG.REGEL_GESCHONDEN': 'Dat kan niet: de hulpvraag zou dan niet meer kloppen (bijvoorbeeld twee regierolhouders). Er is niets gewijzigd.',
  'SCHAKELTEAM.ONBEKEND': 'Er is (nog) geen schakelteam gekoppeld. Koppel eerst een kanaal met "koppel schakelteam".',
  'SCHAKELTEAM.GEEN_LID':
    'U bent nog geen lid van een gekoppeld schakelteam. Vraag de functioneel beheerder of een collega uit het schakelteam u aan de koppeling toe te voegen ("koppel schakelteam" in het kanaal van het schakelteam).',
};

export interface Foutmelding {
  readonly tekst: string;
  readonly referentie: string;
}

/**
 * Turns any error into what a user may read: the Dutch message for a coded domain refusal, otherwise an apology
 * with a reference code. The log gets the code and the reference, never the message text of unknown errors'
 * inputs or any personal data.
 */
export function alsMelding(error: unknown, log: Logger, velden: Record<string, string> = {}): Foutmelding {
  const referentie = referentiecode();
  if (isDomainError(error)) {
    log.info('geweigerd', { code: error.code, referentie, ...velden });
    // Input problems carry our own Dutch text (from the zod schemas), which says exactly what to fix.
    const specifiek = error.code === 'INVOER.ONGELDIG' || error.code === 'TOESTEMMING.ONVOLLEDIG';
    return { tekst: specifiek ? `${MELDINGEN[error.code]} ${error.message}` : MELDINGEN[error.code], referentie };
  }
  log.error('fout in beurt', {
    referentie,
    fout: error instanceof Error ? error.name : typeof error,
    // Only the frames: the first stack line repeats the message, which may echo what a user typed.
    plek: error instanceof Error ? error.stack?.split('\n').slice(1, 4).map((r) => r.trim()).join(' | ') : undefined,
    ...velden,
  });
  return { tekst: `Sorry, er ging iets mis. Probeer het later opnieuw. Referentie: ${referentie}`, referentie };
}
