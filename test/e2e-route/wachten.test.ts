/**
 * Nobody waits unseen (issue 10, point 4): over real HTTP with the fake Teams connector, every kind of wait is
 * reminded to whoever must act, and only after its limit escalates to Team NO. Default limits (src/config.ts):
 * offer 3/10 working days, consent 5/15, new decision 3/10; the Loket is reminded when its answer is due (5 working
 * days after the case reached it) and its help not started 10 weeks after that is stagnation (domain/loket.ts).
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, TEAM_NO_KANAAL, teamsGebeurtenis } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams, VerzondenActiviteit } from '../helpers/nep-teams';
import { besluit, koppelSchakelteam, koppelTeamNo, registreer, toestemming } from '../helpers/casus';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, startRoute, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const { ib, sf, smw, jv, loket, tno } = GEBRUIKERS;
/** Monday 23 November 2026, 10:00 in Amsterdam. */
const START = '2026-11-23T10:00:00+01:00';

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date(START));

beforeEach(async () => {
  klok.zet(START);
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: `${tno.aadObjectId},${loket.aadObjectId}` }));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  await bot.klik(loket, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket Zuid', leden: loket.aadObjectId }, LOKET_KANAAL);
});
afterEach(async () => {
  await app.stop();
  await teams.stop();
});

/** Everything one sweep at `moment` sent, as text per conversation (cards as their JSON). */
async function sweep(moment: string): Promise<{ stagnaties: number; berichten: Array<{ gesprek: string; tekst: string }> }> {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  const berichten = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST').map((v) => ({ gesprek: v.gesprek, tekst: inhoud(v) }));
  return { stagnaties: verslag.stagnaties, berichten };
}

function inhoud(v: VerzondenActiviteit): string {
  return typeof v.activiteit.text === 'string' ? v.activiteit.text : JSON.stringify(v.activiteit.attachments ?? '');
}

const naar = (berichten: ReadonlyArray<{ gesprek: string; tekst: string }>, gesprek: string) => berichten.filter((b) => b.gesprek === gesprek).map((b) => b.tekst);
const NIEUW = (g: { aadObjectId: string }) => `a:nieuw-${g.aadObjectId}`;

/** The escalation reaches the Team NO channel in the sweep that flags it, or in the next one. */
async function escalatie(moment: string, volgende: string): Promise<string> {
  const eerste = await sweep(moment);
  expect(eerste.stagnaties).toBe(1);
  const kaart = naar(eerste.berichten, TEAM_NO_KANAAL.id)[0] ?? naar((await sweep(volgende)).berichten, TEAM_NO_KANAAL.id)[0];
  if (!kaart) throw new Error('Team NO hoorde niets');
  return kaart;
}

describe('niemand wacht ongezien', () => {
  it('een onbeantwoord aanbod: de kandidaat wordt herinnerd, daarna gaat het als stagnatie naar Team NO', async () => {
    await toestemming(bot, await besluit(bot, await registreer(bot), 'regierol', smw));
    expect((await sweep('2026-11-25T10:00:00+01:00')).berichten).toEqual([]);
    const herinnerd = await sweep('2026-11-26T08:30:00+01:00');
    expect(naar(herinnerd.berichten, NIEUW(smw)).join()).toContain('de regierol voor hulpvraag');
    expect(naar(herinnerd.berichten, NIEUW(smw)).join()).toContain('nog niet geantwoord');
    expect(herinnerd.berichten.map((b) => b.gesprek)).toEqual([NIEUW(smw)]);
    expect((await sweep('2026-12-04T10:00:00+01:00')).stagnaties).toBe(0);
    const kaart = await escalatie('2026-12-07T08:30:00+01:00', '2026-12-07T08:35:00+01:00');
    expect(kaart).toContain('het aanbod van de regierol is te lang niet beantwoord');
  });

  it('niet vastgelegde toestemming: de IB-er wordt herinnerd, daarna stagnatie', async () => {
    await besluit(bot, await registreer(bot), 'regierol', smw);
    expect((await sweep('2026-11-27T10:00:00+01:00')).berichten).toEqual([]);
    const herinnerd = await sweep('2026-11-30T08:30:00+01:00');
    expect(herinnerd.berichten.map((b) => b.gesprek)).toEqual([PERSOONLIJK(ib).id]);
    expect(herinnerd.berichten[0]?.tekst).toContain('is nog niet vastgelegd');
    expect((await sweep('2026-12-11T10:00:00+01:00')).stagnaties).toBe(0);
    const kaart = await escalatie('2026-12-14T08:30:00+01:00', '2026-12-14T08:35:00+01:00');
    expect(kaart).toContain('de toestemming is te lang niet vastgelegd');
  });

  it('niet vastgelegde toestemming terwijl de IB-er het team verliet: de schakelfunctionaris (die de rol overneemt) wordt herinnerd', async () => {
    await besluit(bot, await registreer(bot), 'regierol', smw);
    const weg = teamsGebeurtenis(teams.serviceUrl, sf, KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [{ id: ib.id, aadObjectId: ib.aadObjectId }],
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);
    // The card names the schakelfunctionaris ("Rol overnemen"); the consent reminder goes to them, not to nobody.
    const herinnerd = await sweep('2026-11-30T08:30:00+01:00');
    expect(herinnerd.berichten.map((b) => b.gesprek)).toEqual([NIEUW(sf)]);
    expect(herinnerd.berichten[0]?.tekst).toContain('is nog niet vastgelegd');
  });

  it('een geweigerd aanbod: het schakelteam hoort het meteen, wordt herinnerd aan een nieuw besluit, daarna stagnatie', async () => {
    const aangeboden = await toestemming(bot, await besluit(bot, await registreer(bot), 'regierol', smw));
    const vanaf = teams.verzonden.length;
    const geweigerd = await bot.kaartNaKlik(await bot.kaartNaKlik(aangeboden, smw, VERBS.vernieuwen), smw, VERBS.weigeren, { weigerReden: 'caseload vol' });
    expect(tekstVan(geweigerd)).toContain('Het schakelteam kiest opnieuw');
    const meteen = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST');
    for (const lid of [PERSOONLIJK(ib).id, NIEUW(sf)]) {
      expect(meteen.filter((v) => v.gesprek === lid).map(inhoud).join()).toContain('Mila SMW heeft de regierol voor hulpvraag');
    }
    const herinnerd = await sweep('2026-11-26T08:30:00+01:00');
    expect(herinnerd.berichten.map((b) => b.gesprek).sort()).toEqual([PERSOONLIJK(ib).id, NIEUW(sf)].sort());
    expect(herinnerd.berichten[0]?.tekst).toContain(opKaart('wacht sinds 23 november 2026 op een nieuw besluit'));
    const kaart = await escalatie('2026-12-07T08:30:00+01:00', '2026-12-07T08:35:00+01:00');
    expect(kaart).toContain('het schakelteam heeft te lang geen nieuw besluit genomen');
  });

  it('een aanbod dat niet te bezorgen is: het aanbod vervalt, het schakelteam hoort meteen waarom, en wordt herinnerd', async () => {
    teams.weigerNieuwGesprek(jv.aadObjectId);
    const besloten = await besluit(bot, await registreer(bot), 'regierol', jv);
    const vanaf = teams.verzonden.length;
    await toestemming(bot, besloten);
    const meteen = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST');
    expect(meteen.filter((v) => v.gesprek === PERSOONLIJK(ib).id).map(inhoud).join()).toContain('kon niet bij Joost JV worden bezorgd');
    expect(meteen.filter((v) => v.gesprek === NIEUW(sf)).map(inhoud).join()).toContain('Het schakelteam neemt een nieuw besluit');
    // The case is back at the schakelteam, in its history with the reason; the channel card shows it.
    const kaart = tekstVan(await bot.kaartNaKlik(besloten, sf, VERBS.vernieuwen, {}, KANAAL));
    expect(kaart).toContain('Bij het schakelteam');
    const kanaalkaart = teams.verzonden.slice(vanaf).filter((v) => v.gesprek === KANAAL.id && v.methode === 'PUT').map(inhoud).at(-1) ?? '';
    expect(kanaalkaart).toContain('Bij het schakelteam');
    const herinnerd = await sweep('2026-11-26T08:30:00+01:00');
    expect(naar(herinnerd.berichten, PERSOONLIJK(ib).id).join()).toContain('op een nieuw besluit van het schakelteam');
  });

  it('hulp via het Loket niet gestart: het Loket wordt herinnerd als zijn antwoord verwacht werd, daarna stagnatie', async () => {
    await toestemming(bot, await besluit(bot, await registreer(bot), 'loket', loket));
    expect((await sweep('2026-11-27T10:00:00+01:00')).berichten).toEqual([]);
    const herinnerd = await sweep('2026-11-30T08:30:00+01:00');
    expect(naar(herinnerd.berichten, LOKET_KANAAL.id).join()).toContain('ligt sinds 23 november 2026 bij het Loket en is nog niet opgepakt');
    expect(naar(herinnerd.berichten, NIEUW(loket)).join()).toContain('nog niet opgepakt');
    // The offer to the Loket employee follows the Loket's clock (10 weeks), not the 10 working days of an offer.
    expect((await sweep('2026-12-07T10:00:00+01:00')).stagnaties).toBe(0);
    expect((await sweep('2027-01-29T10:00:00+01:00')).stagnaties).toBe(0);
    const kaart = await escalatie('2027-02-01T08:30:00+01:00', '2027-02-01T08:35:00+01:00');
    expect(kaart).toContain('de hulp via het Loket is niet op tijd gestart');
  });
});

/*
 * Issue 21: every member of the schakelteam left its team. The case card says a functional administrator must bind
 * the schakelteam again, so the wait's reminder goes to the administrators (FUNCTIONEEL_BEHEERDERS: tno and loket
 * here): which schakelteam and what to do, nothing about the case (they are not involved in it).
 */
describe('niemand van het schakelteam meer', () => {
  async function iedereenWeg(): Promise<void> {
    await besluit(bot, await registreer(bot), 'regierol', smw);
    const weg = teamsGebeurtenis(teams.serviceUrl, jv, KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [ib, sf].map((g) => ({ id: g.id, aadObjectId: g.aadObjectId })),
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);
  }

  it('de toestemmingsherinnering gaat naar functioneel beheer: welk schakelteam en opnieuw koppelen, geen gegevens van de hulpvraag', async () => {
    await iedereenWeg();
    const herinnerd = await sweep('2026-11-30T08:30:00+01:00');
    expect(herinnerd.berichten.map((b) => b.gesprek).sort()).toEqual([NIEUW(tno), NIEUW(loket)].sort());
    for (const { tekst } of herinnerd.berichten) {
      expect(tekst).toContain('Schakelteam Zuid heeft niemand meer');
      expect(tekst).toContain('koppel schakelteam');
      expect(tekst).not.toMatch(/HV-\d{4}/);
      expect(tekst).not.toContain('OBS De Regenboog');
    }
    // Once: the next sweeps send nothing more about it.
    expect((await sweep('2026-12-01T08:30:00+01:00')).berichten).toEqual([]);
  });

  it('geen beheerder bereikbaar: een waarschuwing met code en de herinnering blijft bewaard tot er een 1:1-gesprek is', async () => {
    teams.weigerNieuwGesprek(tno.aadObjectId);
    teams.weigerNieuwGesprek(loket.aadObjectId);
    await iedereenWeg();
    const vanaf = teams.verzonden.length;
    const verslag = await app.sweep(new Date('2026-11-30T08:30:00+01:00'));
    expect(verslag).toMatchObject({ uitgesteld: 1, verzonden: 0 });
    expect(verslag.fouten.join()).toContain('HERINNERING.BEHEER_ONBEREIKBAAR');
    expect(verslag.fouten.join()).not.toMatch(/Ingrid|Sam Schakel|HV-\d{4}/);
    expect(teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST')).toEqual([]);
    // The administrator talks to the bot: from the next working day's sweep the reminder reaches that chat.
    await bot.zeg(tno, 'help');
    expect((await sweep('2026-11-30T16:00:00+01:00')).berichten).toEqual([]);
    const later = await sweep('2026-12-01T08:30:00+01:00');
    expect(later.berichten.map((b) => b.gesprek)).toEqual([PERSOONLIJK(tno).id]);
    expect(later.berichten[0]?.tekst).toContain('Schakelteam Zuid heeft niemand meer');
  });
});
