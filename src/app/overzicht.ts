import { eis, mag } from '../domain/beleid';
import { DomainError, isDomainError } from '../domain/errors';
import { GebeurtenisSoort, isToegestaan } from '../domain/route';
import { Client } from '../domain/audit';
import { isHulpvraagnummer, normaliseerNummer } from '../domain/casenummer';
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon, Rol } from '../domain/personen';
import { zichtVoor } from '../domain/zichtbaarheid';
import { Auditor } from './audit';
import { HulpvraagOpslag } from './ports';
import { HulpvraagSleutel, WijzigDeps, leesHulpvraag } from './wijzigen';
import { KoppelrolDeps, koppelrollenVan } from './koppelrollen';

/** At most this many cases in "mijn casussen": a card stays readable and within Teams' size limit. */
const MAX_OVERZICHT = 25;

export interface Overzicht {
  readonly hulpvragen: readonly Hulpvraag[];
  /** True when there are more than fit; the overview shows the most recent. */
  readonly ingekort: boolean;
}

export interface LeesDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly auditor: Auditor;
  /**
   * The tenant whose cases this bot keeps (the school organisation's). A user of a partner tenant holds roles on
   * those cases; absent (local mode) it is the reader's own tenant.
   */
  readonly dossierTenant?: string;
}

/** Who reads, and through which client: what every read leaves in the audit log. */
export interface Lezer {
  readonly persoon: Persoon;
  readonly via: Client;
}

const OPEN_EERST = (h: Hulpvraag) => (h.status === 'gesloten' ? 1 : 0);

/** One audit line per case shown: the trail of each case then says who saw it, and how. */
async function noteerGelezen(auditor: Auditor, lezer: Lezer, hulpvragen: readonly Hulpvraag[], wat: string): Promise<void> {
  await auditor.legAlle(hulpvragen.map((h) => ({ wie: lezer.persoon, onderwerp: { soort: 'hulpvraag', id: h.id }, hulpvraag: h, handeling: 'lezen', wat, via: lezer.via })));
}

/** The cases the person is involved in and may read: open ones first, most recently changed first. */
export async function mijnHulpvragen(deps: LeesDeps, lezer: Lezer): Promise<Overzicht> {
  const { persoon } = lezer;
  const alle = await deps.hulpvragen.vanPersoon(deps.dossierTenant ?? persoon.tenantId, persoon.aadObjectId);
  const zichtbaar = alle
    // As the personal tab: a case the rule shows nothing of (Team NO or the Loket after closure) is not listed.
    .filter((h) => zichtVoor(h, persoon) !== 'niets')
    .sort((a, b) => OPEN_EERST(a) - OPEN_EERST(b) || b.bijgewerkt.localeCompare(a.bijgewerkt))
    .slice(0, MAX_OVERZICHT);
  await noteerGelezen(deps.auditor, lezer, zichtbaar, 'mijn casussen');
  return { hulpvragen: zichtbaar, ingekort: alle.length > MAX_OVERZICHT };
}

export type Zoekuitkomst =
  | { readonly soort: 'ongeldig_nummer' }
  /** The same answer whether the case exists or not: an outsider learns nothing. */
  | { readonly soort: 'niet_gevonden'; readonly nummer: string }
  /** `koppelrollen`: per case id, the roles the reader holds on it through a binding (what they see follows them too). */
  | { readonly soort: 'gevonden'; readonly hulpvragen: readonly Hulpvraag[]; readonly koppelrollen: Readonly<Record<string, readonly Rol[]>> };

/**
 * A case by its number (HV-2026-0042), only when the person may read it (by a role on the case or, as for Bekijken,
 * their Team NO or Loket binding); a miss is a counted refusal.
 */
export async function zoekOpNummer(deps: LeesDeps & KoppelrolDeps, lezer: Lezer, tekst: string): Promise<Zoekuitkomst> {
  if (!isHulpvraagnummer(tekst)) return { soort: 'ongeldig_nummer' };
  const { persoon } = lezer;
  const nummer = normaliseerNummer(tekst);
  const binding = koppelrollenVan(deps, persoon);
  const gevonden = await deps.hulpvragen.opNummer(deps.dossierTenant ?? persoon.tenantId, nummer);
  const koppelrollen: Record<string, readonly Rol[]> = Object.fromEntries(await Promise.all(gevonden.map(async (h) => [h.id, await binding.op(h)] as const)));
  const zichtbaar = gevonden.filter((h) => mag(h, persoon, 'lezen', koppelrollen[h.id]));
  if (zichtbaar.length === 0) {
    const onderwerp = { soort: 'persoon', tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId } as const;
    await deps.auditor.weigering({ wie: persoon, onderwerp, wat: 'casus', via: lezer.via, gegevens: { nummer } });
    return { soort: 'niet_gevonden', nummer };
  }
  await noteerGelezen(deps.auditor, lezer, zichtbaar, 'casus');
  return { soort: 'gevonden', hulpvragen: zichtbaar, koppelrollen };
}

/** What was opened, as the audit line names it: the card, or one of the views behind it. */
export type Weergave = 'kaart bekeken' | 'details bekeken' | 'plan bekeken';

export interface Bekeken {
  readonly hulpvraag: Hulpvraag;
  readonly magLezen: boolean;
  /** The roles the reader holds through a binding on this case now: what they see follows them too (domain/zichtbaarheid.ts). */
  readonly koppelrollen: readonly Rol[];
}

/** Opening one case (Bekijken, refresh, details, plan): the involved may read it; anyone else sees only number and status. */
export async function bekijkHulpvraag(
  deps: WijzigDeps & KoppelrolDeps,
  lezer: Lezer,
  sleutel: HulpvraagSleutel,
  wat: Weergave = 'kaart bekeken',
): Promise<Bekeken> {
  const { waarde: hulpvraag } = await leesHulpvraag(deps.hulpvragen, sleutel);
  // A Loket or Team NO member reads the case they act on through their binding, as they may act on it.
  const koppelrollen = await koppelrollenVan(deps, lezer.persoon).op(hulpvraag);
  const magLezen = mag(hulpvraag, lezer.persoon, 'lezen', koppelrollen);
  const regel = { wie: lezer.persoon, onderwerp: { soort: 'hulpvraag', id: hulpvraag.id } as const, hulpvraag, wat, via: lezer.via };
  if (magLezen) await deps.auditor.leg({ ...regel, handeling: 'lezen' });
  else await deps.auditor.weigering(regel);
  return { hulpvraag, magLezen, koppelrollen };
}

export type Stapopening =
  /** This person may take the step now: the form opens on this case. */
  | { readonly soort: 'open'; readonly hulpvraag: Hulpvraag; readonly koppelrollen: readonly Rol[] }
  /** Not for this person's roles (or not involved at all): the coded refusal, counted in the audit log. */
  | { readonly soort: 'geweigerd'; readonly fout: DomainError }
  /** Their step, but not in the case's current state (typically someone else took it first). */
  | { readonly soort: 'niet_aan_de_orde'; readonly hulpvraag: Hulpvraag };

/**
 * Opening the form of a step (a dialog, or in place): only for whoever may take that step now, by their roles on the
 * case or their binding (Team NO, Loket) at this moment. The form's save decides again, on the case as it is then.
 */
export async function openStap(
  deps: WijzigDeps & KoppelrolDeps,
  lezer: Lezer,
  sleutel: HulpvraagSleutel,
  stap: (h: Hulpvraag) => GebeurtenisSoort,
): Promise<Stapopening> {
  const { waarde: hulpvraag } = await leesHulpvraag(deps.hulpvragen, sleutel);
  const actie = stap(hulpvraag);
  const regel = { wie: lezer.persoon, onderwerp: { soort: 'hulpvraag', id: hulpvraag.id } as const, hulpvraag, wat: 'formulier geopend', via: lezer.via, gegevens: { stap: actie } };
  const koppelrollen = await koppelrollenVan(deps, lezer.persoon).op(hulpvraag);
  try {
    eis(hulpvraag, lezer.persoon, actie, koppelrollen);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    await deps.auditor.weigering(regel);
    return { soort: 'geweigerd', fout: error };
  }
  await deps.auditor.leg({ ...regel, handeling: 'lezen' });
  return isToegestaan(hulpvraag.status, actie) ? { soort: 'open', hulpvraag, koppelrollen } : { soort: 'niet_aan_de_orde', hulpvraag };
}
