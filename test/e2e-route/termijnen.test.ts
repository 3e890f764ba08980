import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const { ib, sf, smw } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(new VasteKlok(new Date('2026-11-23T09:00:00Z'))));
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('evaluatietermijnen per schakelteam', () => {
  it('een schakelteam met eigen termijnen krijgt evaluaties na 4 weken en 2 maanden', async () => {
    await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Noord', scholen: 'CBS Het Anker', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId, tussentijdsWeken: '4', evaluatieMaanden: '2' }, KANAAL);
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
    const kaart = (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'CBS Het Anker', referentie: '4711', leeftijd: '8', groep: 'groep 4', vraag: 'Moeite met lezen.' })).value;
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'SMW', verwijsindex: 'nee' }, KANAAL);
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen), ib, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling' });
    const actief = await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, smw, VERBS.vernieuwen), smw, VERBS.accepteren);
    // 23 November + 4 weeks = 21 December; + 2 months = 23 January.
    expect(tekstVan(actief)).toContain(opKaart('Tussentijdse evaluatie uiterlijk 21 december 2026'));
    const { resources } = await app.database.container('hulpvragen').items.query({ query: 'SELECT c.evaluatiedata FROM c WHERE c.nummer != ""', parameters: [] }).fetchAll();
    expect(resources).toContainEqual({ evaluatiedata: { tussentijds: '2026-12-21', eind: '2027-01-23' } });
  });
});
