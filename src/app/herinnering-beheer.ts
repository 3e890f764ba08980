/**
 * Nobody of a schakelteam is left on a case (every member left its team): the case's next step is the functional
 * administrators' (invarianten.ts `volgendeStap`, `beheer`): binding the schakelteam again. Its reminders go to them,
 * in 1:1, and say which schakelteam and what to do. Nothing about the case itself: an administrator is not involved
 * in it, so the visibility rule (domain/zichtbaarheid.ts) shows them nothing of it, not even its number.
 */
import { Herinnering } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { Verzendvenster, Feestdagopties, plusWerkdagen, vensterbegin } from '../domain/werkdagen';
import { datumInAmsterdam } from '../domain/tijd';
import { Afronding } from '../domain/verzending';
import { Beheer } from './beheer';
import { KanaalOpslag, ProactieveVerzender, Verzenduitkomst } from './ports';

export interface BeheerHerinneringDeps {
  readonly kanalen: KanaalOpslag;
  readonly verzender: ProactieveVerzender;
  /**
   * FUNCTIONEEL_BEHEERDERS: the administrators named by object id are the ones a message can reach. Members of
   * FUNCTIONEEL_BEHEERDERS_GROEP are checked when they act, but the bot cannot list them, so they are not written to.
   */
  readonly beheer?: Pick<Beheer, 'objectIds' | 'tenantId'>;
  readonly instellingen: { readonly venster: Verzendvenster; readonly feestdagen: Feestdagopties };
}

/** The code in the sweep's log when no administrator could be reached (ids only, no personal data). */
export const BEHEER_ONBEREIKBAAR = 'HERINNERING.BEHEER_ONBEREIKBAAR';

const BEHEERDER = 'functioneel beheerder';

/** What the administrators read: which schakelteam (its name, or its school without a bound channel) and what to do. */
export function beheerTekst(schakelteam: string | undefined, school: string): string {
  const wie = schakelteam ? `Schakelteam ${schakelteam}` : `Het schakelteam van ${school}`;
  return (
    `${wie} heeft niemand meer: de IB'er/COO en de schakelfunctionaris O/JH hebben het team verlaten. Er wacht werk ` +
    'op dit schakelteam dat nu niemand kan doen. Koppel het schakelteam opnieuw met de nieuwe leden: typ in het kanaal ' +
    'van het schakelteam "@Schoolondersteuning koppel schakelteam". Daarna krijgen de nieuwe leden hun hulpvragen.'
  );
}

/** Every configured administrator in the case's tenant (without a configured tenant: in every tenant, locally). */
function beheerders(deps: BeheerHerinneringDeps, tenantId: string): string[] {
  const beheer = deps.beheer;
  if (!beheer || (beheer.tenantId !== undefined && beheer.tenantId !== tenantId)) return [];
  return [...beheer.objectIds];
}

/**
 * Sends the reminder to each administrator's 1:1 chat (opened at the schakelteam channel's service when there is
 * none). One who got it is enough. When nobody got it, or there is nobody to send it to, nobody else can be told
 * either: a coded line for the log, and the reminder waits for the next working day instead of being lost.
 */
export async function stuurAanBeheer(deps: BeheerHerinneringDeps, r: Herinnering, h: Hulpvraag, nu: Date, meld: (fout: string) => void): Promise<Afronding> {
  const kanaal = await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId);
  const bericht = { tekst: beheerTekst(kanaal?.naam, h.school) };
  const uitkomsten: Verzenduitkomst[] = [];
  for (const aadObjectId of beheerders(deps, r.tenantId)) {
    uitkomsten.push(await deps.verzender.stuur({ persoon: { tenantId: r.tenantId, aadObjectId, naam: BEHEERDER }, ...(kanaal ? { via: kanaal } : {}) }, bericht));
  }
  const verzonden = uitkomsten.find((u) => u.soort === 'verzonden');
  if (verzonden?.soort === 'verzonden') return { uitkomst: 'verzonden', ...(verzonden.activityId ? { activityId: verzonden.activityId } : {}) };
  const reden = uitkomsten.length === 0 ? 'geen functioneel beheerder ingesteld (FUNCTIONEEL_BEHEERDERS)' : 'geen functioneel beheerder bereikt';
  meld(`${BEHEER_ONBEREIKBAAR} ${r.id}: ${uitkomsten.length === 0 ? 'geen ingesteld' : uitkomsten.map((u) => u.soort).join(',')}`);
  const morgen = plusWerkdagen(datumInAmsterdam(nu), 1, deps.instellingen.feestdagen);
  return { uitkomst: 'uitgesteld', reden, opnieuwOp: vensterbegin(morgen, deps.instellingen.venster) };
}
