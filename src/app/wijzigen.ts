import { Actie, eis, koppelrollenOp } from '../domain/beleid';
import { Evaluatietermijnen } from '../domain/deadlines';
import { DomainError, FOUTCODES, isDomainError } from '../domain/errors';
import { Gebeurtenis, pasToeMetGevolgen } from '../domain/gebeurtenissen';
import { Kennisgeving } from '../domain/kennisgevingen';
import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon, Rol } from '../domain/personen';
import { Status } from '../domain/route';
import { Client } from '../domain/audit';
import { berichtenNa, metUitgaand } from '../domain/uitgaand';
import { Auditor } from './audit';
import { HulpvraagOpslag, Klok, Versie } from './ports';

export interface WijzigDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly klok: Klok;
  readonly termijnen: Evaluatietermijnen;
  /** Every change leaves a line in the audit log (NEN 7513), outside the case document. */
  readonly auditor: Auditor;
}

export interface HulpvraagSleutel {
  readonly schakelteamId: string;
  readonly id: string;
}

export interface Wijzigverzoek {
  readonly door: Persoon;
  /** The version the person saw (on the card). A click on an older version changes nothing. */
  readonly gezieneVersie?: number;
  readonly gebeurtenis: (huidig: Hulpvraag) => Gebeurtenis;
  /** Defaults to the event's own kind; the system passes 'systeem' to skip the person check. */
  readonly actie?: Actie | 'systeem';
  /** What the system does next without anyone clicking, applied in the same write (one read, one write). */
  readonly vervolg?: (na: Hulpvraag) => Gebeurtenis | undefined;
  /**
   * Roles the person holds through a binding now (Team NO channel membership), checked at click time. Asked with the
   * case as read, so a lookup can be skipped where no binding role counts on it (domain/beleid.koppelrollenOp).
   */
  readonly koppelrollen?: (huidig: Hulpvraag) => Promise<readonly Rol[]>;
  /** The client the change came through; the system's own changes default to "systeem". */
  readonly via?: Client;
  /**
   * The caller sends the change's messages itself (app/uitgaand.verstuurDirect) and holds them until then; a relay
   * moves them into the pipeline only after it (the caller died). Absent: they are relayed at once.
   */
  readonly zelfVerzendenTot?: Date;
  /** The case as the caller already started reading it, for the first attempt (later attempts read again). */
  readonly gelezen?: Promise<Versie<Hulpvraag> | undefined>;
  /**
   * Called once the change is written, before its audit line is (it is written meanwhile; the change is reported only
   * when both are): a click starts sending its change's messages there, so its channel card and the line travel together.
   */
  readonly naSchrijven?: (bewaard: Versie<Hulpvraag>, vorige: Hulpvraag) => void;
  /**
   * Runs once the domain accepted the change, before it is written (again on a retry after a conflict, so it must be
   * idempotent): taking over a vacant role writes the binding first, and only when the case's own rules allow it.
   */
  readonly voorSchrijven?: () => Promise<void>;
}

export type Wijziguitkomst =
  | {
      readonly soort: 'toegepast';
      readonly hulpvraag: Hulpvraag;
      /** As written, with its ETag: the relay of its outbox entries starts from it (app/uitgaand.ts). */
      readonly bewaard: Versie<Hulpvraag>;
      readonly vorigeStatus: Status;
      readonly vorige: Hulpvraag;
      readonly kennisgevingen: readonly Kennisgeving[];
    }
  | { readonly soort: 'verouderd'; readonly hulpvraag: Hulpvraag };

const MAX_POGINGEN = 5;

export async function leesHulpvraag(opslag: HulpvraagOpslag, sleutel: HulpvraagSleutel, al?: Promise<Versie<Hulpvraag> | undefined>) {
  const gelezen = await (al ?? opslag.lees(sleutel.schakelteamId, sleutel.id));
  if (!gelezen) throw new DomainError(FOUTCODES.nietGevonden, 'Deze hulpvraag bestaat niet (meer)');
  return gelezen;
}

/**
 * Read, check, apply, write with the ETag. When someone else wrote in between, start again on the fresh
 * state: the person's click is then judged against what the case is now (usually: it was already done, so the
 * answer is the current case and nothing is applied twice).
 */
export async function wijzigHulpvraag(deps: WijzigDeps, sleutel: HulpvraagSleutel, verzoek: Wijzigverzoek): Promise<Wijziguitkomst> {
  for (let poging = 1; ; poging++) {
    const { waarde: huidig, etag } = await leesHulpvraag(deps.hulpvragen, sleutel, poging === 1 ? verzoek.gelezen : undefined);
    const koppelrollen = koppelrollenOp(huidig, verzoek.koppelrollen ? await verzoek.koppelrollen(huidig) : []);
    if (verzoek.gezieneVersie !== undefined && verzoek.gezieneVersie !== huidig.versie) {
      if (verzoek.actie !== 'systeem') eis(huidig, verzoek.door, 'lezen', koppelrollen);
      return { soort: 'verouderd', hulpvraag: huidig };
    }
    const gebeurtenis = verzoek.gebeurtenis(huidig);
    const actie = verzoek.actie ?? gebeurtenis.soort;
    if (actie !== 'systeem') eis(huidig, verzoek.door, actie, koppelrollen);
    const omgeving = { moment: deps.klok.nu(), termijnen: deps.termijnen };
    const na = pasToeMetGevolgen(huidig, gebeurtenis, verzoek.door, omgeving);
    const vervolg = verzoek.vervolg?.(na.hulpvraag);
    const daarna = vervolg ? pasToeMetGevolgen(na.hulpvraag, vervolg, verzoek.door, omgeving) : undefined;
    const kennisgevingen = [...na.kennisgevingen, ...(daarna?.kennisgevingen ?? [])];
    const veranderd = daarna?.hulpvraag ?? na.hulpvraag;
    // What the change makes the bot send goes into the same write: a crash after it loses no message.
    const nieuw = metUitgaand(veranderd, berichtenNa(huidig, veranderd, verzoek.door, kennisgevingen), undefined, verzoek.zelfVerzendenTot);
    await verzoek.voorSchrijven?.();
    try {
      const bewaard = await deps.hulpvragen.vervang(nieuw, etag);
      const waarde = bewaard.waarde;
      verzoek.naSchrijven?.(bewaard, huidig);
      await deps.auditor.leg({
        wie: verzoek.door,
        onderwerp: { soort: 'hulpvraag', id: waarde.id },
        hulpvraag: waarde,
        handeling: 'wijzigen',
        wat: vervolg ? `${gebeurtenis.soort}+${vervolg.soort}` : gebeurtenis.soort,
        via: verzoek.via ?? 'systeem',
        gegevens: { van: huidig.status, naar: waarde.status, versie: String(waarde.versie) },
      });
      return { soort: 'toegepast', hulpvraag: waarde, bewaard, vorigeStatus: huidig.status, vorige: huidig, kennisgevingen };
    } catch (error) {
      if (!isDomainError(error, FOUTCODES.conflict) || poging >= MAX_POGINGEN) throw error;
    }
  }
}
