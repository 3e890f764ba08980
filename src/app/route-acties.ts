import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { automatischVervolg, vervolgVraagtTeamNo } from '../domain/vervolg';
import { Hulpvraag } from '../domain/hulpvraag';
import { Regioindeling } from '../domain/regio';
import { Client } from '../domain/audit';
import { Persoon } from '../domain/personen';
import { Logger } from '../log';
import { SchakelteamOpslag, Versie } from './ports';
import { Achtergrond } from './achtergrond';
import { MededelingDeps } from './mededelingen';
import { UitgaandDeps, bezorg, verplaats } from './uitgaand';
import { koppelrollenVan } from './koppelrollen';
import { HulpvraagSleutel, WijzigDeps, wijzigHulpvraag } from './wijzigen';

export type RouteDeps = WijzigDeps &
  UitgaandDeps &
  MededelingDeps & {
    readonly log: Logger;
    readonly schakelteams: SchakelteamOpslag;
    readonly achtergrond: Achtergrond;
    /** Resolves when a click has waited long enough for the channel card: then it is answered regardless. */
    readonly klikBudget: () => Promise<void>;
    /** Waited after the channel card was updated inside the click, before answering it (see config.ts). */
    readonly naKanaalkaart: () => Promise<void>;
    /** Schools per region (REGIOS): a case escalates to its region's Team NO. */
    readonly regios?: Regioindeling;
  };

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
  // Team NO and Loket members act through their binding, checked now; a flagged stagnation (or an escalating
  // evaluation) goes to the Team NO of the case's region, read before the write.
  const binding = koppelrollenVan(deps, door);
  const vooraf = vervolgVraagtTeamNo(gebeurtenis) || gebeurtenis.soort === 'stagnatie_gemeld' ? await binding.teamNoKanalen() : [];
  let uitkomst;
  try {
    uitkomst = await wijzigHulpvraag({ ...deps, termijnen }, sleutel, {
      door,
      gezieneVersie,
      // A flagged stagnation goes to the Team NO of the case's region, whatever the card sent.
      gebeurtenis: (h) => (gebeurtenis.soort === 'stagnatie_gemeld' ? { ...gebeurtenis, teamNo: binding.teamNoLeden(vooraf, h) } : gebeurtenis),
      vervolg: (na) => automatischVervolg(gebeurtenis, binding.teamNoLeden(vooraf, na), na),
      koppelrollen: (huidig) => binding.op(huidig),
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
  await verstuurNaKlik(deps, uitkomst.bewaard);
  return { soort: 'toegepast', hulpvraag: uitkomst.hulpvraag };
}

/**
 * The change's messages leave through the outbox. The channel card goes first and the click waits for it, but at
 * most `klikBudget`: the clicker's own card is then what stays on their screen where a client has no user-specific
 * views, and a channel meeting 429s does not hold the answer past Teams' window (the outbox keeps retrying).
 * Personal cards and notices follow the answer. A crash anywhere here loses nothing: the entries are on the case
 * (or already in the pipeline) and the sweep relays and sends them.
 */
export async function verstuurNaKlik(deps: RouteDeps, bewaard: Versie<Hulpvraag>): Promise<void> {
  const uitgaand = bewaard.waarde.uitgaand ?? [];
  if (uitgaand.length === 0) return;
  const kaart = new Set(uitgaand.filter((u) => u.soort === 'kanaalkaart' || u.soort === 'kanaalkaart_plaatsen').map((u) => u.id));
  const nu = deps.klok.nu();
  const verslag = (naam: string) => (v: { fouten: readonly string[] }) => {
    if (v.fouten.length > 0) deps.log.warn(`${naam}: niet alles verzonden`, { fouten: v.fouten.slice(0, 10).join('; ') });
  };
  const verplaatst = verplaats(deps, bewaard, nu);
  const kanaalkaart = verplaatst.then((ids) => bezorg(deps, nu, ids.filter((id) => kaart.has(id)))).then(verslag('kanaalkaart'));
  deps.achtergrond.voer('berichten na wijziging', async () => {
    const ids = await verplaatst;
    await kanaalkaart;
    verslag('berichten na wijziging')(await bezorg(deps, nu, ids.filter((id) => !kaart.has(id))));
  });
  const bijgewerkt = await Promise.race([kanaalkaart.then(() => true, () => false), deps.klikBudget().then(() => false)]);
  if (bijgewerkt) await deps.naKanaalkaart();
}
