import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';
import { koppelSchakelteam } from '../helpers/casus';

/* The agenda across school holidays (SCHOOLVAKANTIES) and daylight saving, over HTTP with the fake connector. */

const { ib, sf } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
// Kerstvakantie 2026 and a herfstvakantie that ends with the end of summer time (31 October 2027).
const SCHOOLVAKANTIES = '2026-12-19..2027-01-03,2027-10-23..2027-10-31';

/** The agenda cards one sweep at `moment` posted in the schakelteam channel. */
async function agendasNa(moment: string): Promise<string[]> {
  const vanaf = teams.verzonden.length;
  await app.sweep(new Date(moment));
  return teams.verzonden
    .slice(vanaf)
    .filter((v) => v.methode === 'POST' && v.gesprek === KANAAL.id && v.activiteit.attachments !== undefined)
    .map((v) => tekstVan(kaartVan(v)))
    .filter((k) => k.includes('Agenda schakelteam'));
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { SCHOOLVAKANTIES }));
  await koppelSchakelteam(bot);
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie: 'GH-2015', leeftijd: '11', groep: 'groep 8', vraag: 'Slaapt slecht.' });
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('geen overleg in de schoolvakantie', () => {
  it('om de week op dinsdag: het overleg van 29 december vervalt; de leerling en het algemene punt staan op de agenda van 12 januari', async () => {
    const bevestiging = tekstVan((await bot.klik(sf, VERBS.vergaderritme, { ritme: 'tweewekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-12-01' }, KANAAL)).value);
    expect(bevestiging).toContain(opKaart('dinsdag 1 december 2026 om 14:00'));

    expect(await agendasNa('2026-12-08T10:00:00+01:00')).toEqual([expect.stringContaining(opKaart('overleg dinsdag 15 december 2026 om 14:00'))]);
    // After 15 December the next meeting in the rhythm (29 December) falls in the Kerstvakantie: a general item goes
    // to 12 January, and the form says so.
    klok.zet('2026-12-16T09:00:00Z');
    const punt = tekstVan((await bot.klik(sf, VERBS.agendapunt, { categorie: 'Scholing en deskundigheid' }, KANAAL)).value);
    expect(punt).toContain('Het punt staat op de agenda van het overleg van dinsdag 12 januari 2027.');
    // 22 December would be the due day of 29 December's agenda: nothing comes, on any day of the holiday.
    expect(await agendasNa('2026-12-22T10:00:00+01:00')).toEqual([]);
    expect(await agendasNa('2026-12-28T10:00:00+01:00')).toEqual([]);
    expect(await agendasNa('2027-01-04T10:00:00+01:00')).toEqual([]);
    const januari = await agendasNa('2027-01-05T08:00:00+01:00');
    expect(januari).toEqual([expect.stringContaining(opKaart('overleg dinsdag 12 januari 2027 om 14:00'))]);
    // The pupil who was still waiting is simply on the next real meeting's agenda, with the general item.
    expect(januari[0]).toContain('HV-2026-0001 · OBS De Regenboog · Bij het schakelteam');
    expect(januari[0]).toContain(`Scholing en deskundigheid (ingebracht door ${sf.naam})`);
  });

  it('elke week op donderdag over de herfstvakantie en het einde van de zomertijd: 28 oktober vervalt, de agenda van 4 november komt op 28 oktober om 08:00', async () => {
    klok.zet('2027-10-01T09:00:00Z');
    expect(tekstVan((await bot.klik(ib, VERBS.vergaderritme, { ritme: 'wekelijks', weekdag: '4', tijd: '09:30', vanaf: '2027-10-07' }, KANAAL)).value)).toContain(
      'elke week op donderdag om 09:30',
    );
    expect(await agendasNa('2027-10-14T06:00:00Z')).toEqual([expect.stringContaining(opKaart('overleg donderdag 21 oktober 2027 om 09:30'))]);
    expect(await agendasNa('2027-10-21T06:00:00Z')).toEqual([]);
    // Still summer time on 28 October: 08:00 is 06:00 UTC; on 4 November it is winter time: 08:00 is 07:00 UTC.
    expect(await agendasNa('2027-10-28T05:59:00Z')).toEqual([]);
    expect(await agendasNa('2027-10-28T06:00:00Z')).toEqual([expect.stringContaining(opKaart('overleg donderdag 4 november 2027 om 09:30'))]);
    expect(await agendasNa('2027-11-04T06:59:00Z')).toEqual([]);
    expect(await agendasNa('2027-11-04T07:00:00Z')).toEqual([expect.stringContaining(opKaart('overleg donderdag 11 november 2027 om 09:30'))]);
  });
});
