import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { CONTAINERS } from '../../src/store/containers';
import { startTestApp, post } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, actieData, kaartVan } from '../helpers/route-driver';
import { TENANT, teamsGebeurtenis } from '../helpers/activiteiten';
import { koppelSchakelteam } from '../helpers/casus';

const { ib, sf } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let verhuisd: NepTeams;
let bot: RouteDriver;

beforeAll(async () => {
  const leden = Object.values(GEBRUIKERS).map((g) => ({ id: g.id, aadObjectId: g.aadObjectId, naam: g.naam }));
  teams = await startNepTeams(leden);
  verhuisd = await startNepTeams(leden);
  app = await startTestApp();
  bot = new RouteDriver(app, teams);
  await bot.installeer(sf, KANAAL);
  await koppelSchakelteam(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
  await verhuisd.stop();
});

async function kanaaldocument() {
  const { resources } = await app.database.container(CONTAINERS.kanalen.name).items
    .query({ query: 'SELECT * FROM c WHERE c.type = "kanaal" AND c.soort = "schakelteam"', parameters: [] }, { partitionKey: TENANT })
    .fetchAll();
  return resources[0] as { naam: string; referentie: { serviceUrl: string; teamId?: string } } | undefined;
}

async function registreer() {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(JSON.stringify(formulier))?.[1];
  return bot.klik(ib, VERBS.registreren, {
    ...actieData(formulier, VERBS.registreren),
    schakelteamId,
    school: 'OBS De Regenboog',
    referentie: '2034',
    leeftijd: '9',
    groep: 'groep 5',
    vraag: 'Veel verzuim.',
  });
}

describe('gekoppelde kanalen blijven actueel', () => {
  it('neemt een nieuwe serviceUrl van een binnenkomend bericht over, zodat kanaalkaarten aankomen', async () => {
    const andereBot = new RouteDriver(app, verhuisd);
    await andereBot.zeg(sf, 'help', KANAAL);
    expect((await kanaaldocument())?.referentie.serviceUrl).toBe(verhuisd.serviceUrl);
    const voor = verhuisd.verzonden.length;
    await registreer();
    expect(verhuisd.verzonden.slice(voor).some((v) => v.gesprek === KANAAL.id && v.methode === 'POST')).toBe(true);
  });

  it('past de naam aan als het team wordt hernoemd', async () => {
    const activiteit = teamsGebeurtenis(verhuisd.serviceUrl, sf, KANAAL, {
      type: 'conversationUpdate',
      channelData: { eventType: 'teamRenamed', team: { id: '19:team@thread.tacv2', name: 'Team Zuid (nieuw)' } },
    });
    expect((await post(app, activiteit)).status).toBe(200);
    expect((await kanaaldocument())?.naam).toBe('Team Zuid (nieuw)');
  });

  it('vergeet de koppeling als de bot uit het team wordt verwijderd, en registreren meldt dat het kanaal onbereikbaar is', async () => {
    const activiteit = teamsGebeurtenis(verhuisd.serviceUrl, sf, KANAAL, { type: 'installationUpdate', action: 'remove' });
    expect((await post(app, activiteit)).status).toBe(200);
    expect(await kanaaldocument()).toBeUndefined();
    const antwoord = await registreer();
    expect(JSON.stringify(antwoord.value)).toContain('het kanaal van het schakelteam was niet bereikbaar');
  });
});
