import { CardFactory, TeamsInfo, TurnContext } from 'botbuilder';
import { Persoon } from '../domain/personen';
import { Logger } from '../log';
import { BeurtContext, Commando, GekozenPersoon, Gesprek } from './context';
import { TeamsDiensten } from './diensten';
import { gespreksId, referentieVan, teamVan } from './gesprekken';
import { persoonVan } from './persoon';

function gesprekVan(turn: TurnContext): Gesprek {
  const type = turn.activity.conversation?.conversationType;
  return {
    soort: type === 'personal' ? 'persoonlijk' : type === 'channel' ? 'kanaal' : 'groep',
    id: gespreksId(turn.activity),
    referentie: referentieVan(turn.activity),
    teamId: teamVan(turn.activity)?.id,
  };
}

/**
 * Resolves picked ids to people with name and Teams id: first as members of the current conversation (Teams' own
 * picker in a channel or group chat, and the Playground: one getMember, which also gives the Teams id), then among
 * the people the bot knows (what its own typeahead offered, possibly from a partner tenant; several queries, so only
 * asked when Teams does not know the id here, e.g. in a 1:1 chat). Anyone else keeps the id and a name that says
 * so, rather than refusing.
 */
async function kiesPersonen(turn: TurnContext, diensten: TeamsDiensten, persoon: Persoon, ids: readonly string[]): Promise<GekozenPersoon[]> {
  let bekend: Promise<readonly GekozenPersoon[]> | undefined;
  return Promise.all(
    ids.map(async (id) => {
      try {
        const lid = await TeamsInfo.getMember(turn, id);
        // A guest keeps the school's tenant; a shared-channel member from a partner organisation their own.
        return { tenantId: lid.tenantId ?? persoon.tenantId, aadObjectId: lid.aadObjectId ?? id, naam: lid.name ?? 'Collega', teamsId: lid.id };
      } catch {
        const collega = (await (bekend ??= diensten.collegas(persoon))).find((c) => c.aadObjectId === id);
        return collega ?? { tenantId: persoon.tenantId, aadObjectId: id, naam: `Collega (${id.slice(0, 8)})` };
      }
    }),
  );
}

/** The one translation of a botbuilder turn into what handlers see. */
export function beurtContext(turn: TurnContext, diensten: TeamsDiensten, commandos: readonly Commando[], log: Logger): BeurtContext {
  const persoon = persoonVan(turn.activity);
  const gesprek = gesprekVan(turn);
  return {
    persoon,
    gesprek,
    diensten,
    commandos,
    log,
    async stuur(bericht) {
      await turn.sendActivity(typeof bericht === 'string' ? bericht : { attachments: bericht.kaarten.map((k) => CardFactory.adaptiveCard(k)) });
    },
    async werkBronkaartBij(kaart) {
      const id = turn.activity.replyToId;
      if (!id || gesprek.soort === 'kanaal') return;
      await turn.updateActivity({ id, type: 'message', attachments: [CardFactory.adaptiveCard(kaart)] }).catch((fout: unknown) =>
        log.warn('kaart na dialoog bijwerken mislukt', { fout: fout instanceof Error ? fout.name : 'onbekend' }),
      );
    },
    kiesPersonen: (ids) => kiesPersonen(turn, diensten, persoon, ids),
  };
}
