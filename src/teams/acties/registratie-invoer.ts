import { createHash } from 'node:crypto';
import { z } from 'zod';
import { Registratie } from '../../app/registreren';
import { MAX_LENGTE, REFERENTIE_UITLEG, leerlingreferentie, waarschuwingen } from '../../domain/invoerregels';
import { isLocalDate } from '../../domain/tijd';
import { Leeftijdsgegeven } from '../../domain/toestemming';
import { REGISTRATIE_VELDEN, RegistratieVeld } from '../kaarten/modellen';
import { leeg } from '../kaarten/registratie-kaart';

const tekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`).default('');
const verplicht = (max: number, melding: string) => z.string({ error: melding }).trim().min(1, melding).max(max, `Maximaal ${max} tekens.`);

export const registratieSchema = z.object({
  schakelteamId: verplicht(100, 'Kies het schakelteam.'),
  school: verplicht(100, 'Noem de school.'),
  // Only a pupil number or initials + birth year: a name can never be stored (domain/invoerregels.ts).
  referentie: verplicht(MAX_LENGTE.referentie, 'Geef een leerlingreferentie.').refine((waarde) => leerlingreferentie(waarde) !== undefined, REFERENTIE_UITLEG),
  geboortedatum: z.string().trim().default('').refine((w) => w === '' || isLocalDate(w), 'Geen geldige datum.'),
  leeftijd: z.string().trim().default('').refine((w) => w === '' || (/^\d{1,2}$/.test(w) && Number(w) >= 2 && Number(w) <= 25), 'Een leeftijd tussen 2 en 25.'),
  groep: verplicht(30, 'Noem de groep of klas.'),
  vraag: verplicht(MAX_LENGTE.tekst, 'Beschrijf de vraag in één of twee zinnen.'),
  signalen: tekst(MAX_LENGTE.tekst),
  geprobeerd: tekst(MAX_LENGTE.tekst),
  oudersOpDeHoogte: z.enum(['true', 'false']).default('false'),
  alleenAdvies: z.enum(['true', 'false']).default('false'),
});

export type Registratieresultaat =
  | { readonly geldig: true; readonly registratie: Registratie }
  | {
      readonly geldig: false;
      readonly fouten: Record<RegistratieVeld, string>;
      readonly waarden: Record<RegistratieVeld, string>;
      /** Set when only warnings stopped it: submitting the same text again registers it. */
      readonly waarschuwingGezien?: string;
    };

const VRIJE_TEKST = ['vraag', 'signalen', 'geprobeerd'] as const;

/** Identifies the warned-about texts, so an unchanged second submit is a conscious "yes, like this". */
function vingerafdruk(waarden: Record<RegistratieVeld, string>): string {
  return createHash('sha256').update(JSON.stringify(VRIJE_TEKST.map((veld) => waarden[veld]))).digest('hex').slice(0, 16);
}

/** Dutch warnings per free-text field (a name, a diagnosis); empty when nothing looks wrong. */
function waarschuwingenPerVeld(waarden: Record<RegistratieVeld, string>): Partial<Record<RegistratieVeld, string>> {
  const uitkomst: Partial<Record<RegistratieVeld, string>> = {};
  for (const veld of VRIJE_TEKST) {
    const lijst = waarschuwingen(waarden[veld]);
    if (lijst.length > 0) uitkomst[veld] = lijst.join(' ');
  }
  return uitkomst;
}

/** What was typed, as strings, so an invalid form comes back with every value still in place. */
export function getypteWaarden(data: unknown): Record<RegistratieVeld, string> {
  const waarden = leeg();
  if (typeof data !== 'object' || data === null) return waarden;
  for (const veld of REGISTRATIE_VELDEN) {
    const waarde = (data as Record<string, unknown>)[veld];
    if (typeof waarde === 'string' || typeof waarde === 'number') waarden[veld] = String(waarde);
  }
  // Some clients submit an empty number box as 0: no pupil is 0, so that means "not filled in".
  if (waarden.leeftijd === '0') waarden.leeftijd = '';
  // An untouched toggle is not submitted at all: that means "no".
  for (const schakelaar of ['oudersOpDeHoogte', 'alleenAdvies'] as const) {
    if (waarden[schakelaar] !== 'true') waarden[schakelaar] = 'false';
  }
  return waarden;
}

export function leesRegistratie(data: unknown, vandaag: string, formulierId: string): Registratieresultaat {
  const waarden = getypteWaarden(data);
  const fouten = leeg();
  const resultaat = registratieSchema.safeParse(waarden);
  if (!resultaat.success) {
    for (const issue of resultaat.error.issues) {
      const veld = issue.path[0];
      if (typeof veld === 'string' && veld in fouten && !fouten[veld as RegistratieVeld]) fouten[veld as RegistratieVeld] = issue.message;
    }
    return { geldig: false, fouten, waarden };
  }
  const invoer = resultaat.data;
  const gewaarschuwd = waarschuwingenPerVeld(waarden);
  const gezien = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).waarschuwingGezien : undefined;
  if (Object.keys(gewaarschuwd).length > 0 && gezien !== vingerafdruk(waarden)) {
    return { geldig: false, fouten: { ...fouten, ...gewaarschuwd }, waarden, waarschuwingGezien: vingerafdruk(waarden) };
  }
  if (!invoer.geboortedatum && !invoer.leeftijd) {
    return { geldig: false, fouten: { ...fouten, leeftijd: 'Vul de geboortedatum of de leeftijd in.' }, waarden };
  }
  if (invoer.geboortedatum && invoer.geboortedatum > vandaag) {
    return { geldig: false, fouten: { ...fouten, geboortedatum: 'De geboortedatum ligt in de toekomst.' }, waarden };
  }
  const leeftijd: Leeftijdsgegeven = invoer.geboortedatum
    ? { geboortedatum: invoer.geboortedatum }
    : { leeftijd: Number(invoer.leeftijd), peildatum: vandaag };
  return {
    geldig: true,
    registratie: {
      formulierId,
      schakelteamId: invoer.schakelteamId,
      school: invoer.school,
      leerling: { referentie: invoer.referentie, groep: invoer.groep, leeftijd },
      vraag: invoer.vraag,
      signalen: invoer.signalen,
      geprobeerd: invoer.geprobeerd,
      oudersOpDeHoogte: invoer.oudersOpDeHoogte === 'true',
      alleenAdvies: invoer.alleenAdvies === 'true',
    },
  };
}
