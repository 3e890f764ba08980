import { koppelrollenOp } from '../domain/beleid';
import { Hulpvraag } from '../domain/hulpvraag';
import { Kanaal } from '../domain/kanaal';
import { Betrokkene, Persoon, Rol, zelfdePersoon } from '../domain/personen';
import { Regioindeling, kiesTeamNo, regioVan } from '../domain/regio';
import { isLoketLid } from './kanalen';
import { KanaalOpslag } from './ports';

export interface KoppelrolDeps {
  readonly kanalen: KanaalOpslag;
  /** Schools per region (REGIOS): a case escalates to its region's Team NO. */
  readonly regios?: Regioindeling;
}

export interface Koppelrollen {
  /** The usable Team NO channels of the person's tenant, read at most once per click. */
  teamNoKanalen(): Promise<readonly Kanaal[]>;
  /** The members of the Team NO that counts for this case (its school's region), among `kanalen`. */
  teamNoLeden(kanalen: readonly Kanaal[], h: Pick<Hulpvraag, 'school'>): readonly Betrokkene[];
  /** The binding roles `door` holds on this case now (Team NO, Loket), checked at click time, never copied once. */
  op(huidig: Hulpvraag): Promise<Rol[]>;
}

/**
 * The roles a person holds through a channel binding rather than on the case: a member of the bound Team NO channel
 * acts as Team NO on an escalated case of its region, a member of the bound Loket channel as the Loket on a case sent
 * there. The channels are read only when such a role can count on the case as read (a query on every click
 * otherwise). Reading a case, opening a form and taking a step all ask this one function.
 */
export function koppelrollenVan(deps: KoppelrolDeps, door: Persoon): Koppelrollen {
  let gelezen: Promise<readonly Kanaal[]> | undefined;
  const teamNoKanalen = () => (gelezen ??= deps.kanalen.vanSoort(door.tenantId, 'team_no').then((alle) => alle.filter((k) => k.bruikbaar)));
  const teamNoLeden = (kanalen: readonly Kanaal[], h: Pick<Hulpvraag, 'school'>) => kiesTeamNo(kanalen, regioVan(deps.regios, h.school))?.leden ?? [];
  return {
    teamNoKanalen,
    teamNoLeden,
    async op(huidig) {
      const rollen: Rol[] = [];
      if (koppelrollenOp(huidig, ['team_no']).length > 0 && teamNoLeden(await teamNoKanalen(), huidig).some((lid) => zelfdePersoon(lid, door))) rollen.push('team_no');
      if (koppelrollenOp(huidig, ['loket']).length > 0 && (await isLoketLid(deps.kanalen, door))) rollen.push('loket');
      return rollen;
    },
  };
}
