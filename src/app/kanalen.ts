import { Herinneringsinstellingen, eersteEscalatie } from '../domain/herinneringen';
import { Kanaal } from '../domain/kanaal';
import { kiesTeamNo } from '../domain/regio';
import { Betrokkene, Persoon, zelfdePersoon } from '../domain/personen';
import { dagEnDatumNl, datumInAmsterdam, wandtijdInAmsterdam } from '../domain/tijd';
import { KanaalOpslag, SchakelteamOpslag } from './ports';

/**
 * The people who hold a channel's binding now: a schakelteam's IB'er/COO and schakelfunctionaris, or the members of
 * Team NO or the Loket. They (and a functional administrator) may change it, and hear when it ends.
 */
export async function koppelingLeden(schakelteams: SchakelteamOpslag, kanaal: Kanaal): Promise<readonly Betrokkene[]> {
  if (kanaal.soort !== 'schakelteam') return kanaal.leden ?? [];
  return kanaal.schakelteamId ? ((await schakelteams.lees(kanaal.tenantId, kanaal.schakelteamId))?.leden ?? []) : [];
}

/** The tenant's bound Team NO (or Loket) channel that still works: where escalations go and whose members decide. */
export async function gekoppeldKanaal(kanalen: KanaalOpslag, tenantId: string, soort: 'team_no' | 'loket'): Promise<Kanaal | undefined> {
  return (await kanalen.vanSoort(tenantId, soort)).find((k) => k.bruikbaar);
}

/** The Team NO a case of this region escalates to (domain/regio.ts): the region's own, else the tenant's. */
export async function teamNoKanaal(kanalen: KanaalOpslag, tenantId: string, regio?: string): Promise<Kanaal | undefined> {
  return kiesTeamNo((await kanalen.vanSoort(tenantId, 'team_no')).filter((k) => k.bruikbaar), regio);
}

/** Team NO members come from the bound Team NO channel; they get the team_no role on the case. */
export async function teamNoLeden(kanalen: KanaalOpslag, tenantId: string, regio?: string): Promise<readonly Betrokkene[]> {
  return (await teamNoKanaal(kanalen, tenantId, regio))?.leden ?? [];
}

/** Whether `persoon` is a member of a bound Loket channel now: they then act as the Loket on cases sent there. */
export async function isLoketLid(kanalen: KanaalOpslag, persoon: Persoon): Promise<boolean> {
  const loket = await kanalen.vanSoort(persoon.tenantId, 'loket');
  return loket.some((k) => (k.leden ?? []).some((lid) => zelfdePersoon(lid, persoon)));
}

/**
 * What the person who flags stagnation is told: when Team NO will actually see it (the bot sends only on working
 * days inside the send window), or that no Team NO channel is bound, so nobody would.
 */
export async function wanneerBijTeamNo(
  kanalen: KanaalOpslag,
  inst: Pick<Herinneringsinstellingen, 'venster' | 'feestdagen'>,
  tenantId: string,
  nu: Date,
  regio?: string,
): Promise<string> {
  if (!(await teamNoKanaal(kanalen, tenantId, regio))) {
    return 'Gemeld, maar er is nog geen Team NO-kanaal gekoppeld: Team NO ontvangt niets en niemand kan erover beslissen. Laat Team NO eerst in hun eigen kanaal "@Schoolondersteuning koppel team no" typen.';
  }
  const moment = eersteEscalatie(nu, inst);
  if (moment.getTime() <= nu.getTime()) return 'Gemeld. Team NO krijgt de hulpvraag binnen enkele minuten in hun kanaal.';
  const { uur, minuut } = wandtijdInAmsterdam(moment);
  const tijd = `${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}`;
  return `Gemeld. De bot verstuurt alleen op werkdagen tussen ${tijd} en ${String(inst.venster.eindUur).padStart(2, '0')}:00: Team NO krijgt de hulpvraag op ${dagEnDatumNl(datumInAmsterdam(moment))} vanaf ${tijd}.`;
}
