import { TeamsInfo, TurnContext } from 'botbuilder';
import { Discipline, Persoon } from '../domain/personen';

export interface GekozenPersoon extends Persoon {
  readonly teamsId?: string;
  readonly discipline?: Discipline;
}

/** The people picker submits ids comma-separated: AAD object ids in Teams, configured user ids in the Playground. */
export function splitsIds(waarde: string | undefined): string[] {
  return (waarde ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

/**
 * Resolves picked ids to people with name and Teams id. getMember only knows members of the current conversation;
 * for anyone else the id is kept and the name says so, rather than refusing the choice.
 */
export async function kiesPersonen(turn: TurnContext, tenantId: string, ids: readonly string[]): Promise<GekozenPersoon[]> {
  return Promise.all(
    ids.map(async (id) => {
      try {
        const lid = await TeamsInfo.getMember(turn, id);
        return { tenantId, aadObjectId: lid.aadObjectId ?? id, naam: lid.name ?? 'Collega', teamsId: lid.id };
      } catch {
        return { tenantId, aadObjectId: id, naam: `Collega (${id.slice(0, 8)})` };
      }
    }),
  );
}
