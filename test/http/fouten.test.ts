import { App } from '../../src/index';
import { CONTAINERS } from '../../src/store/containers';
import { createLogger } from '../../src/log';
import { GEBRUIKERS, PERSOONLIJK, bericht, klik } from '../helpers/activiteiten';
import { VasteKlok, post, startTestApp } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';

const logregels: string[] = [];
let app: App;
let teams: NepTeams;

beforeAll(async () => {
  teams = await startNepTeams();
  app = await startTestApp(new VasteKlok(new Date('2026-11-23T09:00:00Z')), {}, createLogger('debug', (regel) => logregels.push(regel)));
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('wat de client meestuurt, komt niet in het log', () => {
  it('een onbekende kaartactie: het log heeft een code, niet de tekst die als verb werd meegestuurd', async () => {
    const vanaf = logregels.length;
    const { status } = await post(app, klik(teams.serviceUrl, GEBRUIKERS.ib, 'Jan Jansen heeft ADHD', {}, PERSOONLIJK(GEBRUIKERS.ib)));
    expect(status).toBe(200);
    const nieuw = logregels.slice(vanaf);
    expect(nieuw.some((r) => r.includes('KAART.ONBEKENDE_ACTIE'))).toBe(true);
    expect(nieuw.join('\n')).not.toContain('Jansen');
  });
});

describe('een onverwachte fout in een beurt', () => {
  it('geeft een korte Nederlandse excuustekst met referentie, nooit een stacktrace; het log heeft de referentie maar niet wat de gebruiker typte', async () => {
    // The store breaks under the bot's feet: every lookup of a case now fails.
    await app.database.container(CONTAINERS.hulpvragen.name).delete();
    const vanaf = teams.verzonden.length;
    await post(app, bericht(teams.serviceUrl, GEBRUIKERS.ib, 'casus HV-2026-0042'));
    const [antwoord] = await teams.wachtOp(1, vanaf);
    const tekst = String(antwoord?.activiteit.text);
    expect(tekst).toMatch(/^Sorry, er ging iets mis\. Probeer het later opnieuw\. Referentie: [0-9A-F]{8}$/);
    const referentie = tekst.slice(-8);
    const regel = logregels.find((r) => r.includes(referentie));
    expect(regel).toBeDefined();
    expect(regel).not.toContain('HV-2026-0042');
    expect(regel).not.toContain(GEBRUIKERS.ib.naam);
  });
});
