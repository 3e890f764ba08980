import { Template } from 'adaptivecards-templating';
import { KaartModellen, KaartNaam, SJABLONEN } from './modellen';

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly version: string;
  readonly [veld: string]: unknown;
}

/** The one way to make a card: expand the template with its typed data (tests validate every template). */
export function renderKaart<K extends KaartNaam>(naam: K, data: KaartModellen[K]): AdaptiveCard {
  return new Template(SJABLONEN[naam]).expand({ $root: data }) as AdaptiveCard;
}
