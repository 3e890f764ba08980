/** Stable codes: the Teams edge maps them to Dutch messages, logs carry them, tests assert on them. */
export const FOUTCODES = {
  transitieNietToegestaan: 'HULPVRAAG.TRANSITIE_NIET_TOEGESTAAN',
  nietGevonden: 'HULPVRAAG.NIET_GEVONDEN',
  verouderd: 'HULPVRAAG.VEROUDERD',
  nietBetrokken: 'AUTORISATIE.NIET_BETROKKEN',
  actieNietToegestaan: 'AUTORISATIE.ACTIE_NIET_TOEGESTAAN',
  toestemmingOnvolledig: 'TOESTEMMING.ONVOLLEDIG',
  ongeldigeInvoer: 'INVOER.ONGELDIG',
  conflict: 'OPSLAG.CONFLICT',
  schakelteamOnbekend: 'SCHAKELTEAM.ONBEKEND',
  /** The person belongs to no bound schakelteam at all (not merely to another one than the form names). */
  geenSchakelteamlid: 'SCHAKELTEAM.GEEN_LID',
  /** A change would break a rule of the route (two holders, an offer without a candidate, a dead end). */
  regelGeschonden: 'HULPVRAAG.REGEL_GESCHONDEN',
} as const;

export type Foutcode = (typeof FOUTCODES)[keyof typeof FOUTCODES];

export class DomainError extends Error {
  constructor(
    readonly code: Foutcode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown, code?: Foutcode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
