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
