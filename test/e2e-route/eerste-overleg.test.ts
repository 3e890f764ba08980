import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

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

/** IB registers a case; the answer is the IB's case card, as text. */
async function registreer(referentie: string): Promise<string> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  const antwoord = await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie, leeftijd: '11', groep: 'groep 8', vraag: 'Slaapt slecht.' });
  return tekstVan(antwoord.value);
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
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
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
    expect(tekstVan((await bot.klik(sf, VERBS.vergaderritme, { ritme: 'wekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-03-03' }, KANAAL)).value)).toContain('elke week op dinsdag om 14:00');
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
});
