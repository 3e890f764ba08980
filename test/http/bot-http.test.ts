import { App } from '../../src/index';
import { startTestApp, post } from '../helpers/app';
import { GEBRUIKERS, KANAAL, bericht, installatie, klik } from '../helpers/activiteiten';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { VERBS } from '../../src/teams/verbs';

let app: App;
let teams: NepTeams;

beforeAll(async () => {
  teams = await startNepTeams();
  app = await startTestApp();
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

function kaartTeksten(kaart: unknown): string {
  return JSON.stringify(kaart);
}

describe('de bot over echte HTTP', () => {
  it('antwoordt op /healthz', async () => {
    const antwoord = await fetch(`${app.url}/healthz`);
    expect(antwoord.status).toBe(200);
    expect(await antwoord.json()).toEqual({ status: 'ok' });
  });

  it('begroet in het Nederlands bij installatie', async () => {
    const vanaf = teams.verzonden.length;
    const { status } = await post(app, installatie(teams.serviceUrl, GEBRUIKERS.ib));
    expect(status).toBe(200);
    const [groet] = await teams.wachtOp(1, vanaf);
    expect(String(groet?.activiteit.text)).toContain('Hallo! Ik ben de bot van Team Schoolondersteuning');
  });

  it('geeft op "help" in een persoonlijke chat een kaart met de opdrachten', async () => {
    const vanaf = teams.verzonden.length;
    await post(app, bericht(teams.serviceUrl, GEBRUIKERS.ib, 'Help'));
    const [antwoord] = await teams.wachtOp(1, vanaf);
    const bijlagen = antwoord?.activiteit.attachments as Array<{ contentType: string; content: unknown }>;
    expect(bijlagen[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const tekst = kaartTeksten(bijlagen[0]?.content);
    expect(tekst).toContain('Schoolondersteuning in Teams');
    expect(tekst).toContain('Laat zien wat deze bot kan.');
    expect(tekst).not.toContain('${');
    expect(antwoord?.gesprek).toBe(`a:persoonlijk-${GEBRUIKERS.ib.aadObjectId}`);
  });

  it('begrijpt "help" in een kanaal met een @vermelding', async () => {
    const vanaf = teams.verzonden.length;
    await post(app, bericht(teams.serviceUrl, GEBRUIKERS.sf, 'help', KANAAL));
    const [antwoord] = await teams.wachtOp(1, vanaf);
    expect(antwoord?.activiteit.attachments).toHaveLength(1);
  });

  it('zegt vriendelijk dat een onbekende opdracht niet begrepen wordt', async () => {
    const vanaf = teams.verzonden.length;
    await post(app, bericht(teams.serviceUrl, GEBRUIKERS.ib, 'doe iets raars'));
    const [antwoord] = await teams.wachtOp(1, vanaf);
    expect(String(antwoord?.activiteit.text)).toContain('Dat begrijp ik niet');
  });

  it('beantwoordt een kaartknop (Action.Execute) met de bijgewerkte kaart', async () => {
    const { status, body } = await post(app, klik(teams.serviceUrl, GEBRUIKERS.ib, VERBS.helpPrivacy, {}));
    expect(status).toBe(200);
    const antwoord = body as { statusCode: number; type: string; value: unknown };
    expect(antwoord.statusCode).toBe(200);
    expect(antwoord.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(kaartTeksten(antwoord.value)).toContain('verwerkingsverantwoordelijke');
  });

  it('antwoordt op een onbekende knop met een korte Nederlandse tekst', async () => {
    const { body } = await post(app, klik(teams.serviceUrl, GEBRUIKERS.ib, 'bestaat.niet', {}));
    const antwoord = body as { type: string; value: unknown };
    expect(antwoord.type).toBe('application/vnd.microsoft.activity.message');
    expect(antwoord.value).toBe('Deze knop ken ik niet (meer). Typ help.');
  });
});
