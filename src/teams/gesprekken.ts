import { Activity } from 'botbuilder';
import { Binnenkomend } from '../app/gesprekken';
import { Gespreksreferentie } from '../domain/kanaal';

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

/** What conversation upkeep needs from an incoming activity; undefined when it names no reachable conversation. */
export function binnenkomendVan(activity: Partial<Activity>, tenantId: string): Binnenkomend | undefined {
  const gesprekId = gespreksId(activity);
  const serviceUrl = activity.serviceUrl;
  if (!gesprekId || !serviceUrl) return undefined;
  const aadObjectId = activity.conversation?.conversationType === 'personal' ? activity.from?.aadObjectId : undefined;
  return {
    tenantId,
    gesprekId,
    referentie: referentieVan(activity),
    // Teams may move a conversation to another service endpoint: take the new serviceUrl over.
    verhuisd: (opgeslagen) => (opgeslagen.serviceUrl === serviceUrl ? undefined : { ...opgeslagen, serviceUrl }),
    ...(aadObjectId ? { persoonlijk: { aadObjectId, naam: activity.from?.name ?? '' } } : {}),
  };
}

/** The team an activity is about (installation removed, team deleted or renamed). */
export function teamVan(activity: Partial<Activity>): { readonly id?: string; readonly name?: string } | undefined {
  return kanaalData(activity).team;
}
