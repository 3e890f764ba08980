import {
  AdaptiveCardInvokeResponse,
  AdaptiveCardInvokeValue,
  TeamsActivityHandler,
  TurnContext,
} from 'botbuilder';
import { Logger } from '../log';
import { BeurtContext, Commando, InvokeAntwoord, KaartActie } from './context';
import { TeamsDiensten } from './diensten';
import { alsMelding } from './fouten';
import { persoonVan } from './persoon';
import { hernoemTeam, houdGesprekBij, vergeetGesprek } from './gesprekken';

const WELKOM =
  'Hallo! Ik ben de bot van Team Schoolondersteuning. Met mij registreert u een hulpvraag, beslist het ' +
  'schakelteam over de regierol en houdt u toestemming en evaluaties bij. Typ **help** om te zien wat ik kan.';

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

/** Only dispatches: commands and card verbs are looked up in their registries, the handlers do the work. */
export class SchoolondersteuningBot extends TeamsActivityHandler {
  private readonly acties: ReadonlyMap<string, KaartActie>;

  constructor(
    private readonly diensten: TeamsDiensten,
    acties: readonly KaartActie[],
    private readonly log: Logger,
  ) {
    super();
    this.acties = new Map(acties.map((actie) => [actie.verb, actie]));

    this.onMessage(async (turn, next) => {
      await this.bijBericht(turn);
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await turn.sendActivity(WELKOM);
      await next();
    });
    this.onInstallationUpdateRemove(async (turn, next) => {
      await vergeetGesprek(turn.activity, this.diensten.kanalen, persoonVan(turn.activity).tenantId, this.log);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (_team, turn, next) => {
      await vergeetGesprek(turn.activity, this.diensten.kanalen, persoonVan(turn.activity).tenantId, this.log);
      await next();
    });
    this.onTeamsTeamRenamedEvent(async (_team, turn, next) => {
      await hernoemTeam(turn.activity, this.diensten.kanalen, persoonVan(turn.activity).tenantId, this.diensten.route.klok.nu());
      await next();
    });
  }

  /** Every activity first refreshes the stored conversation reference (new serviceUrl, revived conversation). */
  override async run(turn: TurnContext): Promise<void> {
    const tenantId = persoonVan(turn.activity).tenantId;
    await houdGesprekBij(turn.activity, this.diensten.kanalen, tenantId, this.diensten.route.klok.nu()).catch((error: unknown) =>
      this.log.warn('gespreksreferentie bijwerken mislukt', { fout: error instanceof Error ? error.name : 'onbekend' }),
    );
    await super.run(turn);
  }

  private context(turn: TurnContext): BeurtContext {
    return { turn, persoon: persoonVan(turn.activity), diensten: this.diensten, log: this.log };
  }

  private async bijBericht(turn: TurnContext): Promise<void> {
    // In channels the text starts with "<at>bot</at>"; strip it (only possible when Teams says who the bot is).
    const tekst = (turn.activity.recipient ? TurnContext.removeRecipientMention(turn.activity) : turn.activity.text) ?? '';
    const gevonden = vindCommando(this.diensten.commandos, tekst);
    if (!gevonden) {
      await turn.sendActivity('Dat begrijp ik niet. Typ **help** voor de opdrachten die ik ken.');
      return;
    }
    try {
      await gevonden.commando.voerUit(this.context(turn), gevonden.rest);
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
      this.log.warn('onbekende kaartactie', { verb });
      return alsInvokeAntwoord({ soort: 'bericht', tekst: 'Deze knop ken ik niet (meer). Typ help.' });
    }
    try {
      return alsInvokeAntwoord(await actie.voerUit(this.context(turn), invokeValue.action.data));
    } catch (error) {
      const melding = alsMelding(error, this.log, { verb, activiteit: turn.activity.id ?? '' });
      return alsInvokeAntwoord({ soort: 'bericht', tekst: melding.tekst });
    }
  }
}
