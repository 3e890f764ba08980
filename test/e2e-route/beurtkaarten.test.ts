/**
 * "Your turn" cards over HTTP after Team NO's decision: they follow the step the case card names (the domain's
 * `volgendeStap`), so the regierol holder gets one only when the decision puts the step with them. Real HTTP against
 * the bot, the local Cosmos server, the fake Teams connector.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { casusMetRegierol, koppelSchakelteam, koppelTeamNo } from '../helpers/casus';
import { NepTeams, VerzondenActiviteit } from '../helpers/nep-teams';
import { GEBRUIKERS, PERSOONLIJK, RouteDriver, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, tno } = GEBRUIKERS;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
const BESLUIT = { teamNoBesluit: 'Ambulante begeleiding thuis', teamNoOpdracht: 'Start binnen 2 weken', teamNoAanbieder: 'Jeugdhulp Zuid', teamNoDatum: '2026-11-24' };
let app: App;
let teams: NepTeams;
let bot: RouteDriver;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId }));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

/** The IB'er reports the case as stalled; the sweep escalates it; Team NO decides. What was sent after the decision. */
async function teamNoBesluit(casus: unknown): Promise<VerzondenActiviteit[]> {
  await bot.kaartNaKlik(await bot.kaartNaKlik(casus, ib, VERBS.vernieuwen), ib, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Twaalf weken wachttijd' });
  const voor = teams.verzonden.length;
  await app.sweep(new Date(klok.nu().getTime() + 5 * 60_000));
  const escalatie = kaartVan(teams.verzonden.slice(voor).find((v) => v.gesprek === TEAM_NO_KANAAL.id));
  const vanaf = teams.verzonden.length;
  const formulier = await bot.openInPlaats(escalatie, tno, 'teamnobesluit', TEAM_NO_KANAAL);
  expect(tekstVan(await bot.slaOp(formulier, tno, BESLUIT, TEAM_NO_KANAAL))).toContain('Het besluit is vastgelegd');
  await app.rustig();
  return teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST');
}

const aan = (verzonden: readonly VerzondenActiviteit[], wie: TestGebruiker) => verzonden.filter((v) => v.gesprek.endsWith(wie.aadObjectId));
const isKaart = (v: VerzondenActiviteit) => Array.isArray(v.activiteit.attachments) && v.activiteit.attachments.length > 0;

describe('"uw beurt" na het besluit van Team NO', () => {
  it('de toestemming is ingetrokken: de IB\'er/COO krijgt de beurt, de regierolhouder geen beurtkaart en niet wat Team NO typte', async () => {
    const casus = await casusMetRegierol(bot);
    await bot.klikOp(await bot.kaartNaKlik(casus, ib, VERBS.vernieuwen), ib, VERBS.toestemmingIntrekken);
    const verzonden = await teamNoBesluit(casus);

    const naarHouder = aan(verzonden, smw);
    expect(naarHouder.filter(isKaart)).toHaveLength(0);
    expect(naarHouder.map((v) => String(v.activiteit.text))).toEqual([expect.stringMatching(/^Team NO heeft besloten over hulpvraag HV-2026-\d{4}\.$/)]);
    expect(JSON.stringify(naarHouder)).not.toContain('Ambulante begeleiding');

    const naarIb = aan(verzonden, ib).filter(isKaart);
    expect(naarIb).toHaveLength(1);
    expect(tekstVan(kaartVan(naarIb[0]))).toContain('Uw beurt');
    expect(tekstVan(kaartVan(naarIb[0]))).toContain('Toestemming vastleggen vóór');
  });

  it('de regierol loopt door: de houder krijgt één bericht, de beurtkaart met het besluit als aanleiding', async () => {
    const verzonden = await teamNoBesluit(await casusMetRegierol(bot));
    const naarHouder = aan(verzonden, smw);
    expect(naarHouder).toHaveLength(1);
    const kaart = tekstVan(kaartVan(naarHouder[0]));
    expect(kaart).toContain('Besluit Team NO: Ambulante begeleiding thuis');
    expect(kaart).toContain('Voortgang vastleggen');
    // Nobody else is at turn: the IB'er who reported it gets nothing 1:1.
    expect(aan(verzonden, ib)).toHaveLength(0);
    expect(verzonden.filter((v) => v.gesprek === PERSOONLIJK(sf).id)).toHaveLength(0);
  });
});
