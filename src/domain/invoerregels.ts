import { LocalDate, leeftijdOp } from './tijd';
import { Leeftijdsgegeven } from './toestemming';

/**
 * Rules for what people type: the pupil reference is pseudonymous by construction, free text is capped and warned
 * about when it looks like a name or a diagnosis ("dat"-informatie, seed 001), and text is shown as plain text.
 */

/** Length caps per kind of field; forms and the domain use the same numbers. */
export const MAX_LENGTE = {
  referentie: 20,
  kort: 100,
  reden: 300,
  tekst: 400,
} as const;

/** A pupil number of the school (digits, optionally after a short upper-case prefix): 204518, LL-1234. */
const LEERLINGNUMMER = /^(?:[A-Z]{1,3}-?)?\d{3,10}$/;
/** Initials plus birth year: AB-2014, A.B. 2014, J2015. Only capitals: a lower-case letter means part of a name. */
const INITIALEN_JAAR = /^(?:[A-Z]\.?){1,4}[ -]?(?:19|20)\d{2}$/;

export const REFERENTIE_UITLEG =
  'Dit lijkt op een naam. Gebruik het leerlingnummer van de school (bijv. 204518 of LL-1234) of initialen + geboortejaar (bijv. AB-2014).';

/** The normalised reference, or undefined when it is neither a pupil number nor initials + birth year. */
export function leerlingreferentie(invoer: string): string | undefined {
  const waarde = invoer.trim().replace(/\s+/g, ' ');
  if (waarde.length === 0 || waarde.length > MAX_LENGTE.referentie) return undefined;
  return LEERLINGNUMMER.test(waarde) || INITIALEN_JAAR.test(waarde) ? waarde : undefined;
}

const TUSSENVOEGSELS = ['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'el', 'al', 'la', 'le', "van't", "'t"];
const HOOFDLETTERWOORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
const VOORLETTER = /^\p{Lu}\.$/u;

/**
 * True when the text contains something shaped like a person's name: a capitalised word followed (maybe after a
 * tussenvoegsel) by another one, an initial followed by a capitalised word ("J. Jansen", "Vries, Jan de"), or a
 * capitalised word inside a sentence. Dutch sentences only capitalise their first word, so that is the signal; it
 * can misfire on place or school names, which is why it only warns.
 */
export function lijktOpNaam(tekst: string): boolean {
  // A sentence ends at . ! ? after a word of two letters or more (an initial like "J." does not end one).
  for (const zin of tekst.split(/(?<=\p{L}{2}[.!?])\s+|\n+/u)) {
    const ruw = zin.split(/\s+/).filter((w) => w !== '');
    const woorden = ruw.map((w) => w.replace(/^[("']+/, '').replace(/[,;:.!?)"']+$/, ''));
    for (let i = 0; i < woorden.length; i += 1) {
      let j = i + 1;
      while (j < woorden.length && TUSSENVOEGSELS.includes((woorden[j] ?? '').toLowerCase())) j += 1;
      const begin = VOORLETTER.test(ruw[i] ?? '') || HOOFDLETTERWOORD.test(woorden[i] ?? '');
      if (begin && HOOFDLETTERWOORD.test(woorden[j] ?? '')) return true;
      if (i > 0 && HOOFDLETTERWOORD.test(woorden[i] ?? '')) return true;
    }
  }
  return false;
}

/** Words that name a diagnosis, condition or medication: clinical "wat" information that belongs in the professional's own system. */
const DIAGNOSEWOORDEN = [
  'adhd', 'add', 'ass', 'autisme', 'autistisch', 'pdd-nos', 'asperger', 'dyslexie', 'dyscalculie', 'odd', 'ptss', 'ocd',
  'depressie', 'depressief', 'angststoornis', 'dwangstoornis', 'eetstoornis', 'anorexia', 'boulimia', 'borderline',
  'hechtingsstoornis', 'gedragsstoornis', 'stoornis', 'syndroom', 'tourette', 'epilepsie', 'diabetes', 'diagnose',
  'gediagnosticeerd', 'psychose', 'schizofrenie', 'bipolair', 'suïcidaal', 'automutilatie', 'zelfbeschadiging',
  'medicatie', 'ritalin', 'methylfenidaat', 'concerta', 'dexamfetamine', 'risperdal', 'risperidon', 'antidepressiva',
];

export function lijktOpDiagnose(tekst: string): boolean {
  const woorden = tekst.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  return woorden.some((woord) => DIAGNOSEWOORDEN.includes(woord) || woord.endsWith('stoornis'));
}

/** Dutch warnings for a free-text field; empty when nothing looks wrong. They warn, they do not block. */
export function waarschuwingen(tekst: string): string[] {
  const lijst: string[] = [];
  if (lijktOpNaam(tekst)) lijst.push('Lijkt een naam te bevatten: noem geen namen, gebruik rollen ("moeder", "leerkracht").');
  if (lijktOpDiagnose(tekst)) lijst.push('Lijkt een diagnose of medicatie te noemen: leg alleen vast dát er iets speelt, niet wat.');
  return lijst;
}

/**
 * Text for a card with its links disarmed: a Markdown link shows its label and address instead of becoming a
 * clickable link (a typed link could lead anyone to any site), and a bare address stops being one. Other Markdown
 * (bold, lists) only changes how the text looks, so it is left alone: escaping it would show the backslashes.
 */
export function alsPlatteTekst(tekst: string): string {
  const ontwapend = (adres: string) => adres.replace(/:\/\//, ': //');
  return tekst
    .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, adres: string) => `${label} (${ontwapend(adres)})`)
    .replace(/<(https?:\/\/[^>]*)>/gi, (_m, adres: string) => ontwapend(adres))
    .replace(/\bhttps?:\/\/\S+/gi, (adres) => ontwapend(adres));
}

/**
 * The least age information the consent rules need (under 12, 12–15, 16+ on the day consent is asked). While a case
 * is open that is the birth date (consent can be asked or asked again on any day); once it is closed only the age
 * on the closing day remains.
 */
export function leeftijdBijAfsluiten(gegeven: Leeftijdsgegeven, datum: LocalDate): Leeftijdsgegeven {
  if (!('geboortedatum' in gegeven)) return gegeven;
  return { leeftijd: leeftijdOp(gegeven.geboortedatum, datum), peildatum: datum };
}
