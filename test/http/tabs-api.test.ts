/**
 * The tab API over real HTTP with the embedded Cosmos server: who may call it (SSO tokens signed with a key made
 * here, checked against a key set served on loopback), what each view returns and that every view is audited.
 */
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { JWK, KeyLike, SignJWT, createRemoteJWKSet, exportJWK, generateKeyPair } from 'jose';
import { loadConfig } from '../../src/config';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { App, startApp } from '../../src/index';
import { stilleLogger } from '../../src/log';
import { CosmosAuditOpslag } from '../../src/store/audit-opslag';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { VasteKlok, startTestApp } from '../helpers/app';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { EXPERT_A, EXPERT_C_BETROKKENE, IB_BETROKKENE, SF_BETROKKENE, alsBetrokkene, hulpvraagIn, persoon } from '../domain/fixtures';

const TENANT = 'tenant-swv-noord';
const APP_ID = '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const APP_ID_URI = `api://bot.example.org/${APP_ID}`;
const BEHEERDER = 'aad-beheer';

let sleutel: KeyLike;
let jwksServer: Server;
let app: App;
let casusId: string;

async function token(claims: Record<string, string>, opties: { aud?: string; iss?: string; sleutel?: KeyLike } = {}): Promise<string> {
  const tid = claims.tid ?? TENANT;
  return new SignJWT({ tid, name: 'Iemand', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-sleutel' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .setAudience(opties.aud ?? APP_ID_URI)
    .setIssuer(opties.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
    .sign(opties.sleutel ?? sleutel);
}

async function haal(pad: string, bearer?: string): Promise<{ status: number; body: Record<string, unknown>; tekst: string; type: string }> {
  const antwoord = await fetch(`${app.url}${pad}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});
  const tekst = await antwoord.text();
  const type = antwoord.headers.get('content-type') ?? '';
  return { status: antwoord.status, body: type.includes('json') ? (JSON.parse(tekst) as Record<string, unknown>) : {}, tekst, type };
}

beforeAll(async () => {
  const paar = await generateKeyPair('RS256');
  sleutel = paar.privateKey;
  const jwk: JWK = { ...(await exportJWK(paar.publicKey)), kid: 'test-sleutel', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((klaar) => jwksServer.listen(0, '127.0.0.1', () => klaar()));
  const jwksUrl = new URL(`http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOCAL_DATA_DIR: ':memory:',
    SWEEP_INTERVAL_SECONDEN: '0',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'geheim',
    MicrosoftAppTenantId: TENANT,
    PARTNER_TENANTS: 'tenant-cjg',
    TAB_APP_ID_URI: APP_ID_URI,
    FUNCTIONEEL_BEHEERDERS: BEHEERDER,
  } as NodeJS.ProcessEnv);
  app = await startApp(config, { klok: new VasteKlok(new Date('2026-04-23T10:00:00Z')), log: stilleLogger, tabSleutels: createRemoteJWKSet(jwksUrl) });
  const kanalen = new CosmosKanaalOpslag(app.database.container(CONTAINERS.kanalen.name));
  await new CosmosSchakelteamOpslag(app.database.container(CONTAINERS.kanalen.name)).bewaar({
    id: 'st-regenboog',
    tenantId: TENANT,
    naam: 'Regenboog',
    scholen: ['De Regenboog'],
    onderwijs: 'PO',
    leden: [IB_BETROKKENE, SF_BETROKKENE],
  });
  await kanalen.bewaar({
    id: '19:kanaal@thread.tacv2',
    tenantId: TENANT,
    soort: 'schakelteam',
    naam: 'Schakelteam Regenboog',
    schakelteamId: 'st-regenboog',
    referentie: { serviceUrl: 'https://smba.example', conversationId: '19:kanaal@thread.tacv2', channelId: 'msteams', botId: `28:${APP_ID}` },
    bruikbaar: true,
    bijgewerkt: '2026-04-01T09:00:00Z',
  });
  const hulpvragen = new CosmosHulpvraagOpslag(app.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  const casus: Hulpvraag = { ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }), aangemaakt: '2026-04-02T09:00:00Z', bijgewerkt: '2026-04-20T09:00:00Z' };
  await hulpvragen.maak(casus);
  casusId = casus.id;
});

afterAll(async () => {
  await app.stop();
  await new Promise((klaar) => jwksServer.close(klaar));
});

describe('tab API: wie mag aanroepen', () => {
  it('refuses a call without a token (not local mode)', async () => {
    expect((await haal('/api/tab/mijn')).status).toBe(401);
  });

  it('refuses a token for another audience, from another issuer or signed with another key', async () => {
    expect((await haal('/api/tab/mijn', await token({ oid: 'aad-ib' }, { aud: 'api://elders/123' }))).status).toBe(401);
    expect((await haal('/api/tab/mijn', await token({ oid: 'aad-ib' }, { iss: 'https://login.microsoftonline.com/ander/v2.0' }))).status).toBe(401);
    const ander = (await generateKeyPair('RS256')).privateKey;
    expect((await haal('/api/tab/mijn', await token({ oid: 'aad-ib' }, { sleutel: ander }))).status).toBe(401);
  });

  it('refuses a valid token of a tenant that is not on the allow-list', async () => {
    expect((await haal('/api/tab/mijn', await token({ oid: 'aad-ib', tid: 'tenant-vreemd' }))).status).toBe(403);
  });

  it('accepts the own tenant (also with the bare app id as audience) and a partner tenant', async () => {
    const eigen = await haal('/api/tab/mijn', await token({ oid: 'aad-ib', name: 'Ineke IB' }, { aud: APP_ID }));
    expect(eigen.status).toBe(200);
    expect(eigen.body).toMatchObject({ gebruiker: 'Ineke IB', lokaal: false, beheerder: false, schakelteams: [{ id: 'st-regenboog', naam: 'Regenboog' }] });
    expect((eigen.body.rijen as Array<{ nummer: string }>).map((r) => r.nummer)).toEqual(['HV-2025-0042']);
    const partner = await haal('/api/tab/mijn', await token({ oid: 'aad-iemand', tid: 'tenant-cjg' }));
    expect(partner.status).toBe(200);
    expect(partner.body.rijen).toEqual([]);
  });
});

describe('tab API: elke getoonde casus in de logging', () => {
  it('writes a read line in the trail of every case the personal tab shows, as the bot\'s "mijn casussen" does', async () => {
    const audit = new CosmosAuditOpslag(app.database.container(CONTAINERS.audit.name));
    const gelezen = async () => (await audit.van(`hulpvraag:${casusId}`)).filter((r) => r.wie.aadObjectId === 'aad-sf' && r.via === 'teams-tab');
    const voor = (await gelezen()).length;
    expect((await haal('/api/tab/mijn', await token({ oid: 'aad-sf' }))).status).toBe(200);
    const na = await gelezen();
    expect(na).toHaveLength(voor + 1);
    expect(na.at(-1)).toMatchObject({ handeling: 'lezen', wat: 'tab.mijn-casussen', nummer: 'HV-2025-0042' });
  });
});

describe('tab API: cijfers alleen voor leden en beheerders', () => {
  it('shows a schakelteam its figures through the channel, and writes the view to the audit log', async () => {
    const antwoord = await haal(`/api/tab/schakelteam?kanaal=${encodeURIComponent('19:kanaal@thread.tacv2')}`, await token({ oid: 'aad-sf' }));
    expect(antwoord.status).toBe(200);
    expect(antwoord.body).toMatchObject({ schakelteam: { naam: 'Regenboog' }, kengetallen: { open: 1, evaluatiesAchterstallig: 1 } });
    const audit = new CosmosAuditOpslag(app.database.container(CONTAINERS.audit.name));
    expect((await audit.van(`koppeling:${TENANT}:st-regenboog`)).map((r) => [r.wie.aadObjectId, r.handeling, r.wat, r.via])).toContainEqual([
      'aad-sf',
      'lezen',
      'tab.schakelteam',
      'teams-tab',
    ]);
  });

  it('refuses someone who is not a member (and audits the refusal), and answers 404 for an unbound channel', async () => {
    const buiten = await token({ oid: 'aad-smw' });
    expect((await haal('/api/tab/schakelteam?schakelteam=st-regenboog', buiten)).status).toBe(403);
    const audit = new CosmosAuditOpslag(app.database.container(CONTAINERS.audit.name));
    expect((await audit.van(`koppeling:${TENANT}:st-regenboog`)).some((r) => r.wie.aadObjectId === 'aad-smw' && r.handeling === 'weigering')).toBe(true);
    expect((await haal('/api/tab/schakelteam?kanaal=19%3Aonbekend', buiten)).status).toBe(404);
  });

  it('gives the quarterly figures and their CSV only to functional administrators', async () => {
    expect((await haal('/api/tab/kwartaal?kwartaal=2026-K2', await token({ oid: 'aad-ib' }))).status).toBe(403);
    const beheer = await token({ oid: BEHEERDER });
    const cijfers = await haal('/api/tab/kwartaal?kwartaal=2026-K2', beheer);
    expect(cijfers.status).toBe(200);
    expect(cijfers.body).toMatchObject({ cijfers: { kwartaal: '2026-K2', nieuw: 1, regierolActief: 1 } });
    expect((await haal('/api/tab/kwartaal?kwartaal=2026-K9', beheer)).status).toBe(400);
    const csv = await haal('/api/tab/kwartaal.csv?kwartaal=2026-K2', beheer);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.tekst).toContain('"2026-K2";"Nieuwe hulpvragen";"De Regenboog";"Regierol naar expert";1');
    expect(csv.tekst).not.toMatch(/HV-2025|LL-1234/);
    const audit = new CosmosAuditOpslag(app.database.container(CONTAINERS.audit.name));
    expect((await audit.van(`persoon:${TENANT}:${BEHEERDER}`)).map((r) => [r.handeling, r.wat])).toEqual([
      ['lezen', 'tab.kwartaal'],
      ['exporteren', 'tab.kwartaal-export'],
    ]);
  });
});

describe('tab API: wie aan zet is, zoals de kaart het zegt', () => {
  // Last in this file: its own schakelteam and people, so the figures above stay as they are.
  it('"wacht op mij" and the figures follow the next step: Team NO in a stagnation, the IB\'er/COO while a handover waits for consent', async () => {
    const ib = alsBetrokkene(persoon('aad-ib-zon', 'Iris IB'), 'ib_coo');
    const sf = alsBetrokkene(persoon('aad-sf-zon', 'Sem Schakel'), 'schakelfunctionaris');
    const houder = { ...alsBetrokkene(EXPERT_A, 'regierolhouder', 'schoolmaatschappelijk werker'), geaccepteerd: '2026-03-10T09:00:00.000Z' };
    await new CosmosSchakelteamOpslag(app.database.container(CONTAINERS.kanalen.name)).bewaar({ id: 'st-zon', tenantId: TENANT, naam: 'Zonnebloem', scholen: ['De Zonnebloem'], onderwijs: 'PO', leden: [ib, sf] });
    const hulpvragen = new CosmosHulpvraagOpslag(app.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
    const casus = (id: string, h: Hulpvraag): Hulpvraag => ({ ...h, id, nummer: `HV-2026-0${id}`, schakelteamId: 'st-zon', betrokkenen: [ib, sf, houder], bijgewerkt: '2026-04-20T09:00:00Z' });
    await hulpvragen.maak(casus('101', hulpvraagIn('stagnatie_team_no', { metHouder: true, metToestemming: true })));
    const overdracht = hulpvraagIn('overdracht_aangevraagd', { metToestemming: true });
    await hulpvragen.maak(casus('102', { ...overdracht, uitbreiding: { stap: 'overdracht', persoon: EXPERT_C_BETROKKENE, partner: 'GGD', sinds: '2026-04-20T09:00:00Z' } }));
    const wachtOpMij = async (oid: string) => {
      const rijen = (await haal('/api/tab/mijn', await token({ oid }))).body.rijen as Array<{ nummer: string; vlaggen: string[] }>;
      return rijen.filter((r) => r.nummer.startsWith('HV-2026-01') && r.vlaggen.includes('wacht_op_mij')).map((r) => r.nummer);
    };
    // The holder may still record an evaluation during the stagnation, but the case waits for Team NO; the
    // schakelfunctionaris approved the handover, which now waits for the IB'er/COO to extend the consent.
    expect(await wachtOpMij(EXPERT_A.aadObjectId)).toEqual([]);
    expect(await wachtOpMij('aad-sf-zon')).toEqual([]);
    expect(await wachtOpMij('aad-ib-zon')).toEqual(['HV-2026-0102']);
    const cijfers = await haal('/api/tab/schakelteam?schakelteam=st-zon', await token({ oid: 'aad-sf-zon' }));
    const aanZet = (cijfers.body.kengetallen as { aanZet: Array<{ naam: string; aantal: number }> }).aanZet;
    expect(aanZet.map((t) => [t.naam, t.aantal])).toEqual([["IB'er/COO", 1], ['Team NO', 1]]);
  });
});

describe('tab API: lokale modus', () => {
  it('answers as the local development user without bot credentials on loopback, and says so', async () => {
    const lokaal = await startTestApp();
    try {
      const antwoord = await fetch(`${lokaal.url}/api/tab/mijn`);
      expect(antwoord.status).toBe(200);
      expect(await antwoord.json()).toMatchObject({ lokaal: true, gebruiker: "Ingrid de Vries (IB'er)" });
    } finally {
      await lokaal.stop();
    }
  });
});
