import { STANDAARD, STANDAARD_TERMIJNEN, STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AgendaDeps, stuurAgenda } from '../../src/app/agenda';
import { sweepHerinneringen } from '../../src/app/herinneringen-sweep';
import { tekstOpmaak } from '../../src/app/herinnering-opmaak';
import { ProactieveVerzender } from '../../src/app/ports';
import { nieuweAgendaverzending } from '../../src/domain/agenda';
import { claim as claimAgenda } from '../../src/domain/verzending';
import { Kanaal } from '../../src/domain/kanaal';
import { stilleLogger } from '../../src/log';
import { ECHTE_RANDEN, TeamsVerzender } from '../../src/proactief/teams-verzender';
import { CosmosAgendaOpslag } from '../../src/store/agenda-opslag';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHerinneringOpslag } from '../../src/store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { agendaKaarten } from '../../src/teams/kaarten/agenda-kaart';
import { ANDERE_TENANT, TENANT, hulpvraagIn } from '../domain/fixtures';
import { NepConnector, startNepConnector } from '../helpers/nep-connector';
import { startTestCosmos, testAuditor } from '../helpers/opslag';
import { opKaart } from '../helpers/kaarten';

let cosmos: LokaleCosmos;
let nep: NepConnector;
let hulpvragen: CosmosHulpvraagOpslag;
let kanalen: CosmosKanaalOpslag;
let agendas: CosmosAgendaOpslag;
let schakelteams: CosmosSchakelteamOpslag;
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
const DINSDAG = { ritme: 'wekelijks', weekdag: 2, tijd: '14:00', vanaf: '2026-03-01' } as const;

function deps(instantie: string, opties: { verzender?: ProactieveVerzender } = {}): AgendaDeps {
  return {
    hulpvragen,
    kanalen,
    verzender: opties.verzender ?? new TeamsVerzender(adapter, kanalen, { botAppId: '', botId: '28:bot', tenantLimietPerInstantie: 25 }, ECHTE_RANDEN),
    instellingen: STANDAARD_HERINNERINGSINSTELLINGEN,
    instantie,
    verzending: STANDAARD.sweep,
    agenda: { instellingen: { dagenVooraf: 7, schoolvakanties: [] }, opslag: agendas, schakelteams, opmaak: agendaKaarten },
  };
}

const agenda = (nu: string, instantie = 'A') => stuurAgenda(deps(instantie), new Date(nu));

function kanaal(id: string, schakelteamId: string, tenantId = TENANT): Kanaal {
  return {
    id,
    tenantId,
    soort: 'schakelteam',
    naam: `kanaal ${id}`,
    referentie: { serviceUrl: nep.serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
    schakelteamId,
    bruikbaar: true,
    bijgewerkt: '2026-03-01T09:00:00.000Z',
  };
}

/** The card texts that arrived per conversation. */
function aangekomen(): Record<string, string[]> {
  const per: Record<string, string[]> = {};
  for (const o of nep.ontvangen) (per[o.gesprek] ??= []).push(JSON.stringify(o.activiteit.attachments));
  return per;
}

beforeEach(async () => {
  cosmos = await startTestCosmos();
  nep = await startNepConnector();
  hulpvragen = new CosmosHulpvraagOpslag(cosmos.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
  agendas = new CosmosAgendaOpslag(cosmos.database.container(CONTAINERS.herinneringen.name), stilleLogger);
  schakelteams = new CosmosSchakelteamOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
  await kanalen.bewaar(kanaal('19:regenboog', 'st-regenboog'));
  await schakelteams.bewaar({ id: 'st-regenboog', tenantId: TENANT, naam: 'Regenboog', scholen: ['OBS De Regenboog'], onderwijs: 'PO', leden: [], vergaderritme: DINSDAG });
  // Waiting for consent since 20 March: reminded after 5 working days, not yet stagnation (domain/wachten.ts).
  await hulpvragen.maak({ ...hulpvraagIn('wacht_op_toestemming'), id: 'hv-1', nummer: 'HV-2026-0042', statusSinds: '2026-03-20T09:00:00.000Z' });
  await hulpvragen.maak({ ...hulpvraagIn('geregistreerd'), id: 'hv-2', nummer: 'HV-2026-0051' });
});
afterEach(async () => {
  await nep.stop();
  await cosmos.stop();
});

describe('agenda van het schakelteamoverleg', () => {
  it('komt op de verschuldigde dag (7 dagen vooraf, over de zomertijd en Tweede Paasdag), één keer, en niet op andere dagen', async () => {
    // First sweep ever, Monday 23 March: the agenda of tomorrow's meeting was due on the 17th: caught up now.
    expect(await agenda('2026-03-23T09:00:00Z')).toMatchObject({ verzonden: 1 });
    expect(aangekomen()['19:regenboog']).toEqual([expect.stringContaining(opKaart('Agenda schakelteam Regenboog — overleg dinsdag 24 maart 2026 om 14:00'))]);
    expect((await agenda('2026-03-23T15:00:00Z')).verzonden).toBe(0);
    expect((await agenda('2026-03-24T06:59:00Z')).verzonden).toBe(0); // 07:59 CET: the window is still closed
    expect((await agenda('2026-03-24T07:00:00Z')).verzonden).toBe(1); // 31 March
    for (const dag of ['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30']) expect((await agenda(`${dag}T10:00:00Z`)).verzonden).toBe(0);
    // 7 April: due on Tuesday 31 March, after the change to summer time (29 March): the window opens at 06:00 UTC.
    expect((await agenda('2026-03-31T05:59:00Z')).verzonden).toBe(0); // 07:59 CEST
    expect((await agenda('2026-03-31T06:00:00Z')).verzonden).toBe(1);
    // Tweede Paasdag (6 April) is no working day: nothing is sent, and the 14 April agenda waits for the 7th.
    for (const dag of ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-06']) expect((await agenda(`${dag}T10:00:00Z`)).verzonden).toBe(0);
    const kaarten = aangekomen()['19:regenboog'] ?? [];
    expect(kaarten).toHaveLength(3);
    expect(kaarten[2]).toContain(opKaart('overleg dinsdag 7 april 2026 om 14:00'));
    expect(await agendas.lees('agenda:st-regenboog:2026-04-07')).toMatchObject({ waarde: { status: 'verzonden', pogingen: [{ door: 'A', uitkomst: 'verzonden' }] } });
  });

  it('twee sweepers tegelijk versturen één agenda per schakelteam, ook over tenants heen', async () => {
    await kanalen.bewaar(kanaal('19:elders', 'st-elders', ANDERE_TENANT));
    await schakelteams.bewaar({ id: 'st-elders', tenantId: ANDERE_TENANT, naam: 'Elders', scholen: ['CBS Elders'], onderwijs: 'PO', leden: [], vergaderritme: DINSDAG });
    const [a, b] = await Promise.all([agenda('2026-03-24T08:00:00Z', 'A'), agenda('2026-03-24T08:00:00Z', 'B')]);
    expect(a.verzonden + b.verzonden).toBe(2);
    expect(Object.fromEntries(Object.entries(aangekomen()).map(([k, v]) => [k, v.length]))).toEqual({ '19:regenboog': 1, '19:elders': 1 });
    expect(aangekomen()['19:elders']?.[0]).toContain('Agenda schakelteam Elders');
  });

  it('een sweeper die claimt en sterft: na de lease verstuurt een ander de agenda', async () => {
    const id = 'agenda:st-regenboog:2026-03-31';
    const nu = new Date('2026-03-24T08:00:00Z');
    const dood = claimAgenda(nieuweAgendaverzending({ tenantId: TENANT, schakelteamId: 'st-regenboog', kanaalId: '19:regenboog' }, '2026-03-31', nu), 'dood', nu, 600_000);
    expect(await agendas.maak(dood)).toBeDefined();
    expect((await agenda('2026-03-24T08:05:00Z', 'B')).verzonden).toBe(0);
    expect((await agenda('2026-03-24T08:10:00Z', 'B')).verzonden).toBe(1);
    expect(await agendas.lees(id)).toMatchObject({ waarde: { status: 'verzonden', pogingen: [{ door: 'B' }] } });
  });

  it('403 op het kanaal wordt vastgelegd en gemeld, niet stil gelaten, en niet elke minuut opnieuw geprobeerd', async () => {
    nep.blokkeer('19:regenboog', 403, 'BotNotInConversationRoster');
    const verslag = await agenda('2026-03-24T08:00:00Z');
    expect(verslag).toMatchObject({ verzonden: 0, onbruikbaar: 1, fouten: [expect.stringContaining('agenda:st-regenboog:2026-03-31: onbruikbaar')] });
    expect(await agendas.lees('agenda:st-regenboog:2026-03-31')).toMatchObject({
      waarde: { status: 'mislukt', pogingen: [{ uitkomst: 'onbruikbaar', reden: '403 BotNotInConversationRoster' }] },
    });
    expect(await kanalen.lees(TENANT, '19:regenboog')).toMatchObject({ bruikbaar: false });
    expect(await agenda('2026-03-24T08:01:00Z')).toMatchObject({ verzonden: 0, onbruikbaar: 0 });
  });

  it('zonder vergaderritme (of ritme "geen"): niets', async () => {
    await schakelteams.bewaar({ id: 'st-regenboog', tenantId: TENANT, naam: 'Regenboog', scholen: ['OBS De Regenboog'], onderwijs: 'PO', leden: [] });
    expect(await agenda('2026-03-24T08:00:00Z')).toEqual({ verzonden: 0, mislukt: 0, onbruikbaar: 0, fouten: [] });
    await schakelteams.bewaar({ id: 'st-regenboog', tenantId: TENANT, naam: 'Regenboog', scholen: ['OBS De Regenboog'], onderwijs: 'PO', leden: [], vergaderritme: { ...DINSDAG, ritme: 'geen' } });
    const verslag = await stuurAgenda(deps('A'), new Date('2026-03-24T08:00:00Z'));
    expect(verslag).toEqual({ verzonden: 0, mislukt: 0, onbruikbaar: 0, fouten: [] });
    expect(nep.verzoeken).toHaveLength(0);
    expect(await agendas.lees('agenda:st-regenboog:2026-03-31')).toBeUndefined();
  });

  it('rijdt mee met de herinneringen-sweep en telt in het verslag', async () => {
    const herinneringen = new CosmosHerinneringOpslag(cosmos.database.container(CONTAINERS.herinneringen.name), stilleLogger);
    const { agenda: onderdelen, ...rest } = deps('A');
    const verslag = await sweepHerinneringen({ ...rest, herinneringen, opmaak: tekstOpmaak, termijnen: STANDAARD_TERMIJNEN, instellingen: STANDAARD_HERINNERINGSINSTELLINGEN, agenda: onderdelen, auditor: testAuditor(cosmos.database) }, new Date('2026-03-24T08:00:00Z'));
    expect(verslag).toMatchObject({ agendas: 1, verzonden: 0, fouten: [] });
    const kaart = aangekomen()['19:regenboog']?.[0] ?? '';
    expect(kaart).toContain('HV-2026-0042 · De Regenboog · Wacht op toestemming');
    expect(kaart).toContain('Nieuwe hulpvragen (eerste bespreking)');
    // The reminder queries skip agenda documents (they share the container).
    expect(await herinneringen.verschuldigd(new Date('2026-04-30T08:00:00Z'), 10)).toEqual([]);
  });
});
