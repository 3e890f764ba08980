import { DomainError, FOUTCODES } from './errors';
import { LocalDate, leeftijdOp } from './tijd';

export type Toestemmingsgever = 'ouders' | 'leerling';
export type Wijze = 'papier' | 'mondeling' | 'digitaal';
export type ToestemmingsStatus = 'gegeven' | 'geweigerd' | 'ingetrokken';

/** What is known of the pupil's age: a birth date, or only an age in years on the registration date. */
export type Leeftijdsgegeven = { readonly geboortedatum: LocalDate } | { readonly leeftijd: number; readonly peildatum: LocalDate };

export function leeftijdOpDatum(gegeven: Leeftijdsgegeven, datum: LocalDate): number {
  if ('geboortedatum' in gegeven) return leeftijdOp(gegeven.geboortedatum, datum);
  // Only an age is known: count whole years since it was given, conservatively (no birthday assumed).
  const extraJaren = leeftijdOp(gegeven.peildatum, datum);
  return gegeven.leeftijd + Math.max(0, extraJaren);
}

/** Who must consent, by the pupil's age on the day consent is asked (WGBO/AVG practice in the seeds). */
export function vereisteGevers(leeftijd: number): readonly Toestemmingsgever[] {
  if (leeftijd < 12) return ['ouders'];
  if (leeftijd < 16) return ['ouders', 'leerling'];
  return ['leerling'];
}

export interface Toestemming {
  readonly status: ToestemmingsStatus;
  /** Answer per required giver; only the givers that the age required are stored. */
  readonly antwoorden: Readonly<Partial<Record<Toestemmingsgever, boolean>>>;
  readonly partners: readonly string[];
  readonly datum: LocalDate;
  readonly wijze: Wijze;
  readonly leeftijdBijVragen: number;
}

export interface ToestemmingInvoer {
  readonly antwoorden: Readonly<Partial<Record<Toestemmingsgever, boolean>>>;
  readonly partners: readonly string[];
  readonly datum: LocalDate;
  readonly wijze: Wijze;
}

/**
 * Consent counts as given only when every giver the age requires said yes and at least one partner is named;
 * one "no" from a required giver is a refusal. Answers from givers the age does not require are ignored.
 */
export function beoordeelToestemming(leeftijdsgegeven: Leeftijdsgegeven, invoer: ToestemmingInvoer): Toestemming {
  const leeftijd = leeftijdOpDatum(leeftijdsgegeven, invoer.datum);
  const vereist = vereisteGevers(leeftijd);
  const ontbrekend = vereist.filter((gever) => invoer.antwoorden[gever] === undefined);
  if (ontbrekend.length > 0) {
    throw new DomainError(FOUTCODES.toestemmingOnvolledig, `Antwoord ontbreekt van: ${ontbrekend.join(', ')}`);
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
    partners: gegeven ? [...invoer.partners] : [],
    datum: invoer.datum,
    wijze: invoer.wijze,
    leeftijdBijVragen: leeftijd,
  };
}

export function trekIn(toestemming: Toestemming, datum: LocalDate): Toestemming {
  return { ...toestemming, status: 'ingetrokken', partners: [], datum };
}

export function deeltMet(toestemming: Toestemming | undefined, partner: string): boolean {
  return toestemming?.status === 'gegeven' && toestemming.partners.includes(partner);
}
