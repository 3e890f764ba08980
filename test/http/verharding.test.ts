import { App } from '../../src/index';
import { GEBRUIKERS, TENANT, bericht, klik } from '../helpers/activiteiten';
import { post, startTestApp, VasteKlok } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { VERBS } from '../../src/teams/verbs';

const PARTNER = 'tenant-partner-cjg';
let app: App;
let teams: NepTeams;

beforeAll(async () => {
  teams = await startNepTeams();
  app = await startTestApp(new VasteKlok(new Date('2026-11-23T09:00:00Z')), { MicrosoftAppTenantId: TENANT, PARTNER_TENANTS: PARTNER });
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

async function ruw(body: string | FormData, contentType?: string): Promise<{ status: number; tekst: string }> {
  const antwoord = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
  });
  return { status: antwoord.status, tekst: await antwoord.text() };
}

function inTenant<T extends { conversation: object; channelData: object }>(activiteit: T, tenant: string): T {
  return { ...activiteit, conversation: { ...activiteit.conversation, tenantId: tenant }, channelData: { ...activiteit.channelData, tenant: { id: tenant } } };
}

describe('/api/messages neemt alleen geldige JSON-activiteiten aan', () => {
  it('beantwoordt een lege activiteit met 400 en zonder interne details', async () => {
    expect(await ruw('{}', 'application/json')).toEqual({ status: 400, tekst: '{}' });
  });

  it('beantwoordt kapotte JSON met 400', async () => {
    expect(await ruw('{"type":', 'application/json')).toEqual({ status: 400, tekst: '{}' });
  });

  it('weigert multipart en andere soorten inhoud (geen tijdelijke bestanden)', async () => {
    const formulier = new FormData();
    formulier.append('bestand', new Blob(['x'.repeat(1000)]), 'upload.bin');
    expect((await ruw(formulier)).status).toBe(415);
    expect((await ruw('type=message', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('weigert een te groot verzoek', async () => {
    expect((await ruw(JSON.stringify({ opvulling: 'x'.repeat(300 * 1024) }), 'application/json')).status).toBe(413);
  });

  it('beantwoordt een kaartklik zonder verb met 400', async () => {
    const zonderVerb = klik(teams.serviceUrl, GEBRUIKERS.ib, VERBS.helpPrivacy, {}) as { value: { action: Record<string, unknown> } };
    const { status, body } = await post(app, { ...zonderVerb, value: { action: { type: 'Action.Execute' } } });
    expect(status).toBe(400);
    expect(body).toEqual({});
  });
});

describe('tenants', () => {
  it('neemt activiteiten aan uit de eigen tenant en uit een vertrouwde partnertenant', async () => {
    expect((await post(app, klik(teams.serviceUrl, GEBRUIKERS.ib, VERBS.helpPrivacy, {}))).status).toBe(200);
    expect((await post(app, inTenant(klik(teams.serviceUrl, GEBRUIKERS.smw, VERBS.helpPrivacy, {}), PARTNER))).status).toBe(200);
  });

  it('weigert een activiteit uit een andere tenant en stuurt niets terug', async () => {
    const vanaf = teams.verzonden.length;
    const { status, body } = await post(app, inTenant(bericht(teams.serviceUrl, GEBRUIKERS.buiten, 'help'), 'tenant-onbekend'));
    expect(status).toBe(403);
    expect(body).toEqual({});
    const { conversation: _c, channelData: _d, ...zonderTenant } = bericht(teams.serviceUrl, GEBRUIKERS.buiten, 'help');
    expect((await post(app, { ...zonderTenant, conversation: { id: 'a:x' } })).status).toBe(403);
    // Wait for one message the bot does send, then check nothing was sent for the refused ones.
    await post(app, bericht(teams.serviceUrl, GEBRUIKERS.ib, 'help'));
    const verzonden = await teams.wachtOp(1, vanaf);
    expect(verzonden.map((v) => v.gesprek)).toEqual([`a:persoonlijk-${GEBRUIKERS.ib.aadObjectId}`]);
  });
});
