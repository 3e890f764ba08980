/**
 * Reaching people (issue 10, point 6): 1:1 messages use the person's own 1:1 chat, not the schakelteam's team.
 * When the bot is removed from that team, only what needs the team stops (channel card, agenda, channel posts);
 * the schakelteam members hear it in their 1:1 chat, and due reminders still reach the holder and the IB'er.
 */
import { App } from '../../src/index';
import { CONTAINERS } from '../../src/store/containers';
import { VERBS } from '../../src/teams/verbs';
import { TENANT, teamsGebeurtenis } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { casusMetRegierol, koppelSchakelteam } from '../helpers/casus';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const { ib, sf, smw } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
let casus: unknown;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await bot.installeer(ib);
  await koppelSchakelteam(bot);
  casus = await casusMetRegierol(bot, 'GH-2015');
  expect(tekstVan(casus)).toContain(opKaart('4 januari 2027'));
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('de bot uit het team van het schakelteam verwijderd', () => {
  it('vertelt de schakelteamleden het in hun 1:1-chat; herinneringen aan houder en IB-er komen daarna gewoon aan', async () => {
    // The IB'er's 1:1 chat was stored before the per-person lookup copies existed (issue 12): it must still be found.
    await app.database.container(CONTAINERS.kanalen.name).item(`kanaal-persoon:${ib.aadObjectId}`, TENANT).delete();

    const vanaf = teams.verzonden.length;
    const verwijderd = teamsGebeurtenis(teams.serviceUrl, sf, KANAAL, { type: 'installationUpdate', action: 'remove' });
    expect((await post(app, verwijderd)).status).toBe(200);
    const gemeld = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST');
    for (const gesprek of [PERSOONLIJK(ib).id, `a:nieuw-${sf.aadObjectId}`]) {
      expect(gemeld.filter((v) => v.gesprek === gesprek).map((v) => String(v.activiteit.text)).join()).toContain('De bot is uit het team van schakelteam Zuid verwijderd');
    }
    expect(gemeld.some((v) => v.gesprek === KANAAL.id)).toBe(false);

    // Three working days before the interim evaluation (Tuesday 29 December) both get their card in their own chat
    // (and, a month after the last progress, the request to record it).
    const voor = teams.verzonden.length;
    const verslag = await app.sweep(new Date('2026-12-29T10:00:00+01:00'));
    const herinneringen = teams.verzonden.slice(voor).filter((v) => v.methode === 'POST');
    expect(verslag).toMatchObject({ verzonden: 4, mislukt: 0, onbruikbaar: 0, fouten: [] });
    for (const gesprek of [PERSOONLIJK(ib).id, `a:nieuw-${smw.aadObjectId}`]) {
      const kaarten = herinneringen.filter((v) => v.gesprek === gesprek).map((v) => tekstVan(kaartVan(v)));
      expect(kaarten.join()).toContain('de tussentijdse evaluatie van');
      expect(kaarten.join()).toContain('geen voortgang vastgelegd');
    }
    expect(herinneringen).toHaveLength(4);

    // A click still works and the holder's card answers; nothing goes to the channel any more.
    const na = teams.verzonden.length;
    klok.zet('2026-12-29T11:00:00+01:00');
    casus = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, smw, VERBS.vernieuwen), smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' });
    expect(tekstVan(casus)).toContain('Regierol actief');
    expect(teams.verzonden.slice(na).some((v) => v.gesprek === KANAAL.id)).toBe(false);
  });
});
