import { AfsprakenInvoer, afsprakenSamenvatting, legAfsprakenVast } from './afspraken';
import { Evaluatietermijnen, evaluatiedataVanaf, volgendeEvaluatie } from './deadlines';
import { DomainError, FOUTCODES } from './errors';
import { Evaluatie, Hulpvraag, LoketTraject, LoketWeging, LopendVoorstel, TeamNoBesluit, Uitvraag, metHistorie, persoonsregel, regierolhouder } from './hulpvraag';
import { SCHAKELTEAMROLLEN, SchakelteamRol, schendingen } from './invarianten';
import {
  Kennisgeving,
  aanbodGepauzeerd,
  aanbodOnbestelbaar,
  aanbodVervallen,
  loketAntwoord,
  loketStartGewijzigd,
  loketNavraag,
  overbruggingBeeindigd,
  overdrachtAfgewezen,
  overdrachtVervallen,
  regierolGeweigerd,
  uitbreidingGevraagd,
  uitbreidingGeweigerd,
  uitbreidingVervallen,
} from './kennisgevingen';
import { Betrokkene, Persoon, Rol, zelfdePersoon } from './personen';
import { DoelInvoer, beoordeelDoelen, geevalueerdeDoelen, neemAfsprakenOp, stelPlanOp } from './plan-van-aanpak';
import { BesluitSoort, GebeurtenisSoort, RouteContext, Status, eisToegestaan, volgendeStatus } from './route';
import { LocalDate, datumInAmsterdam, datumNl, isLocalDate } from './tijd';
import { ToestemmingInvoer, Toestemmingskalender, beoordeelToestemming, breidUit, deeltMet, trekIn } from './toestemming';
import { organisatieVan } from './zichtbaarheid';
import { LoketGrens, bijHetLoket, contactNodig, eisStartdatum, loketContact, lopendLoket, overbrugger, startCorrigeerbaar, startdag } from './loket';

export type Gebeurtenis =
  | { soort: 'doorgezet'; kanaalBericht?: { kanaalId: string; activityId: string } }
  | {
      soort: 'besluit';
      besluit: BesluitSoort;
      reden: string;
      verwijsindex: { nodig: boolean; wie?: string };
      /** Who is offered the regierol (regierol, Loket) or the expertiseteam members. */
      personen: readonly Betrokkene[];
    }
  | { soort: 'toestemming_gevraagd' }
  | { soort: 'toestemming_vastgelegd'; invoer: ToestemmingInvoer }
  | { soort: 'toestemming_ingetrokken' }
  | { soort: 'toestemming_uitgebreid'; invoer: ToestemmingInvoer }
  /** By the candidate; on a case sent to the Loket by any Loket member, with the Loket's weighing. */
  | { soort: 'regierol_geaccepteerd'; loket?: LoketWeging }
  | { soort: 'regierol_geweigerd'; reden: string }
  | { soort: 'aanbod_onbestelbaar'; reden: string }
  /**
   * The schakelteam's IB'er/COO and schakelfunctionaris as its binding holds them now; `vertrokken`: who left the
   * schakelteam's team (a regierol they hold ends: they can no longer read or act).
   */
  | { soort: 'schakelteam_gewijzigd'; leden: readonly Betrokkene[]; vertrokken?: readonly Persoon[] }
  | { soort: 'rol_overgenomen'; rol: SchakelteamRol }
  /** The system: a Loket limit passed; the schakelfunctionaris O/JH is asked to inquire (domain/loket.ts). */
  | { soort: 'loket_navraag'; grens: LoketGrens }
  /** The system: the Loket's help started on its start date; the overbruggingszorg ends. */
  | { soort: 'loket_hulp_gestart' }
  /** Consent refused: a Loket member contacted the person on the Loket's card (seed 001). */
  | { soort: 'loket_contact_opgenomen' }
  /** The Loket corrects the start date of its help (before it started): the overbruggingszorg's clocks follow. */
  | { soort: 'loket_start_gecorrigeerd'; start: LocalDate }
  | { soort: 'bespreektijd_ingeschat'; minuten: number }
  | { soort: 'afspraken_vastgelegd'; afspraken: AfsprakenInvoer }
  | { soort: 'uitvraag_vastgelegd'; uitvraag: Uitvraag }
  | { soort: 'plan_vastgelegd'; doelen: readonly DoelInvoer[] }
  | { soort: 'voortgang_vastgelegd'; notitie: string }
  | { soort: 'expert_toegevoegd'; expert: Betrokkene }
  | { soort: 'evaluatie_vastgelegd'; evaluatie: Omit<Evaluatie, 'datum' | 'soort' | 'voor'>; volgendeDatum?: LocalDate }
  | { soort: 'overdracht_voorgesteld'; naar: Betrokkene; reden: string }
  | { soort: 'overdracht_goedgekeurd' }
  | { soort: 'overdracht_afgewezen'; reden: string }
  | { soort: 'stagnatie_gemeld'; reden: string; toelichting: string; regel?: string; teamNo: readonly Betrokkene[] }
  | ({ soort: 'team_no_besluit' } & TeamNoBesluit)
  | { soort: 'teruggemeld'; toelichting: string }
  | { soort: 'heropend'; reden: string }
  | { soort: 'gesloten'; uitkomst: string };

export interface Omgeving {
  readonly moment: Date;
  readonly termijnen: Evaluatietermijnen;
}

type Wijziging = { -readonly [K in keyof Hulpvraag]?: Hulpvraag[K] };

/** A change and the notices it causes for people who did not make it. */
interface Effect {
  readonly wijziging: Wijziging;
  readonly kennisgevingen?: readonly Kennisgeving[];
  /** Facts for the route that the data alone does not show (e.g. whether an extension of consent was granted). */
  readonly route?: Partial<RouteContext>;
  readonly details?: Readonly<Record<string, string>>;
}

function metBetrokkenen(betrokkenen: readonly Betrokkene[], erbij: readonly Betrokkene[]): Betrokkene[] {
  const resultaat = [...betrokkenen];
  for (const nieuw of erbij) {
    if (!resultaat.some((b) => b.rol === nieuw.rol && zelfdePersoon(b, nieuw))) resultaat.push(nieuw);
  }
  return resultaat;
}

function metRolWeg(betrokkenen: readonly Betrokkene[], rol: Rol): Betrokkene[] {
  return betrokkenen.filter((b) => b.rol !== rol);
}

/** A pupil's share of a meeting: at least a quick check, at most a whole meeting. */
export const MIN_BESPREEKTIJD = 5;
export const MAX_BESPREEKTIJD = 120;

const ongeldig = (melding: string) => new DomainError(FOUTCODES.ongeldigeInvoer, melding);

/**
 * The candidate becomes the holder; a previous holder stays involved as expert (handover, domain.md step 5).
 * Without a candidate (consent given again after a withdrawal) the current holder simply keeps the regierol.
 */
function regierolOvergedragen(h: Hulpvraag, omgeving: Omgeving, nieuweHouder = kandidaat(h)): Wijziging {
  const vorige = regierolhouder(h);
  let betrokkenen = metRolWeg(h.betrokkenen, 'kandidaat_regierol');
  if (nieuweHouder) {
    const houder: Betrokkene = { ...nieuweHouder, rol: 'regierolhouder', geaccepteerd: omgeving.moment.toISOString() };
    betrokkenen = metBetrokkenen(metRolWeg(betrokkenen, 'regierolhouder'), [houder]);
    if (vorige && !zelfdePersoon(vorige, nieuweHouder)) {
      const { geaccepteerd: _eerder, ...alsExpert } = vorige;
      betrokkenen = metBetrokkenen(betrokkenen, [{ ...alsExpert, rol: 'expert' }]);
    }
  }
  const regierolSinds = h.regierolSinds ?? omgeving.moment.toISOString();
  return {
    betrokkenen,
    regierolSinds,
    evaluatiedata: h.evaluatiedata ?? evaluatiedataVanaf(new Date(regierolSinds), omgeving.termijnen),
    laatsteVoortgang: omgeving.moment.toISOString(),
  };
}

export function kandidaat(h: Pick<Hulpvraag, 'betrokkenen'>): Betrokkene | undefined {
  return h.betrokkenen.find((b) => b.rol === 'kandidaat_regierol');
}

/** The candidate's proposal or offer ends because something else superseded it; they are told. */
function zonderKandidaat(h: Hulpvraag, waarom: string): Effect {
  const k = kandidaat(h);
  return { wijziging: { betrokkenen: metRolWeg(h.betrokkenen, 'kandidaat_regierol') }, kennisgevingen: k ? [aanbodVervallen(h, k, waarom)] : [] };
}

/**
 * An approved handover to the Loket that waited for consent and does not go on: the case never reached the Loket,
 * so it carries no Loket traject (its clocks would otherwise run for a case the Loket never saw).
 */
function zonderLoketOverdracht(h: Hulpvraag): Wijziging {
  const wacht = h.uitbreiding;
  return wacht?.stap === 'overdracht' && wacht.persoon.discipline === 'Loket-medewerker' && h.loket && !h.loket.aangekomen ? { loket: undefined } : {};
}

/** A limit passed: the schakelfunctionaris O/JH is asked to inquire, once per limit (the sweep decides when). */
function navraagEffect(h: Hulpvraag, grens: LoketGrens, omgeving: Omgeving): Effect {
  const loket = lopendLoket(h);
  if (!loket || loket.navragen?.[grens] || (grens === 'antwoord' && !bijHetLoket(h))) {
    throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er is nu geen navraag bij het Loket nodig');
  }
  const kennisgevingen = loketNavraag(h, loket, grens, overbrugger(h));
  return {
    wijziging: { loket: { ...loket, navragen: { ...loket.navragen, [grens]: omgeving.moment.toISOString() } } },
    kennisgevingen,
    details: { grens: grens === 'antwoord' ? 'antwoord van het Loket' : 'start van de hulp', navraagDoor: kennisgevingen.map((k) => k.aan.naam).join(', ') },
  };
}

/** The Loket contacted the person on its card after a refusal, once; the history names whom (a name from Teams). */
function contactEffect(h: Hulpvraag, omgeving: Omgeving): Effect {
  const loket = h.loket;
  if (!loket || !contactNodig(h)) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Het Loket hoeft hier geen contact (meer) op te nemen');
  const met = loketContact(h);
  return { wijziging: { loket: { ...loket, contact: omgeving.moment.toISOString() } }, details: met ? { met: met.naam } : {} };
}

/**
 * A corrected start date of the Loket's help, by the same rule as at the weighing: the clocks that follow it (the
 * inquiry about the start, the help started, stagnation) read it from the case. The history keeps both dates; the
 * IB'er/COO and whoever gives overbruggingszorg hear it.
 */
function startCorrectieEffect(h: Hulpvraag, start: LocalDate, vandaag: LocalDate): Effect {
  const loket = h.loket;
  const weging = loket?.weging;
  if (!loket || !weging || !startCorrigeerbaar(h)) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'De startdatum van de hulp kan nu niet meer gewijzigd worden');
  eisStartdatum(loket, start, vandaag);
  if (start === weging.start) throw ongeldig(`${datumNl(start)} is al de startdatum: kies een andere datum`);
  const nieuw: LoketTraject = { ...loket, weging: { ...weging, start } };
  return { wijziging: { loket: nieuw }, kennisgevingen: loketStartGewijzigd(h, nieuw, weging.start, start), details: { van: weging.start, naar: start } };
}

/**
 * The Loket's help started (its start date has come): the overbruggingszorg ends. The former holder's involvement
 * as expert ends with it (a role they hold otherwise stays); whoever gave it and still takes part hears it.
 */
function hulpGestartEffect(h: Hulpvraag, omgeving: Omgeving): Effect {
  const loket = lopendLoket(h);
  const start = loket?.genomen ? startdag(loket) : undefined;
  if (!loket || start === undefined || start > datumInAmsterdam(omgeving.moment)) {
    throw new DomainError(FOUTCODES.transitieNietToegestaan, 'De hulp via het Loket is nog niet gestart');
  }
  const door = overbrugger(h);
  const vorige = loket.vorigeHouder;
  const houder = regierolhouder(h);
  const eindigt = vorige && !(houder && zelfdePersoon(houder, vorige)) ? vorige : undefined;
  const betrokkenen = eindigt ? h.betrokkenen.filter((b) => !(b.rol === 'expert' && zelfdePersoon(b, eindigt))) : h.betrokkenen;
  const blijft = door && betrokkenen.some((b) => zelfdePersoon(b, door));
  return {
    wijziging: { loket: { ...loket, hulpGestart: omgeving.moment.toISOString() }, betrokkenen },
    kennisgevingen: door && blijft ? [overbruggingBeeindigd(h, door, start)] : [],
    details: { start, ...(door ? { overbruggingszorg: door.naam } : {}), ...(eindigt && !blijft ? { betrokkenheidBeeindigd: eindigt.naam } : {}) },
  };
}

function naarLoket(h: Hulpvraag, via: LoketTraject['via'], omgeving: Omgeving): LoketTraject {
  const houder = regierolhouder(h);
  return { sinds: omgeving.moment.toISOString(), via, ...(houder ? { vorigeHouder: houder } : {}) };
}

/**
 * The candidate accepts; on a case sent to the Loket any Loket member may take it instead (the policy checked their
 * binding at the click), and then the Loket's answer (who, and the weighing) goes to the IB'er/COO and the former
 * holder. The regierol never goes to someone who did not say yes.
 */
function aanvaardEffect(h: Hulpvraag, weging: LoketWeging | undefined, door: Persoon, omgeving: Omgeving): Effect {
  const k = kandidaat(h);
  if (!k) throw new DomainError(FOUTCODES.actieNietToegestaan, 'Alleen de voorgestelde regierolhouder kan accepteren');
  const doorLoket = h.loket !== undefined && !zelfdePersoon(k, door);
  if (!zelfdePersoon(k, door) && !doorLoket) throw new DomainError(FOUTCODES.actieNietToegestaan, 'Alleen de voorgestelde regierolhouder kan accepteren');
  if (weging && !h.loket) throw ongeldig('Deze hulpvraag is niet naar het Loket gestuurd');
  if (weging && h.loket) eisStartdatum(h.loket, weging.start, datumInAmsterdam(omgeving.moment));
  const houder: Betrokkene = doorLoket ? { ...persoonsregel(door), rol: 'kandidaat_regierol', discipline: 'Loket-medewerker' } : k;
  const wijziging = regierolOvergedragen(h, omgeving, houder);
  if (!h.loket) return { wijziging };
  const loket: LoketTraject = { ...h.loket, genomen: omgeving.moment.toISOString(), ...(weging ? { weging } : {}) };
  const kennisgevingen = [...(doorLoket ? [aanbodVervallen(h, k, `${door.naam} van het Loket heeft de hulpvraag opgepakt`)] : []), ...loketAntwoord(h, houder, loket)];
  return { wijziging: { ...wijziging, loket }, kennisgevingen };
}

function kalender(h: Hulpvraag, omgeving: Omgeving): Toestemmingskalender {
  return { vandaag: datumInAmsterdam(omgeving.moment), registratiedatum: datumInAmsterdam(new Date(h.aangemaakt)) };
}

function besluitEffect(h: Hulpvraag, g: Extract<Gebeurtenis, { soort: 'besluit' }>, omgeving: Omgeving): Effect {
  const vandaag = datumInAmsterdam(omgeving.moment);
  if ((g.besluit === 'regierol' || g.besluit === 'loket') && g.personen.length !== 1) {
    throw ongeldig('Kies precies één persoon voor de regierol: een aanbod hoort bij één kandidaat.');
  }
  const rol: Rol = g.besluit === 'expertiseteam' ? 'expertiseteam' : 'kandidaat_regierol';
  // Basisondersteuning closes the case: nobody is proposed.
  const extra: Betrokkene[] = g.besluit === 'basisondersteuning' ? [] : g.personen.map((p) => ({ ...p, rol }));
  // With the expertiseteam the regierol stays with the IB'er/COO who registered the case.
  const ibCoo = h.betrokkenen.find((b) => b.rol === 'ib_coo');
  if (g.besluit === 'expertiseteam') {
    if (!ibCoo) throw ongeldig("Er is geen IB'er/COO bij deze hulpvraag die de regierol kan houden.");
    extra.push({ ...ibCoo, rol: 'kandidaat_regierol' });
  }
  // A new decision supersedes an earlier proposal (the rules keep none open here; this is the belt to the braces).
  const vervallen = zonderKandidaat(h, 'het schakelteam heeft opnieuw besloten');
  return {
    wijziging: {
      besluit: { soort: g.besluit, reden: g.reden, verwijsindex: g.verwijsindex, datum: vandaag },
      betrokkenen: metBetrokkenen(vervallen.wijziging.betrokkenen ?? h.betrokkenen, extra),
      loket: g.besluit === 'loket' ? { sinds: omgeving.moment.toISOString(), via: 'besluit' } : undefined,
    },
    kennisgevingen: vervallen.kennisgevingen,
  };
}

function toestemmingEffect(h: Hulpvraag, invoer: ToestemmingInvoer, door: Persoon, omgeving: Omgeving): Effect {
  const toestemming = beoordeelToestemming(h.leerling.leeftijd, invoer, kalender(h, omgeving));
  if (toestemming.status !== 'gegeven' || h.besluit?.soort !== 'expertiseteam' || regierolhouder(h)) return { wijziging: { toestemming } };
  // The regierol stays with the IB'er/COO: the one who records the consent holds it (recording it is accepting it).
  const ib = h.betrokkenen.find((b) => b.rol === 'ib_coo' && zelfdePersoon(b, door)) ?? kandidaat(h);
  // The offer was made to an earlier IB'er/COO (the binding changed since): it ends, and they hear it.
  const k = kandidaat(h);
  const kennisgevingen = k && ib && !zelfdePersoon(k, ib) ? [aanbodVervallen(h, k, "de IB'er/COO van het schakelteam houdt de regierol")] : [];
  return { wijziging: { toestemming, ...regierolOvergedragen(h, omgeving, ib) }, kennisgevingen, details: { regierol: "blijft bij de IB'er/COO" } };
}

function intrekkenEffect(h: Hulpvraag, vandaag: string): Effect {
  const houder = regierolhouder(h);
  const k = kandidaat(h);
  const kennisgevingen: Kennisgeving[] = [];
  // A pending expert is not a handover: the holder hears that the expert will not be added, not that a handover ends.
  if (houder && h.uitbreiding?.stap === 'expert') kennisgevingen.push(uitbreidingVervallen(h, houder, h.uitbreiding.persoon, 'de toestemming is ingetrokken'));
  else if (houder && (h.overdracht || h.uitbreiding)) kennisgevingen.push(overdrachtVervallen(h, houder, 'de toestemming is ingetrokken'));
  if (k && h.status === 'regierol_aangeboden') kennisgevingen.push(aanbodGepauzeerd(h, k, 'de toestemming is ingetrokken'));
  return {
    wijziging: { toestemming: h.toestemming ? trekIn(h.toestemming, vandaag) : undefined, overdracht: undefined, uitbreiding: undefined, ...zonderLoketOverdracht(h) },
    kennisgevingen,
  };
}

function expertEffect(h: Hulpvraag, expert: Betrokkene, omgeving: Omgeving): Effect {
  const partner = organisatieVan({ ...expert, rol: 'expert' });
  if (partner === undefined || deeltMet(h.toestemming, partner)) {
    return { wijziging: { betrokkenen: metBetrokkenen(h.betrokkenen, [{ ...expert, rol: 'expert' }]) } };
  }
  if (h.uitbreiding) throw ongeldig('Er wacht al een stap op uitbreiding van de toestemming. Eerst die afronden.');
  const uitbreiding = { stap: 'expert' as const, persoon: { ...expert, rol: 'expert' as const }, partner, sinds: omgeving.moment.toISOString() };
  return { wijziging: { uitbreiding }, kennisgevingen: uitbreidingGevraagd(h, expert, partner, 'expert') };
}

function goedkeurenEffect(h: Hulpvraag, omgeving: Omgeving): Effect {
  if (!h.overdracht) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er is geen overdracht voorgesteld');
  if (h.uitbreiding?.stap === 'overdracht') throw new DomainError(FOUTCODES.transitieNietToegestaan, 'De overdracht is al goedgekeurd en wacht op toestemming');
  const naar = h.overdracht.naar;
  const partner = organisatieVan(naar);
  // Handing over to the Loket sends the case there (seed 001), where every Loket member may then take it.
  const loket: Wijziging = naar.discipline === 'Loket-medewerker' ? { loket: naarLoket(h, 'overdracht', omgeving) } : {};
  if (partner === undefined || deeltMet(h.toestemming, partner)) {
    return { wijziging: { ...loket, overdracht: undefined, betrokkenen: metBetrokkenen(h.betrokkenen, [{ ...naar, rol: 'kandidaat_regierol' }]) } };
  }
  if (h.uitbreiding) throw ongeldig('Er wacht al een stap op uitbreiding van de toestemming. Eerst die afronden.');
  return {
    wijziging: { ...loket, uitbreiding: { stap: 'overdracht', persoon: naar, partner, sinds: omgeving.moment.toISOString() } },
    kennisgevingen: uitbreidingGevraagd(h, naar, partner, 'overdracht'),
  };
}

function uitbreidenEffect(h: Hulpvraag, invoer: ToestemmingInvoer, omgeving: Omgeving): Effect {
  const wacht = h.uitbreiding;
  if (!wacht) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er wacht geen stap op uitbreiding van de toestemming');
  const nieuw = beoordeelToestemming(h.leerling.leeftijd, invoer, kalender(h, omgeving));
  if (nieuw.status === 'gegeven' && !nieuw.partners.includes(wacht.partner)) throw ongeldig(`Kies ook "${wacht.partner}" bij de partners.`);
  const houder = regierolhouder(h);
  if (nieuw.status !== 'gegeven') {
    return {
      wijziging: { uitbreiding: undefined, ...(wacht.stap === 'overdracht' ? { overdracht: undefined } : {}), ...zonderLoketOverdracht(h) },
      kennisgevingen: houder ? [uitbreidingGeweigerd(h, houder, wacht.persoon, wacht.partner)] : [],
      route: { toestemmingGegeven: false },
    };
  }
  const toestemming = breidUit(h.toestemming, nieuw);
  const erbij: Betrokkene = { ...wacht.persoon, rol: wacht.stap === 'expert' ? 'expert' : 'kandidaat_regierol' };
  return {
    wijziging: {
      toestemming,
      uitbreiding: undefined,
      betrokkenen: metBetrokkenen(h.betrokkenen, [erbij]),
      ...(wacht.stap === 'overdracht' ? { overdracht: undefined } : {}),
    },
    route: { toestemmingGegeven: true },
  };
}

/** An escalation ends an open offer (nobody accepts while Team NO decides) and keeps it, or a handover, for Team NO. */
function stagnatieEffect(h: Hulpvraag, g: Extract<Gebeurtenis, { soort: 'stagnatie_gemeld' }>, omgeving: Omgeving): Effect {
  const k = kandidaat(h);
  const lopend: LopendVoorstel | undefined = k
    ? { soort: 'aanbod', naar: k }
    : h.overdracht
      ? { soort: 'overdracht', naar: h.overdracht.naar, reden: h.overdracht.reden }
      : undefined;
  const uitbreiding = h.uitbreiding?.stap === 'overdracht' ? undefined : h.uitbreiding;
  return {
    wijziging: {
      stagnatie: { reden: g.reden, toelichting: g.toelichting, regel: g.regel, sinds: omgeving.moment.toISOString(), ...(lopend ? { lopend } : {}) },
      overdracht: undefined,
      uitbreiding,
      betrokkenen: metBetrokkenen(metRolWeg(h.betrokkenen, 'kandidaat_regierol'), g.teamNo.map((p) => ({ ...p, rol: 'team_no' as const }))),
    },
    kennisgevingen: k ? [aanbodGepauzeerd(h, k, 'de hulpvraag ligt bij Team NO')] : [],
  };
}

/** Whether the IB'er/COO's first offer of an expertiseteam case (to them as such) ends with their role. */
function eersteAanbodVervalt(h: Hulpvraag, weg: readonly Betrokkene[]): Betrokkene | undefined {
  const k = kandidaat(h);
  if (h.besluit?.soort !== 'expertiseteam' || regierolhouder(h) || !k) return undefined;
  return weg.some((w) => w.rol === 'ib_coo' && zelfdePersoon(w, k)) ? k : undefined;
}

function schakelteamEffect(h: Hulpvraag, leden: readonly Betrokkene[], vertrokken: readonly Persoon[]): Effect {
  const nieuw = leden.filter((l) => SCHAKELTEAMROLLEN.includes(l.rol));
  const blijft = (b: Betrokkene) => nieuw.some((l) => l.rol === b.rol && zelfdePersoon(l, b));
  const weg = h.betrokkenen.filter((b) => SCHAKELTEAMROLLEN.includes(b.rol) && !blijft(b));
  const erbij = nieuw.filter((l) => !h.betrokkenen.some((b) => b.rol === l.rol && zelfdePersoon(l, b)));
  let overig = h.betrokkenen.filter((b) => !SCHAKELTEAMROLLEN.includes(b.rol));
  const kennisgevingen: Kennisgeving[] = [];
  let wijziging: Wijziging = {};
  let naVertrek: Status | undefined;
  // With the expertiseteam the first offer of the regierol is to the IB'er/COO as such: it passes to their successor;
  // without one it ends like any other offer (a waiting offer goes back to the schakelteam).
  const k = eersteAanbodVervalt(h, weg);
  if (k) {
    const opvolger = nieuw.find((l) => l.rol === 'ib_coo');
    overig = [...overig.filter((b) => b.rol !== 'kandidaat_regierol'), ...(opvolger ? [{ ...opvolger, rol: 'kandidaat_regierol' as const }] : [])];
    kennisgevingen.push(aanbodVervallen(h, k, "u bent geen IB'er/COO meer van dit schakelteam"));
    if (!opvolger && h.status === 'regierol_aangeboden') naVertrek = 'bij_schakelteam';
  }
  // A holder who left the team can no longer read or act: the regierol ends and the schakelteam decides again, unless
  // an offer is already on its way (it goes on) or Team NO is deciding (its decision says what follows).
  const houder = regierolhouder(h);
  const houderWeg = houder && vertrokken.some((v) => zelfdePersoon(v, houder)) ? houder : undefined;
  if (houderWeg) {
    overig = overig.filter((b) => b.rol !== 'regierolhouder');
    const lopend = h.stagnatie?.lopend;
    if (h.status === 'stagnatie_team_no' && h.stagnatie) {
      wijziging = { uitbreiding: undefined, stagnatie: { ...h.stagnatie, lopend: lopend?.soort === 'overdracht' ? undefined : lopend } };
    } else if (!overig.some((b) => b.rol === 'kandidaat_regierol')) {
      wijziging = { overdracht: undefined, uitbreiding: undefined };
      naVertrek = 'bij_schakelteam';
    }
  }
  const namen = (lijst: readonly Betrokkene[]) => lijst.map((b) => `${b.naam} (${b.rol})`).join(', ');
  return {
    wijziging: { ...wijziging, betrokkenen: metBetrokkenen(overig, nieuw) },
    kennisgevingen,
    ...(naVertrek ? { route: { naVertrek } } : {}),
    details: {
      ...(weg.length > 0 ? { beeindigd: namen(weg) } : {}),
      ...(erbij.length > 0 ? { erbij: namen(erbij) } : {}),
      ...(houderWeg ? { regierolBeeindigd: houderWeg.naam } : {}),
    },
  };
}

/** Someone of the schakelteam takes over its role that nobody holds on the case (its holder left the team). */
function rolOvernameEffect(h: Hulpvraag, rol: SchakelteamRol, door: Persoon): Effect {
  if (h.betrokkenen.some((b) => b.rol === rol)) throw ongeldig('Die rol heeft al iemand op deze hulpvraag.');
  const nieuw: Betrokkene = { tenantId: door.tenantId, aadObjectId: door.aadObjectId, naam: door.naam, rol };
  return { wijziging: { betrokkenen: metBetrokkenen(h.betrokkenen, [nieuw]) } };
}

function teamNoEffect(h: Hulpvraag, g: Extract<Gebeurtenis, { soort: 'team_no_besluit' }>, omgeving: Omgeving): Effect {
  const lopend = h.stagnatie?.lopend;
  if (lopend && !g.lopend) {
    const wat = lopend.soort === 'aanbod' ? `het aanbod van de regierol aan ${lopend.naar.naam}` : `de overdracht naar ${lopend.naar.naam}`;
    throw ongeldig(`Zeg wat er gebeurt met ${wat}: doorzetten of laten vervallen.`);
  }
  const besluit = { besluit: g.besluit, opdracht: g.opdracht, aanbieder: g.aanbieder, datum: g.datum, ...(lopend && g.lopend ? { lopend: g.lopend } : {}) };
  // An expert waiting for consent can only join a case that goes on with its holder and with consent.
  const houderGaatDoor = regierolhouder(h) !== undefined && h.toestemming?.status === 'gegeven';
  const basis: Wijziging = {
    stagnatie: undefined,
    teamNoBesluit: besluit,
    laatsteVoortgang: omgeving.moment.toISOString(),
    ...(houderGaatDoor ? {} : { uitbreiding: undefined }),
  };
  if (!lopend) return { wijziging: basis };
  if (g.lopend === 'vervalt') {
    const houder = regierolhouder(h);
    return {
      wijziging: basis,
      kennisgevingen:
        lopend.soort === 'aanbod'
          ? [aanbodVervallen(h, lopend.naar, 'Team NO heeft anders besloten')]
          : houder
            ? [overdrachtVervallen(h, houder, 'Team NO heeft anders besloten')]
            : [],
    };
  }
  if (lopend.soort === 'overdracht') return { wijziging: { ...basis, overdracht: { naar: lopend.naar, reden: lopend.reden } } };
  return { wijziging: { ...basis, betrokkenen: metBetrokkenen(h.betrokkenen, [{ ...lopend.naar, rol: 'kandidaat_regierol' }]) } };
}

/**
 * The offer ends (declined, or undeliverable). Without a holder the case goes back to the schakelteam, and an expert
 * waiting for consent can only join a case that goes on with its holder (as after Team NO's decision).
 */
function aanbodWeg(h: Hulpvraag): Wijziging {
  return { betrokkenen: metRolWeg(h.betrokkenen, 'kandidaat_regierol'), ...(regierolhouder(h) ? {} : { uitbreiding: undefined }) };
}

function effect(h: Hulpvraag, g: Gebeurtenis, door: Persoon, omgeving: Omgeving): Effect {
  const vandaag = datumInAmsterdam(omgeving.moment);
  switch (g.soort) {
    case 'besluit':
      return besluitEffect(h, g, omgeving);
    case 'toestemming_vastgelegd':
      return toestemmingEffect(h, g.invoer, door, omgeving);
    case 'toestemming_ingetrokken':
      return intrekkenEffect(h, vandaag);
    case 'toestemming_uitgebreid':
      return uitbreidenEffect(h, g.invoer, omgeving);
    case 'regierol_geaccepteerd':
      return aanvaardEffect(h, g.loket, door, omgeving);
    case 'regierol_geweigerd':
      return { wijziging: aanbodWeg(h), kennisgevingen: regierolGeweigerd(h, door, g.reden, regierolhouder(h)) };
    case 'aanbod_onbestelbaar': {
      const k = kandidaat(h);
      const kennisgevingen = k ? aanbodOnbestelbaar(h, k, g.reden, regierolhouder(h)) : [];
      return { wijziging: aanbodWeg(h), kennisgevingen };
    }
    case 'schakelteam_gewijzigd':
      return schakelteamEffect(h, g.leden, g.vertrokken ?? []);
    case 'rol_overgenomen':
      return rolOvernameEffect(h, g.rol, door);
    case 'loket_navraag':
      return navraagEffect(h, g.grens, omgeving);
    case 'loket_hulp_gestart':
      return hulpGestartEffect(h, omgeving);
    case 'loket_contact_opgenomen':
      return contactEffect(h, omgeving);
    case 'loket_start_gecorrigeerd':
      return startCorrectieEffect(h, g.start, vandaag);
    case 'bespreektijd_ingeschat':
      if (!Number.isInteger(g.minuten) || g.minuten < MIN_BESPREEKTIJD || g.minuten > MAX_BESPREEKTIJD) {
        throw ongeldig(`De bespreektijd is een heel aantal minuten van ${MIN_BESPREEKTIJD} tot en met ${MAX_BESPREEKTIJD}.`);
      }
      return { wijziging: { bespreektijd: g.minuten } };
    case 'afspraken_vastgelegd': {
      // The agreements feed the plan van aanpak where there is one, in the same write; without a plan they wait on
      // the case and the plan form offers them when the casusregisseur draws it up.
      const afspraken = legAfsprakenVast(g.afspraken, vandaag);
      if (!h.plan) return { wijziging: { afspraken } };
      const { plan, samenvatting } = neemAfsprakenOp(h.plan, afspraken, geevalueerdeDoelen(h.evaluaties));
      return { wijziging: { afspraken, plan }, details: samenvatting };
    }
    case 'uitvraag_vastgelegd':
      return { wijziging: { uitvraag: g.uitvraag, laatsteVoortgang: omgeving.moment.toISOString() } };
    case 'plan_vastgelegd': {
      // The plan follows the uitvraag (seed 000 step 4): first know the situation, then agree on goals.
      if (!h.uitvraag) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Leg eerst de uitvraag leefgebieden vast');
      const { plan } = stelPlanOp(h.plan, g.doelen, geevalueerdeDoelen(h.evaluaties), vandaag);
      return { wijziging: { plan, laatsteVoortgang: omgeving.moment.toISOString() } };
    }
    case 'voortgang_vastgelegd':
      return { wijziging: { laatsteVoortgang: omgeving.moment.toISOString() } };
    case 'expert_toegevoegd':
      return expertEffect(h, g.expert, omgeving);
    case 'evaluatie_vastgelegd':
      return { wijziging: evaluatieWijziging(h, g, vandaag, omgeving) };
    case 'overdracht_voorgesteld': {
      const houder = regierolhouder(h);
      if (houder && zelfdePersoon(houder, g.naar)) throw ongeldig('U bent zelf al regierolhouder; kies iemand anders.');
      return { wijziging: { overdracht: { naar: g.naar, reden: g.reden } } };
    }
    case 'overdracht_goedgekeurd':
      return goedkeurenEffect(h, omgeving);
    case 'overdracht_afgewezen': {
      const houder = regierolhouder(h);
      const uitbreiding = h.uitbreiding?.stap === 'overdracht' ? undefined : h.uitbreiding;
      const kennisgevingen = houder && h.overdracht ? [overdrachtAfgewezen(h, houder, h.overdracht.naar, g.reden)] : [];
      return { wijziging: { overdracht: undefined, uitbreiding }, kennisgevingen };
    }
    case 'stagnatie_gemeld':
      return stagnatieEffect(h, g, omgeving);
    case 'team_no_besluit':
      return teamNoEffect(h, g, omgeving);
    case 'teruggemeld':
      // Returning the case ends a step still waiting for consent: nobody would take it any more.
      return { wijziging: { uitbreiding: undefined } };
    case 'gesloten': {
      const vervallen = zonderKandidaat(h, 'de hulpvraag is gesloten');
      return { wijziging: { ...vervallen.wijziging, uitkomst: g.uitkomst, overdracht: undefined, uitbreiding: undefined }, kennisgevingen: vervallen.kennisgevingen };
    }
    case 'doorgezet':
      return { wijziging: g.kanaalBericht ? { kanaalBericht: g.kanaalBericht } : {} };
    case 'toestemming_gevraagd':
    case 'heropend':
      return { wijziging: {} };
  }
}

function evaluatieWijziging(h: Hulpvraag, g: Extract<Gebeurtenis, { soort: 'evaluatie_vastgelegd' }>, vandaag: string, omgeving: Omgeving): Wijziging {
  // It answers the evaluation that is due next; "doorgaan met een nieuwe datum" plans the next one on that date.
  const open = volgendeEvaluatie(h.evaluatiedata, h.evaluaties);
  if (!open || !h.evaluatiedata) throw new DomainError(FOUTCODES.transitieNietToegestaan, 'Er staat geen evaluatie open');
  if (g.volgendeDatum !== undefined && (!isLocalDate(g.volgendeDatum) || g.volgendeDatum <= vandaag)) {
    throw ongeldig('De nieuwe evaluatiedatum moet een bestaande datum na vandaag zijn');
  }
  // With a plan every goal is evaluated on its own and the case-level answer follows from the goals.
  if (h.plan && !g.evaluatie.doelen) throw ongeldig('Evalueer elk doel van het plan van aanpak');
  const doelBereikt = h.plan && g.evaluatie.doelen ? beoordeelDoelen(h.plan, g.evaluatie.doelen).doelBereikt : g.evaluatie.doelBereikt;
  return {
    evaluaties: [...h.evaluaties, { ...g.evaluatie, doelBereikt, soort: open.soort, voor: open.datum, datum: vandaag }],
    evaluatiedata: g.volgendeDatum ? { ...h.evaluatiedata, eind: g.volgendeDatum } : h.evaluatiedata,
    laatsteVoortgang: omgeving.moment.toISOString(),
  };
}

/** History holds "dat" information: what happened and the short reasons, never clinical content. */
function historieDetails(g: Gebeurtenis, h: Hulpvraag, vandaag: LocalDate): Record<string, string> {
  switch (g.soort) {
    case 'plan_vastgelegd':
      // Which goals changed and in which parts; the plan itself keeps the content (it is "wat" information).
      return { ...stelPlanOp(h.plan, g.doelen, geevalueerdeDoelen(h.evaluaties), vandaag).samenvatting };
    case 'besluit':
      return { besluit: g.besluit, reden: g.reden, verwijsindex: g.verwijsindex.nodig ? `ja (${g.verwijsindex.wie ?? '?'})` : 'nee' };
    case 'toestemming_vastgelegd':
    case 'toestemming_uitgebreid':
      return { datum: g.invoer.datum, wijze: g.invoer.wijze, partners: g.invoer.partners.join(', ') };
    case 'regierol_geweigerd':
    case 'aanbod_onbestelbaar':
    case 'overdracht_afgewezen':
    case 'heropend':
      return { reden: g.reden };
    case 'regierol_geaccepteerd':
      return g.loket ? { lijn: g.loket.lijn === 'eerste' ? '1e-lijns hulp' : '2e-lijns hulp', aanbieder: g.loket.aanbieder, start: g.loket.start } : {};
    case 'uitvraag_vastgelegd':
      return { gedaan: g.uitvraag.gedaan ? 'ja' : 'nee', toelichting: g.uitvraag.toelichting };
    case 'voortgang_vastgelegd':
      return { notitie: g.notitie };
    case 'expert_toegevoegd':
      return { expert: g.expert.naam, discipline: g.expert.discipline ?? '' };
    case 'bespreektijd_ingeschat':
      return { minuten: String(g.minuten) };
    case 'afspraken_vastgelegd':
      return afsprakenSamenvatting(legAfsprakenVast(g.afspraken, vandaag));
    case 'evaluatie_vastgelegd':
      if (g.evaluatie.doelen) {
        const behaald = g.evaluatie.doelen.filter((d) => d.behaald).length;
        return { doelen: `${behaald} van ${g.evaluatie.doelen.length} behaald`, vervolg: g.evaluatie.vervolg, ...(g.volgendeDatum ? { volgendeDatum: g.volgendeDatum } : {}) };
      }
      return { doelBereikt: g.evaluatie.doelBereikt ? 'ja' : 'nee', vervolg: g.evaluatie.vervolg, ...(g.volgendeDatum ? { volgendeDatum: g.volgendeDatum } : {}) };
    case 'overdracht_voorgesteld':
      return { naar: g.naar.naam, reden: g.reden };
    case 'stagnatie_gemeld':
      return { reden: g.reden, ...(g.regel ? { regel: g.regel } : {}) };
    case 'team_no_besluit':
      return { besluit: g.besluit, opdracht: g.opdracht, aanbieder: g.aanbieder, datum: g.datum, ...(g.lopend ? { lopend: g.lopend } : {}) };
    case 'teruggemeld':
      return { toelichting: g.toelichting };
    case 'gesloten':
      return { uitkomst: g.uitkomst };
    case 'rol_overgenomen':
      return { rol: g.rol };
    default:
      return {};
  }
}

/** What the history adds beyond the event itself: who holds the regierol now, what waits, who was told what. */
function gevolgDetails(voor: Hulpvraag, na: Hulpvraag, kennisgevingen: readonly Kennisgeving[]): Record<string, string> {
  const details: Record<string, string> = {};
  const houder = regierolhouder(na);
  const vorige = regierolhouder(voor);
  if (houder && !(vorige && zelfdePersoon(houder, vorige))) details.regierol = houder.naam;
  if (na.uitbreiding && na.uitbreiding !== voor.uitbreiding) details.wachtOpToestemmingVoor = na.uitbreiding.partner;
  if (kennisgevingen.length > 0) details.bericht = kennisgevingen.map((k) => `${k.aan.naam}: ${k.soort}`).join('; ');
  return details;
}

export interface Resultaat {
  readonly hulpvraag: Hulpvraag;
  /** Notices for people other than the one who acted; the app layer delivers them. */
  readonly kennisgevingen: readonly Kennisgeving[];
}

/**
 * Applies one event: checks the route, changes the data, appends one history line, bumps the version and refuses
 * the event when it would break a rule of the route that held before (invarianten.ts).
 * Authorization is separate (beleid.ts) so the system itself can apply events too (automatic stagnation).
 */
export function pasToeMetGevolgen(h: Hulpvraag, g: Gebeurtenis, door: Persoon, omgeving: Omgeving): Resultaat {
  const soort: GebeurtenisSoort = g.soort;
  eisToegestaan(h.status, soort);
  const { wijziging, kennisgevingen = [], route = {}, details: effectDetails = {} } = effect(h, g, door, omgeving);
  const veranderd = { ...h, ...wijziging };
  const lopend = h.stagnatie?.lopend;
  const status = volgendeStatus(h.status, soort, {
    besluit: g.soort === 'besluit' ? g.besluit : h.besluit?.soort,
    toestemmingGegeven: veranderd.toestemming?.status === 'gegeven',
    heeftActieveRegierol: regierolhouder(h) !== undefined,
    heeftKandidaat: h.betrokkenen.some((b) => b.rol === 'kandidaat_regierol'),
    wachtOpUitbreiding: veranderd.uitbreiding?.stap === 'overdracht',
    uitbreidingVoorOverdracht: h.uitbreiding?.stap === 'overdracht',
    lopendDoorgezet: g.soort === 'team_no_besluit' && lopend && g.lopend === 'doorzetten' ? lopend.soort : undefined,
    zonderToestemming: h.toestemming !== undefined && h.toestemming.status !== 'gegeven',
    ...route,
  });
  const tijdstip = omgeving.moment.toISOString();
  const nieuw: Hulpvraag = { ...metAankomst(veranderd, status, tijdstip), status, ...(status !== h.status ? { statusSinds: tijdstip } : {}), versie: h.versie + 1, bijgewerkt: tijdstip };
  const details = { ...historieDetails(g, h, datumInAmsterdam(omgeving.moment)), ...gevolgDetails(h, nieuw, kennisgevingen), ...effectDetails };
  const resultaat = { ...nieuw, geschiedenis: metHistorie(h.geschiedenis, { tijdstip, door: persoonsregel(door), wat: soort, details }) };
  eisRegels(h, resultaat);
  return { hulpvraag: resultaat, kennisgevingen: kennisgevingen.filter((k) => !zelfdePersoon(k.aan, door)) };
}

/** The first change that makes the case the Loket's to act on marks its arrival: the Loket's clock starts there. */
function metAankomst(h: Hulpvraag, status: Hulpvraag['status'], tijdstip: string): Hulpvraag {
  if (!h.loket || h.loket.aangekomen || !bijHetLoket({ ...h, status })) return h;
  return { ...h, loket: { ...h.loket, aangekomen: tijdstip } };
}

export function pasToe(h: Hulpvraag, g: Gebeurtenis, door: Persoon, omgeving: Omgeving): Hulpvraag {
  return pasToeMetGevolgen(h, g, door, omgeving).hulpvraag;
}

/**
 * Only rules that held before are enforced, so a case stored before a rule existed can still be repaired. Also when
 * someone leaves the schakelteam's team the case is never a dead end: a vacant role is taken over by whoever of the
 * schakelteam is left (rol_overgenomen), or, when nobody is, bound again by a functional administrator.
 */
function eisRegels(voor: Hulpvraag, na: Hulpvraag): void {
  const nu = schendingen(na);
  if (nu.length === 0) return;
  const eerder = new Set(schendingen(voor));
  const nieuw = nu.filter((s) => !eerder.has(s));
  if (nieuw.length > 0) throw new DomainError(FOUTCODES.regelGeschonden, `Deze stap breekt een regel van de route: ${nieuw.join('; ')}`);
}
