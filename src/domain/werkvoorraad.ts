/**
 * A person's caseload as the personal tab shows it: one row per case they may see, with what is due next and the
 * flags that ask for attention. What a row carries follows the visibility rule (zichtbaarheid.ts), field group by
 * field group: a viewer who sees only the number and a contact gets no school, state or dates.
 */
import { Hulpvraag, rollenVan } from './hulpvraag';
import { volgendeStap } from './invarianten';
import { Persoon, Rol } from './personen';
import { STATUS_NAMEN, Status } from './route';
import { loketWacht } from './loket';
import { StagnatieOmgeving, gestagneerd, openEvaluaties } from './stagnatie';
import { LocalDate, datumInAmsterdam } from './tijd';
import { plusWerkdagen } from './werkdagen';
import { Zicht, magZien, zichtVoor } from './zichtbaarheid';

/** "Binnenkort": due within this many working days (issue 14). */
export const BINNENKORT_WERKDAGEN = 5;

/**
 * The roles at turn: those the domain's next step names (invarianten.ts `volgendeStap`, the rule the case card words).
 * None while the bot takes the step in the same write, or while a functional administrator must bind the schakelteam
 * again (nobody on the case can act).
 */
export function aanZet(h: Hulpvraag): readonly Rol[] {
  const stap = volgendeStap(h);
  return stap && !stap.systeem ? stap.rollen : [];
}

/** Whether the case waits for this person: they hold, on the case, a role the next step names. */
export function wachtOp(h: Hulpvraag, kijker: Persoon): boolean {
  const rollen = aanZet(h);
  return rollenVan(h, kijker).some((r) => rollen.includes(r));
}

export type Vlag = 'achterstallig' | 'binnenkort' | 'gestagneerd' | 'wacht_op_mij';

export interface Werkrij {
  readonly id: string;
  readonly schakelteamId: string;
  readonly nummer: string;
  readonly zicht: Zicht;
  readonly school?: string;
  readonly status?: Status;
  readonly statusNaam?: string;
  readonly aanZet?: readonly Rol[];
  readonly volgendeDeadline?: { readonly datum: LocalDate; readonly wat: string };
  readonly bijgewerkt?: string;
  readonly vlaggen: readonly Vlag[];
}

/** The earliest of the next evaluation and what the case waits for at the Loket (its answer, the help's start). */
function deadline(h: Hulpvraag, omgeving: StagnatieOmgeving): Werkrij['volgendeDeadline'] {
  if (h.status === 'gesloten') return undefined;
  const loket = loketWacht(h, omgeving.limieten.loket, omgeving.feestdagen);
  const kandidaten = [
    ...openEvaluaties(h).map((e) => ({ datum: e.datum, wat: e.soort === 'tussentijds' ? 'Tussentijdse evaluatie' : 'Evaluatie' })),
    ...(loket ? [{ datum: loket.datum, wat: loket.wat === 'antwoord' ? 'Antwoord van het Loket' : 'Start van de hulp via het Loket' }] : []),
  ];
  return kandidaten.sort((a, b) => a.datum.localeCompare(b.datum))[0];
}

/** One row, or undefined when the person may not see the case at all. */
export function werkrij(h: Hulpvraag, kijker: Persoon, nu: Date, omgeving: StagnatieOmgeving): Werkrij | undefined {
  const zicht = zichtVoor(h, kijker);
  if (zicht === 'niets') return undefined;
  const basis = { id: h.id, schakelteamId: h.schakelteamId, nummer: h.nummer, zicht };
  if (!magZien(zicht, 'kern') || !magZien(zicht, 'data')) return { ...basis, vlaggen: [] };
  const vandaag = datumInAmsterdam(nu);
  const volgende = deadline(h, omgeving);
  const vlaggen: Vlag[] = [];
  if (volgende && volgende.datum < vandaag) vlaggen.push('achterstallig');
  else if (volgende && volgende.datum <= plusWerkdagen(vandaag, BINNENKORT_WERKDAGEN, omgeving.feestdagen)) vlaggen.push('binnenkort');
  if (h.stagnatie || h.status === 'stagnatie_team_no' || gestagneerd(h, nu, omgeving)) vlaggen.push('gestagneerd');
  if (wachtOp(h, kijker)) vlaggen.push('wacht_op_mij');
  return {
    ...basis,
    school: h.school,
    status: h.status,
    statusNaam: STATUS_NAMEN[h.status],
    aanZet: aanZet(h),
    ...(volgende ? { volgendeDeadline: volgende } : {}),
    bijgewerkt: h.bijgewerkt,
    vlaggen,
  };
}

/** Sorted by the next deadline (earliest first, none last), then open before closed, then by number. */
export function werkvoorraad(hulpvragen: readonly Hulpvraag[], kijker: Persoon, nu: Date, omgeving: StagnatieOmgeving): Werkrij[] {
  const rijen = hulpvragen.flatMap((h) => {
    const rij = werkrij(h, kijker, nu, omgeving);
    return rij ? [rij] : [];
  });
  const sleutel = (r: Werkrij) => r.volgendeDeadline?.datum ?? '9999-12-31';
  const gesloten = (r: Werkrij) => (r.status === 'gesloten' ? 1 : 0);
  return rijen.sort((a, b) => sleutel(a).localeCompare(sleutel(b)) || gesloten(a) - gesloten(b) || a.nummer.localeCompare(b.nummer));
}
