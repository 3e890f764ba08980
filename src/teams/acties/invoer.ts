import { z } from 'zod';
import { DomainError, FOUTCODES } from '../../domain/errors';
import { DISCIPLINES } from '../../domain/personen';
import { isLocalDate } from '../../domain/tijd';

export const actieDataSchema = z.object({
  hulpvraagId: z.string().min(1),
  schakelteamId: z.string().min(1),
  versie: z.coerce.number().int().min(1),
});

/** Free text from a card: trimmed, bounded, and empty means absent. */
export const kortetekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`);
export const verplichteTekst = (max: number, melding: string) => kortetekst(max).min(1, melding);
export const disciplineSchema = z.enum(DISCIPLINES);
/** A date that exists on the calendar (2027-02-30 is refused here with a Dutch message, not deep in the domain). */
export const datumSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Kies een datum')
  .refine(isLocalDate, 'Deze datum bestaat niet');

/** Parses card input; a problem becomes the coded "invalid input" refusal with the first Dutch message. */
export function leesInvoer<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const resultaat = schema.safeParse(data);
  if (resultaat.success) return resultaat.data;
  const eerste = resultaat.error.issues[0];
  throw new DomainError(FOUTCODES.ongeldigeInvoer, eerste ? eerste.message : 'Ongeldige invoer');
}

/** Invalid input that belongs to one field: a dialog marks that field, a click on a card shows the sentence. */
export class Veldfout extends DomainError {
  constructor(
    readonly veld: string,
    melding: string,
  ) {
    super(FOUTCODES.ongeldigeInvoer, melding);
  }
}
