/** Team NO per region (REGIOS): each region its own Team NO, bound by a functional administrator; a case goes to its school's region. */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { casusMetRegierol, koppelSchakelteam } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, Gesprek, RouteDriver, actieData, casusData, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { smw, jv, tno, loket } = GEBRUIKERS;
const ZUID_KANAAL = { id: '19:teamno-zuid@thread.tacv2', type: 'channel' as const };
let app: App;
let teams: NepTeams;
let bot: RouteDriver;

beforeAll(async () => {
  // Joost is functional administrator; OBS De Regenboog (the school of every case here) lies in region Zuid.
  ({ teams, app, bot } = await startRoute(new VasteKlok(new Date('2026-11-23T09:00:00Z')), { FUNCTIONEEL_BEHEERDERS: jv.aadObjectId, REGIOS: 'Noord=OBS Het Anker;Zuid=OBS De Regenboog' }));
  await koppelSchakelteam(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

async function koppelTeamNo(regio: string, kanaal: Gesprek, lid: { aadObjectId: string }): Promise<string> {
  const kaart = kaartVan(await bot.zeg(jv, `koppel team no ${regio}`, kanaal));
  const data = actieData(kaart, VERBS.kanaalKoppelen);
  return tekstVan((await bot.klik(jv, VERBS.kanaalKoppelen, { ...data, naam: `Team NO ${regio}`, leden: lid.aadObjectId }, kanaal)).value);
}

describe('Team NO per regio', () => {
  it('een beheerder koppelt per regio één Team NO; een onbekende regio wordt geweigerd', async () => {
    expect(tekstVan(kaartVan(await bot.zeg(jv, 'koppel team no Noord', TEAM_NO_KANAAL)))).toContain('Dit kanaal koppelen als Team NO voor regio Noord');
    expect(await koppelTeamNo('West', TEAM_NO_KANAAL, tno)).toContain('Onbekende regio \\"West\\". Kies uit: Noord, Zuid.');
    expect(await koppelTeamNo('Noord', TEAM_NO_KANAAL, tno)).toContain('Team NO \\"Team NO Noord\\" is gekoppeld voor regio Noord');
    expect(await koppelTeamNo('Zuid', ZUID_KANAAL, loket)).toContain('is gekoppeld voor regio Zuid');
    // Binding another channel for Zuid ends only Zuid's earlier binding.
    const ander = { id: '19:teamno-zuid-nieuw@thread.tacv2', type: 'channel' as const };
    expect(await koppelTeamNo('Zuid', ander, loket)).toContain('voor regio Zuid');
    expect(await koppelTeamNo('Zuid', ZUID_KANAAL, loket)).toContain('voor regio Zuid');
    const { resources } = await app.database.container('kanalen').items.query<{ id: string; regio?: string }>('SELECT c.id, c.regio FROM c WHERE c.soort = "team_no"').fetchAll();
    expect(resources.map((k) => [k.id.split(':').slice(-2).join(':'), k.regio]).sort()).toEqual([
      [TEAM_NO_KANAAL.id, 'Noord'],
      [ZUID_KANAAL.id, 'Zuid'],
    ].sort());
  });

  it("een vastgelopen hulpvraag gaat naar het Team NO van de regio van de school; het Team NO van een andere regio kan niet besluiten", async () => {
    const casus = await casusMetRegierol(bot, 'RG-2016');
    const gemeld = await bot.klikOp(casus, smw, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Wachtlijst jeugdhulp' });
    expect(tekstVan(gemeld.value)).toContain('Gemeld.');
    // The escalation card goes to Zuid's Team NO channel only.
    const vanaf = teams.verzonden.length;
    await app.sweep(new Date('2026-11-23T10:00:00Z'));
    expect(bot.naar(ZUID_KANAAL.id, vanaf).length).toBeGreaterThan(0);
    expect(bot.naar(TEAM_NO_KANAAL.id, vanaf)).toEqual([]);
    const id = String(casusData(casus).hulpvraagId);
    const { resources } = await app.database.container('hulpvragen').items.query<{ betrokkenen: Array<{ rol: string; aadObjectId: string }> }>({ query: 'SELECT c.betrokkenen FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] }).fetchAll();
    expect(resources[0]?.betrokkenen.filter((b) => b.rol === 'team_no').map((b) => b.aadObjectId)).toEqual([loket.aadObjectId]);
    const besluit = { teamNoBesluit: 'Doorzetten met SMW', teamNoOpdracht: 'Plan bijstellen', teamNoAanbieder: 'SMW', teamNoDatum: '2026-11-23' };
    const noord = await bot.klikOp(casus, tno, VERBS.teamNoBesluit, besluit, TEAM_NO_KANAAL);
    expect(tekstVan(noord.value)).toMatch(/niet betrokken|hoort niet bij uw rol/);
    const zuid = await bot.klikOp(await bot.kaartNaKlik(casus, loket, VERBS.vernieuwen, {}, ZUID_KANAAL), loket, VERBS.teamNoBesluit, besluit, ZUID_KANAAL);
    expect(tekstVan(zuid.value)).toContain('Het besluit is vastgelegd');
  });
});
