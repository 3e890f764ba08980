import { TurnContext } from 'botbuilder';
import { AdaptiveCard } from './kaarten/render';
import { Persoon } from '../domain/personen';
import { Logger } from '../log';
import { TeamsDiensten } from './diensten';

/** What every command and card action gets: the turn, who acts, and the app's services. */
export interface BeurtContext {
  readonly turn: TurnContext;
  readonly persoon: Persoon;
  readonly diensten: TeamsDiensten;
  readonly log: Logger;
}

export interface Commando {
  /** Lower-case words that start the command, e.g. "nieuwe hulpvraag". */
  readonly woorden: string;
  readonly uitleg: string;
  /** `rest` is what followed the command words (e.g. the case number). */
  voerUit(context: BeurtContext, rest: string): Promise<void>;
}

/** An invoke answer as Teams expects it for `adaptiveCard/action`. */
export type InvokeAntwoord =
  | { readonly soort: 'kaart'; readonly kaart: AdaptiveCard }
  | { readonly soort: 'bericht'; readonly tekst: string };

export interface KaartActie {
  readonly verb: string;
  voerUit(context: BeurtContext, data: unknown): Promise<InvokeAntwoord>;
}
