import { mag } from '../domain/beleid';
import { isHulpvraagnummer, normaliseerNummer } from '../domain/casenummer';
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon } from '../domain/personen';
import { HulpvraagOpslag } from './ports';
import { noteerGeweigerd } from './route-acties';
import { HulpvraagSleutel, WijzigDeps, leesHulpvraag } from './wijzigen';

/** At most this many cases in "mijn casussen": a card stays readable and within Teams' size limit. */
const MAX_OVERZICHT = 25;

export interface Overzicht {
  readonly hulpvragen: readonly Hulpvraag[];
  /** True when there are more than fit; the overview shows the most recent. */
  readonly ingekort: boolean;
}

const OPEN_EERST = (h: Hulpvraag) => (h.status === 'gesloten' ? 1 : 0);

/** The cases the person is involved in and may read: open ones first, most recently changed first. */
export async function mijnHulpvragen(hulpvragen: HulpvraagOpslag, persoon: Persoon): Promise<Overzicht> {
  const alle = await hulpvragen.vanPersoon(persoon.tenantId, persoon.aadObjectId);
  const zichtbaar = alle
    .filter((h) => mag(h, persoon, 'lezen'))
    .sort((a, b) => OPEN_EERST(a) - OPEN_EERST(b) || b.bijgewerkt.localeCompare(a.bijgewerkt))
    .slice(0, MAX_OVERZICHT);
  return { hulpvragen: zichtbaar, ingekort: alle.length > MAX_OVERZICHT };
}

export type Zoekuitkomst =
  | { readonly soort: 'ongeldig_nummer' }
  /** The same answer whether the case exists or not: an outsider learns nothing. */
  | { readonly soort: 'niet_gevonden'; readonly nummer: string }
  | { readonly soort: 'gevonden'; readonly hulpvragen: readonly Hulpvraag[] };

/** A case by its number (HV-2026-0042), only when the person may read it. */
export async function zoekOpNummer(hulpvragen: HulpvraagOpslag, persoon: Persoon, tekst: string): Promise<Zoekuitkomst> {
  if (!isHulpvraagnummer(tekst)) return { soort: 'ongeldig_nummer' };
  const nummer = normaliseerNummer(tekst);
  const zichtbaar = (await hulpvragen.opNummer(persoon.tenantId, nummer)).filter((h) => mag(h, persoon, 'lezen'));
  return zichtbaar.length === 0 ? { soort: 'niet_gevonden', nummer } : { soort: 'gevonden', hulpvragen: zichtbaar };
}

/** Opening one case: the involved may read it; anyone else sees only number and status, and the attempt is noted. */
export async function bekijkHulpvraag(deps: WijzigDeps, persoon: Persoon, sleutel: HulpvraagSleutel): Promise<{ readonly hulpvraag: Hulpvraag; readonly magLezen: boolean }> {
  const { waarde: hulpvraag } = await leesHulpvraag(deps.hulpvragen, sleutel);
  if (mag(hulpvraag, persoon, 'lezen')) return { hulpvraag, magLezen: true };
  await noteerGeweigerd(deps, sleutel, persoon, 'lezen');
  return { hulpvraag, magLezen: false };
}
