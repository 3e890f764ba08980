/**
 * Functional administrators by AAD group: the Graph adapter against a small fake Microsoft Graph (token endpoint +
 * checkMemberGroups) over real HTTP on loopback, the one administrator check with its short cache, and the bot
 * with credentials letting a group member see the quarter figures in the tab.
 */
import { IncomingMessage, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';
import { GROEP_CACHE_MS, maakBeheerderscheck } from '../../src/app/beheer';
import { GraphFout, GraphGroepen } from '../../src/graph/groepen';
import { Logger, stilleLogger } from '../../src/log';
import { VasteKlok, startTestApp } from '../helpers/app';

const TENANT = 'tenant-swv-noord';
const GROEP = '5c0ffee0-1234-4abc-8def-0123456789ab';
const LEDEN = new Set(['aad-groepslid']);

interface Nepgraph {
  readonly url: string;
  readonly tokens: URLSearchParams[];
  readonly vragen: string[];
  storing: boolean;
  stop(): Promise<void>;
}

async function lees(req: IncomingMessage): Promise<string> {
  let tekst = '';
  for await (const deel of req) tekst += String(deel);
  return tekst;
}

async function startNepgraph(): Promise<Nepgraph> {
  const staat = { tokens: [] as URLSearchParams[], vragen: [] as string[], storing: false };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await lees(req);
      const json = (status: number, waarde: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(waarde));
      };
      if (req.method === 'POST' && req.url === '/tenant/token') {
        staat.tokens.push(new URLSearchParams(body));
        return json(200, { token_type: 'Bearer', access_token: `token-${staat.tokens.length}`, expires_in: 3599 });
      }
      const gebruiker = /^\/v1\.0\/users\/([^/]+)\/checkMemberGroups$/.exec(req.url ?? '')?.[1];
      if (req.method !== 'POST' || !gebruiker) return json(404, { error: { code: 'Request_ResourceNotFound' } });
      if (!/^Bearer token-\d+$/.test(req.headers.authorization ?? '')) return json(401, { error: { code: 'InvalidAuthenticationToken' } });
      const id = decodeURIComponent(gebruiker);
      staat.vragen.push(id);
      if (staat.storing) return json(503, { error: { code: 'serviceNotAvailable' } });
      if (id === 'aad-onbekend') return json(404, { error: { code: 'Request_ResourceNotFound' } });
      const { groupIds } = JSON.parse(body) as { groupIds: string[] };
      return json(200, { value: LEDEN.has(id) ? groupIds.filter((g) => g === GROEP) : [] });
    })();
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', () => klaar()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(staat, { url, stop: () => new Promise<void>((klaar) => server.close(() => klaar())) });
}

let graph: Nepgraph;
const adapter = () => new GraphGroepen({ tokenUrl: `${graph.url}/tenant/token`, graphUrl: `${graph.url}/v1.0`, clientId: 'app-id', clientSecret: 'geheim' });

beforeEach(async () => {
  graph = await startNepgraph();
});
afterEach(async () => {
  await graph.stop();
});

describe('GraphGroepen (Microsoft Graph checkMemberGroups, app-only)', () => {
  it('vraagt één token met de eigen app-gegevens en hergebruikt het; een onbekende gebruiker zit in geen groep', async () => {
    const groepen = adapter();
    expect(await groepen.lidVan('aad-groepslid', [GROEP])).toEqual([GROEP]);
    expect(await groepen.lidVan('aad-ander', [GROEP])).toEqual([]);
    expect(await groepen.lidVan('aad-onbekend', [GROEP])).toEqual([]);
    expect(graph.tokens).toHaveLength(1);
    expect(Object.fromEntries(graph.tokens[0] ?? [])).toEqual({ grant_type: 'client_credentials', client_id: 'app-id', client_secret: 'geheim', scope: 'https://graph.microsoft.com/.default' });
  });

  it('een storing is een fout, geen "nee"', async () => {
    graph.storing = true;
    await expect(adapter().lidVan('aad-groepslid', [GROEP])).rejects.toBeInstanceOf(GraphFout);
  });
});

describe('de ene beheerderscontrole', () => {
  const klok = new VasteKlok(new Date('2026-12-02T09:00:00Z'));
  const check = (groepen = adapter()) => maakBeheerderscheck({ beheer: { objectIds: ['aad-beheer'], groep: GROEP, tenantId: TENANT }, groepen, klok, log: stilleLogger });
  const persoon = (aadObjectId: string, tenantId = TENANT) => ({ tenantId, aadObjectId, naam: 'Iemand' });

  it('object-id of groepslid, alleen in de eigen tenant; een antwoord geldt kort', async () => {
    const isBeheerder = check();
    expect(await isBeheerder(persoon('aad-beheer'))).toBe(true);
    expect(await isBeheerder(persoon('aad-groepslid', 'tenant-cjg'))).toBe(false);
    expect(graph.vragen).toEqual([]);
    expect(await isBeheerder(persoon('aad-groepslid'))).toBe(true);
    expect(await isBeheerder(persoon('aad-ander'))).toBe(false);
    expect(await isBeheerder(persoon('aad-groepslid'))).toBe(true);
    expect(graph.vragen).toEqual(['aad-groepslid', 'aad-ander']);
    // Removed from the group: within the cache time the old answer stands, after it the new one counts.
    LEDEN.delete('aad-groepslid');
    try {
      klok.zet(new Date(klok.nu().getTime() + GROEP_CACHE_MS - 1000));
      expect(await isBeheerder(persoon('aad-groepslid'))).toBe(true);
      klok.zet(new Date(klok.nu().getTime() + 2000));
      expect(await isBeheerder(persoon('aad-groepslid'))).toBe(false);
    } finally {
      LEDEN.add('aad-groepslid');
    }
  });

  it('als Graph niet antwoordt is niemand via de groep beheerder, en de volgende keer wordt het opnieuw gevraagd', async () => {
    const isBeheerder = check();
    graph.storing = true;
    expect(await isBeheerder(persoon('aad-groepslid'))).toBe(false);
    graph.storing = false;
    expect(await isBeheerder(persoon('aad-groepslid'))).toBe(true);
    expect(graph.vragen).toEqual(['aad-groepslid', 'aad-groepslid']);
  });
});

describe('de bot met een beheerdersgroep', () => {
  const meldingen = (): { log: Logger; codes: string[] } => {
    const codes: string[] = [];
    const noteer = (_: string, velden: Readonly<Record<string, unknown>> = {}) => {
      if (typeof velden.code === 'string') codes.push(velden.code);
    };
    return { log: { debug: noteer, info: noteer, warn: noteer, error: noteer }, codes };
  };

  it('zonder Bot Framework-credentials (lokaal) staat de groepscontrole uit en zegt het startlog dat', async () => {
    const { log, codes } = meldingen();
    const app = await startTestApp(undefined, { FUNCTIONEEL_BEHEERDERS_GROEP: GROEP }, log);
    await app.stop();
    expect(codes).toContain('BEHEER.GROEP_UIT');
    expect(graph.tokens).toEqual([]);
  });

  it('met credentials ziet een groepslid de kwartaalcijfers in het tabblad, een ander niet', async () => {
    const appId = '3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
    const paar = await generateKeyPair('RS256');
    const sleutels = createLocalJWKSet({ keys: [{ ...(await exportJWK(paar.publicKey)), kid: 'k', alg: 'RS256', use: 'sig' }] });
    const { log, codes } = meldingen();
    const env = { MicrosoftAppId: appId, MicrosoftAppPassword: 'geheim', MicrosoftAppTenantId: TENANT, TAB_APP_ID_URI: `api://bot.example.org/${appId}`, FUNCTIONEEL_BEHEERDERS_GROEP: GROEP };
    const graphAdres = { tokenUrl: `${graph.url}/tenant/token`, graphUrl: `${graph.url}/v1.0` };
    const app = await startTestApp(new VasteKlok(new Date('2026-12-02T09:00:00Z')), env, log, { tabSleutels: sleutels, graph: graphAdres });
    try {
      expect(codes).toContain('BEHEER.GROEP_AAN');
      const token = (oid: string) =>
        new SignJWT({ tid: TENANT, oid, name: 'Iemand' })
          .setProtectedHeader({ alg: 'RS256', kid: 'k' })
          .setIssuedAt()
          .setExpirationTime('1h')
          .setAudience(`api://bot.example.org/${appId}`)
          .setIssuer(`https://login.microsoftonline.com/${TENANT}/v2.0`)
          .sign(paar.privateKey);
      const kwartaal = async (oid: string) => (await fetch(`${app.url}/api/tab/kwartaal?kwartaal=2026-K4`, { headers: { authorization: `Bearer ${await token(oid)}` } })).status;
      expect(await kwartaal('aad-groepslid')).toBe(200);
      expect(await kwartaal('aad-ander')).toBe(403);
      expect(graph.vragen).toEqual(['aad-groepslid', 'aad-ander']);
    } finally {
      await app.stop();
    }
  });
});
