import { randomUUID } from 'node:crypto';

export interface TestGebruiker {
  readonly id: string;
  readonly aadObjectId: string;
  readonly naam: string;
  /** Another organisation's user (partner or foreign tenant); absent: the school's own TENANT. */
  readonly tenantId?: string;
}

export const TENANT = 'tenant-test-0001';

export const GEBRUIKERS = {
  ib: { id: '29:ib', aadObjectId: 'aad-ib', naam: 'Ingrid IB' },
  sf: { id: '29:sf', aadObjectId: 'aad-sf', naam: 'Sam Schakel' },
  smw: { id: '29:smw', aadObjectId: 'aad-smw', naam: 'Mila SMW' },
  jv: { id: '29:jv', aadObjectId: 'aad-jv', naam: 'Joost JV' },
  buiten: { id: '29:buiten', aadObjectId: 'aad-buiten', naam: 'Bert Buitenstaander' },
  loket: { id: '29:loket', aadObjectId: 'aad-loket', naam: 'Lotte Loket' },
  tno: { id: '29:tno', aadObjectId: 'aad-tno', naam: 'Tom TeamNO' },
} as const satisfies Record<string, TestGebruiker>;

interface Gesprek {
  readonly id: string;
  readonly type: 'personal' | 'channel' | 'groupChat';
}

export const PERSOONLIJK = (gebruiker: TestGebruiker): Gesprek => ({ id: `a:persoonlijk-${gebruiker.aadObjectId}`, type: 'personal' });
export const KANAAL: Gesprek = { id: '19:schakelteam@thread.tacv2', type: 'channel' };
export const TEAM_NO_KANAAL: Gesprek = { id: '19:teamno@thread.tacv2', type: 'channel' };
export const LOKET_KANAAL: Gesprek = { id: '19:loket@thread.tacv2', type: 'channel' };

function basis(serviceUrl: string, van: TestGebruiker, gesprek: Gesprek) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: van.id, aadObjectId: van.aadObjectId, name: van.naam },
    recipient: { id: '28:bot', name: 'Schoolondersteuning' },
    conversation: { id: gesprek.id, conversationType: gesprek.type, tenantId: van.tenantId ?? TENANT },
    channelData: {
      tenant: { id: van.tenantId ?? TENANT },
      ...(gesprek.type === 'channel' ? { channel: { id: gesprek.id }, team: { id: '19:team@thread.tacv2', name: 'Team Zuid' } } : {}),
    },
    locale: 'nl-NL',
  };
}

/** A Teams message; in a channel it carries the bot @mention as Teams sends it. */
export function bericht(serviceUrl: string, van: TestGebruiker, tekst: string, gesprek: Gesprek = PERSOONLIJK(van)) {
  const vermelding = '<at>Schoolondersteuning</at>';
  const inKanaal = gesprek.type !== 'personal';
  return {
    ...basis(serviceUrl, van, gesprek),
    type: 'message',
    text: inKanaal ? `${vermelding} ${tekst}` : tekst,
    entities: inKanaal
      ? [{ type: 'mention', text: vermelding, mentioned: { id: '28:bot', name: 'Schoolondersteuning' } }]
      : [],
  };
}

/** An Action.Execute click as Teams sends it (`adaptiveCard/action` invoke). */
export function klik(serviceUrl: string, van: TestGebruiker, verb: string, data: Record<string, unknown>, gesprek: Gesprek = PERSOONLIJK(van)) {
  return {
    ...basis(serviceUrl, van, gesprek),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/**
 * A Teams dialog step: `task/fetch` when a button with `msteams: { type: 'task/fetch' }` is pressed (its data), or
 * `task/submit` when the dialog's Action.Submit is pressed (its data plus the inputs). `replyToId` is the message the
 * button was on.
 */
export function dialoogStap(serviceUrl: string, van: TestGebruiker, naam: 'task/fetch' | 'task/submit', data: Record<string, unknown>, gesprek: Gesprek = PERSOONLIJK(van), replyToId?: string) {
  return { ...basis(serviceUrl, van, gesprek), type: 'invoke', name: naam, ...(replyToId ? { replyToId } : {}), value: { data, context: { theme: 'default' } } };
}

/** The people picker's typeahead as Teams sends it for a Data.Query with the bot's own dataset. */
export function zoekopdracht(serviceUrl: string, van: TestGebruiker, dataset: string, tekst: string, gesprek: Gesprek = PERSOONLIJK(van)) {
  return {
    ...basis(serviceUrl, van, gesprek),
    type: 'invoke',
    name: 'application/search',
    value: { kind: 'typeahead', queryText: tekst, queryOptions: { skip: 0, top: 15 }, dataset },
  };
}

/** A Teams event in a conversation (team renamed, bot removed, …): `velden` says which. */
export function teamsGebeurtenis(serviceUrl: string, van: TestGebruiker, gesprek: Gesprek, velden: Record<string, unknown>) {
  const b = basis(serviceUrl, van, gesprek);
  const extraKanaaldata = (velden.channelData ?? {}) as Record<string, unknown>;
  return { ...b, ...velden, channelData: { ...b.channelData, ...extraKanaaldata } };
}

export function installatie(serviceUrl: string, van: TestGebruiker, gesprek: Gesprek = PERSOONLIJK(van)) {
  return { ...basis(serviceUrl, van, gesprek), type: 'installationUpdate', action: 'add' };
}
