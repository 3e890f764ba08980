import { Template } from 'adaptivecards-templating';
import { KaartModellen, KaartNaam, SJABLONEN } from './modellen';
import { metOnbreekbareDatums } from './onbreekbaar';

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly [veld: string]: unknown;
}

/**
 * Prepared templates, one per card: `new Template(...)` parses every `${...}` expression of the card, which was a
 * third of a decision's CPU when done per render. A Template keeps no state between `expand` calls.
 */
const voorbereid = new Map<KaartNaam, Template>();

/** The one way to make a card: expand the template with its typed data (tests validate every template); dates in it never wrap. */
export function renderKaart<K extends KaartNaam>(naam: K, data: KaartModellen[K]): AdaptiveCard {
  let sjabloon = voorbereid.get(naam);
  if (!sjabloon) {
    sjabloon = new Template(SJABLONEN[naam]);
    voorbereid.set(naam, sjabloon);
  }
  return metOnbreekbareDatums(sjabloon.expand({ $root: data }) as AdaptiveCard);
}
