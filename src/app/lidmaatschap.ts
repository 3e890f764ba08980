/**
 * Roles follow membership (issue 10): the IB'er/COO and schakelfunctionaris on a schakelteam's open cases are the
 * people its binding holds now. Whoever leaves the schakelteam's team (teamMemberRemoved) or is replaced when the
 * channel is bound again loses those roles on every open case, in the same way as every other change (ETag, history);
 * so they can no longer read or act there, nor register (registreren.mijnSchakelteams reads the binding). The
 * schakelteam hears which cases are affected and what to do.
 */
import { SCHAKELTEAMROLLEN } from '../domain/gebeurtenissen';
import { Hulpvraag } from '../domain/hulpvraag';
import { Betrokkene, ROL_NAMEN, zelfdePersoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';
import { Logger } from '../log';
import { SchakelteamOpslag } from './ports';
import { systeem } from './systeem';
import { UitgaandDeps, bezorg, verplaats } from './uitgaand';
import { wijzigHulpvraag } from './wijzigen';

export type LidmaatschapDeps = UitgaandDeps & { readonly schakelteams: SchakelteamOpslag; readonly log: Logger };

const betrokken = (h: Hulpvraag, persoon: Betrokkene) => h.betrokkenen.some((b) => zelfdePersoon(b, persoon));

/** Whether the case's schakelteam roles are exactly the binding's members. */
function volgtAl(h: Hulpvraag, leden: readonly Betrokkene[]): boolean {
  const opZaak = h.betrokkenen.filter((b) => SCHAKELTEAMROLLEN.includes(b.rol));
  const gebonden = leden.filter((l) => SCHAKELTEAMROLLEN.includes(l.rol));
  const zelfde = (a: Betrokkene, b: Betrokkene) => a.rol === b.rol && zelfdePersoon(a, b);
  return opZaak.length === gebonden.length && opZaak.every((b) => gebonden.some((l) => zelfde(b, l)));
}

/** What the schakelteam is told: who left, which cases, and (when a role is vacant or a regierol stays) what to do. */
function melding(schakelteam: Schakelteam, vertrokken: readonly Betrokkene[], geraakt: readonly Hulpvraag[]): string {
  const wie = vertrokken.map((v) => `${v.naam} (${ROL_NAMEN[v.rol]})`).join(', ');
  const nummers = geraakt.map((h) => h.nummer).join(', ');
  const leeg = SCHAKELTEAMROLLEN.filter((rol) => !schakelteam.leden.some((l) => l.rol === rol)).map((rol) => ROL_NAMEN[rol]);
  const vacature = leeg.length > 0
    ? ` Er is geen ${leeg.join(' en geen ')} meer: koppel het schakelteam opnieuw met een opvolger (typ in het kanaal "@Schoolondersteuning koppel schakelteam"); tot dan wachten hun stappen.`
    : '';
  const houders = geraakt.filter((h) => vertrokken.some((v) => h.betrokkenen.some((b) => b.rol === 'regierolhouder' && zelfdePersoon(b, v))));
  const regierol = houders.length > 0 ? ` De regierol van ${houders.map((h) => h.nummer).join(', ')} ligt nog bij ${wie}: laat die overdragen.` : '';
  return `${wie} is niet meer lid van schakelteam ${schakelteam.naam}: die rol is beëindigd op ${nummers}. Wijs zo nodig iemand anders aan.${vacature}${regierol}`;
}

/**
 * Brings every open case of the schakelteam in line with its binding and tells the schakelteam (its members 1:1 and
 * its channel) which cases `vertrokken` held a role in. Failures on one case are logged; the others go on.
 */
export async function volgSchakelteam(deps: LidmaatschapDeps, schakelteam: Schakelteam, vertrokken: readonly Betrokkene[]): Promise<void> {
  const geraakt: Hulpvraag[] = [];
  for (const h of await deps.hulpvragen.vanSchakelteam(schakelteam.id)) {
    if (h.status === 'gesloten' || volgtAl(h, schakelteam.leden)) continue;
    try {
      const uitkomst = await wijzigHulpvraag(deps, { schakelteamId: h.schakelteamId, id: h.id }, {
        door: systeem(h.tenantId),
        actie: 'systeem',
        gebeurtenis: () => ({ soort: 'schakelteam_gewijzigd', leden: schakelteam.leden }),
      });
      if (uitkomst.soort !== 'toegepast') continue;
      // The change's own messages (channel card, notices) leave through the outbox; the sweep relays what fails here.
      const nu = deps.klok.nu();
      await bezorg(deps, nu, await verplaats(deps, uitkomst.bewaard, nu));
      if (vertrokken.some((v) => betrokken(h, v))) geraakt.push(uitkomst.hulpvraag);
    } catch (fout) {
      deps.log.error('rollen volgen lidmaatschap mislukt', { hulpvraag: h.id, fout: fout instanceof Error ? fout.name : 'onbekend' });
    }
  }
  if (geraakt.length === 0) return;
  const tekst = melding(schakelteam, vertrokken, geraakt);
  const kanaal = await deps.kanalen.vanSchakelteam(schakelteam.tenantId, schakelteam.id);
  if (kanaal) await deps.verzender.stuur({ kanaal }, { tekst });
  for (const lid of schakelteam.leden) await deps.verzender.stuur({ persoon: lid, via: kanaal }, { tekst });
}

/**
 * Someone left a team (teamMemberRemoved): they leave every binding in that team. A schakelteam's open cases follow
 * (volgSchakelteam); Team NO and Loket members are checked against their binding at click time, so dropping them
 * from it is enough. Every change of a binding is in the audit log.
 */
export async function lidUitTeam(deps: LidmaatschapDeps, tenantId: string, teamId: string, aadObjectId: string): Promise<void> {
  const lid = { tenantId, aadObjectId };
  for (const soort of ['schakelteam', 'team_no', 'loket'] as const) {
    for (const kanaal of (await deps.kanalen.vanSoort(tenantId, soort)).filter((k) => k.teamId === teamId)) {
      const onderwerp = { soort: 'koppeling', tenantId, kanaalId: kanaal.id } as const;
      const audit = (leden: readonly Betrokkene[]) =>
        deps.auditor.leg({ wie: systeem(tenantId), onderwerp, handeling: 'koppelen', wat: `${soort}: lid uit team`, via: 'systeem', gegevens: { leden: leden.map((l) => `${l.aadObjectId}:${l.rol}`).join(',') } });
      if (soort !== 'schakelteam') {
        const leden = kanaal.leden ?? [];
        if (!leden.some((l) => zelfdePersoon(l, lid))) continue;
        const over = leden.filter((l) => !zelfdePersoon(l, lid));
        await deps.kanalen.bewaar({ ...kanaal, leden: over, bijgewerkt: deps.klok.nu().toISOString() });
        await audit(over);
        continue;
      }
      const schakelteam = kanaal.schakelteamId ? await deps.schakelteams.lees(tenantId, kanaal.schakelteamId) : undefined;
      const vertrokken = schakelteam?.leden.filter((l) => zelfdePersoon(l, lid)) ?? [];
      if (!schakelteam || vertrokken.length === 0) continue;
      const bijgewerkt = { ...schakelteam, leden: schakelteam.leden.filter((l) => !zelfdePersoon(l, lid)) };
      await deps.schakelteams.bewaar(bijgewerkt);
      await audit(bijgewerkt.leden);
      await volgSchakelteam(deps, bijgewerkt, vertrokken);
    }
  }
}
