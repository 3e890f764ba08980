import { kandidaat } from '../domain/gebeurtenissen';
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { Versie } from './ports';
import { NietMeerNodig, systeem } from './systeem';
import { HulpvraagSleutel, WijzigDeps, wijzigHulpvraag } from './wijzigen';

/**
 * An offer whose card cannot reach the candidate would wait unseen (issue 10). When sending it finally fails, the
 * bot ends the offer itself (event aanbod_onbestelbaar, in the history with the reason); whoever must choose again
 * (the schakelteam members, or the holder for a handover) is told through the outbox entries of that change, which
 * the caller relays. Then the wait for a new decision is reminded and escalates like any other (domain/wachten.ts).
 * The outbox (app/uitgaand.ts) calls this on the final failure of the offer card. Undefined when the offer had
 * already moved on (accepted, declined, superseded).
 */
export async function aanbodNietBezorgd(deps: WijzigDeps, sleutel: HulpvraagSleutel, aan: Persoon, reden: string): Promise<Versie<Hulpvraag> | undefined> {
  try {
    const uitkomst = await wijzigHulpvraag(deps, sleutel, {
      door: systeem(aan.tenantId),
      actie: 'systeem',
      gebeurtenis: (huidig) => {
        const k = kandidaat(huidig);
        if (huidig.status !== 'regierol_aangeboden' || !k || !zelfdePersoon(k, aan)) throw new NietMeerNodig();
        return { soort: 'aanbod_onbestelbaar', reden };
      },
    });
    return uitkomst.soort === 'toegepast' ? uitkomst.bewaard : undefined;
  } catch (fout) {
    if (fout instanceof NietMeerNodig) return undefined;
    throw fout;
  }
}
