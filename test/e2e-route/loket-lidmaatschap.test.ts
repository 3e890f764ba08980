/**
 * The Loket acts on a case the schakelteam sent to the Loket through its binding, checked at click time (issue 10,
 * point 7), over HTTP with the fake Teams connector: a member who left the Loket's team is refused, a current member
 * who was never put on the case can act.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, teamsGebeurtenis } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { besluit, koppelSchakelteam, registreer } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, RouteDriver, startRoute, tekstVan } from '../helpers/route-driver';

const { loket, jv, tno } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T10:00:00+01:00'));
/** A case the schakelteam sent to the Loket (Lotte Loket is the one it was offered to). */
let casus: unknown;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: loket.aadObjectId }));
  await koppelSchakelteam(bot);
  // Joost and Tom are Loket members through the binding only: neither is on the case.
  await bot.klik(loket, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket Zuid', leden: [loket, jv, tno].map((g) => g.aadObjectId).join(',') }, LOKET_KANAAL);
  casus = await besluit(bot, await registreer(bot), 'loket', loket);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

const NIET_BETROKKEN = 'U bent niet betrokken bij deze hulpvraag';
const STAGNATIE = { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Geen plek bij het Loket' };

describe('het Loket handelt via de koppeling, gecontroleerd bij elke klik', () => {
  it('wie het team van het Loket verliet, wordt geweigerd; een huidig lid kan handelen', async () => {
    const weg = teamsGebeurtenis(teams.serviceUrl, loket, LOKET_KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [{ id: jv.id, aadObjectId: jv.aadObjectId }],
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);

    const geweigerd = await bot.klikOp(casus, jv, VERBS.stagnatie, STAGNATIE);
    expect(tekstVan(geweigerd.value)).toContain(NIET_BETROKKEN);

    const gemeld = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, tno, VERBS.vernieuwen), tno, VERBS.stagnatie, STAGNATIE);
    expect(tekstVan(gemeld)).toContain('Stagnatie: bij Team NO');
  });
});
