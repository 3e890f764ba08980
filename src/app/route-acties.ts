import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { automatischVervolg } from '../domain/vervolg';
import { Hulpvraag, noteerWeigering } from '../domain/hulpvraag';
import { Persoon, Rol, zelfdePersoon } from '../domain/personen';
import { Logger } from '../log';
import { MeldDeps, meldBeurt, meldKennisgevingen, schakelteamKanaal, werkKanaalkaartBij } from './meldingen';
import { SchakelteamOpslag } from './ports';
import { Achtergrond } from './achtergrond';
import { teamNoLeden } from './kanalen';
import { HulpvraagSleutel, WijzigDeps, wijzigHulpvraag } from './wijzigen';

export type RouteDeps = WijzigDeps &
  MeldDeps & { readonly log: Logger; readonly schakelteams: SchakelteamOpslag; readonly achtergrond: Achtergrond };

export type ActieUitkomst =
  | { readonly soort: 'toegepast'; readonly hulpvraag: Hulpvraag }
  | { readonly soort: 'verouderd'; readonly hulpvraag: Hulpvraag }
  | { readonly soort: 'geweigerd'; readonly fout: DomainError; readonly hulpvraag?: Hulpvraag };

const WEIGERINGEN: readonly string[] = [FOUTCODES.nietBetrokken, FOUTCODES.actieNietToegestaan];

/** Records a refused attempt in the case history (retried on a concurrent write, so the line is not lost). */
export async function noteerGeweigerd(deps: WijzigDeps, sleutel: HulpvraagSleutel, door: Persoon, actie: string): Promise<Hulpvraag | undefined> {
  for (let poging = 0; poging < 3; poging++) {
    const gelezen = await deps.hulpvragen.lees(sleutel.schakelteamId, sleutel.id);
    if (!gelezen) return undefined;
    try {
      const { waarde } = await deps.hulpvragen.vervang(noteerWeigering(gelezen.waarde, door, actie, deps.klok.nu()), gelezen.etag);
      return waarde;
    } catch (error) {
      if (!isDomainError(error, FOUTCODES.conflict)) throw error;
    }
  }
  return undefined;
}

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
    });
  } catch (error) {
    if (isDomainError(error) && WEIGERINGEN.includes(error.code)) {
      return { soort: 'geweigerd', fout: error, hulpvraag: await noteerGeweigerd(deps, sleutel, door, gebeurtenis.soort) };
    }
    throw error;
  }
  if (uitkomst.soort === 'verouderd') return uitkomst;
  const { hulpvraag: h, vorigeStatus } = uitkomst;
  // The channel card first, so the answer to this click (the clicker's own card) is what stays on their screen
  // where a client has no user-specific views. Personal cards wait for Teams' rate limits: they follow the answer.
  const kanaal = schakelteamKanaal(deps, h);
  await werkKanaalkaartBij(deps, h, kanaal).catch((fout: unknown) =>
    deps.log.error('kanaalkaart bijwerken mislukt', { hulpvraag: h.id, fout: fout instanceof Error ? fout.name : 'onbekend' }),
  );
  deps.achtergrond.voer('persoonlijke kaarten na wijziging', async () => {
    await meldBeurt(deps, vorigeStatus, h, door, kanaal);
    await meldKennisgevingen(deps, uitkomst.kennisgevingen, kanaal);
  });
  return { soort: 'toegepast', hulpvraag: h };
}
