import { Persoon } from '../domain/personen';
import { zichtVoor, zichtbareBetrokkenen } from '../domain/zichtbaarheid';
import { HulpvraagOpslag, KanaalOpslag, SchakelteamOpslag } from './ports';

/** Someone the bot knows, who can be picked on a form (as regierolhouder, expert, member of the expertiseteam). */
export interface Collega extends Persoon {
  readonly teamsId?: string;
}

export interface CollegaDeps {
  readonly schakelteams: SchakelteamOpslag;
  readonly kanalen: KanaalOpslag;
  readonly hulpvragen: HulpvraagOpslag;
  /** The tenants whose people may be offered besides one's own (PARTNER_TENANTS). */
  readonly partnerTenants: readonly string[];
}

/** At most this many names per answer: the picker shows a short list and the user types on. */
export const MAX_TREFFERS = 15;

/**
 * The people the bot knows for this person: the members of every bound schakelteam, Team NO and Loket of their
 * own tenant and of the configured partner tenants, and the people on the cases they are involved in whom they may see. In a 1:1 chat
 * Teams' own people picker (scope currentContext) finds only the user, so the bot answers the search itself.
 */
export async function bekendeCollegas(deps: CollegaDeps, persoon: Persoon): Promise<Collega[]> {
  const tenants = [...new Set([persoon.tenantId, ...deps.partnerTenants])];
  const perTenant = await Promise.all(
    tenants.map(async (tenantId) => {
      const [teams, teamNo, loket] = await Promise.all([
        deps.schakelteams.vanTenant(tenantId),
        deps.kanalen.vanSoort(tenantId, 'team_no'),
        deps.kanalen.vanSoort(tenantId, 'loket'),
      ]);
      return [...teams.flatMap((t) => t.leden), ...[...teamNo, ...loket].flatMap((k) => k.leden ?? [])];
    }),
  );
  // Of their cases only the people the visibility rule shows them there: a partner with "basis" sight finds the
  // IB'er/COO to contact, not the other professionals on the case.
  const opCasussen = (await deps.hulpvragen.vanPersoon(persoon.tenantId, persoon.aadObjectId)).flatMap((h) => zichtbareBetrokkenen(h, zichtVoor(h, persoon)));
  const gezien = new Map<string, Collega>();
  for (const lid of [...perTenant.flat(), ...opCasussen]) {
    if (!tenants.includes(lid.tenantId)) continue;
    const sleutel = `${lid.tenantId}|${lid.aadObjectId}`;
    const eerder = gezien.get(sleutel);
    if (!eerder || (!eerder.teamsId && lid.teamsId)) {
      gezien.set(sleutel, { tenantId: lid.tenantId, aadObjectId: lid.aadObjectId, naam: lid.naam, ...(lid.teamsId ? { teamsId: lid.teamsId } : {}) });
    }
  }
  return [...gezien.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
}

const zonderAccenten = (tekst: string) => tekst.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Typeahead: every typed word must start a word of the name ("mo el" finds Mohamed El Amrani). */
export async function zoekCollegas(deps: CollegaDeps, persoon: Persoon, tekst: string, max = MAX_TREFFERS): Promise<Collega[]> {
  const woorden = zonderAccenten(tekst).split(/[\s,]+/).filter((w) => w !== '');
  const past = (c: Collega) => {
    const naamwoorden = zonderAccenten(c.naam).split(/[\s'-]+/);
    return woorden.every((w) => naamwoorden.some((n) => n.startsWith(w)));
  };
  return (await bekendeCollegas(deps, persoon)).filter(past).slice(0, max);
}
