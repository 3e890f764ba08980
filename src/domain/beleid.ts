import { DomainError, FOUTCODES } from './errors';
import { Hulpvraag, rollenVan } from './hulpvraag';
import { Persoon, ROLLEN, Rol } from './personen';
import { GebeurtenisSoort } from './route';

export type Actie = 'lezen' | GebeurtenisSoort;

const SCHAKELTEAM: readonly Rol[] = ['ib_coo', 'schakelfunctionaris'];
const ALLE_BETROKKENEN: readonly Rol[] = ROLLEN;
const VOORTGANG: readonly Rol[] = ['regierolhouder'];

/** The one authorization policy: which roles on a case may do each action. */
export const WIE_MAG: Record<Actie, readonly Rol[]> = {
  lezen: ALLE_BETROKKENEN,
  doorgezet: ['ib_coo'],
  besluit: SCHAKELTEAM,
  toestemming_gevraagd: ['ib_coo'],
  toestemming_vastgelegd: ['ib_coo'],
  toestemming_ingetrokken: ['ib_coo'],
  toestemming_uitgebreid: ['ib_coo'],
  // A case sent to the Loket is the Loket's to take, by every member of its bound channel, checked at the click.
  regierol_geaccepteerd: ['kandidaat_regierol', 'loket'],
  regierol_geweigerd: ['kandidaat_regierol'],
  aanbod_onbestelbaar: [],
  schakelteam_gewijzigd: [],
  loket_navraag: [],
  loket_hulp_gestart: [],
  // Every Loket member (the binding, checked at the click) and the one named among them.
  loket_contact_opgenomen: ['loket', 'kandidaat_regierol'],
  // Whoever may record the start date: a Loket member (the binding, at the click), or the Loket's regierol holder.
  loket_start_gecorrigeerd: ['loket', 'regierolhouder'],
  bespreektijd_ingeschat: ['ib_coo'],
  afspraken_vastgelegd: [...SCHAKELTEAM, 'regierolhouder'],
  rol_overgenomen: SCHAKELTEAM,
  uitvraag_vastgelegd: VOORTGANG,
  plan_vastgelegd: VOORTGANG,
  voortgang_vastgelegd: VOORTGANG,
  expert_toegevoegd: VOORTGANG,
  evaluatie_vastgelegd: VOORTGANG,
  overdracht_voorgesteld: VOORTGANG,
  overdracht_goedgekeurd: SCHAKELTEAM,
  overdracht_afgewezen: SCHAKELTEAM,
  stagnatie_gemeld: ALLE_BETROKKENEN,
  team_no_besluit: ['team_no'],
  teruggemeld: VOORTGANG,
  heropend: ['ib_coo'],
  gesloten: ['ib_coo'],
};

/**
 * `koppelrollen`: roles the person holds through a binding right now (a member of the bound Team NO channel acts as
 * Team NO on every escalated case of the tenant), checked at click time rather than copied onto the case once; they
 * count only within the case's own tenant.
 * Roles on the case are held by tenant + AAD object id, so a partner organisation's user (guest or shared channel,
 * from a trusted partner tenant) acts in their role; anyone else from another tenant holds no role and may do
 * nothing. Which tenants reach the bot at all is decided at the edge (PARTNER_TENANTS).
 */
export function mag(hulpvraag: Pick<Hulpvraag, 'betrokkenen' | 'tenantId'>, persoon: Persoon, actie: Actie, koppelrollen: readonly Rol[] = []): boolean {
  const rollen = [...rollenVan(hulpvraag, persoon), ...(persoon.tenantId === hulpvraag.tenantId ? koppelrollen : [])];
  return rollen.some((rol) => WIE_MAG[actie].includes(rol));
}

/** Throws the coded refusal: not involved at all, or involved but not in a role that may do this. */
export function eis(hulpvraag: Pick<Hulpvraag, 'betrokkenen' | 'tenantId'>, persoon: Persoon, actie: Actie, koppelrollen: readonly Rol[] = []): void {
  if (mag(hulpvraag, persoon, actie, koppelrollen)) return;
  const betrokken = rollenVan(hulpvraag, persoon).length > 0 || (persoon.tenantId === hulpvraag.tenantId && koppelrollen.length > 0);
  throw new DomainError(
    betrokken ? FOUTCODES.actieNietToegestaan : FOUTCODES.nietBetrokken,
    betrokken ? `Uw rol op deze hulpvraag staat "${actie}" niet toe` : 'U bent niet betrokken bij deze hulpvraag',
  );
}

/**
 * The binding roles that count on this case now: Team NO acts on a case only while it is escalated to them, the
 * Loket only on a case sent to the Loket (by the schakelteam's decision or a handover); being a member of those channels gives no access to any
 * other case.
 */
export function koppelrollenOp(hulpvraag: Pick<Hulpvraag, 'status' | 'besluit' | 'loket'>, rollen: readonly Rol[]): Rol[] {
  return rollen.filter(
    (rol) =>
      (rol !== 'team_no' || hulpvraag.status === 'stagnatie_team_no') && (rol !== 'loket' || hulpvraag.besluit?.soort === 'loket' || hulpvraag.loket !== undefined),
  );
}
