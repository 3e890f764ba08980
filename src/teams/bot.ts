import {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  CardFactory,
  SearchInvokeResponse,
  SearchInvokeValue,
  TaskModuleRequest,
  TaskModuleResponse,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { Dialoog, Formulieruitkomst } from './dialogen/dialoog';
import { ONBEKEND_FORMULIER, vindDialoog } from './dialogen/register';
import { Logger } from '../log';
import { beurtContext } from './beurt';
import { Bereik, BeurtContext, Commando, Gesprek, InvokeAntwoord, KaartActie } from './context';
import { TeamsDiensten } from './diensten';
import { alsMelding } from './fouten';
import { persoonVan } from './persoon';
import { binnenkomendVan, gespreksId, teamVan } from './gesprekken';
import { ZOEKSETS } from './verbs';

const WELKOM =
  'Hallo! Ik ben de bot van Team Schoolondersteuning. Met mij registreert u een hulpvraag, beslist het ' +
  'schakelteam over de regierol en houdt u toestemming en evaluaties bij.';

/** How the app's verbs look (verbs.ts: "hulpvraag.besluiten"); an old card's retired verb has the same shape. */
const VERBVORM = /^[a-z]{1,20}\.[a-z]{1,30}$/;

const BEREIK: Record<Gesprek['soort'], Bereik> = { persoonlijk: 'personal', kanaal: 'team', groep: 'groupChat' };

const WAAR: Record<Bereik, string> = {
  personal: 'in uw persoonlijke chat met de bot',
  team: 'in een kanaal van een team (noem daar de bot met @)',
  groupChat: 'in een groepschat (noem daar de bot met @)',
};

/** In a channel or group chat the bot only hears messages that @mention it: the welcome there says so, with its name. */
function welkom(gesprek: Gesprek, botNaam: string | undefined): string {
  if (gesprek.soort === 'persoonlijk') return `${WELKOM} Typ **help** om te zien wat ik kan.`;
  return `${WELKOM} Hier hoor ik alleen berichten waarin u mij noemt: typ **@${botNaam ?? 'Schoolondersteuning'} help** (typ @ en kies mij uit de lijst).`;
}

function nietHier(commando: Commando): string {
  return `"${commando.woorden}" werkt alleen ${commando.bereik.map((b) => WAAR[b]).join(' of ')}. Typ het daar opnieuw.`;
}

export function normaliseer(tekst: string): string {
  return tekst.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The command whose words start the text; the longest match wins ("casus" vs "casussen"). */
export function vindCommando(commandos: readonly Commando[], tekst: string): { commando: Commando; rest: string } | undefined {
  const genormaliseerd = normaliseer(tekst);
  const kandidaten = commandos
    .filter((c) => genormaliseerd === c.woorden || genormaliseerd.startsWith(`${c.woorden} `))
    .sort((a, b) => b.woorden.length - a.woorden.length);
  const commando = kandidaten[0];
  if (!commando) return undefined;
  return { commando, rest: tekst.trim().replace(/\s+/g, ' ').slice(commando.woorden.length).trim() };
}

export function alsInvokeAntwoord(antwoord: InvokeAntwoord): AdaptiveCardInvokeResponse {
  return antwoord.soort === 'kaart'
    ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: antwoord.kaart }
    : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: antwoord.tekst as unknown as Record<string, unknown> };
}

/** The registries the bot dispatches to: commands by their words, card actions by their verb (src/teams/register.ts). */
export interface Register {
  readonly commandos: readonly Commando[];
  readonly acties: readonly KaartActie[];
  /** The forms that open as Teams dialogs (task/fetch, task/submit), keyed by the card data's `dialoog`. */
  readonly dialogen: readonly Dialoog[];
}

/** A dialog answer as Teams expects it: the form (again), a short message, or {} which closes the dialog. */
export function alsDialoogAntwoord(uitkomst: Formulieruitkomst): TaskModuleResponse {
  switch (uitkomst.soort) {
    case 'formulier':
      return { task: { type: 'continue', value: { title: uitkomst.titel, width: 'large', height: 'large', card: CardFactory.adaptiveCard(uitkomst.kaart) } } };
    case 'bericht':
      return { task: { type: 'message', value: uitkomst.tekst } };
    case 'klaar':
      return {};
  }
}

/** Only dispatches: commands and card verbs are looked up in their registries, the handlers do the work. */
export class SchoolondersteuningBot extends TeamsActivityHandler {
  private readonly acties: ReadonlyMap<string, KaartActie>;
  private readonly commandos: readonly Commando[];
  private readonly dialogen: readonly Dialoog[];

  constructor(
    private readonly diensten: TeamsDiensten,
    { commandos, acties, dialogen }: Register,
    private readonly log: Logger,
  ) {
    super();
    this.dialogen = dialogen;
    this.acties = new Map(acties.map((actie) => [actie.verb, actie]));
    this.commandos = commandos;

    this.onMessage(async (turn, next) => {
      await this.bijBericht(turn);
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await turn.sendActivity(welkom(this.context(turn).gesprek, turn.activity.recipient?.name));
      await next();
    });
    const vergeet = (turn: TurnContext) =>
      this.diensten.vergeetGesprek(persoonVan(turn.activity).tenantId, gespreksId(turn.activity), teamVan(turn.activity)?.id);
    this.onInstallationUpdateRemove(async (turn, next) => {
      await vergeet(turn);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (_team, turn, next) => {
      await vergeet(turn);
      await next();
    });
    this.onTeamsMembersRemovedEvent(async (leden, team, turn, next) => {
      // The bot's own removal is an installationUpdate; here only people who left the team count.
      const tenantId = persoonVan(turn.activity).tenantId;
      for (const lid of leden.filter((l) => l.id !== turn.activity.recipient?.id && l.aadObjectId)) {
        if (team.id && lid.aadObjectId) await this.diensten.lidUitTeam(tenantId, team.id, lid.aadObjectId, turn.activity.id);
      }
      await next();
    });
    this.onTeamsTeamRenamedEvent(async (_team, turn, next) => {
      const team = teamVan(turn.activity);
      if (team?.id && team.name) await this.diensten.hernoemTeam(persoonVan(turn.activity).tenantId, { id: team.id, naam: team.name });
      await next();
    });
  }

  /** Every activity first refreshes the stored conversation reference (new serviceUrl, revived conversation). */
  override async run(turn: TurnContext): Promise<void> {
    const binnen = binnenkomendVan(turn.activity, persoonVan(turn.activity).tenantId);
    if (binnen) {
      await this.diensten.houdGesprekBij(binnen).catch((error: unknown) =>
        this.log.warn('gespreksreferentie bijwerken mislukt', { fout: error instanceof Error ? error.name : 'onbekend' }),
      );
    }
    await super.run(turn);
  }

  private context(turn: TurnContext): BeurtContext {
    return beurtContext(turn, this.diensten, this.commandos, this.log);
  }

  private async bijBericht(turn: TurnContext): Promise<void> {
    // In channels the text starts with "<at>bot</at>"; strip it (only possible when Teams says who the bot is).
    const tekst = (turn.activity.recipient ? TurnContext.removeRecipientMention(turn.activity) : turn.activity.text) ?? '';
    const gevonden = vindCommando(this.commandos, tekst);
    if (!gevonden) {
      await turn.sendActivity('Dat begrijp ik niet. Typ **help** voor de opdrachten die ik ken.');
      return;
    }
    const context = this.context(turn);
    if (!gevonden.commando.bereik.includes(BEREIK[context.gesprek.soort])) {
      await turn.sendActivity(nietHier(gevonden.commando));
      return;
    }
    try {
      await gevonden.commando.voerUit(context, gevonden.rest);
    } catch (error) {
      const melding = alsMelding(error, this.log, { commando: gevonden.commando.woorden, activiteit: turn.activity.id ?? '' });
      await turn.sendActivity(melding.tekst);
    }
  }

  protected override async onAdaptiveCardInvoke(
    turn: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb ?? '';
    const actie = this.acties.get(verb);
    if (!actie) {
      // The verb comes from the client: only a verb-shaped value is logged, never a sentence someone put there.
      this.log.warn('onbekende kaartactie', { code: 'KAART.ONBEKENDE_ACTIE', verb: VERBVORM.test(verb) ? verb : 'onleesbaar' });
      return alsInvokeAntwoord({ soort: 'bericht', tekst: 'Deze knop ken ik niet (meer). Typ help.' });
    }
    try {
      return alsInvokeAntwoord(await actie.voerUit(this.context(turn), invokeValue.action.data));
    } catch (error) {
      const melding = alsMelding(error, this.log, { verb, activiteit: turn.activity.id ?? '' });
      return alsInvokeAntwoord({ soort: 'bericht', tekst: melding.tekst });
    }
  }

  /**
   * The people picker's typeahead (Data.Query with the bot's own dataset): the people the bot knows in this tenant
   * and its partner tenants whose name matches what was typed. A failure answers an empty list, never an error card.
   */
  protected override async onSearchInvoke(turn: TurnContext, zoek: SearchInvokeValue): Promise<SearchInvokeResponse> {
    const antwoord = (results: { title: string; value: string }[]): SearchInvokeResponse => ({
      statusCode: 200,
      type: 'application/vnd.microsoft.search.searchResponse',
      value: { results },
    });
    if (zoek.dataset !== ZOEKSETS.collegas) return antwoord([]);
    try {
      const gevonden = await this.diensten.zoekCollegas(persoonVan(turn.activity), String(zoek.queryText));
      return antwoord(gevonden.map((c) => ({ title: c.naam, value: c.aadObjectId })));
    } catch (error) {
      alsMelding(error, this.log, { zoek: zoek.dataset, activiteit: turn.activity.id ?? '' });
      return antwoord([]);
    }
  }

  protected override handleTeamsTaskModuleFetch(turn: TurnContext, verzoek: TaskModuleRequest): Promise<TaskModuleResponse> {
    return this.dialoogStap(turn, verzoek, 'open');
  }

  protected override handleTeamsTaskModuleSubmit(turn: TurnContext, verzoek: TaskModuleRequest): Promise<TaskModuleResponse> {
    return this.dialoogStap(turn, verzoek, 'verstuur');
  }

  /** Opens or saves a dialog; after a save the card the dialog was opened from shows the new state. */
  private async dialoogStap(turn: TurnContext, verzoek: TaskModuleRequest, stap: 'open' | 'verstuur'): Promise<TaskModuleResponse> {
    const dialoog = vindDialoog(this.dialogen, verzoek.data);
    if (!dialoog) return alsDialoogAntwoord({ soort: 'bericht', tekst: ONBEKEND_FORMULIER });
    const context = this.context(turn);
    try {
      const uitkomst = stap === 'open' ? await dialoog.open(context, verzoek.data, 'dialoog') : await dialoog.verstuur(context, verzoek.data, 'dialoog');
      if (uitkomst.soort === 'klaar') await context.werkBronkaartBij(uitkomst.kaart);
      return alsDialoogAntwoord(uitkomst);
    } catch (error) {
      const melding = alsMelding(error, this.log, { dialoog: dialoog.naam, activiteit: turn.activity.id ?? '' });
      return alsDialoogAntwoord({ soort: 'bericht', tekst: melding.tekst });
    }
  }
}
