/* The UMD build is the one that loads in Node without a DOM; its types come from the package's lib/. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.min.js') as typeof import('adaptivecards');

export interface Kaartcontrole {
  readonly problemen: string[];
}

/** Parses a card as Teams' renderer would (Adaptive Cards 1.5) and lists every problem, plus any unbound `${...}`. */
export function controleerKaart(kaart: unknown): Kaartcontrole {
  const problemen: string[] = [];
  const tekst = JSON.stringify(kaart);
  const ongebonden = tekst.match(/\$\{[^}]*\}/g);
  if (ongebonden) problemen.push(`ongebonden velden: ${ongebonden.join(', ')}`);
  const json = kaart as { version?: string; type?: string };
  if (json.type !== 'AdaptiveCard') problemen.push('type is geen AdaptiveCard');
  if (json.version !== '1.5') problemen.push(`versie ${json.version ?? '?'} in plaats van 1.5`);

  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(kaart, context);
  for (let i = 0; i < context.eventCount; i++) problemen.push(`parse: ${context.getEventAt(i).message}`);
  for (const gebeurtenis of card.validateProperties().validationEvents) problemen.push(`validatie: ${gebeurtenis.message}`);
  // The people picker ("choices.data" with a Data.Query) is a Teams extension that Teams supports on 1.5 cards and
  // fills at run time, so the generic renderer's complaints about it are not problems in Teams.
  const mensenkiezers = (tekst.match(/"choices\.data"/g) ?? []).length;
  let lege = mensenkiezers;
  return {
    problemen: problemen.filter((p) => {
      if (p.includes('"choices.data" is supported in version 1.6')) return false;
      if (p.includes('must have at least one choice') && lege > 0) {
        lege--;
        return false;
      }
      return true;
    }),
  };
}

/** Every text a person sees on a card: texts, titles, labels, facts, choices, placeholders (not ids, verbs or data). */
export function zichtbareTeksten(kaart: unknown): string[] {
  const teksten: string[] = [];
  const loop = (knoop: unknown, sleutel = ''): void => {
    if (Array.isArray(knoop)) knoop.forEach((k) => loop(k, sleutel));
    else if (knoop && typeof knoop === 'object') {
      const object = knoop as Record<string, unknown>;
      for (const veld of ['text', 'title', 'label', 'placeholder', 'errorMessage']) if (typeof object[veld] === 'string') teksten.push(object[veld]);
      if (sleutel === 'facts' && typeof object.value === 'string') teksten.push(object.value);
      for (const [naam, waarde] of Object.entries(object)) if (naam !== 'data' && naam !== 'refresh') loop(waarde, naam);
    }
  };
  loop(kaart);
  return teksten;
}

/** Anything technical in what a person sees: codes, ids, internal names, ISO dates, English raw values. */
export function technischeResten(kaart: unknown): string[] {
  const patronen = [
    /\b[a-z]+(?:_[a-z]+)+\b/, // internal names: regierol_actief, een_ouder, doel_bijgesteld
    /\b[A-Z]{3,}\.[A-Z_]{3,}\b/, // error codes: HULPVRAAG.VEROUDERD
    /\b(?:hv|st|aad)-[0-9a-z-]{3,}/, // ids
    /\b\d{4}-\d{2}-\d{2}\b/, // ISO dates: people read "13 januari 2027"
    /\b(?:true|false|undefined|null|NaN|given|refused|withdrawn|pending|accepted|declined|Invalid input)\b/,
  ];
  return zichtbareTeksten(kaart).filter((tekst) => patronen.some((p) => p.test(tekst)));
}

/**
 * A text as it stands on a card: the dates in it held together by non-breaking spaces (src/teams/kaarten/onbreekbaar.ts),
 * so "vóór 13 januari 2027" never wraps between day, month and year. Tests write dates as people read them and
 * compare card text through this.
 */
export function opKaart(tekst: string): string {
  return tekst.replace(/(\d{1,2}) ([a-z]+) (\d{4})/g, '$1\u00a0$2\u00a0$3');
}
