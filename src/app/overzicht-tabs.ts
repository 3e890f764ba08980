/**
 * What the Teams tabs show: a person's caseload (rows only for cases the visibility rule lets them see), a
 * schakelteam's figures (members and functional administrators only) and the quarterly figures across schakelteams
 * (functional administrators only). Every view, export and refusal is written to the audit log.
 */
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { Kwartaalcijfers, SchakelteamKengetallen, kwartaal, kwartaalGrenzen, kwartaalVan, kwartaalcijfers, schakelteamKengetallen } from '../domain/kengetallen';
import { kwartaalCsv } from '../domain/kwartaal-csv';
import { Normen } from '../domain/routeklok';
import { Schakelteam } from '../domain/schakelteam';
import { StagnatieOmgeving } from '../domain/stagnatie';
import { datumInAmsterdam } from '../domain/tijd';
import { Werkrij, werkvoorraad } from '../domain/werkvoorraad';
import { Auditor } from './audit';
import { HulpvraagOpslag, IsBeheerder, KanaalOpslag, Klok, SchakelteamOpslag } from './ports';

/** The cases of one tenant changed at or after `van` and registered before `tot` (an indexed range query). */
export interface PeriodeOpslag {
  gewijzigdSinds(tenantId: string, van: Date, tot: Date): Promise<Hulpvraag[]>;
}

/** Functional administrators of the samenwerkingsverband (configuration): AAD object ids in the own tenant. */
export interface TabDeps {
  readonly hulpvragen: HulpvraagOpslag & PeriodeOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly kanalen: KanaalOpslag;
  readonly auditor: Auditor;
  readonly klok: Klok;
  readonly normen: Normen;
  readonly omgeving: StagnatieOmgeving;
  /** Functional administrators see every schakelteam and the quarter figures (src/app/beheer.ts). */
  readonly isBeheerder: IsBeheerder;
}

const eigen = (persoon: Persoon) => ({ soort: 'persoon' as const, tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId });

export interface MijnCasussen {
  readonly rijen: readonly Werkrij[];
  readonly beheerder: boolean;
  readonly schakelteams: ReadonlyArray<{ readonly id: string; readonly naam: string }>;
}

/** The personal tab: every case the person is involved in and may see, sorted by the next deadline. */
export async function mijnCasussenTab(deps: TabDeps, kijker: Persoon): Promise<MijnCasussen> {
  const [alle, teams] = await Promise.all([deps.hulpvragen.vanPersoon(kijker.tenantId, kijker.aadObjectId), deps.schakelteams.vanTenant(kijker.tenantId)]);
  const rijen = werkvoorraad(alle, kijker, deps.klok.nu(), deps.omgeving);
  // The view itself on the person, and a line per case shown, so each case's own trail says who saw it (as the bot's
  // "mijn casussen" does): an access request about one pupil must find this read too.
  await deps.auditor.legAlle([
    { wie: kijker, onderwerp: eigen(kijker), handeling: 'lezen', wat: 'tab.mijn-casussen', via: 'teams-tab', gegevens: { rijen: String(rijen.length) } },
    ...rijen.map((r) => ({ wie: kijker, onderwerp: { soort: 'hulpvraag', id: r.id } as const, hulpvraag: r, handeling: 'lezen' as const, wat: 'tab.mijn-casussen', via: 'teams-tab' as const })),
  ]);
  const beheerder = await deps.isBeheerder(kijker);
  return {
    rijen,
    beheerder,
    schakelteams: teams.filter((t) => beheerder || t.leden.some((l) => zelfdePersoon(l, kijker))).map((t) => ({ id: t.id, naam: t.naam })),
  };
}

export type Tabuitkomst<T> =
  | { readonly soort: 'ok'; readonly waarde: T }
  | { readonly soort: 'geweigerd' }
  | { readonly soort: 'niet_gevonden' }
  | { readonly soort: 'ongeldig' };

export type Teamkeuze = { readonly kanaalId: string } | { readonly schakelteamId: string };

async function zoekSchakelteam(deps: TabDeps, tenantId: string, keuze: Teamkeuze): Promise<Schakelteam | undefined> {
  if ('schakelteamId' in keuze) return deps.schakelteams.lees(tenantId, keuze.schakelteamId);
  const kanaal = await deps.kanalen.lees(tenantId, keuze.kanaalId);
  return kanaal?.soort === 'schakelteam' && kanaal.schakelteamId ? deps.schakelteams.lees(tenantId, kanaal.schakelteamId) : undefined;
}

export interface SchakelteamOverzicht {
  readonly schakelteam: { readonly id: string; readonly naam: string; readonly scholen: readonly string[] };
  readonly kengetallen: SchakelteamKengetallen;
  readonly normen: Normen;
  readonly peildatum: string;
}

/** The channel tab: figures of one schakelteam, for its members and functional administrators. */
export async function schakelteamTab(deps: TabDeps, kijker: Persoon, keuze: Teamkeuze): Promise<Tabuitkomst<SchakelteamOverzicht>> {
  const team = await zoekSchakelteam(deps, kijker.tenantId, keuze);
  if (!team) return { soort: 'niet_gevonden' };
  const onderwerp = { soort: 'koppeling' as const, tenantId: team.tenantId, kanaalId: team.id };
  if (!team.leden.some((l) => zelfdePersoon(l, kijker)) && !(await deps.isBeheerder(kijker))) {
    await deps.auditor.weigering({ wie: kijker, onderwerp, wat: 'tab.schakelteam', via: 'teams-tab' });
    return { soort: 'geweigerd' };
  }
  const nu = deps.klok.nu();
  const kengetallen = schakelteamKengetallen(await deps.hulpvragen.vanSchakelteam(team.id), nu, deps.normen, deps.omgeving);
  await deps.auditor.leg({ wie: kijker, onderwerp, handeling: 'lezen', wat: 'tab.schakelteam', via: 'teams-tab' });
  return {
    soort: 'ok',
    waarde: { schakelteam: { id: team.id, naam: team.naam, scholen: team.scholen }, kengetallen, normen: deps.normen, peildatum: datumInAmsterdam(nu) },
  };
}

export interface Kwartaaloverzicht {
  readonly cijfers: Kwartaalcijfers;
  readonly normen: Normen;
  readonly peildatum: string;
}

/** The coordinator view: one quarter's figures across every schakelteam of the tenant; as data or as CSV. */
export async function kwartaalTab(deps: TabDeps, kijker: Persoon, code: string | undefined, als: 'data' | 'csv'): Promise<Tabuitkomst<Kwartaaloverzicht & { readonly csv?: string }>> {
  const nu = deps.klok.nu();
  const k = code === undefined ? kwartaalVan(datumInAmsterdam(nu)) : kwartaal(code);
  if (!k) return { soort: 'ongeldig' };
  const wat = als === 'csv' ? 'tab.kwartaal-export' : 'tab.kwartaal';
  if (!(await deps.isBeheerder(kijker))) {
    await deps.auditor.weigering({ wie: kijker, onderwerp: eigen(kijker), wat, via: 'teams-tab', gegevens: { kwartaal: k.code } });
    return { soort: 'geweigerd' };
  }
  const { van, tot } = kwartaalGrenzen(k);
  const cijfers = kwartaalcijfers(await deps.hulpvragen.gewijzigdSinds(kijker.tenantId, van, tot), k, nu, deps.normen, deps.omgeving);
  await deps.auditor.leg({ wie: kijker, onderwerp: eigen(kijker), handeling: als === 'csv' ? 'exporteren' : 'lezen', wat, via: 'teams-tab', gegevens: { kwartaal: k.code } });
  const overzicht = { cijfers, normen: deps.normen, peildatum: datumInAmsterdam(nu) };
  return { soort: 'ok', waarde: als === 'csv' ? { ...overzicht, csv: kwartaalCsv(cijfers) } : overzicht };
}
