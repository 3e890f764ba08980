import { Kanaal } from '../domain/kanaal';
import { Betrokkene } from '../domain/personen';
import { KanaalOpslag } from './ports';

/** The tenant's bound Team NO channel that still works: where escalations go and whose members decide. */
export async function teamNoKanaal(kanalen: KanaalOpslag, tenantId: string): Promise<Kanaal | undefined> {
  return (await kanalen.vanSoort(tenantId, 'team_no')).find((k) => k.bruikbaar);
}

/** Team NO members come from the bound Team NO channel; they get the team_no role on the case. */
export async function teamNoLeden(kanalen: KanaalOpslag, tenantId: string): Promise<readonly Betrokkene[]> {
  return (await teamNoKanaal(kanalen, tenantId))?.leden ?? [];
}
