import { Logger } from '../log';
import { Groepslidmaatschap, IsBeheerder, Klok } from './ports';

/**
 * Functional administrators (functioneel beheer): configured AAD object ids and/or one AAD group, in the bot's own
 * tenant (locally, without a tenant, in every tenant). They bind Team NO and the Loket, may rebind any channel, see the quarter
 * figures in the tab, and handle access, correction and erasure requests. Bot, tabs and rights all ask this one check.
 */
export interface Beheer {
  readonly objectIds: readonly string[];
  /** An Entra group whose (transitive) members are administrators too; checked only when a directory is given. */
  readonly groep?: string;
  readonly tenantId?: string;
}

export interface BeheerDeps {
  readonly beheer: Beheer;
  /** Absent without Bot Framework credentials (loopback with the embedded store): then the group is not checked. */
  readonly groepen?: Groepslidmaatschap;
  readonly klok: Klok;
  readonly log: Logger;
}

/** Long enough that a burst of clicks asks the directory once, short enough that removal from the group soon counts. */
export const GROEP_CACHE_MS = 5 * 60_000;
const MAX_ANTWOORDEN = 1000;

/**
 * The one administrator check. A group answer (yes or no) is kept for GROEP_CACHE_MS per person; a directory that
 * cannot answer counts as "no" (never as yes) and is asked again next time.
 */
export function maakBeheerderscheck(deps: BeheerDeps): IsBeheerder {
  const { beheer, groepen, klok, log } = deps;
  const antwoorden = new Map<string, { readonly lid: boolean; readonly tot: number }>();
  return async (persoon) => {
    if (beheer.tenantId !== undefined && beheer.tenantId !== persoon.tenantId) return false;
    if (beheer.objectIds.includes(persoon.aadObjectId)) return true;
    const groep = beheer.groep;
    if (!groep || !groepen) return false;
    const nu = klok.nu().getTime();
    const bekend = antwoorden.get(persoon.aadObjectId);
    if (bekend && bekend.tot > nu) return bekend.lid;
    try {
      const lid = (await groepen.lidVan(persoon.aadObjectId, [groep])).includes(groep);
      antwoorden.delete(persoon.aadObjectId);
      // Bounded: the oldest answer goes first (a Map keeps insertion order).
      if (antwoorden.size >= MAX_ANTWOORDEN) antwoorden.delete(antwoorden.keys().next().value ?? '');
      antwoorden.set(persoon.aadObjectId, { lid, tot: nu + GROEP_CACHE_MS });
      return lid;
    } catch (fout) {
      log.warn('beheerdersgroep niet te controleren', { code: 'BEHEER.GROEP_ONBEREIKBAAR', fout: fout instanceof Error ? fout.name : 'onbekend' });
      return false;
    }
  };
}
