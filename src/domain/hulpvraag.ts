import { Afspraken } from './afspraken';
import { Betrokkene, Persoon, Rol, zelfdePersoon } from './personen';
import { BesluitSoort, Status } from './route';
import { DoelEvaluatie, PlanVanAanpak } from './plan-van-aanpak';
import { LocalDate, datumInAmsterdam } from './tijd';
import { Uitgaand } from './uitgaand-inhoud';
import { Leeftijdsgegeven, Toestemming, eisGeldigeGeboortedatum } from './toestemming';

export type Onderwijs = 'PO' | 'VO';

/** Only a pseudonymous reference: the school's own pupil number or initials + birth year, never a full name. */
export interface Leerling {
  readonly referentie: string;
  readonly groep: string;
  readonly leeftijd: Leeftijdsgegeven;
}

export interface Besluit {
  readonly soort: BesluitSoort;
  readonly reden: string;
  readonly verwijsindex: { readonly nodig: boolean; readonly wie?: string };
  readonly datum: LocalDate;
}

export interface Evaluatiedata {
  readonly tussentijds: LocalDate;
  readonly eind: LocalDate;
}

export interface Evaluatie {
  readonly soort: 'tussentijds' | 'eind';
  readonly datum: LocalDate;
  /** The planned date this evaluation answers; a moved evaluation date is open again until answered. */
  readonly voor?: LocalDate;
  readonly doelBereikt: boolean;
  readonly toelichting: string;
  readonly vervolg: 'doorgaan' | 'bijstellen' | 'afsluiten' | 'escaleren';
  /** With a plan van aanpak: the answer per goal; `doelBereikt` then says whether every goal was reached. */
  readonly doelen?: readonly DoelEvaluatie[];
}

/**
 * An offer or handover that was pending when the case went to Team NO. The offer itself ends at the escalation
 * (nobody can accept while Team NO decides); Team NO's decision says whether it is made again or lapses.
 */
export type LopendVoorstel =
  | { readonly soort: 'aanbod'; readonly naar: Betrokkene }
  | { readonly soort: 'overdracht'; readonly naar: Betrokkene; readonly reden: string };

export interface Stagnatie {
  readonly reden: string;
  readonly toelichting: string;
  readonly regel?: string;
  readonly sinds: string;
  readonly lopend?: LopendVoorstel;
}

/** What Team NO decides about a pending offer or handover: make it again, or let it lapse. */
export type LopendBesluit = 'doorzetten' | 'vervalt';

export interface TeamNoBesluit {
  readonly besluit: string;
  readonly opdracht: string;
  readonly aanbieder: string;
  readonly datum: LocalDate;
  /** Required when an offer or handover was pending at the escalation. */
  readonly lopend?: LopendBesluit;
}

/** The Loket's weighing (senior jeugdconsulent + orthopedagoog, seed 001): which help, by whom, from when. */
export interface LoketWeging {
  readonly lijn: 'eerste' | 'tweede';
  readonly aanbieder: string;
  /** The day the help actually starts: until then the former holder gives overbruggingszorg. */
  readonly start: LocalDate;
}

/**
 * The case went to the Loket (seed 001), by the schakelteam's decision or by a handover of the regierol to the
 * Loket: every Loket member may take it (their binding is checked at the click) and records the Loket's weighing.
 */
export interface LoketTraject {
  /** When it went to the Loket (the decision, or the approved handover). */
  readonly sinds: string;
  readonly via: 'besluit' | 'overdracht';
  /** The holder who handed it over: stays involved (overbruggingszorg) until the Loket's help starts. */
  readonly vorigeHouder?: Betrokkene;
  /**
   * When it became the Loket's to act on (offered to the Loket after consent, or with only whom to contact after a
   * refusal): the Loket's limits count from here (domain/loket.ts).
   */
  readonly aangekomen?: string;
  /**
   * Consent refused: when a Loket member recorded that they contacted the contact person on the Loket's card (seed
   * 001: the Loket gets only whom to contact). From then the Loket has answered; the IB'er/COO is at turn again.
   */
  readonly contact?: string;
  /** When a Loket member took it, and their weighing. */
  readonly genomen?: string;
  readonly weging?: LoketWeging;
  /** When the schakelfunctionaris O/JH was asked to inquire, per limit passed: each at most once. */
  readonly navragen?: { readonly antwoord?: string; readonly start?: string };
  /** When the help started and the overbruggingszorg ended (recorded by the system on the start date). */
  readonly hulpGestart?: string;
  /** The card in the Loket channel, replaced when what it shows changes (taken, help started, left the Loket). */
  readonly bericht?: { readonly kanaalId: string; readonly activityId: string };
}

/**
 * A step that waits until the IB'er/COO has extended the consent to the organisation of `persoon`: adding an
 * expert, or (after the schakelteam approved it) offering the regierol to the proposed new holder.
 */
export interface Uitbreiding {
  readonly stap: 'expert' | 'overdracht';
  readonly persoon: Betrokkene;
  readonly partner: string;
  readonly sinds: string;
}

export interface Uitvraag {
  readonly gedaan: boolean;
  readonly toelichting: string;
}

export interface Overdracht {
  readonly naar: Betrokkene;
  readonly reden: string;
}

/** One line of the audit trail: who did what when, "dat"-information only. Never rewritten. */
export interface Historieregel {
  readonly tijdstip: string;
  readonly door: { readonly tenantId: string; readonly aadObjectId: string; readonly naam: string };
  readonly wat: string;
  readonly details: Readonly<Record<string, string>>;
}

/** What is known from registration; the case adds the route's state to it. */
export interface Registratiegegevens {
  readonly id: string;
  readonly nummer: string;
  readonly tenantId: string;
  readonly schakelteamId: string;
  readonly school: string;
  readonly onderwijs: Onderwijs;
  readonly leerling: Leerling;
  readonly vraag: string;
  readonly signalen: string;
  readonly geprobeerd: string;
  readonly oudersOpDeHoogte: boolean;
  readonly alleenAdvies: boolean;
}

export interface Hulpvraag extends Registratiegegevens {
  readonly status: Status;
  /** When the case entered its status: how long someone has been waiting (domain/wachten.ts). */
  readonly statusSinds?: string;
  readonly betrokkenen: readonly Betrokkene[];
  readonly besluit?: Besluit;
  readonly toestemming?: Toestemming;
  readonly overdracht?: Overdracht;
  readonly uitbreiding?: Uitbreiding;
  readonly regierolSinds?: string;
  readonly evaluatiedata?: Evaluatiedata;
  readonly evaluaties: readonly Evaluatie[];
  readonly uitvraag?: Uitvraag;
  readonly plan?: PlanVanAanpak;
  readonly laatsteVoortgang?: string;
  /** Minutes the IB'er/COO estimates for this pupil in the schakelteam's meeting (agenda, seed 000 stap 0). */
  readonly bespreektijd?: number;
  /** The latest agreements of the schakelteam's meeting about this case ("wat" in `acties[].wat`, the rest "dat"). */
  readonly afspraken?: Afspraken;
  readonly stagnatie?: Stagnatie;
  readonly teamNoBesluit?: TeamNoBesluit;
  readonly loket?: LoketTraject;
  readonly uitkomst?: string;
  /** The card in the schakelteam channel, updated on every change so the channel shows the current state. */
  readonly kanaalBericht?: { readonly kanaalId: string; readonly activityId: string };
  /**
   * Bookkeeping of the reminder sweep, not a change of the case (no version bump): every reminder due up to this
   * instant has been planned. The stored `volgendeDeadline` is computed from it (domain/bewaking.ts).
   */
  readonly gecontroleerdTot?: string;
  /**
   * The outbox: messages this case's changes cause that are not yet in the send pipeline. Written in the same write
   * as the change, moved out by the relay (domain/uitgaand.ts); empty (absent) almost always.
   */
  readonly uitgaand?: readonly Uitgaand[];
  /** Increases by one on every change; a card carries the version it shows, so a stale click is recognised. */
  readonly versie: number;
  readonly aangemaakt: string;
  readonly bijgewerkt: string;
  readonly geschiedenis: readonly Historieregel[];
}

export interface NieuweHulpvraag extends Registratiegegevens {
  /** The schakelteam's IB'er/COO and schakelfunctionaris O/JH at registration. */
  readonly schakelteamLeden: readonly Betrokkene[];
}

export function registreer(invoer: NieuweHulpvraag, door: Persoon, moment: Date): Hulpvraag {
  const { schakelteamLeden, ...gegevens } = invoer;
  const leeftijd = invoer.leerling.leeftijd;
  if ('geboortedatum' in leeftijd) eisGeldigeGeboortedatum(leeftijd.geboortedatum, datumInAmsterdam(moment));
  const tijdstip = moment.toISOString();
  return {
    ...gegevens,
    status: 'geregistreerd',
    statusSinds: tijdstip,
    betrokkenen: [...schakelteamLeden],
    evaluaties: [],
    versie: 1,
    aangemaakt: tijdstip,
    bijgewerkt: tijdstip,
    geschiedenis: [
      { tijdstip, door: persoonsregel(door), wat: 'geregistreerd', details: { nummer: invoer.nummer, school: invoer.school } },
    ],
  };
}

/**
 * The case keeps only its latest history lines, as context on the card; the full trail is the audit log in its own
 * container. This keeps every case document far below Cosmos DB's 2 MB item limit however long it runs.
 */
export const MAX_HISTORIE = 100;

export function metHistorie(geschiedenis: readonly Historieregel[], regel: Historieregel): Historieregel[] {
  return [...geschiedenis, regel].slice(-MAX_HISTORIE);
}

export function persoonsregel(persoon: Persoon): Historieregel['door'] {
  return { tenantId: persoon.tenantId, aadObjectId: persoon.aadObjectId, naam: persoon.naam };
}

export function rollenVan(hulpvraag: Pick<Hulpvraag, 'betrokkenen'>, persoon: Pick<Persoon, 'tenantId' | 'aadObjectId'>): Rol[] {
  return hulpvraag.betrokkenen.filter((b) => zelfdePersoon(b, persoon)).map((b) => b.rol);
}

export function metRol(hulpvraag: Pick<Hulpvraag, 'betrokkenen'>, rol: Rol): Betrokkene[] {
  return hulpvraag.betrokkenen.filter((b) => b.rol === rol);
}

export function regierolhouder(hulpvraag: Pick<Hulpvraag, 'betrokkenen'>): Betrokkene | undefined {
  return metRol(hulpvraag, 'regierolhouder')[0];
}

/** The AAD ids of everyone involved: stored on the document so "my cases" is one indexed query. */
export function betrokkenenIds(hulpvraag: Pick<Hulpvraag, 'betrokkenen'>): string[] {
  return [...new Set(hulpvraag.betrokkenen.map((b) => b.aadObjectId))];
}

/**
 * A refused attempt is part of the audit trail. The version stays the same: nothing about the case changed, so the
 * cards of the people who may act stay valid.
 */
export function noteerWeigering(h: Hulpvraag, door: Persoon, actie: string, moment: Date): Hulpvraag {
  return {
    ...h,
    geschiedenis: metHistorie(h.geschiedenis, { tijdstip: moment.toISOString(), door: persoonsregel(door), wat: 'geweigerd', details: { actie } }),
  };
}
