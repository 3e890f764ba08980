import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { Kanaal } from '../../src/domain/kanaal';
import { ECHTE_RANDEN, TeamsVerzender, VerzenderRanden } from '../../src/proactief/teams-verzender';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { NepConnector, startNepConnector } from '../helpers/nep-connector';
import { startTestCosmos } from '../helpers/opslag';

const TENANT = 'tenant-verzend';
let cosmos: LokaleCosmos;
let nep: NepConnector;
let kanalen: CosmosKanaalOpslag;
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));

/** A clock that only moves when the sender sleeps: retries take no real time, and every wait is recorded. */
function nepTijd(): VerzenderRanden & { slapen: number[] } {
  let t = Date.now();
  const slapen: number[] = [];
  return { slapen, nu: () => t, slaap: async (ms) => void (slapen.push(ms), (t += ms)), willekeurig: () => 0.5 };
}

function verzender(randen: VerzenderRanden = nepTijd(), tenantLimiet = 50) {
  return new TeamsVerzender(adapter, kanalen, { botAppId: '', botId: '28:bot', tenantLimietPerInstantie: tenantLimiet }, randen);
}

function kanaal(id: string, soort: Kanaal['soort'] = 'persoonlijk'): Kanaal {
  return {
    id,
    tenantId: TENANT,
    soort,
    naam: id,
    referentie: { serviceUrl: nep.serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
    ...(soort === 'persoonlijk' ? { aadObjectId: `aad-${id}` } : {}),
    bruikbaar: true,
    bijgewerkt: '2026-11-23T09:00:00.000Z',
  };
}

const verzoekenVoor = (gesprek: string) => nep.verzoeken.filter((v) => v.gesprek === gesprek).map((v) => v.status);

beforeAll(async () => {
  cosmos = await startTestCosmos();
  kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
});
beforeEach(async () => {
  nep = await startNepConnector();
});
afterEach(() => nep.stop());
afterAll(() => cosmos.stop());

describe('TeamsVerzender', () => {
  it('wacht bij 429 precies de Retry-After (seconden of datum) en verstuurt dan', async () => {
    const tijd = nepTijd();
    nep.storing('c-429', { status: 429, retryAfter: '3' }, { status: 429, retryAfter: new Date(Date.now() + 8_000).toUTCString() });
    const uitkomst = await verzender(tijd).stuur({ kanaal: kanaal('c-429') }, { tekst: 'hallo' });
    expect(uitkomst).toMatchObject({ soort: 'verzonden', activityId: expect.stringMatching(/^activiteit-/) });
    expect(verzoekenVoor('c-429')).toEqual([429, 429, 200]);
    expect(tijd.slapen[0]).toBeGreaterThanOrEqual(3_000);
    expect(tijd.slapen[0]).toBeLessThan(3_100);
    // The date is 8 s after the start; the clock already moved 3 s; HTTP dates have whole seconds.
    expect(tijd.slapen[1]).toBeGreaterThan(3_900);
    expect(tijd.slapen[1]).toBeLessThanOrEqual(5_100);
    expect(nep.ontvangen.filter((o) => o.gesprek === 'c-429')).toHaveLength(1);
  });

  it('probeert 5xx een begrensd aantal keren, met oplopende wachttijd, en meldt dan mislukt', async () => {
    const tijd = nepTijd();
    nep.storing('c-500', ...Array.from({ length: 10 }, () => ({ status: 500 })));
    const uitkomst = await verzender(tijd).stuur({ kanaal: kanaal('c-500') }, { tekst: 'x' });
    expect(uitkomst).toMatchObject({ soort: 'mislukt', status: 500 });
    expect(verzoekenVoor('c-500')).toEqual([500, 500, 500, 500, 500]);
    expect(tijd.slapen).toEqual([375, 750, 1_500, 3_000]);
  });

  it('herstelt na een tijdelijke 502/503/504/412', async () => {
    nep.storing('c-502', { status: 502 }, { status: 503 }, { status: 504 }, { status: 412 });
    expect(await verzender().stuur({ kanaal: kanaal('c-502') }, { tekst: 'x' })).toMatchObject({ soort: 'verzonden' });
    expect(verzoekenVoor('c-502')).toEqual([502, 503, 504, 412, 200]);
  });

  it('probeert een andere 4xx nooit opnieuw', async () => {
    nep.storing('c-400', { status: 400, code: 'BadArgument' });
    expect(await verzender().stuur({ kanaal: kanaal('c-400') }, { tekst: 'x' })).toMatchObject({ soort: 'mislukt', status: 400 });
    expect(verzoekenVoor('c-400')).toEqual([400]);
  });

  it.each([
    [403, 'BotNotInConversationRoster'],
    [403, 'ConversationBlockedByUser'],
    [403, 'MessageWritesBlocked'],
    [404, 'ConversationNotFound'],
  ] as const)('%i %s: markeert het gesprek onbruikbaar, zonder nieuwe poging', async (status, code) => {
    const id = `c-${code}`;
    await kanalen.bewaar(kanaal(id, 'schakelteam'));
    nep.blokkeer(id, status, code);
    const uitkomst = await verzender().stuur({ kanaal: kanaal(id, 'schakelteam') }, { tekst: 'x' });
    expect(uitkomst).toMatchObject({ soort: 'onbruikbaar', reden: `${status} ${code}` });
    expect(verzoekenVoor(id)).toEqual([status]);
    const opgeslagen = await kanalen.lees(TENANT, id);
    expect(opgeslagen).toMatchObject({ bruikbaar: false, onbruikbaarReden: `${status} ${code}` });
    // Once marked, nothing more is sent to it.
    expect(await verzender().stuur({ kanaal: opgeslagen ?? kanaal(id) }, { tekst: 'y' })).toMatchObject({ soort: 'onbruikbaar' });
    expect(verzoekenVoor(id)).toHaveLength(1);
  });

  it('maakt een 1:1-gesprek als de persoon er nog geen heeft, bewaart het en gebruikt het daarna', async () => {
    const persoon = { tenantId: TENANT, aadObjectId: 'aad-nieuw', naam: 'Nina Nieuw' };
    const eerste = await verzender().stuur({ persoon, via: kanaal('c-via', 'schakelteam') }, { tekst: 'eerste', kaart: { type: 'AdaptiveCard', version: '1.5', body: [] } });
    expect(eerste).toMatchObject({ soort: 'verzonden', kanaal: { soort: 'persoonlijk', aadObjectId: 'aad-nieuw' } });
    expect(nep.aangemaakt).toEqual([{ leden: ['aad-nieuw'], id: 'a:1:1-aad-nieuw', tenantId: TENANT }]);
    expect(nep.ontvangen[0]).toMatchObject({
      gesprek: 'a:1:1-aad-nieuw',
      activiteit: { text: 'eerste', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] },
    });
    expect(await kanalen.persoonlijk(TENANT, 'aad-nieuw')).toMatchObject({ id: 'a:1:1-aad-nieuw', bruikbaar: true });
    await verzender().stuur({ persoon, via: kanaal('c-via', 'schakelteam') }, { tekst: 'tweede' });
    expect(nep.aangemaakt).toHaveLength(1);
    expect(nep.ontvangen.map((o) => o.activiteit.text)).toEqual(['eerste', 'tweede']);
  });

  it('werkt een eerder bericht bij (PUT) en behandelt 404 op het bericht niet als verdwenen gesprek', async () => {
    expect(await verzender().werkBij(kanaal('c-upd', 'schakelteam'), 'act-1', { tekst: 'nieuw' })).toMatchObject({ soort: 'verzonden', activityId: 'act-1' });
    expect(nep.ontvangen[0]).toMatchObject({ methode: 'PUT', gesprek: 'c-upd' });
    nep.storing('c-upd', { status: 404, code: 'ActivityNotFound' });
    expect(await verzender().werkBij(kanaal('c-upd', 'schakelteam'), 'act-2', { tekst: 'x' })).toMatchObject({ soort: 'mislukt', status: 404 });
  });

  it('houdt de connectorclient van de eerste proactieve beurt per dienst: elk bericht komt precies één keer aan, ook na 429 en 500', async () => {
    const beurten = jest.spyOn(adapter, 'continueConversationAsync');
    try {
      const tijd = nepTijd();
      const v = verzender(tijd);
      expect(await v.stuur({ kanaal: kanaal('c-eerst') }, { tekst: 'eerste' })).toMatchObject({ soort: 'verzonden' });
      nep.storing('c-daarna', { status: 429, retryAfter: '1' }, { status: 500 });
      expect(await v.stuur({ kanaal: kanaal('c-daarna') }, { tekst: 'tweede' })).toMatchObject({ soort: 'verzonden', activityId: expect.stringMatching(/^activiteit-/) });
      expect(await v.werkBij(kanaal('c-kaart', 'schakelteam'), 'act-5', { tekst: 'bijgewerkt' })).toMatchObject({ soort: 'verzonden', activityId: 'act-5' });
      // Only our own retries (no second layer in the SDK client), each after its wait.
      expect(verzoekenVoor('c-daarna')).toEqual([429, 500, 200]);
      expect(tijd.slapen).toHaveLength(2);
      expect(nep.ontvangen.map((o) => [o.methode, o.gesprek, o.activiteit.text])).toEqual([
        ['POST', 'c-eerst', 'eerste'],
        ['POST', 'c-daarna', 'tweede'],
        ['PUT', 'c-kaart', 'bijgewerkt'],
      ]);
      expect(beurten).toHaveBeenCalledTimes(1);
    } finally {
      beurten.mockRestore();
    }
  });

  it('een burst van 200 berichten over 20 gesprekken komt compleet en precies één keer aan, binnen de limieten', async () => {
    const v = verzender(ECHTE_RANDEN);
    const berichten = Array.from({ length: 200 }, (_, i) => ({ gesprek: `burst-${i % 20}`, tekst: `bericht ${i}` }));
    const uitkomsten = await Promise.all(berichten.map((b) => v.stuur({ kanaal: kanaal(b.gesprek) }, { tekst: b.tekst })));
    expect(uitkomsten.every((u) => u.soort === 'verzonden')).toBe(true);
    expect(nep.overschrijdingen()).toBe(0);
    const teksten = nep.ontvangen.map((o) => String(o.activiteit.text)).sort();
    expect(teksten).toEqual(berichten.map((b) => b.tekst).sort());
    expect(new Set(teksten).size).toBe(200);
  }, 20_000);

  it('een kaartupdate na een klik gaat voor op een rij herinneringen in dezelfde tenant', async () => {
    const v = verzender(ECHTE_RANDEN, 20);
    const rij = Array.from({ length: 60 }, (_, i) => v.stuur({ kanaal: kanaal(`rij-${i}`) }, { tekst: `herinnering ${i}` }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await v.werkBij(kanaal('klik-kanaal', 'schakelteam'), 'act-9', { tekst: 'bijgewerkt' });
    const volgorde = nep.ontvangen.map((o) => o.gesprek);
    // The update arrives while most of the reminders are still waiting for their turn in the tenant budget.
    expect(volgorde.indexOf('klik-kanaal')).toBeLessThan(30);
    await Promise.all(rij);
    expect(nep.ontvangen).toHaveLength(61);
    expect(nep.overschrijdingen()).toBe(0);
  }, 20_000);
});
