import { App } from '../../src/index';
import { CONTAINERS } from '../../src/store/containers';
import { createLogger } from '../../src/log';
import { VasteKlok, startTestApp } from '../helpers/app';

const logregels: string[] = [];
let app: App;

beforeAll(async () => {
  app = await startTestApp(new VasteKlok(new Date('2026-11-23T09:00:00Z')), {}, createLogger('debug', (regel) => logregels.push(regel)));
});
afterAll(async () => {
  await app.stop();
});

describe('een onverwachte fout in de tab-API', () => {
  it('answers 500 with only a reference (the tab shows its Dutch text); the log has a code and that reference, no internals', async () => {
    // The store breaks under the tab: every read of cases now fails.
    await app.database.container(CONTAINERS.hulpvragen.name).delete();
    const antwoord = await fetch(`${app.url}/api/tab/mijn`);
    const tekst = await antwoord.text();
    expect(antwoord.status).toBe(500);
    const body = JSON.parse(tekst) as { fout?: string; referentie?: string };
    expect(body).toEqual({ fout: 'onverwacht', referentie: expect.stringMatching(/^[0-9A-F]{8}$/) });
    const regel = logregels.find((r) => r.includes(String(body.referentie)));
    expect(regel).toBeDefined();
    expect(JSON.parse(String(regel))).toMatchObject({ level: 'error', code: 'TAB.ONVERWACHT' });
  });
});
