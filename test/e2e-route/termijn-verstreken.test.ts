/**
 * The product-default dates (issue 20), over HTTP with the fake Teams connector and an injected clock: a handover to
 * judge and a return to close are due within 10 working days (TERMIJN_OVERDRACHT_WERKDAGEN, TERMIJN_AFSLUITEN_WERKDAGEN).
 * On that day whoever is at turn gets one reminder with the step and the date, and the history has a line; a later
 * sweep, also after a restart on the same store, sends nothing more about it.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { casusMetRegierol, koppelSchakelteam } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, RouteDriver, herstartRoute, startRouteOpSchijf, stopRouteOpSchijf, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, jv } = GEBRUIKERS;
/** Monday 23 November 2026, 10:00 in Amsterdam; 10 working days later is Monday 7 December. */
const START = '2026-11-23T10:00:00+01:00';
/** 7 December, 08:00 CET: the send window opens on the day the step is late. */
const DAG = '2026-12-07T07:00:00Z';

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date(START));
let env: Record<string, string>;

beforeEach(async () => {
  klok.zet(START);
  ({ teams, app, bot, env } = await startRouteOpSchijf(klok));
  await koppelSchakelteam(bot);
});
afterEach(() => stopRouteOpSchijf(app, teams, env));

/** Dates may be written with no-break spaces (narrow cards): the tests read them as a person does. */
const plat = (tekst: string) => tekst.replace(/\u00a0/g, ' ');

/** The personal messages one sweep at `moment` sent that contain `tekst`: to whom (AAD object id in the chat's id). */
async function herinnerd(moment: string, tekst: string): Promise<string[]> {
  const vanaf = teams.verzonden.length;
  await app.sweep(new Date(moment));
  const berichten = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST' && plat(JSON.stringify(v.activiteit)).includes(tekst));
  return berichten.map((v) => [ib, sf, smw, jv].find((g) => v.gesprek.includes(g.aadObjectId))?.naam ?? v.gesprek).sort();
}

async function herstart(): Promise<void> {
  ({ app, bot } = await herstartRoute(app, teams, klok, env));
}

describe('een verstreken standaardtermijn: één herinnering aan wie aan zet is', () => {
  it('een overdracht die niet beoordeeld is: het schakelteam op de dag zelf, één keer, ook na een herstart, met een regel in de geschiedenis', async () => {
    const kaart = await bot.kaartNaKlik(await casusMetRegierol(bot), smw, VERBS.overdracht, { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Past beter' });
    expect(plat(tekstVan(await bot.bekijk(kaart, sf)))).toContain('Aan zet: het schakelteam — overdracht beoordelen vóór 7 december 2026');
    const tekst = 'overdracht van de regierol van hulpvraag';

    expect(await herinnerd('2026-12-04T16:00:00Z', tekst)).toEqual([]);
    expect(await herinnerd(DAG, tekst)).toEqual([ib.naam, sf.naam].sort());
    const [bericht] = teams.verzonden.filter((v) => v.gesprek.includes(sf.aadObjectId) && plat(JSON.stringify(v.activiteit)).includes(tekst));
    const inhoud = plat(JSON.stringify(bericht?.activiteit));
    expect(inhoud).toContain('had vóór 7 december 2026 beoordeeld moeten zijn');
    expect(inhoud).toContain('Overdracht beoordelen: de termijn (vóór 7 december 2026) is voorbij');
    // "Dat" only: neither the pupil nor the question nor the reason someone typed.
    expect(inhoud).not.toContain('Past beter');

    expect(await herinnerd('2026-12-07T12:00:00Z', tekst)).toEqual([]);
    await herstart();
    expect(await herinnerd('2026-12-08T07:00:00Z', tekst)).toEqual([]);
    expect(await herinnerd('2026-12-21T07:00:00Z', tekst)).toEqual([]);

    const details = plat(tekstVan(await bot.details(await bot.bekijk(kaart, ib), ib)));
    expect(details.match(/Herinnerd: de termijn van de stap is voorbij/g)).toHaveLength(1);
  });

  it('teruggemeld voor afsluiting: alleen de IB-er; wie de stap op tijd zet, krijgt niets', async () => {
    const actief = await casusMetRegierol(bot);
    await bot.kaartNaKlik(await bot.bekijk(actief, smw), smw, VERBS.terugmelden, { terugToelichting: 'Doelen bereikt' });
    const tekst = 'is teruggemeld voor afsluiting en had vóór 7 december 2026 afgesloten of heropend moeten zijn';
    expect(await herinnerd(DAG, tekst)).toEqual([ib.naam]);
    expect(await herinnerd('2026-12-08T07:00:00Z', tekst)).toEqual([]);

    // A second case returned the same day and closed in time: no reminder.
    klok.zet(START);
    const tweede = await bot.kaartNaKlik(await bot.bekijk(await casusMetRegierol(bot, 'EF-2014'), smw), smw, VERBS.terugmelden, { terugToelichting: 'Klaar' });
    klok.zet('2026-12-04T10:00:00Z');
    expect(plat(tekstVan(await bot.kaartNaKlik(await bot.bekijk(tweede, ib), ib, VERBS.sluiten, { sluitUitkomst: 'Doelen behaald' })))).toContain('Gesloten');
    expect(await herinnerd('2026-12-07T08:00:00Z', 'teruggemeld voor afsluiting')).toEqual([]);
  });
});
