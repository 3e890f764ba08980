import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TEAM_NO_KANAAL, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { casusMetRegierol, koppelSchakelteam, koppelTeamNo } from '../helpers/casus';
import { controleerKaart, technischeResten } from '../helpers/kaarten';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, dialoogInhoud, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { smw, jv, tno, buiten } = GEBRUIKERS;
const besluit = { teamNoBesluit: 'Ambulante begeleiding thuis', teamNoOpdracht: 'Start binnen 2 weken', teamNoAanbieder: 'Jeugdhulp Zuid', teamNoDatum: '2026-11-23' };

/** A bound schakelteam and Team NO (Tom), and a case its holder Mila flagged as stalled: the card Team NO's channel gets. */
async function vastgelopen(env: Record<string, string>) {
  const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
  const { teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId, ...env });
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  const casus = await casusMetRegierol(bot);
  await bot.kaartNaKlik(await bot.kaartNaKlik(casus, smw, VERBS.vernieuwen), smw, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Twaalf weken wachttijd' });
  const vanaf = teams.verzonden.length;
  await app.sweep(new Date('2026-11-23T09:05:00Z'));
  const kaart = kaartVan(teams.verzonden.slice(vanaf).find((v) => v.gesprek === TEAM_NO_KANAAL.id));
  return { teams, app, bot, casus, kaart };
}

describe('het besluit van Team NO als Teams-dialoog vanaf de kaart in het Team NO-kanaal', () => {
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  let casus: unknown;
  let kaart: Record<string, unknown>;
  beforeAll(async () => {
    ({ teams, app, bot, casus, kaart } = await vastgelopen({ TEAMS_DIALOGEN: 'aan' }));
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });

  const fetch = async (wie: TestGebruiker, data: Record<string, unknown>) => dialoogInhoud(await bot.dialoog(wie, 'task/fetch', data, TEAM_NO_KANAAL));
  const submit = async (wie: TestGebruiker, data: Record<string, unknown>) => bot.dialoog(wie, 'task/submit', data, TEAM_NO_KANAAL);

  it('de kaart heeft geen formulier meer, alleen een knop die de dialoog opent', () => {
    expect(controleerKaart(kaart).problemen).toEqual([]);
    expect(technischeResten(kaart)).toEqual([]);
    expect(tekstVan(kaart)).not.toContain('Action.ShowCard');
    expect(tekstVan(kaart)).not.toContain('Input.');
    expect(dialoogknop(kaart, 'teamnobesluit')).toMatchObject({ msteams: { type: 'task/fetch' } });
  });

  it('openen alleen voor Team NO (ook wie na de escalatie lid werd), fouten gemarkeerd met alles bewaard, verouderd, opgeslagen', async () => {
    const knop = dialoogknop(kaart, 'teamnobesluit') ?? {};
    expect((await fetch(smw, knop)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect((await fetch(buiten, knop)).bericht).toContain('U bent niet betrokken');
    // Joost joins Team NO after the escalation: membership is checked at the click, not copied at the escalation.
    expect((await fetch(jv, knop)).bericht).toContain('U bent niet betrokken');
    await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'team_no', naam: 'Team NO Zuid', leden: `${tno.aadObjectId},${jv.aadObjectId}` }, TEAM_NO_KANAAL);
    expect((await fetch(jv, knop)).titel).toMatch(/^Besluit Team NO · HV-2026-\d{4}$/);

    const vorm = await fetch(tno, knop);
    expect(controleerKaart(vorm.formulier).problemen).toEqual([]);
    expect(technischeResten(vorm.formulier)).toEqual([]);
    const opslaan = dialoogknop(vorm.formulier, 'teamnobesluit') ?? {};
    const fout = dialoogInhoud(await submit(tno, { ...opslaan, ...besluit, teamNoOpdracht: '' }));
    expect(tekstVan(fout.formulier)).toContain('Noem de opdracht');
    expect(tekstVan(fout.formulier)).toContain('Ambulante begeleiding thuis');
    expect(tekstVan(fout.formulier)).toContain('Jeugdhulp Zuid');

    // The holder records progress meanwhile: the save is not applied, the form comes back on the new version.
    await bot.kaartNaKlik(await bot.kaartNaKlik(casus, smw, VERBS.vernieuwen), smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' });
    const verouderd = dialoogInhoud(await submit(tno, { ...opslaan, ...besluit }));
    expect(tekstVan(verouderd.formulier)).toContain('intussen gewijzigd');
    expect(tekstVan(verouderd.formulier)).toContain('Start binnen 2 weken');

    const vanaf = teams.verzonden.length;
    expect(await submit(tno, { ...(dialoogknop(verouderd.formulier, 'teamnobesluit') ?? {}), ...besluit })).toEqual({});
    expect(bot.naar(KANAAL.id, vanaf).some((v) => String(v.activiteit.text).includes('Team NO heeft besloten'))).toBe(true);
    // Decided: the same button now says so in plain words.
    expect((await fetch(tno, knop)).bericht).toContain('Deze stap is nu niet aan de orde');
  });
});

describe('zonder Teams-dialogen (Agents Playground): hetzelfde formulier in place op de Team NO-kaart', () => {
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  let kaart: Record<string, unknown>;
  beforeAll(async () => {
    ({ teams, app, bot, kaart } = await vastgelopen({ TEAMS_DIALOGEN: 'uit' }));
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });

  it('openen, fout terug met invoer, niet toegestaan, opgeslagen: de klikker ziet de bijgewerkte hulpvraag', async () => {
    expect(dialoogknop(kaart, 'teamnobesluit')).not.toHaveProperty('msteams');
    expect(await bot.openInPlaats(kaart, smw, 'teamnobesluit', TEAM_NO_KANAAL)).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const vorm = await bot.openInPlaats(kaart, tno, 'teamnobesluit', TEAM_NO_KANAAL);
    expect(controleerKaart(vorm).problemen).toEqual([]);
    expect(tekstVan(vorm)).toContain('Annuleren');
    const fout = await bot.slaOp(vorm, tno, { ...besluit, teamNoBesluit: '' }, TEAM_NO_KANAAL);
    expect(tekstVan(fout)).toContain('Noem het besluit');
    expect(tekstVan(fout)).toContain('Start binnen 2 weken');
    const besloten = await bot.slaOp(vorm, tno, besluit, TEAM_NO_KANAAL);
    expect(tekstVan(besloten)).toContain('Het besluit is vastgelegd');
    expect(technischeResten(besloten)).toEqual([]);
  });
});
