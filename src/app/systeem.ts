import { Persoon } from '../domain/personen';

export const SYSTEEM_NAAM = 'Schoolondersteuning (automatisch)';

/** The bot itself, as the one who applies what nobody clicked (automatic stagnation, an undeliverable offer). */
export function systeem(tenantId: string): Persoon {
  return { tenantId, aadObjectId: 'systeem', naam: SYSTEEM_NAAM };
}

/** Thrown inside a system change when, on the fresh state, it is no longer needed (someone acted, or another instance). */
export class NietMeerNodig extends Error {}
