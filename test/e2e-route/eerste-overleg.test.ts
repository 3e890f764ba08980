import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';
import { koppelSchakelteam } from '../helpers/casus';

/*
 * A new case says by when the schakelteam decides (issue 13), over HTTP with the fake connector and an injected
 * clock: without a meeting rhythm the limit of a new decision; with one, the meeting whose agenda first carries the
 * case. The agenda that then comes has it on it. Summer time starts on 29 March 2026: the agenda of 7 April comes
 * on 31 March at 08:00 CEST, 06:00 UTC.
 */

const { ib, sf } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
/** Monday 2 March 2026, 10:00 in Amsterdam. */
const klok = new VasteKlok(new Date('2026-03-02T09:00:00Z'));

/** IB registers a case; the answer is the IB's case card. */
async function registreerKaart(referentie: string): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  const antwoord = await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie, leeftijd: '11', groep: 'groep 8', vraag: 'Slaapt slecht.' });
  return antwoord.value;
}

/** IB registers a case; the answer is the IB's case card, as text. */
async function registreer(referentie: string): Promise<string> {
  return tekstVan(await registreerKaart(referentie));
}

/** The schakelteam sets its rhythm in its channel. */
async function zetRitme(ritme: Record<string, string>): Promise<string> {
  return tekstVan((await bot.klik(sf, VERBS.vergaderritme, ritme, KANAAL)).value);
}

/** The agenda card a sweep at `moment` posts in the schakelteam channel (empty when none). */
async function agendaNa(moment: string): Promise<string> {
  const vanaf = teams.verzonden.length;
  await app.sweep(new Date(moment));
  const kaarten = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST' && v.gesprek === KANAAL.id && v.activiteit.attachments !== undefined);
  return kaarten.map((v) => tekstVan(kaartVan(v))).find((k) => k.includes('Agenda schakelteam')) ?? '';
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await koppelSchakelteam(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('een nieuwe hulpvraag: vóór wanneer besluit het schakelteam', () => {
  it('zonder vergaderritme: binnen de termijn van een nieuw besluit (10 werkdagen)', async () => {
    expect(await registreer('AA-2015')).toContain(opKaart('Aan zet: het schakelteam — besluit nemen vóór 16 maart 2026'));
  });

  it('met vergaderritme: in het overleg waarvan de agenda de hulpvraag nog kan dragen, ook over de zomertijd heen', async () => {
    expect(await zetRitme({ ritme: 'wekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-03-03' })).toContain('elke week op dinsdag om 14:00');
    klok.zet('2026-03-31T05:59:00Z');
    const voor = await registreer('BB-2015');
    expect(voor).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 7 april 2026'));
    const nummerVoor = /HV-2026-\d{4}/.exec(voor)?.[0] ?? '';
    // The agenda of 7 April comes at 08:00 CEST and carries it.
    const agenda = await agendaNa('2026-03-31T06:00:00Z');
    expect(agenda).toContain(opKaart('overleg dinsdag 7 april 2026 om 14:00'));
    expect(agenda).toContain(`${nummerVoor} · OBS De Regenboog · Bij het schakelteam`);

    // Registered after that agenda went out: the next meeting.
    klok.zet('2026-03-31T06:01:00Z');
    const na = await registreer('CC-2015');
    expect(na).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 14 april 2026'));
    const nummerNa = /HV-2026-\d{4}/.exec(na)?.[0] ?? '';
    const volgende = await agendaNa('2026-04-07T06:00:00Z');
    expect(volgende).toContain(opKaart('overleg dinsdag 14 april 2026 om 14:00'));
    expect(volgende).toContain(`${nummerNa} · OBS De Regenboog · Bij het schakelteam`);
  });

  it('de datum volgt het ritme van nu: een ander ritme verplaatst haar, en na een overleg zonder besluit komt het volgende', async () => {
    // Monday 13 April, 10:00: the agenda of Tuesday 14 April came on 7 April, so the case waits for 21 April.
    klok.zet('2026-04-13T08:00:00Z');
    const kaart = await registreerKaart('DD-2015');
    expect(tekstVan(kaart)).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 21 april 2026'));
    const nummer = /HV-2026-\d{4}/.exec(tekstVan(kaart))?.[0] ?? '';

    // The team moves to Thursdays: the agenda of 16 April came on 9 April, before the case; its meeting is 23 April.
    expect(await zetRitme({ ritme: 'wekelijks', weekdag: '4', tijd: '09:00', vanaf: '2026-04-13' })).toContain('elke week op donderdag om 09:00');
    expect(tekstVan(await bot.bekijk(kaart, ib))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 23 april 2026'));
    expect(tekstVan(await bot.bekijk(kaart, sf))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 23 april 2026'));

    // The agenda of 30 April (due on the meeting day of 23 April) carries it again, still waiting.
    const agenda = await agendaNa('2026-04-23T06:00:00Z');
    expect(agenda).toContain(opKaart('overleg donderdag 30 april 2026 om 09:00'));
    expect(agenda).toContain(`${nummer} · OBS De Regenboog · Bij het schakelteam`);
    // On the meeting day itself the card still names it; the day after, with no decision, the next meeting.
    klok.zet('2026-04-23T15:00:00Z');
    expect(tekstVan(await bot.bekijk(kaart, ib))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 23 april 2026'));
    klok.zet('2026-04-24T08:00:00Z');
    expect(tekstVan(await bot.bekijk(kaart, ib))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen in het overleg van 30 april 2026'));

    // No rhythm any more: the limit of a new decision, 10 working days after it was passed on (Koningsdag skipped).
    await zetRitme({ ritme: 'geen' });
    expect(tekstVan(await bot.bekijk(kaart, ib))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen vóór 28 april 2026'));
  });
});
