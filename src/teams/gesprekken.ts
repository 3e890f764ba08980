import { Activity } from 'botbuilder';
import { KanaalOpslag } from '../app/ports';
import { Gespreksreferentie, Kanaal } from '../domain/kanaal';
import { Logger } from '../log';

interface TeamsKanaalData {
  channel?: { id?: string; name?: string };
  team?: { id?: string; name?: string };
  eventType?: string;
}

function kanaalData(activity: Partial<Activity>): TeamsKanaalData {
  return (activity.channelData ?? {}) as TeamsKanaalData;
}

/** A channel post's conversation id is "<channel>;messageid=<post>"; the channel itself is what we bind. */
export function gespreksId(activity: Partial<Activity>): string {
  const data = kanaalData(activity);
  return data.channel?.id ?? (activity.conversation?.id ?? '').split(';')[0] ?? '';
}

export function isKanaal(activity: Partial<Activity>): boolean {
  return activity.conversation?.conversationType === 'channel';
}

export function referentieVan(activity: Partial<Activity>): Gespreksreferentie {
  const data = kanaalData(activity);
  return {
    serviceUrl: activity.serviceUrl ?? '',
    conversationId: gespreksId(activity),
    channelId: activity.channelId ?? 'msteams',
    botId: activity.recipient?.id ?? '',
    botNaam: activity.recipient?.name,
    teamsKanaalId: data.channel?.id,
    teamId: data.team?.id,
  };
}

/**
 * Keeps stored conversation references current from every incoming activity: a new serviceUrl is taken over, a
 * conversation marked unusable comes back to life when the person or channel talks to the bot again, and every
 * 1:1 chat is remembered so reminders can reach that person later.
 */
export async function houdGesprekBij(activity: Partial<Activity>, kanalen: KanaalOpslag, tenantId: string, nu: Date): Promise<void> {
  const id = gespreksId(activity);
  if (!id || !activity.serviceUrl) return;
  const bestaand = await kanalen.lees(tenantId, id);
  const referentie = referentieVan(activity);
  if (bestaand) {
    if (bestaand.bruikbaar && bestaand.referentie.serviceUrl === referentie.serviceUrl) return;
    await kanalen.bewaar({ ...bestaand, referentie: { ...bestaand.referentie, serviceUrl: referentie.serviceUrl }, bruikbaar: true, onbruikbaarReden: undefined, bijgewerkt: nu.toISOString() });
    return;
  }
  if (activity.conversation?.conversationType === 'personal' && activity.from?.aadObjectId) {
    const kanaal: Kanaal = {
      id,
      tenantId,
      soort: 'persoonlijk',
      naam: activity.from.name ?? '',
      referentie,
      aadObjectId: activity.from.aadObjectId,
      bruikbaar: true,
      bijgewerkt: nu.toISOString(),
    };
    await kanalen.bewaar(kanaal);
  }
}

/** The bot was removed from a team or chat, or the team was deleted: forget the bindings there. */
export async function vergeetGesprek(activity: Partial<Activity>, kanalen: KanaalOpslag, tenantId: string, log: Logger): Promise<void> {
  const teamId = kanaalData(activity).team?.id;
  const soorten = ['schakelteam', 'team_no', 'loket'] as const;
  for (const soort of soorten) {
    for (const kanaal of await kanalen.vanSoort(tenantId, soort)) {
      if ((teamId && kanaal.referentie.teamId === teamId) || kanaal.id === gespreksId(activity)) {
        await kanalen.verwijder(tenantId, kanaal.id);
        log.info('kanaalkoppeling verwijderd', { soort });
      }
    }
  }
}

/** A renamed team keeps its bindings; only the shown name changes. */
export async function hernoemTeam(activity: Partial<Activity>, kanalen: KanaalOpslag, tenantId: string, nu: Date): Promise<void> {
  const team = kanaalData(activity).team;
  if (!team?.id || !team.name) return;
  for (const soort of ['schakelteam', 'team_no', 'loket'] as const) {
    for (const kanaal of await kanalen.vanSoort(tenantId, soort)) {
      if (kanaal.referentie.teamId === team.id) await kanalen.bewaar({ ...kanaal, naam: team.name, bijgewerkt: nu.toISOString() });
    }
  }
}
