import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { automatischVervolg, vervolgVraagtTeamNo } from '../domain/vervolg';
import { Hulpvraag } from '../domain/hulpvraag';
import { Uitgaand } from '../domain/uitgaand';
import { Regioindeling } from '../domain/regio';
import { Client } from '../domain/audit';
import { Persoon, Rol } from '../domain/personen';
import { mag } from '../domain/beleid';
import { Logger } from '../log';
import { SchakelteamOpslag, Versie } from './ports';
import { Achtergrond } from './achtergrond';
import { naRolovername, neemRolInBinding } from './lidmaatschap';
import { MededelingDeps } from './mededelingen';
import { UitgaandDeps, verstuurDirect } from './uitgaand';
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
    /**
     * Resolves once the work already queued has run (one turn of the event loop): the click's answer, written without
     * waiting on I/O, goes out before its personal cards; a request just started is on its way before other work.
     */
    readonly naLopendWerk: () => Promise<void>;
    /** Schools per region (REGIOS): a case escalates to its region's Team NO. */
    readonly regios?: Regioindeling;
  };

export type ActieUitkomst =
  | { readonly soort: 'toegepast'; readonly hulpvraag: Hulpvraag }
  | { readonly soort: 'verouderd'; readonly hulpvraag: Hulpvraag }
  /** `hulpvraag`: the current case, only when the clicker may read it (the read is audited); with their binding roles. */
  | { readonly soort: 'geweigerd'; readonly fout: DomainError; readonly hulpvraag?: Hulpvraag; readonly koppelrollen?: readonly Rol[] };

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
  gebeurtenisOfBelofte: Gebeurtenis | Promise<Gebeurtenis>,
  via: Client,
  /** Given the case as changed while the channel card is on its way (the adapter prepares its answer then). */
  terwijl?: (hulpvraag: Hulpvraag) => void,
): Promise<ActieUitkomst> {
  // The case is read while the adapter still builds the event (it asks Teams about the people picked); the write's
  // ETag holds either way, a change in between is a conflict and read again.
  const gelezen = deps.hulpvragen.lees(sleutel.schakelteamId, sleutel.id);
  gelezen.catch(() => undefined);
  const gebeurtenis = await gebeurtenisOfBelofte;
  // Evaluation dates are set when the regierol starts: with the schakelteam's own terms, if it has them.
  const startRegierol = gebeurtenis.soort === 'regierol_geaccepteerd' || gebeurtenis.soort === 'toestemming_vastgelegd';
  const termijnen = startRegierol ? ((await deps.schakelteams.lees(door.tenantId, sleutel.schakelteamId))?.termijnen ?? deps.termijnen) : deps.termijnen;
  // Team NO and Loket members act through their binding, checked now; a flagged stagnation (or an escalating
  // evaluation) goes to the Team NO of the case's region, read before the write.
  const binding = koppelrollenVan(deps, door);
  const vooraf = vervolgVraagtTeamNo(gebeurtenis) || gebeurtenis.soort === 'stagnatie_gemeld' ? await binding.teamNoKanalen() : [];
  let uitkomst;
  // This click sends its change's messages itself; the sweep relays them only if it dies before they went out.
  const zelfVerzendenTot = new Date(deps.klok.nu().getTime() + deps.verzending.leaseMs);
  // Started as soon as the change is written, while its audit line is being written.
  let verzonden: Promise<void> | undefined;
  try {
    uitkomst = await wijzigHulpvraag({ ...deps, termijnen }, sleutel, {
      gelezen,
      zelfVerzendenTot,
      // Taking over a vacant role: the binding first, so a crash before the case's write is completed, never undone;
      // but only once the case's rules accepted it, so a stale or refused click changes no binding.
      ...(gebeurtenis.soort === 'rol_overgenomen' ? { voorSchrijven: () => neemRolInBinding(deps, door.tenantId, sleutel.schakelteamId, door, gebeurtenis.rol) } : {}),
      naSchrijven: (bewaard, vorige) => {
        const eerder = new Set((vorige.uitgaand ?? []).map((u) => u.id));
        const nieuw = new Set((bewaard.waarde.uitgaand ?? []).filter((u) => !eerder.has(u.id)).map((u) => u.id));
        verzonden = verstuurNaKlik(deps, bewaard, nieuw, terwijl && (() => terwijl(bewaard.waarde)));
        // Awaited below; when the audit line fails, the click reports that error instead (the messages still go).
        verzonden.catch(() => undefined);
      },
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
      // Whoever may read the case gets its current card back with the refusal: a read, so a line of its own (refusals
      // are only counted past a daily limit).
      const koppelrollen = gelezen ? await binding.op(gelezen.waarde) : [];
      if (!gelezen || !mag(gelezen.waarde, door, 'lezen', koppelrollen)) return { soort: 'geweigerd', fout: error };
      await deps.auditor.leg({ wie: door, onderwerp, hulpvraag: gelezen.waarde, handeling: 'lezen', wat: 'kaart na weigering', via });
      return { soort: 'geweigerd', fout: error, hulpvraag: gelezen.waarde, koppelrollen };
    }
    throw error;
  }
  if (uitkomst.soort === 'verouderd') {
    // The clicker gets the current card back: that is a read.
    await deps.auditor.leg({ wie: door, onderwerp: { soort: 'hulpvraag', id: sleutel.id }, hulpvraag: uitkomst.hulpvraag, handeling: 'lezen', wat: 'verouderde kaart', via });
    return uitkomst;
  }
  await verzonden;
  if (gebeurtenis.soort === 'rol_overgenomen') await naRolovername(deps, uitkomst.hulpvraag);
  return { soort: 'toegepast', hulpvraag: uitkomst.hulpvraag };
}

/**
 * The change's messages (`ids`, on the case as written) are sent by this click itself and cleared from the case with
 * one write; what does not go out is handed to the outbox's pipeline. The channel card goes first and the click waits
 * for it, but at most `klikBudget`: the clicker's own card is then what stays on their screen where a client has no
 * user-specific views, and a channel meeting 429s does not hold the answer past Teams' window (the pipeline keeps
 * retrying). `terwijl` runs while the channel card is on its way (its request already sent). Personal cards and
 * notices follow the answer. A crash anywhere here loses nothing: the entries stay on the case until sent or in the
 * pipeline, and the sweep relays them once this click's hold has passed.
 */
export async function verstuurNaKlik(
  deps: RouteDeps,
  bewaard: Versie<Hulpvraag>,
  ids: ReadonlySet<string> = new Set((bewaard.waarde.uitgaand ?? []).map((u) => u.id)),
  terwijl?: () => void,
): Promise<void> {
  if (ids.size === 0) return;
  const inKanaal = (u: Uitgaand) => u.soort === 'kanaalkaart' || u.soort === 'kanaalkaart_plaatsen';
  const { eerst, alles } = verstuurDirect(deps, bewaard, ids, deps.klok.nu(), inKanaal, deps.naLopendWerk);
  deps.achtergrond.voer('berichten na wijziging', async () => {
    const verslag = await alles;
    if (verslag.fouten.length > 0) deps.log.warn('berichten na wijziging: niet alles verzonden', { fouten: verslag.fouten.slice(0, 10).join('; ') });
  });
  if (terwijl) {
    await deps.naLopendWerk();
    terwijl();
  }
  const bijgewerkt = await Promise.race([eerst.then(() => true, () => false), deps.klikBudget().then(() => false)]);
  if (bijgewerkt) await deps.naKanaalkaart();
}
