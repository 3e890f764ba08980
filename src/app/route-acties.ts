import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { automatischVervolg } from '../domain/vervolg';
import { Hulpvraag } from '../domain/hulpvraag';
import { Client } from '../domain/audit';
import { Persoon, Rol, zelfdePersoon } from '../domain/personen';
import { Logger } from '../log';
import { MeldDeps, meldBeurt, meldKennisgevingen, meldVerlorenToegang, schakelteamKanaal, werkKanaalkaartBij } from './meldingen';
import { SchakelteamOpslag } from './ports';
import { Achtergrond } from './achtergrond';
import { aanbodNietBezorgd } from './aanbod-bezorging';
import { teamNoLeden } from './kanalen';
import { HulpvraagSleutel, WijzigDeps, wijzigHulpvraag } from './wijzigen';

export type RouteDeps = WijzigDeps &
  MeldDeps & { readonly log: Logger; readonly schakelteams: SchakelteamOpslag; readonly achtergrond: Achtergrond };

export type ActieUitkomst =
  | { readonly soort: 'toegepast'; readonly hulpvraag: Hulpvraag }
  | { readonly soort: 'verouderd'; readonly hulpvraag: Hulpvraag }
  | { readonly soort: 'geweigerd'; readonly fout: DomainError; readonly hulpvraag?: Hulpvraag };

const WEIGERINGEN: readonly string[] = [FOUTCODES.nietBetrokken, FOUTCODES.actieNietToegestaan];

/**
 * One click on a case card: apply it once (or recognise that it was already applied), record refusals in the
 * history, run what follows automatically, and tell the people whose turn it is. Sending problems never undo the
 * change: they are logged and the change stands.
 */
export async function voerRouteActieUit(
  deps: RouteDeps,
  sleutel: HulpvraagSleutel,
  door: Persoon,
  gezieneVersie: number,
  gebeurtenis: Gebeurtenis,
  via: Client,
): Promise<ActieUitkomst> {
  // Evaluation dates are set when the regierol starts: with the schakelteam's own terms, if it has them.
  const startRegierol = gebeurtenis.soort === 'regierol_geaccepteerd' || gebeurtenis.soort === 'toestemming_vastgelegd';
  const termijnen = startRegierol ? ((await deps.schakelteams.lees(door.tenantId, sleutel.schakelteamId))?.termijnen ?? deps.termijnen) : deps.termijnen;
  // The bound Team NO channel's members: they act as Team NO on an escalated case, checked now (not copied once).
  const teamNo = await teamNoLeden(deps.kanalen, door.tenantId);
  const koppelrollen: Rol[] = teamNo.some((lid) => zelfdePersoon(lid, door)) ? ['team_no'] : [];
  let uitkomst;
  try {
    uitkomst = await wijzigHulpvraag({ ...deps, termijnen }, sleutel, {
      door,
      gezieneVersie,
      gebeurtenis: () => gebeurtenis,
      vervolg: (na) => automatischVervolg(gebeurtenis, teamNo, na),
      koppelrollen,
      via,
    });
  } catch (error) {
    if (isDomainError(error) && WEIGERINGEN.includes(error.code)) {
      // Refusals go to the audit log (counted per person per day), never into the case document.
      const gelezen = await deps.hulpvragen.lees(sleutel.schakelteamId, sleutel.id);
      const onderwerp = { soort: 'hulpvraag', id: sleutel.id } as const;
      await deps.auditor.weigering({ wie: door, onderwerp, ...(gelezen ? { hulpvraag: gelezen.waarde } : {}), wat: gebeurtenis.soort, via });
      return { soort: 'geweigerd', fout: error, hulpvraag: gelezen?.waarde };
    }
    throw error;
  }
  if (uitkomst.soort === 'verouderd') {
    // The clicker gets the current card back: that is a read.
    await deps.auditor.leg({ wie: door, onderwerp: { soort: 'hulpvraag', id: sleutel.id }, hulpvraag: uitkomst.hulpvraag, handeling: 'lezen', wat: 'verouderde kaart', via });
    return uitkomst;
  }
  const { hulpvraag: h, vorigeStatus } = uitkomst;
  // The channel card first, so the answer to this click (the clicker's own card) is what stays on their screen
  // where a client has no user-specific views. Personal cards wait for Teams' rate limits: they follow the answer.
  const kanaal = schakelteamKanaal(deps, h);
  await werkKanaalkaartBij(deps, h, kanaal).catch((fout: unknown) =>
    deps.log.error('kanaalkaart bijwerken mislukt', { hulpvraag: h.id, fout: fout instanceof Error ? fout.name : 'onbekend' }),
  );
  deps.achtergrond.voer('persoonlijke kaarten na wijziging', async () => {
    const beurt = await meldBeurt(deps, vorigeStatus, h, door, kanaal);
    await meldKennisgevingen(deps, uitkomst.kennisgevingen, kanaal);
    await meldVerlorenToegang(deps, uitkomst.vorige, h, door, kanaal);
    // An offer the candidate never sees would wait unseen: it ends and the schakelteam is told.
    if (h.status !== 'regierol_aangeboden') return;
    for (const { aan, uitkomst: bezorging } of beurt) {
      if (aan.rol === 'kandidaat_regierol' && bezorging.soort !== 'verzonden') await aanbodNietBezorgd(deps, sleutel, aan, bezorging.reden);
    }
  });
  return { soort: 'toegepast', hulpvraag: h };
}
