/**
 * Roles follow membership (issue 10): the IB'er/COO and schakelfunctionaris on a schakelteam's open cases are the
 * people its binding holds now. Whoever leaves the schakelteam's team (teamMemberRemoved) or is replaced when the
 * channel is bound again loses those roles on every open case, in the same way as every other change (ETag, history);
 * so they can no longer read or act there, nor register (registreren.mijnSchakelteams reads the binding). The
 * schakelteam hears which cases are affected and what to do.
 */
import { SCHAKELTEAMROLLEN, SchakelteamRol } from '../domain/invarianten';
import { Hulpvraag } from '../domain/hulpvraag';
import { Betrokkene, Persoon, ROL_NAMEN, zelfdePersoon } from '../domain/personen';
import { Mededeling, MededelingDoel, nieuweMededelingen } from '../domain/mededeling';
import { Schakelteam } from '../domain/schakelteam';
import { Logger } from '../log';
import { MededelingDeps, bezorgMededelingen, geenVoorwerk, planMededelingen } from './mededelingen';
import { SchakelteamOpslag } from './ports';
import { systeem } from './systeem';
import { UitgaandDeps, bezorg, verplaats } from './uitgaand';
import { Verzendverslag } from './verzendwerk';
import { wijzigHulpvraag } from './wijzigen';

export type LidmaatschapDeps = UitgaandDeps & MededelingDeps & { readonly schakelteams: SchakelteamOpslag; readonly log: Logger };

const betrokken = (h: Hulpvraag, persoon: Betrokkene) => h.betrokkenen.some((b) => zelfdePersoon(b, persoon));

/** Whether the case's schakelteam roles are exactly the binding's members. */
function volgtAl(h: Hulpvraag, leden: readonly Betrokkene[]): boolean {
  const opZaak = h.betrokkenen.filter((b) => SCHAKELTEAMROLLEN.includes(b.rol));
  const gebonden = leden.filter((l) => SCHAKELTEAMROLLEN.includes(l.rol));
  const zelfde = (a: Betrokkene, b: Betrokkene) => a.rol === b.rol && zelfdePersoon(a, b);
  return opZaak.length === gebonden.length && opZaak.every((b) => gebonden.some((l) => zelfde(b, l)));
}

/** The regierol holder on the case among those who left the team (they can no longer read or act). */
const houderWeg = (h: Hulpvraag, weg: readonly Persoon[]) => h.betrokkenen.find((b) => b.rol === 'regierolhouder' && weg.some((w) => zelfdePersoon(w, b)));

const KOPPEL_OPNIEUW = '(typ in het kanaal "@Schoolondersteuning koppel schakelteam")';

/**
 * What the schakelteam is told: who left, which cases, and what to do: a vacant role is taken over by whoever is
 * left ("Rol overnemen" on the case card) or the schakelteam is bound again; a regierol that ended is decided again.
 */
function melding(schakelteam: Schakelteam, vertrokken: readonly Betrokkene[], weg: readonly Persoon[], geraakt: readonly Hulpvraag[]): string {
  const houders = geraakt.flatMap((h) => houderWeg(h, weg) ?? []).filter((b, i, alle) => alle.findIndex((a) => zelfdePersoon(a, b)) === i && !vertrokken.some((v) => zelfdePersoon(v, b)));
  const wie = [...vertrokken, ...houders].map((v) => `${v.naam} (${ROL_NAMEN[v.rol]})`).join(', ');
  const nummers = geraakt.map((h) => h.nummer).join(', ');
  const leeg = SCHAKELTEAMROLLEN.filter((rol) => !schakelteam.leden.some((l) => l.rol === rol)).map((rol) => ROL_NAMEN[rol]);
  const over = schakelteam.leden.filter((l, i, alle) => alle.findIndex((a) => zelfdePersoon(a, l)) === i).map((l) => l.naam);
  const vacature =
    leeg.length === 0
      ? ''
      : over.length > 0
        ? ` Er is geen ${leeg.join(' en geen ')} meer: ${over.join(' of ')} kan die rol overnemen met "Rol overnemen" op de kaart van de hulpvraag, of koppel het schakelteam opnieuw met een opvolger ${KOPPEL_OPNIEUW}.`
        : ` Er is niemand meer in het schakelteam: een functioneel beheerder koppelt het schakelteam opnieuw ${KOPPEL_OPNIEUW}.`;
  const beeindigd = geraakt.filter((h) => houderWeg(h, weg));
  const regierol = beeindigd.length > 0 ? ` De regierol van ${beeindigd.map((h) => h.nummer).join(', ')} is beëindigd: het schakelteam besluit opnieuw wie de regierol krijgt ("Besluit nemen" op de kaart).` : '';
  return `${wie} is niet meer lid van schakelteam ${schakelteam.naam}: die rol is beëindigd op ${nummers}.${vacature}${regierol}`;
}

/** Open cases whose schakelteam roles are not (yet) exactly the binding's members, or whose holder left the team. */
async function teVolgen(deps: LidmaatschapDeps, schakelteam: Schakelteam, weg: readonly Persoon[] = []): Promise<Hulpvraag[]> {
  return (await deps.hulpvragen.vanSchakelteam(schakelteam.id)).filter((h) => h.status !== 'gesloten' && (!volgtAl(h, schakelteam.leden) || houderWeg(h, weg)));
}

/**
 * What the schakelteam is told (its channel and every member in 1:1) when `vertrokken` held a role on open cases
 * that do not follow the binding yet; nothing when they held none. Computed before the cases change, so a retry
 * composes the same notices under the same ids.
 */
async function mededelingenOver(
  deps: LidmaatschapDeps,
  schakelteam: Schakelteam,
  vertrokken: readonly Betrokkene[],
  sleutel: string,
  vooraf: Pick<Mededeling, 'vertrek' | 'herkoppeling'> = {},
): Promise<Mededeling[]> {
  const { vertrek } = vooraf;
  const weg = vertrek ? [{ tenantId: schakelteam.tenantId, aadObjectId: vertrek.aadObjectId, naam: '' }] : [];
  const geraakt = (await teVolgen(deps, schakelteam, weg)).filter((h) => vertrokken.some((v) => betrokken(h, v)) || houderWeg(h, weg));
  if (geraakt.length === 0) return [];
  const tekst = melding(schakelteam, vertrokken, weg, geraakt);
  const leden = schakelteam.leden.filter((l, i, alle) => alle.findIndex((a) => zelfdePersoon(a, l)) === i);
  const doelen: MededelingDoel[] = [{ soort: 'schakelteamkanaal' }, ...leden.map((aan) => ({ soort: 'persoon' as const, aan }))];
  return nieuweMededelingen({ tenantId: schakelteam.tenantId, schakelteamId: schakelteam.id, tekst, ...vooraf }, sleutel, doelen, deps.klok.nu());
}

/**
 * Brings every open case of the schakelteam in line with its binding; a case that follows it already is left
 * alone, so doing this twice (a retry, the sweep after a crash) changes nothing more. Failures on one case are
 * logged; the others go on.
 */
async function volgZaken(deps: LidmaatschapDeps, schakelteam: Schakelteam, weg: readonly Persoon[] = []): Promise<void> {
  for (const h of await teVolgen(deps, schakelteam, weg)) {
    try {
      const uitkomst = await wijzigHulpvraag(deps, { schakelteamId: h.schakelteamId, id: h.id }, {
        door: systeem(h.tenantId),
        actie: 'systeem',
        gebeurtenis: () => ({ soort: 'schakelteam_gewijzigd', leden: schakelteam.leden, ...(weg.length > 0 ? { vertrokken: weg } : {}) }),
      });
      if (uitkomst.soort !== 'toegepast') continue;
      // The change's own messages (channel card, notices) leave through the outbox; the sweep relays what fails here.
      const nu = deps.klok.nu();
      await bezorg(deps, nu, await verplaats(deps, uitkomst.bewaard, nu));
    } catch (fout) {
      deps.log.error('rollen volgen lidmaatschap mislukt', { hulpvraag: h.id, fout: fout instanceof Error ? fout.name : 'onbekend' });
    }
  }
}

/**
 * Before the schakelteam is bound again (`schakelteam` as it will be, `vertrokken` replaced): the notices are
 * stored ahead of the binding, under ids that follow from the binding they replace (`vorige`: its `gekoppeld`), so
 * the click retried after a crash composes the same ones, and whoever sends them completes the binding first. Their ids.
 */
export async function kondigHerkoppelingAan(deps: LidmaatschapDeps, schakelteam: Schakelteam, vertrokken: readonly Betrokkene[], vorige: string): Promise<string[]> {
  const herkoppeling = { vorige, gekoppeld: schakelteam.gekoppeld ?? deps.klok.nu().toISOString(), leden: schakelteam.leden };
  const sleutel = `herkoppeling.${schakelteam.id}.${vorige || 'eerste'}`;
  return planMededelingen(deps, await mededelingenOver(deps, schakelteam, vertrokken, sleutel, { herkoppeling }));
}

/** After the binding was written: the open cases follow it, then its notices (`ids`) are sent; what fails, the sweep retries. */
export async function volgHerkoppeling(deps: LidmaatschapDeps, schakelteam: Schakelteam, ids: readonly string[]): Promise<void> {
  await volgZaken(deps, schakelteam);
  await bezorgMededelingen(deps, deps.klok.nu(), geenVoorwerk, ids);
}

/** Takes the person off the schakelteam's binding, with its audit line; the binding as it is now. */
async function uitBinding(deps: LidmaatschapDeps, schakelteam: Schakelteam, lid: Persoon, kanaalId: string): Promise<Schakelteam> {
  const bijgewerkt = { ...schakelteam, leden: schakelteam.leden.filter((l) => !zelfdePersoon(l, lid)) };
  await deps.schakelteams.bewaar(bijgewerkt);
  await legKoppeling(deps, schakelteam.tenantId, kanaalId, 'schakelteam', bijgewerkt.leden);
  return bijgewerkt;
}

/**
 * Before a departure's notice is sent, the departure is made complete: after a crash between writing the notices
 * and changing the binding, the person still holds it; now they leave it and the open cases follow.
 */
async function voltooiVertrek(deps: LidmaatschapDeps, m: Mededeling): Promise<void> {
  if (!m.vertrek || !m.schakelteamId) return;
  const schakelteam = await deps.schakelteams.lees(m.tenantId, m.schakelteamId);
  if (!schakelteam) return;
  const lid = { tenantId: m.tenantId, aadObjectId: m.vertrek.aadObjectId, naam: '' };
  const kanaal = await deps.kanalen.vanSchakelteam(m.tenantId, m.schakelteamId);
  const nu = schakelteam.leden.some((l) => zelfdePersoon(l, lid)) && kanaal ? await uitBinding(deps, schakelteam, lid, kanaal.id) : schakelteam;
  await volgZaken(deps, nu, [lid]);
}

/**
 * Before a re-binding's notice is sent: a binding that is still the one replaced (the click died after writing the
 * notices) gets the new members, with its audit line; then the open cases follow the binding as it is.
 */
async function voltooiHerkoppeling(deps: LidmaatschapDeps, m: Mededeling): Promise<void> {
  if (!m.herkoppeling || !m.schakelteamId) return;
  const { vorige, gekoppeld, leden } = m.herkoppeling;
  const onvoltooid = (st: Schakelteam) => (st.gekoppeld ?? '') === vorige;
  let schakelteam = await deps.schakelteams.lees(m.tenantId, m.schakelteamId);
  if (schakelteam && onvoltooid(schakelteam)) {
    schakelteam = await deps.schakelteams.wijzig(m.tenantId, m.schakelteamId, (st) => (onvoltooid(st) ? { ...st, leden, gekoppeld } : st));
    const kanaal = await deps.kanalen.vanSchakelteam(m.tenantId, m.schakelteamId);
    if (kanaal) await legKoppeling(deps, m.tenantId, kanaal.id, 'schakelteam', leden, 'koppeling voltooid na onderbreking');
  }
  if (schakelteam) await volgZaken(deps, schakelteam);
}

/** The sweep's part: every notice about membership that is due (including retries), each after its change is complete. */
export function bezorgLidmaatschap(deps: LidmaatschapDeps, nu: Date): Promise<Verzendverslag> {
  return bezorgMededelingen(deps, nu, async (m) => {
    await voltooiVertrek(deps, m);
    await voltooiHerkoppeling(deps, m);
  });
}

function legKoppeling(deps: LidmaatschapDeps, tenantId: string, kanaalId: string, soort: string, leden: readonly Betrokkene[], wat = 'lid uit team', wie: Persoon = systeem(tenantId)): Promise<void> {
  const onderwerp = { soort: 'koppeling', tenantId, kanaalId } as const;
  return deps.auditor.leg({ wie, onderwerp, handeling: 'koppelen', wat: `${soort}: ${wat}`, via: 'systeem', gegevens: { leden: leden.map((l) => `${l.aadObjectId}:${l.rol}`).join(',') } });
}

/**
 * "Rol overnemen" (rol_overgenomen), before the case's own event: the binding holds the person in that vacant role
 * too, so every open case of the schakelteam follows, and the next departure or binding counts them. Written first
 * because a case that holds them while the binding does not would lose the role at the next membership change; a
 * binding that holds them while the case does not yet (a crash in between) is completed by the retried click (the
 * card still offers the vacant role) or by that membership change. Nothing when the role is not vacant on the binding
 * or the person is not on it: the case's event then decides alone.
 */
export async function neemRolInBinding(deps: LidmaatschapDeps, tenantId: string, schakelteamId: string, door: Persoon, rol: SchakelteamRol): Promise<void> {
  const kan = (st: Schakelteam) => !st.leden.some((l) => l.rol === rol) && st.leden.some((l) => zelfdePersoon(l, door));
  const schakelteam = await deps.schakelteams.lees(tenantId, schakelteamId);
  const kanaal = await deps.kanalen.vanSchakelteam(tenantId, schakelteamId);
  if (!schakelteam || !kanaal || !kan(schakelteam)) return;
  const lid = { tenantId: door.tenantId, aadObjectId: door.aadObjectId, naam: door.naam, rol };
  const bijgewerkt = await deps.schakelteams.wijzig(tenantId, schakelteamId, (st) => (kan(st) ? { ...st, leden: [...st.leden, lid] } : st));
  if (bijgewerkt) await legKoppeling(deps, tenantId, kanaal.id, 'schakelteam', bijgewerkt.leden, `rol ${rol} overgenomen`, door);
}

/** After the case's own rol_overgenomen: every other open case of the schakelteam follows the binding. */
export async function naRolovername(deps: LidmaatschapDeps, h: Hulpvraag): Promise<void> {
  const schakelteam = await deps.schakelteams.lees(h.tenantId, h.schakelteamId);
  if (schakelteam) await volgZaken(deps, schakelteam);
}

/**
 * Someone left a team (teamMemberRemoved): they leave every binding in that team. A schakelteam's open cases follow;
 * the notices about it are written ahead of the change (`gebeurtenisId`: the removal's activity, so Teams delivering
 * it again makes the same ones) and sent after it. Team NO and Loket members are checked against their binding at
 * click time, so dropping them from it is enough. Every change of a binding is in the audit log.
 */
export async function lidUitTeam(deps: LidmaatschapDeps, tenantId: string, teamId: string, aadObjectId: string, gebeurtenisId?: string): Promise<void> {
  const lid = { tenantId, aadObjectId, naam: '' };
  for (const soort of ['schakelteam', 'team_no', 'loket'] as const) {
    for (const kanaal of (await deps.kanalen.vanSoort(tenantId, soort)).filter((k) => k.teamId === teamId)) {
      if (soort !== 'schakelteam') {
        const leden = kanaal.leden ?? [];
        if (!leden.some((l) => zelfdePersoon(l, lid))) continue;
        const over = leden.filter((l) => !zelfdePersoon(l, lid));
        await deps.kanalen.bewaar({ ...kanaal, leden: over, bijgewerkt: deps.klok.nu().toISOString() });
        await legKoppeling(deps, tenantId, kanaal.id, soort, over);
        continue;
      }
      const schakelteam = kanaal.schakelteamId ? await deps.schakelteams.lees(tenantId, kanaal.schakelteamId) : undefined;
      if (!schakelteam) continue;
      // Whoever left: a member of the binding, and perhaps the regierol holder of some of its cases.
      const vertrokken = schakelteam.leden.filter((l) => zelfdePersoon(l, lid));
      const straks = { ...schakelteam, leden: schakelteam.leden.filter((l) => !zelfdePersoon(l, lid)) };
      const sleutel = `lid-weg.${schakelteam.id}.${aadObjectId}.${gebeurtenisId ?? deps.klok.nu().getTime()}`;
      const ids = await planMededelingen(deps, await mededelingenOver(deps, straks, vertrokken, sleutel, { vertrek: { aadObjectId } }));
      await volgZaken(deps, vertrokken.length > 0 ? await uitBinding(deps, schakelteam, lid, kanaal.id) : schakelteam, [lid]);
      await bezorgMededelingen(deps, deps.klok.nu(), geenVoorwerk, ids);
    }
  }
}
