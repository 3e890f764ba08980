import { DomainError, FOUTCODES } from './errors';
import { LocalDate, datumNl, isLocalDate, leeftijdOp } from './tijd';

/** The signatories of the toestemmingsverklaring (seed 002): up to two legal representatives, and the pupil from 12. */
export type Toestemmingsgever = 'ouder1' | 'ouder2' | 'leerling';
export type Wijze = 'papier' | 'mondeling' | 'digitaal';
export type ToestemmingsStatus = 'gegeven' | 'geweigerd' | 'ingetrokken';

export const GEVER_NAMEN: Record<Toestemmingsgever, string> = {
  ouder1: 'ouder/verzorger 1',
  ouder2: 'ouder/verzorger 2',
  leerling: 'de leerling',
};

/** What is known of the pupil's age: a birth date, or only an age in years on the registration date. */
export type Leeftijdsgegeven = { readonly geboortedatum: LocalDate } | { readonly leeftijd: number; readonly peildatum: LocalDate };

function eisDatum(datum: string, wat: string): void {
  if (!isLocalDate(datum)) throw new DomainError(FOUTCODES.ongeldigeInvoer, `${wat} is geen bestaande datum (${datum}).`);
}

/** Age in whole years on `datum`; a date before the birth date (or an impossible date) is refused, never guessed. */
export function leeftijdOpDatum(gegeven: Leeftijdsgegeven, datum: LocalDate): number {
  eisDatum(datum, 'De datum');
  if ('geboortedatum' in gegeven) {
    eisDatum(gegeven.geboortedatum, 'De geboortedatum');
    if (datum < gegeven.geboortedatum) {
      throw new DomainError(FOUTCODES.ongeldigeInvoer, `De datum ${datumNl(datum)} ligt vóór de geboortedatum van de leerling.`);
    }
    return leeftijdOp(gegeven.geboortedatum, datum);
  }
  eisDatum(gegeven.peildatum, 'De peildatum');
  // Only an age is known: count whole years since it was given, conservatively (no birthday assumed).
  const extraJaren = datum < gegeven.peildatum ? 0 : leeftijdOp(gegeven.peildatum, datum);
  return gegeven.leeftijd + extraJaren;
}

/** A birth date must exist and lie before the registration (never in the future). */
export function eisGeldigeGeboortedatum(geboortedatum: LocalDate, vandaag: LocalDate): void {
  eisDatum(geboortedatum, 'De geboortedatum');
  if (geboortedatum > vandaag) throw new DomainError(FOUTCODES.ongeldigeInvoer, 'De geboortedatum ligt in de toekomst.');
}

/**
 * Who must consent, by the pupil's age on the day consent is asked (seed 002 and domain.md): under 12 the legal
 * representatives, 12–15 the representatives and the pupil, from 16 the pupil alone. With one parent holding
 * parental authority ("één ouder met gezag") only representative 1 signs.
 */
export function vereisteGevers(leeftijd: number, eenOuderMetGezag: boolean): readonly Toestemmingsgever[] {
  const ouders: Toestemmingsgever[] = eenOuderMetGezag ? ['ouder1'] : ['ouder1', 'ouder2'];
  if (leeftijd < 12) return ouders;
  if (leeftijd < 16) return [...ouders, 'leerling'];
  return ['leerling'];
}

export interface Toestemming {
  readonly status: ToestemmingsStatus;
  /** Answer per required giver; only the givers that the age required are stored. */
  readonly antwoorden: Readonly<Partial<Record<Toestemmingsgever, boolean>>>;
  readonly eenOuderMetGezag?: boolean;
  readonly partners: readonly string[];
  readonly datum: LocalDate;
  readonly wijze: Wijze;
  readonly leeftijdBijVragen: number;
}

export interface ToestemmingInvoer {
  readonly antwoorden: Readonly<Partial<Record<Toestemmingsgever, boolean>>>;
  readonly eenOuderMetGezag: boolean;
  readonly partners: readonly string[];
  /** The day consent was asked: the age on that day decides who answers. */
  readonly datum: LocalDate;
  readonly wijze: Wijze;
}

/** The calendar the consent date must fit: not after today, not before the case was registered. */
export interface Toestemmingskalender {
  readonly vandaag: LocalDate;
  readonly registratiedatum: LocalDate;
}

function eisDatumInKalender(datum: LocalDate, kalender: Toestemmingskalender): void {
  eisDatum(datum, 'De datum van de toestemming');
  if (datum > kalender.vandaag) throw new DomainError(FOUTCODES.ongeldigeInvoer, 'De datum van de toestemming ligt in de toekomst.');
  if (datum < kalender.registratiedatum) {
    throw new DomainError(
      FOUTCODES.ongeldigeInvoer,
      `De datum van de toestemming ligt vóór de registratie van de hulpvraag (${datumNl(kalender.registratiedatum)}).`,
    );
  }
}

/**
 * Consent counts as given only when every giver the age requires said yes and at least one partner is named;
 * one "no" from a required giver is a refusal. Answers from givers the age does not require are ignored.
 */
export function beoordeelToestemming(leeftijdsgegeven: Leeftijdsgegeven, invoer: ToestemmingInvoer, kalender: Toestemmingskalender): Toestemming {
  eisDatumInKalender(invoer.datum, kalender);
  const leeftijd = leeftijdOpDatum(leeftijdsgegeven, invoer.datum);
  const vereist = vereisteGevers(leeftijd, invoer.eenOuderMetGezag);
  const ontbrekend = vereist.filter((gever) => invoer.antwoorden[gever] === undefined);
  if (ontbrekend.length > 0) {
    throw new DomainError(FOUTCODES.toestemmingOnvolledig, `Antwoord ontbreekt van: ${ontbrekend.map((g) => GEVER_NAMEN[g]).join(', ')}`);
  }
  const antwoorden: Partial<Record<Toestemmingsgever, boolean>> = {};
  for (const gever of vereist) antwoorden[gever] = invoer.antwoorden[gever];
  const gegeven = vereist.every((gever) => antwoorden[gever] === true);
  if (gegeven && invoer.partners.length === 0) {
    throw new DomainError(FOUTCODES.toestemmingOnvolledig, 'Noem de partners waarvoor de toestemming geldt');
  }
  return {
    status: gegeven ? 'gegeven' : 'geweigerd',
    antwoorden,
    eenOuderMetGezag: invoer.eenOuderMetGezag,
    partners: gegeven ? [...invoer.partners] : [],
    datum: invoer.datum,
    wijze: invoer.wijze,
    leeftijdBijVragen: leeftijd,
  };
}

/** Extends a given consent with the partners of a newer statement (the older partners stay covered). */
export function breidUit(huidig: Toestemming | undefined, erbij: Toestemming): Toestemming {
  if (!huidig || huidig.status !== 'gegeven') return erbij;
  return { ...erbij, partners: [...new Set([...huidig.partners, ...erbij.partners])] };
}

export function trekIn(toestemming: Toestemming, datum: LocalDate): Toestemming {
  return { ...toestemming, status: 'ingetrokken', partners: [], datum };
}

export function deeltMet(toestemming: Toestemming | undefined, partner: string): boolean {
  return toestemming?.status === 'gegeven' && toestemming.partners.includes(partner);
}
