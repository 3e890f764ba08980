/**
 * Notices: what a change means for someone who did not make it and would otherwise wait unseen (a candidate whose
 * offer ends, a holder whose handover was turned down, the IB'er/COO who must extend consent). The domain says who
 * is told what; the app layer delivers it. Texts are "dat"-information only: number, who, what happens next.
 */
import { Hulpvraag, LoketTraject, metRol } from './hulpvraag';
import { datumInAmsterdam, datumNl } from './tijd';
import { Betrokkene, Persoon, ROL_NAMEN } from './personen';

export type KennisgevingSoort =
  | 'aanbod_vervallen'
  | 'loket_antwoord'
  | 'loket_navraag'
  | 'loket_start_gewijzigd'
  | 'overbrugging_beeindigd'
  | 'aanbod_gepauzeerd'
  | 'regierol_geweigerd'
  | 'aanbod_onbestelbaar'
  | 'overdracht_afgewezen'
  | 'overdracht_vervallen'
  | 'uitbreiding_gevraagd'
  | 'uitbreiding_geweigerd'
  | 'uitbreiding_vervallen';

export interface Kennisgeving {
  readonly soort: KennisgevingSoort;
  readonly aan: Betrokkene;
  readonly tekst: string;
}

const kennisgeving = (soort: KennisgevingSoort, aan: Betrokkene, tekst: string): Kennisgeving => ({ soort, aan, tekst });

/** The proposal or offer of the regierol to `kandidaat` ends; `waarom` completes "…vervalt: ". */
export function aanbodVervallen(h: Pick<Hulpvraag, 'nummer'>, kandidaat: Betrokkene, waarom: string): Kennisgeving {
  return kennisgeving(
    'aanbod_vervallen',
    kandidaat,
    `Het voorstel om u de regierol te geven voor hulpvraag ${h.nummer} vervalt: ${waarom}. U hoeft niets te doen.`,
  );
}

export function aanbodGepauzeerd(h: Pick<Hulpvraag, 'nummer'>, kandidaat: Betrokkene, waarom: string): Kennisgeving {
  return kennisgeving(
    'aanbod_gepauzeerd',
    kandidaat,
    `Het aanbod van de regierol voor hulpvraag ${h.nummer} is gepauzeerd: ${waarom}. U kunt nu niet accepteren; u hoort het als het weer geldt.`,
  );
}

/** A declined offer: the holder (handover) or else the schakelteam must act, and hears it now. */
export function regierolGeweigerd(h: Hulpvraag, door: Persoon, reden: string, houder: Betrokkene | undefined): Kennisgeving[] {
  if (houder) {
    return [kennisgeving('regierol_geweigerd', houder, `${door.naam} heeft de overdracht van de regierol voor hulpvraag ${h.nummer} geweigerd (${reden}). U blijft regierolhouder.`)];
  }
  const tekst = `${door.naam} heeft de regierol voor hulpvraag ${h.nummer} geweigerd (${reden}). Het schakelteam neemt een nieuw besluit (Besluit nemen op de kaart).`;
  return schakelteam(h).map((lid) => kennisgeving('regierol_geweigerd', lid, tekst));
}

/**
 * The offer could not reach the candidate: the offer ends (the candidate is told, should a later send get through),
 * and whoever must choose again hears why: the holder for a handover, else the schakelteam.
 */
export function aanbodOnbestelbaar(h: Hulpvraag, kandidaat: Betrokkene, reden: string, houder: Betrokkene | undefined): Kennisgeving[] {
  const vervallen = aanbodVervallen(h, kandidaat, 'het aanbod kon u via Teams niet bereiken');
  const wat = `Het aanbod van de regierol voor hulpvraag ${h.nummer} kon niet bij ${kandidaat.naam} worden bezorgd (${reden}).`;
  if (houder) {
    return [vervallen, kennisgeving('aanbod_onbestelbaar', houder, `${wat} De overdracht gaat niet door; u blijft regierolhouder. Neem contact op met ${kandidaat.naam} of stel iemand anders voor.`)];
  }
  const tekst = `${wat} Het schakelteam neemt een nieuw besluit (Besluit nemen op de kaart).`;
  return [vervallen, ...schakelteam(h).map((lid) => kennisgeving('aanbod_onbestelbaar', lid, tekst))];
}

export function overdrachtAfgewezen(h: Hulpvraag, houder: Betrokkene, naar: Betrokkene, reden: string): Kennisgeving {
  return kennisgeving('overdracht_afgewezen', houder, `Het schakelteam heeft de overdracht van hulpvraag ${h.nummer} naar ${naar.naam} afgewezen (${reden}). U blijft regierolhouder.`);
}

export function overdrachtVervallen(h: Hulpvraag, houder: Betrokkene, waarom: string): Kennisgeving {
  return kennisgeving('overdracht_vervallen', houder, `De voorgestelde overdracht van hulpvraag ${h.nummer} vervalt: ${waarom}. U blijft regierolhouder.`);
}

function wie(persoon: Betrokkene): string {
  return `${persoon.naam} (${persoon.discipline ?? ROL_NAMEN[persoon.rol]})`;
}

/** The IB'er/COO asks the parents (and the pupil) to extend the consent; the waiting step goes on after that. */
export function uitbreidingGevraagd(h: Hulpvraag, persoon: Betrokkene, partner: string, stap: 'expert' | 'overdracht'): Kennisgeving[] {
  const doel = stap === 'expert' ? `${wie(persoon)} toe te voegen` : `de regierol over te dragen aan ${wie(persoon)}`;
  const tekst =
    `Om ${doel} bij hulpvraag ${h.nummer} moet de toestemming ook gelden voor "${partner}". ` +
    'Vraag de ouders (en de leerling vanaf 12 jaar) om uitbreiding en leg die vast met Toestemming uitbreiden. Tot dan wacht deze stap.';
  return metRol(h, 'ib_coo').map((ib) => kennisgeving('uitbreiding_gevraagd', ib, tekst));
}

export function uitbreidingGeweigerd(h: Hulpvraag, houder: Betrokkene, persoon: Betrokkene, partner: string): Kennisgeving {
  return kennisgeving(
    'uitbreiding_geweigerd',
    houder,
    `De toestemming voor hulpvraag ${h.nummer} is niet uitgebreid naar "${partner}". ${persoon.naam} krijgt geen gegevens; de stap gaat niet door.`,
  );
}

/** A step waiting for an extension of consent (an expert to add) ends without the extension; `waarom` completes "…niet door: ". */
export function uitbreidingVervallen(h: Pick<Hulpvraag, 'nummer'>, houder: Betrokkene, persoon: Betrokkene, waarom: string): Kennisgeving {
  return kennisgeving('uitbreiding_vervallen', houder, `${persoon.naam} wordt niet toegevoegd aan hulpvraag ${h.nummer}: ${waarom}.`);
}

/**
 * The Loket took the case (seed 001): the IB'er/COO and the former holder hear who, and the weighing. A 1:1 message:
 * the provider is typed text, which no channel card carries (the channel's base card shows the new state only).
 */
export function loketAntwoord(h: Hulpvraag, houder: Betrokkene, loket: LoketTraject): Kennisgeving[] {
  const weging = loket.weging;
  const wat = weging
    ? `${weging.lijn === 'eerste' ? '1e-lijns' : '2e-lijns'} hulp door ${weging.aanbieder}, start ${datumNl(weging.start)}.`
    : 'De weging van het Loket volgt.';
  const vorige = loket.vorigeHouder;
  const overbrugging = vorige ? ` ${vorige.naam} blijft betrokken (overbruggingszorg) tot de hulp start.` : '';
  const tekst = `Het Loket heeft hulpvraag ${h.nummer} opgepakt: ${houder.naam} heeft nu de regierol. ${wat}${overbrugging}`;
  return wieHetLoketHoren(h, loket).map((a) => kennisgeving('loket_antwoord', a, tekst));
}

/** Who hears the Loket's answer: the IB'er/COO and the one giving overbruggingszorg, once each. */
function wieHetLoketHoren(h: Pick<Hulpvraag, 'betrokkenen'>, loket: LoketTraject): Betrokkene[] {
  const aan = [...metRol(h, 'ib_coo'), ...(loket.vorigeHouder ? [loket.vorigeHouder] : [])];
  return aan.filter((a, i) => aan.findIndex((b) => b.tenantId === a.tenantId && b.aadObjectId === a.aadObjectId) === i);
}

/** Whoever heard the Loket's answer (the IB'er/COO, the one giving overbruggingszorg) hears a corrected start date. */
export function loketStartGewijzigd(h: Hulpvraag, loket: LoketTraject, van: string, naar: string): Kennisgeving[] {
  const vorige = loket.vorigeHouder;
  const overbrugging = vorige ? ` ${vorige.naam} blijft betrokken (overbruggingszorg) tot de hulp start.` : '';
  const tekst = `Het Loket heeft de startdatum van de hulp voor hulpvraag ${h.nummer} gewijzigd: van ${datumNl(van)} naar ${datumNl(naar)}.${overbrugging}`;
  return wieHetLoketHoren(h, loket).map((a) => kennisgeving('loket_start_gewijzigd', a, tekst));
}

/**
 * A Loket limit passed (domain/loket.ts): the schakelfunctionaris O/JH is asked to inquire when the Loket picks the
 * case up or when its help starts (seed 001). A 1:1 message with "dat" only: number, dates and names.
 */
export function loketNavraag(h: Hulpvraag, loket: LoketTraject & { readonly aangekomen: string }, grens: 'antwoord' | 'start', overbrugger: Betrokkene | undefined): Kennisgeving[] {
  const sinds = datumNl(datumInAmsterdam(new Date(loket.aangekomen)));
  const start = loket.weging ? `de hulp start volgens het Loket op ${datumNl(loket.weging.start)}` : 'er is nog geen startdatum';
  const wat =
    grens === 'antwoord'
      ? `Hulpvraag ${h.nummer} ligt sinds ${sinds} bij het Loket en het Loket heeft nog niet geantwoord. Wilt u bij het Loket navragen wanneer het de hulpvraag oppakt?`
      : `De hulp via het Loket voor hulpvraag ${h.nummer} (bij het Loket sinds ${sinds}) is niet op tijd gestart: ${start}. Wilt u bij het Loket navragen wanneer de hulp start? Duurt het nog langer, dan gaat de hulpvraag als stagnatie naar Team NO.`;
  const tekst = `${wat}${overbrugger ? ` Tot de hulp start geeft ${overbrugger.naam} overbruggingszorg.` : ''}`;
  // The schakelfunctionaris O/JH guards the caseload (seed 001); while that role is vacant the IB'er/COO hears it.
  const aan = metRol(h, 'schakelfunctionaris');
  return (aan.length > 0 ? aan : metRol(h, 'ib_coo')).map((a) => kennisgeving('loket_navraag', a, tekst));
}

/** The help started: whoever gave overbruggingszorg and still takes part in the case hears that it ends. */
export function overbruggingBeeindigd(h: Pick<Hulpvraag, 'nummer'>, aan: Betrokkene, start: string): Kennisgeving {
  return kennisgeving('overbrugging_beeindigd', aan, `De hulp via het Loket voor hulpvraag ${h.nummer} is gestart op ${datumNl(start)}. Uw overbruggingszorg is beëindigd.`);
}

function schakelteam(h: Pick<Hulpvraag, 'betrokkenen'>): Betrokkene[] {
  return [...metRol(h, 'ib_coo'), ...metRol(h, 'schakelfunctionaris')];
}
