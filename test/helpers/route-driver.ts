import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from '../../src/index';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, TestGebruiker, bericht, dialoogStap, installatie, klik, zoekopdracht } from './activiteiten';
import { Klok } from '../../src/app/ports';
import { Logger } from '../../src/log';
import { post, startTestApp } from './app';
import { NepTeams, VerzondenActiviteit, startNepTeams } from './nep-teams';
import { VERBS } from '../../src/teams/verbs';

export type Gesprek = typeof KANAAL;

export interface InvokeAntwoord {
  readonly statusCode: number;
  readonly type: string;
  readonly value: unknown;
}

/** Drives the bot like Teams does: messages and card clicks over real HTTP, answers read from the fake connector. */
export class RouteDriver {
  constructor(
    private readonly app: App,
    readonly teams: NepTeams,
  ) {}

  async installeer(gebruiker: TestGebruiker, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<void> {
    const vanaf = this.teams.verzonden.length;
    await post(this.app, installatie(this.teams.serviceUrl, gebruiker, gesprek));
    await this.teams.wachtOp(1, vanaf);
  }

  /** Sends a message and returns what the bot answered in that conversation. */
  async zeg(gebruiker: TestGebruiker, tekst: string, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<VerzondenActiviteit> {
    const vanaf = this.teams.verzonden.length;
    const { status } = await post(this.app, bericht(this.teams.serviceUrl, gebruiker, tekst, gesprek));
    if (status !== 200) throw new Error(`HTTP ${status}`);
    const antwoorden = await this.teams.wachtOp(1, vanaf);
    const antwoord = antwoorden.find((a) => a.gesprek.startsWith(gesprek.id.split(';')[0] ?? ''));
    if (!antwoord) throw new Error('geen antwoord in dit gesprek');
    return antwoord;
  }

  async klik(gebruiker: TestGebruiker, verb: string, data: Record<string, unknown>, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<InvokeAntwoord> {
    const { status, body } = await post(this.app, klik(this.teams.serviceUrl, gebruiker, verb, data, gesprek));
    if (status !== 200) throw new Error(`HTTP ${status}`);
    // The notifications that follow a click are sent right after its answer: wait for them, as a user would.
    await this.app.rustig();
    return body as InvokeAntwoord;
  }

  /** Presses a button on `kaart` (the card carries the case and the version it shows), with the form's input. */
  klikOp(kaart: unknown, gebruiker: TestGebruiker, verb: string, invoer: Record<string, string> = {}, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<InvokeAntwoord> {
    return this.klik(gebruiker, verb, { ...casusData(kaart), ...invoer }, gesprek);
  }

  /** The same, returning the card (or text) the clicker gets back. */
  async kaartNaKlik(kaart: unknown, gebruiker: TestGebruiker, verb: string, invoer: Record<string, string> = {}, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<unknown> {
    return (await this.klikOp(kaart, gebruiker, verb, invoer, gesprek)).value;
  }

  /** Without Teams dialogs (the Playground): opens form `dialoog` in place from its button on `kaart`; returns the form or a sentence. */
  async openInPlaats(kaart: unknown, gebruiker: TestGebruiker, dialoog: string, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<unknown> {
    const data = dialoogknop(kaart, dialoog);
    if (!data) throw new Error(`geen knop voor ${dialoog}`);
    return (await this.klik(gebruiker, VERBS.dialoogOpenen, data, gesprek)).value;
  }

  /** Saves a form opened in place with what was typed; returns the card (or sentence) the clicker gets back. */
  async slaOp(formulier: unknown, gebruiker: TestGebruiker, invoer: Record<string, string>, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<unknown> {
    return (await this.klik(gebruiker, VERBS.dialoogOpslaan, { ...actieData(formulier, VERBS.dialoogOpslaan), ...invoer }, gesprek)).value;
  }

  /**
   * The case's facts, people and timeline as `gebruiker` sees them: "Details en tijdlijn" (behind "Meer") opened in
   * place; the facts are no longer on the case card. A text answer when this person may not see them.
   */
  async details(kaart: unknown, gebruiker: TestGebruiker, gesprek: Gesprek = PERSOONLIJK(gebruiker)): Promise<unknown> {
    return (await this.klik(gebruiker, VERBS.dialoogOpenen, { dialoog: 'details', ...casusData(kaart) }, gesprek)).value;
  }

  /** A Teams dialog step over HTTP; returns Teams' task module answer ({} closes the dialog). */
  async dialoog(gebruiker: TestGebruiker, naam: 'task/fetch' | 'task/submit', data: Record<string, unknown>, gesprek: Gesprek = PERSOONLIJK(gebruiker), replyToId?: string): Promise<Taakantwoord> {
    const { status, body } = await post(this.app, dialoogStap(this.teams.serviceUrl, gebruiker, naam, data, gesprek, replyToId));
    if (status !== 200) throw new Error(`HTTP ${status}`);
    await this.app.rustig();
    return (body ?? {}) as Taakantwoord;
  }

  /** The people picker's typeahead: the names (and values) the bot offers for what was typed. */
  /** The case card as `gebruiker` sees it now (its buttons carry the case version). */
  bekijk(kaart: unknown, gebruiker: TestGebruiker): Promise<unknown> {
    return this.kaartNaKlik(kaart, gebruiker, VERBS.vernieuwen);
  }

  /** Opens a dialog (task/fetch) in `gebruiker`'s personal chat: the form, its title or the sentence instead. */
  async openDialoog(gebruiker: TestGebruiker, data: Record<string, unknown>): Promise<ReturnType<typeof dialoogInhoud>> {
    return dialoogInhoud(await this.dialoog(gebruiker, 'task/fetch', data));
  }

  /** Submits a dialog (task/submit) in `gebruiker`'s personal chat. */
  slaDialoogOp(gebruiker: TestGebruiker, data: Record<string, unknown>, replyToId?: string): Promise<Taakantwoord> {
    return this.dialoog(gebruiker, 'task/submit', data, PERSOONLIJK(gebruiker), replyToId);
  }

  async zoek(gebruiker: TestGebruiker, dataset: string, tekst: string): Promise<{ title: string; value: string }[]> {
    const { status, body } = await post(this.app, zoekopdracht(this.teams.serviceUrl, gebruiker, dataset, tekst));
    if (status !== 200) throw new Error(`HTTP ${status}`);
    const antwoord = body as { type?: string; value?: { results?: { title: string; value: string }[] } };
    if (antwoord.type !== 'application/vnd.microsoft.search.searchResponse') throw new Error(`geen zoekantwoord: ${JSON.stringify(body)}`);
    return antwoord.value?.results ?? [];
  }

  /** Everything sent to one conversation since index `vanaf` (POST new messages and PUT updates). */
  naar(gesprekId: string, vanaf = 0): VerzondenActiviteit[] {
    return this.teams.verzonden.slice(vanaf).filter((v) => v.gesprek === gesprekId);
  }
}

export interface Taakantwoord {
  readonly task?: { readonly type: 'continue' | 'message'; readonly value: string | { readonly title?: string; readonly card?: { readonly content: unknown } } };
}

/** The form of a dialog answer ('continue'), or the message text ('message'); undefined when the dialog closed. */
export function dialoogInhoud(antwoord: Taakantwoord): { formulier?: unknown; titel?: string; bericht?: string } {
  const taak = antwoord.task;
  if (!taak) return {};
  if (typeof taak.value === 'string') return { bericht: taak.value };
  return { formulier: taak.value.card?.content, titel: taak.value.title };
}

export function kaartVan(activiteit: VerzondenActiviteit | undefined): Record<string, unknown> {
  const bijlagen = activiteit?.activiteit.attachments as Array<{ content: Record<string, unknown> }> | undefined;
  const kaart = bijlagen?.[0]?.content;
  if (!kaart) throw new Error('geen kaart');
  return kaart;
}

export function tekstVan(kaart: unknown): string {
  return JSON.stringify(kaart);
}

/** The data of the button that opens form `dialoog` (a Teams dialog or in place), or undefined when the card has none. */
export function dialoogknop(kaart: unknown, dialoog: string): Record<string, unknown> | undefined {
  let gevonden: Record<string, unknown> | undefined;
  const zoek = (knoop: unknown): void => {
    if (gevonden || typeof knoop !== 'object' || knoop === null) return;
    const object = knoop as Record<string, unknown>;
    const data = object.data as Record<string, unknown> | undefined;
    if ((object.type === 'Action.Submit' || object.type === 'Action.Execute') && data?.dialoog === dialoog) {
      gevonden = data;
      return;
    }
    Object.values(object).forEach(zoek);
  };
  zoek(kaart);
  return gevonden;
}

/**
 * Which case and version a case card shows, as its buttons send it: the base card's "Bekijken" or, on a viewer's
 * card (a glance long, no "Bekijken"), any of its buttons.
 */
/** The data of the button on `kaart` that opens dialog `dialoog`; a test fails with the card's text when it is missing. */
export function knopVoor(kaart: unknown, dialoog: string): Record<string, unknown> {
  const data = dialoogknop(kaart, dialoog);
  if (!data) throw new Error(`geen knop voor ${dialoog} op ${tekstVan(kaart)}`);
  return data;
}

export function casusData(kaart: unknown): { hulpvraagId: string; schakelteamId: string; versie: number } {
  let gevonden: { hulpvraagId: string; schakelteamId: string; versie: number } | undefined;
  const zoek = (knoop: unknown): void => {
    if (gevonden || typeof knoop !== 'object' || knoop === null) return;
    const object = knoop as Record<string, unknown>;
    const data = object.data as Record<string, unknown> | undefined;
    if (typeof object.type === 'string' && object.type.startsWith('Action.') && typeof data?.hulpvraagId === 'string') {
      gevonden = { hulpvraagId: data.hulpvraagId, schakelteamId: String(data.schakelteamId), versie: Number(data.versie) };
      return;
    }
    Object.values(object).forEach(zoek);
  };
  zoek(kaart);
  if (!gevonden) throw new Error('geen knop van een hulpvraag op deze kaart');
  return gevonden;
}

/** The data of the first Action.Execute with `verb` anywhere in the card (the version the card shows). */
export function actieData(kaart: unknown, verb: string): Record<string, unknown> {
  let gevonden: Record<string, unknown> | undefined;
  const zoek = (knoop: unknown): void => {
    if (gevonden || typeof knoop !== 'object' || knoop === null) return;
    const object = knoop as Record<string, unknown>;
    if (object.type === 'Action.Execute' && object.verb === verb) {
      gevonden = object.data as Record<string, unknown>;
      return;
    }
    Object.values(object).forEach(zoek);
  };
  zoek(kaart);
  if (!gevonden) throw new Error(`geen knop met verb ${verb}`);
  return gevonden;
}

export { GEBRUIKERS, KANAAL, PERSOONLIJK };

/**
 * The fake Teams connector with every test user (and `extraGebruikers`, e.g. from a partner tenant), the bot on the
 * local Cosmos server, and a driver between them; `log` captures the bot's log lines (silent by default).
 */
export async function startRoute(
  klok: Klok,
  extraEnv: Readonly<Record<string, string>> = {},
  extraGebruikers: readonly TestGebruiker[] = [],
  log?: Logger,
): Promise<{ teams: NepTeams; app: App; bot: RouteDriver }> {
  const iedereen: readonly TestGebruiker[] = [...Object.values(GEBRUIKERS), ...extraGebruikers];
  const teams = await startNepTeams(iedereen.map((g) => ({ id: g.id, aadObjectId: g.aadObjectId, naam: g.naam, tenantId: g.tenantId })));
  const app = await startTestApp(klok, extraEnv, log);
  return { teams, app, bot: new RouteDriver(app, teams) };
}

/** A route whose store lives on disk (LOCAL_DATA_DIR, a fresh temporary folder), so a test can restart the bot on it. */
export async function startRouteOpSchijf(klok: Klok, extraEnv: Readonly<Record<string, string>> = {}): Promise<{ teams: NepTeams; app: App; bot: RouteDriver; env: Record<string, string> }> {
  const env = { ...extraEnv, LOCAL_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'so-route-')) };
  return { ...(await startRoute(klok, env)), env };
}

/** The bot stops and starts again on the same store (a deploy, a crash), with the same fake Teams. */
export async function herstartRoute(app: App, teams: NepTeams, klok: Klok, env: Readonly<Record<string, string>>): Promise<{ app: App; bot: RouteDriver }> {
  await app.stop();
  const nieuw = await startTestApp(klok, env);
  return { app: nieuw, bot: new RouteDriver(nieuw, teams) };
}

/** Stops the bot and the fake Teams, and removes the store on disk. */
export async function stopRouteOpSchijf(app: App, teams: NepTeams, env: Readonly<Record<string, string>>): Promise<void> {
  await app.stop();
  await teams.stop();
  rmSync(env.LOCAL_DATA_DIR ?? '', { recursive: true, force: true });
}
