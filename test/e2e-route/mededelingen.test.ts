/**
 * Notices the bot sends on its own outside one case (issue 10, point 5): "a member left" to the schakelteam and
 * "the bot was removed from the team" to the members in 1:1 go through the send pipeline, so 5 server errors or
 * Teams delivering the same event twice still give exactly one of each. Counted, never timed.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { teamsGebeurtenis } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { registreer } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, startRoute } from '../helpers/route-driver';

const { ib, sf, jv } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
const VIJF_KEER_500 = Array.from({ length: 5 }, () => ({ status: 500 }));

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await bot.installeer(ib);
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: `${ib.aadObjectId},${jv.aadObjectId}`, schakelfunctionaris: sf.aadObjectId }, KANAAL);
  await registreer(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

/** Accepted messages to `gesprek` that contain `tekst`. */
const aangekomen = (gesprek: string, tekst: string) => teams.verzonden.filter((v) => v.methode === 'POST' && v.gesprek === gesprek && String(v.activiteit.text).includes(tekst));

/** Sweeps as the planner would, minutes apart, until the retries are through. */
async function sweepsNa(...minuten: number[]): Promise<void> {
  for (const m of minuten) {
    klok.zet(new Date(klok.nu().getTime() + m * 60_000));
    await app.sweep(klok.nu());
  }
}

describe('mededelingen buiten één hulpvraag gaan door de verzendwachtrij', () => {
  it('"lid vertrokken": 5× een serverfout en dezelfde gebeurtenis twee keer, toch precies één keer in kanaal en 1:1', async () => {
    teams.storing(KANAAL.id, ...VIJF_KEER_500);
    teams.storing(PERSOONLIJK(ib).id, ...VIJF_KEER_500);
    const weg = teamsGebeurtenis(teams.serviceUrl, ib, KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [{ id: sf.id, aadObjectId: sf.aadObjectId }],
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);
    // Teams delivers the same event again (same activity id): nothing new is planned.
    expect((await post(app, weg)).status).toBe(200);
    await sweepsNa(2, 10, 30, 60);

    const tekst = 'Sam Schakel (schakelfunctionaris O/JH) is niet meer lid van schakelteam Zuid';
    expect(aangekomen(KANAAL.id, tekst)).toHaveLength(1);
    expect(aangekomen(PERSOONLIJK(ib).id, tekst)).toHaveLength(1);
    expect(aangekomen(`a:nieuw-${jv.aadObjectId}`, tekst)).toHaveLength(1);
    // The one who left is not told the schakelteam's business any more.
    expect(aangekomen(`a:nieuw-${sf.aadObjectId}`, tekst)).toHaveLength(0);
    // The first attempt did meet the server errors.
    expect(teams.verzoeken.filter((v) => v.gesprek === PERSOONLIJK(ib).id && v.status === 500).length).toBeGreaterThan(0);
  });

  it('"bot verwijderd": 5× een serverfout op de 1:1-chat, toch precies één keer', async () => {
    teams.storing(PERSOONLIJK(ib).id, ...VIJF_KEER_500);
    const verwijderd = teamsGebeurtenis(teams.serviceUrl, ib, KANAAL, { type: 'installationUpdate', action: 'remove' });
    expect((await post(app, verwijderd)).status).toBe(200);
    expect((await post(app, verwijderd)).status).toBe(200);
    await sweepsNa(2, 10, 30, 60);

    const tekst = 'De bot is uit het team van schakelteam Zuid verwijderd';
    expect(aangekomen(PERSOONLIJK(ib).id, tekst)).toHaveLength(1);
    expect(aangekomen(`a:nieuw-${jv.aadObjectId}`, tekst)).toHaveLength(1);
    expect(aangekomen(KANAAL.id, tekst)).toHaveLength(0);
  });
});
