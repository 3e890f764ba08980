import { Activity } from 'botbuilder';
import { Persoon } from '../domain/personen';

/** Who clicked or typed: tenant plus AAD object id (the Playground has no AAD id; its user id stands in). */
export function persoonVan(activity: Activity): Persoon {
  const channelData = (activity.channelData ?? {}) as { tenant?: { id?: string } };
  const tenantId = activity.conversation?.tenantId ?? channelData.tenant?.id ?? 'lokaal';
  return {
    tenantId,
    aadObjectId: activity.from?.aadObjectId ?? activity.from?.id ?? 'onbekend',
    naam: activity.from?.name ?? 'Onbekend',
  };
}
