import { z } from 'zod';
import { Lezer } from '../app/overzicht';
import { Client } from '../domain/audit';
import { BeurtOmgeving } from '../domain/beurttermijn';
import { Hulpvraag } from '../domain/hulpvraag';
import { Gespreksreferentie } from '../domain/kanaal';
import { LocalDate, datumInAmsterdam } from '../domain/tijd';
import { Discipline, Persoon } from '../domain/personen';
import { Logger } from '../log';
import { TeamsDiensten } from './diensten';
import { AdaptiveCard } from './kaarten/render';

export interface GekozenPersoon extends Persoon {
  readonly teamsId?: string;
  readonly discipline?: Discipline;
}

/** The conversation a turn happens in: a 1:1 chat with the bot, a channel of a team, or a group chat. */
export interface Gesprek {
  readonly soort: 'persoonlijk' | 'kanaal' | 'groep';
  /** For a channel: the channel id (without ";messageid=…"). */
  readonly id: string;
  /** The opaque handle to reach this conversation later (stored when a channel is bound). */
  readonly referentie: Gespreksreferentie;
  /** For a channel: the team it belongs to. */
  readonly teamId?: string;
}

/**
 * What every command and card action gets: who acts, where, the use cases, and how to answer. No SDK types: the
 * one implementation (beurt.ts, next to bot.ts) translates to and from botbuilder.
 */
export interface BeurtContext {
  readonly persoon: Persoon;
  readonly gesprek: Gesprek;
  readonly diensten: TeamsDiensten;
  /** The registered commands (help lists them). */
  readonly commandos: readonly Commando[];
  readonly log: Logger;
  /** Sends a message into this conversation: text, or one or more cards. */
  stuur(bericht: string | { readonly kaarten: readonly AdaptiveCard[] }): Promise<void>;
  /**
   * Replaces the message whose button opened a dialog with `kaart` (after a dialog was saved, in a personal or group
   * chat). Channels are left alone: their card is the base card that the use case already updated.
   */
  werkBronkaartBij(kaart: AdaptiveCard): Promise<void>;
  /** Resolves ids from the people picker to people with name and Teams id. */
  kiesPersonen(ids: readonly string[]): Promise<GekozenPersoon[]>;
}

/** Where a command works, in the manifest's words: personal chat, a team channel, a group chat. */
export type Bereik = 'personal' | 'team' | 'groupChat';

export interface Commando {
  /** Lower-case words that start the command, e.g. "nieuwe hulpvraag". */
  readonly woorden: string;
  readonly uitleg: string;
  /** The manifest offers the command exactly here (a test compares), and the bot refuses it elsewhere. */
  readonly bereik: readonly Bereik[];
  /** `rest` is what followed the command words (e.g. the case number). */
  voerUit(context: BeurtContext, rest: string): Promise<void>;
}

/** An invoke answer as Teams expects it for `adaptiveCard/action`. */
export type InvokeAntwoord =
  | { readonly soort: 'kaart'; readonly kaart: AdaptiveCard }
  | { readonly soort: 'bericht'; readonly tekst: string };

export interface KaartActie {
  readonly verb: string;
  /** The form this verb submits: the one schema of its inputs (a test keeps the template's Input ids equal to it). */
  readonly formulier?: z.ZodObject;
  voerUit(context: BeurtContext, data: unknown): Promise<InvokeAntwoord>;
}

const CLIENT: Record<Gesprek['soort'], Client> = { persoonlijk: 'teams-persoonlijk', kanaal: 'teams-kanaal', groep: 'teams-groepschat' };

/** Who acts and through which client, as the audit log records it. */
export function wieVan(context: Pick<BeurtContext, 'persoon' | 'gesprek'>): Lezer {
  return { persoon: context.persoon, via: CLIENT[context.gesprek.soort] };
}

/** The people picker submits ids comma-separated: AAD object ids in Teams, configured user ids in the Playground. */
export function splitsIds(waarde: string | undefined): string[] {
  return (waarde ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

type Kaartopties = { readonly vandaag: LocalDate; readonly dialogen: boolean; readonly beurttermijnen: BeurtOmgeving };

/** What every card rendered in a turn needs: today's date, how its forms open and the limits of its deadlines. */
export function kaartOpties(context: BeurtContext): Kaartopties {
  const { diensten } = context;
  return { vandaag: datumInAmsterdam(diensten.nu()), dialogen: diensten.dialogen, beurttermijnen: diensten.beurttermijnen };
}

/**
 * kaartOpties for the card of `h`: a case waiting for its first decision also names its meeting, from its team's
 * rhythm as the binding holds it now (one read, only for such a case; domain/eerste-bespreking.ts).
 */
export async function kaartOptiesVoor(context: BeurtContext, h: Hulpvraag | undefined): Promise<Kaartopties> {
  const opties = kaartOpties(context);
  const overleg = h && (await context.diensten.overlegstand(h));
  return overleg ? { ...opties, beurttermijnen: { ...opties.beurttermijnen, overleg } } : opties;
}
