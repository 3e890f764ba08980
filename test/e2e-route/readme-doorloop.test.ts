/**
 * README "Reminders, evaluations, stagnation and Team NO", walked exactly as written, with one person (Ingrid) in
 * every role as in the Playground: bind, register, decide, consent, accept; a sweep a few working days before the
 * evaluation date brings a reminder (no escalation); she records the evaluation from it; she binds Team NO first,
 * flags stagnation at night and is told when Team NO will get it; the sweep brings it to the Team NO channel; the
 * decision comes back in the schakelteam channel. Plus what a newcomer meets on the way (welcome, help, scopes).
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL, installatie } from '../helpers/activiteiten';
import { VasteKlok, post, startTestApp } from '../helpers/app';
import { NepTeams, startNepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const { ib } = GEBRUIKERS;
const GROEP = { id: '19:groep@thread.v2', type: 'groupChat' as const };
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00+01:00'));

beforeAll(async () => {
  teams = await startNepTeams([{ id: ib.id, aadObjectId: ib.aadObjectId, naam: ib.naam }]);
  // As in `npm run playground`: Ingrid is functional administrator, so she may bind Team NO too.
  app = await startTestApp(klok, { FUNCTIONEEL_BEHEERDERS: ib.aadObjectId });
  bot = new RouteDriver(app, teams);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

async function sweep(moment: string) {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  return { verslag, verzonden: teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST') };
}

describe('eerste keer: wat een nieuwkomer tegenkomt', () => {
  it('het welkom in een kanaal zegt dat de bot met @ genoemd moet worden', async () => {
    const vanaf = teams.verzonden.length;
    await post(app, installatie(teams.serviceUrl, ib, KANAAL));
    const [welkom] = await teams.wachtOp(1, vanaf);
    expect(String(welkom?.activiteit.text)).toContain('@Schoolondersteuning help');
  });

  it('de privacyknop op de helpkaart geeft een echte privacyverklaring', async () => {
    expect(tekstVan(kaartVan(await bot.zeg(ib, 'help')))).toContain('Hoe gaat de bot om met privacy?');
    const privacy = tekstVan((await bot.klik(ib, VERBS.helpPrivacy, {})).value);
    for (const woord of ['verwerkingsverantwoordelijke', 'bewaartermijn', 'inzage', 'correctie', 'verwijdering', 'functionaris gegevensbescherming']) {
      expect(privacy).toContain(woord);
    }
  });

  it('"mijn casussen" en "nieuwe hulpvraag" werken alleen persoonlijk; in een groepschat zegt de bot waar wel', async () => {
    for (const opdracht of ['mijn casussen', 'nieuwe hulpvraag']) {
      const antwoord = await bot.zeg(ib, opdracht, GROEP);
      expect(String(antwoord.activiteit.text)).toContain('werkt alleen in uw persoonlijke chat met de bot');
    }
  });
});

describe('README: de herinneringen- en Team NO-doorloop, met Ingrid in alle rollen', () => {
  let casus: unknown;

  it('koppelen zonder eigen termijnen toont de termijnen die gelden; registreren, besluiten, toestemming, accepteren', async () => {
    const formulier = kaartVan(await bot.zeg(ib, 'koppel schakelteam', KANAAL));
    expect(JSON.stringify(formulier)).not.toMatch(/"id":"tussentijdsWeken"[^}]*"value"/);
    const bevestigd = await bot.klik(ib, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'De Regenboog', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: ib.aadObjectId, tussentijdsWeken: 0, evaluatieMaanden: 0 }, KANAAL);
    expect(tekstVan(bevestigd.value)).toContain('tussentijds na 6 weken, evaluatie na 3 maanden (de standaard)');
    const registratie = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(registratie))?.[1] ?? '';
    const geregistreerd = (await bot.klik(ib, VERBS.registreren, { ...actieData(registratie, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie: 'AB-2016', leeftijd: '10', groep: 'groep 7', vraag: 'Trekt zich terug in de klas.' })).value;
    const besloten = await bot.kaartNaKlik(await bot.kaartNaKlik(geregistreerd, ib, VERBS.vernieuwen, {}, KANAAL), ib, VERBS.besluiten, { besluitSoort: 'regierol', besluitPersonen: ib.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Zelf', verwijsindex: 'nee' }, KANAAL);
    const toestemming = await bot.kaartNaKlik(besloten, ib, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'SMW', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' }, KANAAL);
    casus = await bot.kaartNaKlik(toestemming, ib, VERBS.accepteren, {}, KANAAL);
    expect(tekstVan(casus)).toContain(opKaart('4 januari 2027'));
  });

  it('een sweep drie werkdagen voor de evaluatiedatum herinnert (en escaleert niet); de evaluatie gaat vanaf de herinnering', async () => {
    const { verslag, verzonden } = await sweep('2026-12-29T10:00:00+01:00');
    expect(verslag.stagnaties).toBe(0);
    expect(verzonden.some((v) => v.gesprek === TEAM_NO_KANAAL.id)).toBe(false);
    // In her own personal chat (she typed there before), as the README says.
    const herinnering = verzonden.filter((v) => v.gesprek === PERSOONLIJK(ib).id).map((v) => kaartVan(v)).find((k) => tekstVan(k).includes('de tussentijdse evaluatie van'));
    expect(herinnering).toBeDefined();
    klok.zet('2026-12-29T10:05:00+01:00');
    const na = await bot.kaartNaKlik(herinnering, ib, VERBS.evaluatie, { evaluatieDoelBereikt: 'nee', evaluatieToelichting: 'Eerste stappen', evaluatieVervolg: 'doorgaan' });
    expect(tekstVan(na)).toContain('De evaluatie is vastgelegd');
    casus = na;
  });

  it('Team NO eerst gekoppeld; om 03:14 gemeld → het antwoord zegt wanneer; de sweep brengt het bij Team NO; het besluit komt terug', async () => {
    await bot.klik(ib, VERBS.kanaalKoppelen, { soort: 'team_no', naam: 'Team NO', leden: ib.aadObjectId }, TEAM_NO_KANAAL);
    klok.zet('2027-01-06T03:14:00+01:00');
    const gemeld = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, ib, VERBS.vernieuwen), ib, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Twaalf weken wachttijd' });
    expect(tekstVan(gemeld)).toContain(opKaart('Team NO krijgt de hulpvraag op woensdag 6 januari 2027 vanaf 08:00'));
    expect((await sweep('2027-01-06T03:20:00+01:00')).verzonden.filter((v) => v.gesprek === TEAM_NO_KANAAL.id)).toHaveLength(0);
    const escalatie = (await sweep('2027-01-06T08:01:00+01:00')).verzonden.find((v) => v.gesprek === TEAM_NO_KANAAL.id);
    const teamNoKaart = kaartVan(escalatie);
    expect(tekstVan(teamNoKaart)).toContain('wacht op een besluit van Team NO');
    klok.zet('2027-01-06T10:00:00+01:00');
    const vanaf = teams.verzonden.length;
    const formulier = await bot.openInPlaats(teamNoKaart, ib, 'teamnobesluit', TEAM_NO_KANAAL);
    await bot.slaOp(formulier, ib, { teamNoBesluit: 'Ambulante hulp', teamNoOpdracht: 'Start binnen 2 weken', teamNoAanbieder: 'Jeugdhulp Zuid', teamNoDatum: '2027-01-06' }, TEAM_NO_KANAAL);
    expect(bot.naar(KANAAL.id, vanaf).map((v) => JSON.stringify(v.activiteit)).join('\n')).toContain('Team NO heeft besloten');
  });
});
