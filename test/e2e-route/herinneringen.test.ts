import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { casusMetRegierol, koppelSchakelteam, koppelTeamNo } from '../helpers/casus';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, startRoute, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';

const { ib, smw, tno } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

/** What one sweep at `moment` sent, per conversation. */
async function sweep(moment: string) {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  return { verslag, verzonden: teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST') };
}

let casus: unknown;

/** The holder reports progress, as a working case does (otherwise "no progress for 30 days" fires first). */
async function voortgang(moment: string) {
  klok.zet(moment);
  casus = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, smw, VERBS.vernieuwen), smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' });
}

beforeAll(async () => {
  // Only a functional administrator binds Team NO: here Tom of Team NO is one.
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId }));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  // A case with an active regierol since Monday 23 November 2026.
  casus = await casusMetRegierol(bot);
  expect(tekstVan(casus)).toContain('Tussentijdse evaluatie uiterlijk');
  expect(tekstVan(casus)).toContain(opKaart('4 januari 2027'));
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('herinneringen, evaluaties, stagnatie en Team NO', () => {
  it('herinnert regierolhouder en IB\'er drie werkdagen vooraf (over Nieuwjaarsdag heen), één keer, en nooit in het weekend', async () => {
    await voortgang('2026-12-14T10:00:00+01:00');
    expect((await sweep('2026-12-28T10:00:00+01:00')).verzonden).toHaveLength(0);
    const { verzonden } = await sweep('2026-12-29T07:30:00+01:00');
    expect(verzonden).toHaveLength(0); // before the send window opens
    const dinsdag = await sweep('2026-12-29T10:00:00+01:00');
    const ontvangers = dinsdag.verzonden.map((v) => v.gesprek).sort();
    expect(ontvangers).toEqual([PERSOONLIJK(ib).id, `a:nieuw-${smw.aadObjectId}`].sort());
    const naarHouder = dinsdag.verzonden.find((v) => v.gesprek === `a:nieuw-${smw.aadObjectId}`);
    expect(tekstVan(kaartVan(naarHouder))).toContain('de tussentijdse evaluatie van');
    expect(tekstVan(kaartVan(naarHouder))).toContain('Evaluatie vastleggen');
    expect((await sweep('2026-12-29T11:00:00+01:00')).verzonden).toHaveLength(0);
    expect((await sweep('2027-01-02T10:00:00+01:00')).verzonden).toHaveLength(0);
  });

  it('op de dag zelf opnieuw, en de houder legt de evaluatie vast vanaf de herinneringskaart', async () => {
    const maandag = await sweep('2027-01-04T09:00:00+01:00');
    const kaart = kaartVan(maandag.verzonden.find((v) => v.gesprek === `a:nieuw-${smw.aadObjectId}`));
    expect(tekstVan(kaart)).toContain('Vandaag staat de tussentijdse evaluatie');
    klok.zet('2027-01-04T10:00:00+01:00');
    const na = await bot.kaartNaKlik(kaart, smw, VERBS.evaluatie, { evaluatieDoelBereikt: 'nee', evaluatieToelichting: 'Eerste stappen gezet', evaluatieVervolg: 'doorgaan' });
    expect(tekstVan(na)).toContain('De evaluatie is vastgelegd');
    expect(tekstVan(na)).toContain(opKaart('Evaluatie uiterlijk 23 februari 2027'));
    // Recorded: no overdue reminder for the interim evaluation later.
    expect((await sweep('2027-01-11T10:00:00+01:00')).verzonden).toHaveLength(0);
  });

  it('een te laat gebleven evaluatie wordt stagnatie; Team NO krijgt de kaart met het concept plan en beslist; het besluit komt terug', async () => {
    await voortgang('2027-02-01T10:00:00+01:00');
    await voortgang('2027-02-20T10:00:00+01:00');
    const opDeDag = await sweep('2027-02-23T09:00:00+01:00');
    expect(opDeDag.verzonden.map((v) => tekstVan(kaartVan(v))).join()).toContain('Vandaag staat de evaluatie');
    const teLaat = await sweep('2027-03-12T09:00:00+01:00');
    expect(teLaat.verslag.stagnaties).toBe(1);
    let escalatie = teLaat.verzonden.find((v) => v.gesprek === TEAM_NO_KANAAL.id);
    if (!escalatie) escalatie = (await sweep('2027-03-12T09:05:00+01:00')).verzonden.find((v) => v.gesprek === TEAM_NO_KANAAL.id);
    const teamNoKaart = kaartVan(escalatie);
    expect(tekstVan(teamNoKaart)).toContain('Concept plan van aanpak');
    // The rule that fired, in plain Dutch (issue 10), never its code.
    expect(tekstVan(teamNoKaart)).toContain('de evaluatie is te lang over de datum');
    expect(tekstVan(teamNoKaart)).not.toContain('evaluatie_achterstallig');
    expect(tekstVan(teamNoKaart)).toContain('Mila SMW');
    expect(tekstVan(teamNoKaart)).not.toContain('CD-2015');

    // Someone outside Team NO cannot open the decision form (here in place: no Teams dialogs in this test).
    expect(await bot.openInPlaats(teamNoKaart, smw, 'teamnobesluit')).toContain('hoort niet bij uw rol');

    const vanaf = teams.verzonden.length;
    klok.zet('2027-03-12T11:00:00+01:00');
    const formulier = await bot.openInPlaats(teamNoKaart, tno, 'teamnobesluit', TEAM_NO_KANAAL);
    const besloten = await bot.slaOp(formulier, tno, { teamNoBesluit: 'Ambulante begeleiding thuis', teamNoOpdracht: 'Start binnen 2 weken', teamNoAanbieder: 'Jeugdhulp Zuid', teamNoDatum: '2027-03-12' }, TEAM_NO_KANAAL);
    expect(tekstVan(besloten)).toContain('Het besluit is vastgelegd');
    const terug = teams.verzonden.slice(vanaf);
    expect(terug.some((v) => v.gesprek === KANAAL.id && String(v.activiteit.text).includes('Team NO heeft besloten'))).toBe(true);
    const naarHouder = terug.find((v) => v.gesprek === `a:nieuw-${smw.aadObjectId}` && v.methode === 'POST');
    expect(tekstVan(kaartVan(naarHouder))).toContain('Besluit Team NO: Ambulante begeleiding thuis');
    // Decided: Team NO is not reminded again.
    expect((await sweep('2027-03-22T10:00:00+01:00')).verzonden.filter((v) => v.gesprek === TEAM_NO_KANAAL.id)).toHaveLength(0);
  });

  it('iedere betrokkene kan zelf stagnatie melden; de escalatie bereikt Team NO één keer', async () => {
    klok.zet('2027-03-23T10:00:00+01:00');
    const gemeld = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, ib, VERBS.vernieuwen), ib, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Aanbieder heeft 12 weken wachttijd' });
    expect(tekstVan(gemeld)).toContain('Team NO krijgt de hulpvraag binnen enkele minuten');
    const eerste = await sweep('2027-03-23T10:05:00+01:00');
    const tweede = await sweep('2027-03-23T10:10:00+01:00');
    const naarTeamNo = [...eerste.verzonden, ...tweede.verzonden].filter((v) => v.gesprek === TEAM_NO_KANAAL.id);
    expect(naarTeamNo).toHaveLength(1);
    expect(tekstVan(kaartVan(naarTeamNo[0]))).toContain('Wachtlijst');
  });
});
