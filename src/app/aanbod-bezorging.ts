import { kandidaat } from '../domain/gebeurtenissen';
import { Persoon, zelfdePersoon } from '../domain/personen';
import { Logger } from '../log';
import { MeldDeps, meldKennisgevingen, schakelteamKanaal, werkKanaalkaartBij } from './meldingen';
import { NietMeerNodig, systeem } from './systeem';
import { HulpvraagSleutel, WijzigDeps, wijzigHulpvraag } from './wijzigen';

export type BezorgDeps = WijzigDeps & MeldDeps & { readonly log: Logger };

/**
 * An offer whose card cannot reach the candidate would wait unseen (issue 10). When sending it finally fails, the
 * bot ends the offer itself (event aanbod_onbestelbaar, in the history with the reason) and whoever must choose
 * again is told at once: the schakelteam members, or the holder for a handover. Then the wait for a new decision is
 * reminded and escalates like any other (domain/wachten.ts). The send pipeline calls this on its final failure.
 * Returns false when the offer had already moved on (accepted, declined, superseded).
 */
export async function aanbodNietBezorgd(deps: BezorgDeps, sleutel: HulpvraagSleutel, aan: Persoon, reden: string): Promise<boolean> {
  let uitkomst;
  try {
    uitkomst = await wijzigHulpvraag(deps, sleutel, {
      door: systeem(aan.tenantId),
      actie: 'systeem',
      gebeurtenis: (huidig) => {
        const k = kandidaat(huidig);
        if (huidig.status !== 'regierol_aangeboden' || !k || !zelfdePersoon(k, aan)) throw new NietMeerNodig();
        return { soort: 'aanbod_onbestelbaar', reden };
      },
    });
  } catch (fout) {
    if (fout instanceof NietMeerNodig) return false;
    throw fout;
  }
  if (uitkomst.soort !== 'toegepast') return false;
  const h = uitkomst.hulpvraag;
  const kanaal = schakelteamKanaal(deps, h);
  await werkKanaalkaartBij(deps, h, kanaal).catch((fout: unknown) =>
    deps.log.error('kanaalkaart bijwerken mislukt', { hulpvraag: h.id, fout: fout instanceof Error ? fout.name : 'onbekend' }),
  );
  await meldKennisgevingen(deps, uitkomst.kennisgevingen, kanaal);
  deps.log.warn('aanbod niet bezorgd: aanbod beëindigd', { hulpvraag: h.id });
  return true;
}
