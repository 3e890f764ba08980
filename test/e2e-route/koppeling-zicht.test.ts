/**
 * What a member of the bound Team NO or Loket channel sees of a case they act on through that binding only (they
 * joined after the escalation, or were never put on the case): what the role sees on the case, by the one visibility
 * rule, for as long as the binding counts there; consent still gates. Over HTTP with the local Cosmos server.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, TEAM_NO_KANAAL } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { besluit, casusMetRegierol, koppelSchakelteam, koppelTeamNo, registreer } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { auditVan } from '../helpers/audit';
import { GEBRUIKERS, RouteDriver, casusData, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, smw, jv, tno, loket, buiten } = GEBRUIKERS;
const NIET_BETROKKEN = 'U bent niet betrokken bij deze hulpvraag';
/** What registreer() typed about the pupil, and what the holder typed when flagging the stagnation. */
const GETYPT = ['Vaak afwezig.', 'CD-2015', 'Twaalf weken wachttijd'];

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

async function gelezenDoor(hulpvraagId: string, aadObjectId: string): Promise<string[]> {
  return (await auditVan(app, `hulpvraag:${hulpvraagId}`)).filter((r) => r.handeling === 'lezen' && r.wie.aadObjectId === aadObjectId).map((r) => r.wat);
}

/** The first card the bot posted (not updated) in a channel since `vanaf`. */
const gepost = (kanaalId: string, vanaf: number) => bot.naar(kanaalId, vanaf).find((v) => v.methode === 'POST');

beforeAll(async () => {
  // Binding Team NO and the Loket is for a functional administrator (Tom here) or the binding's members.
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId }));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  // Bert is a Loket member through the binding only: never put on any case.
  await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket Zuid', leden: `${loket.aadObjectId},${buiten.aadObjectId}` }, LOKET_KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('Team NO-lid alleen via de koppeling', () => {
  it('ziet zolang de hulpvraag bij Team NO ligt wat Team NO ziet: de "dat"-feiten om te besluiten, geen getypte tekst', async () => {
    const casus = await casusMetRegierol(bot);
    const vanaf = teams.verzonden.length;
    await bot.kaartNaKlik(await bot.bekijk(casus, smw), smw, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'Twaalf weken wachttijd' });
    await app.sweep(new Date('2026-11-23T09:05:00Z'));
    const teamNoKaart = kaartVan(gepost(TEAM_NO_KANAAL.id, vanaf));
    // Joost joins Team NO after the escalation: he is not on the case, only in the binding.
    await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'team_no', naam: 'Team NO Zuid', leden: `${tno.aadObjectId},${jv.aadObjectId}` }, TEAM_NO_KANAAL);

    const kaart = await bot.kaartNaKlik(teamNoKaart, jv, VERBS.vernieuwen, {}, TEAM_NO_KANAAL);
    expect(tekstVan(kaart)).not.toContain(NIET_BETROKKEN);
    expect(dialoogknop(kaart, 'teamnobesluit')).toBeDefined();
    const details = tekstVan(await bot.details(kaart, jv, TEAM_NO_KANAAL));
    expect(details).toContain('Wachtlijst');
    expect(details).toContain(smw.naam);
    for (const tekst of GETYPT) expect(details).not.toContain(tekst);
    // The consent names only Schoolmaatschappelijk werk: the plan's content is not Team NO's.
    expect(dialoogknop(kaart, 'planinzage')).toBeUndefined();
    // "casus HV-…" in his own chat finds it too, with the same view.
    const nummer = /HV-2026-\d{4}/.exec(tekstVan(kaart))?.[0] ?? '';
    const gevonden = kaartVan(await bot.zeg(jv, `casus ${nummer}`));
    expect(dialoogknop(gevonden, 'teamnobesluit')).toBeDefined();
    const id = String(casusData(kaart).hulpvraagId);
    expect(await gelezenDoor(id, jv.aadObjectId)).toEqual(['kaart bekeken', 'details bekeken', 'casus']);

    // Once Team NO decided the case is no longer theirs: the binding gives no sight any more (the case's own Team NO
    // role holders keep theirs).
    const formulier = await bot.openInPlaats(kaart, jv, 'teamnobesluit', TEAM_NO_KANAAL);
    const besluitTeamNo = { teamNoBesluit: 'Ambulante hulp', teamNoOpdracht: 'Start binnen 2 weken', teamNoAanbieder: 'Jeugdhulp Zuid', teamNoDatum: '2026-11-23' };
    await bot.slaOp(formulier, jv, besluitTeamNo, TEAM_NO_KANAAL);
    expect(tekstVan(await bot.kaartNaKlik(teamNoKaart, jv, VERBS.vernieuwen, {}, TEAM_NO_KANAAL))).toContain(NIET_BETROKKEN);
    expect(tekstVan(await bot.kaartNaKlik(teamNoKaart, tno, VERBS.vernieuwen, {}, TEAM_NO_KANAAL))).not.toContain(NIET_BETROKKEN);
  });
});

describe('Loket-lid alleen via de koppeling', () => {
  async function naarHetLoket(referentie: string, toestemming: Record<string, string>): Promise<unknown> {
    const kaart = await registreer(bot, referentie);
    await besluit(bot, kaart, 'loket', loket);
    const vanaf = teams.verzonden.length;
    await bot.kaartNaKlik(await bot.bekijk(kaart, ib), ib, VERBS.toestemming, { toestemmingOuder2: 'een_ouder', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling', ...toestemming });
    return kaartVan(gepost(LOKET_KANAAL.id, vanaf));
  }

  it('na een weigering: alleen het nummer en wie te bellen, geen school en geen inhoud', async () => {
    const loketkaart = await naarHetLoket('LK-2017', { toestemmingOuder1: 'nee' });
    const kaart = await bot.kaartNaKlik(loketkaart, buiten, VERBS.vernieuwen, {}, LOKET_KANAAL);
    expect(tekstVan(kaart)).not.toContain(NIET_BETROKKEN);
    expect(tekstVan(kaart)).not.toContain('OBS De Regenboog');
    const details = tekstVan(await bot.details(kaart, buiten, LOKET_KANAAL));
    expect(details).toMatch(/HV-2026-\d{4}/);
    expect(details).toContain(ib.naam);
    for (const tekst of ['OBS De Regenboog', 'Vaak afwezig.', 'LK-2017']) expect(details).not.toContain(tekst);
  });

  it('met toestemming die het Loket noemt: wat de toestemming toestaat, ook de vraag', async () => {
    const loketkaart = await naarHetLoket('LK-2018', { toestemmingOuder1: 'ja', toestemmingPartners: 'Loket verbinding onderwijs en jeugdhulp' });
    const kaart = await bot.kaartNaKlik(loketkaart, buiten, VERBS.vernieuwen, {}, LOKET_KANAAL);
    const details = tekstVan(await bot.details(kaart, buiten, LOKET_KANAAL));
    for (const tekst of ['OBS De Regenboog', 'Vaak afwezig.', 'LK-2018']) expect(details).toContain(tekst);
  });
});

describe('het auditlog: elke lezing door een persoon', () => {
  it('een geweigerde klik die de huidige kaart teruggeeft, is een lezing met een eigen regel (weigeringen worden alleen geteld)', async () => {
    const casus = await casusMetRegierol(bot, 'AU-2016');
    const kaart = await bot.bekijk(casus, smw);
    // Closing is the IB'er's: Mila may read the case but not close it.
    const antwoord = await bot.kaartNaKlik(kaart, smw, VERBS.sluiten, { sluitUitkomst: 'Klaar' });
    expect(tekstVan(antwoord)).toContain('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect(tekstVan(antwoord)).toContain('HV-2026-');
    const id = String(casusData(kaart).hulpvraagId);
    expect((await gelezenDoor(id, smw.aadObjectId)).slice(-1)).toEqual(['kaart na weigering']);
    // Someone not involved gets only the sentence, and no read is written for them.
    expect(tekstVan(await bot.kaartNaKlik(kaart, buiten, VERBS.sluiten, { sluitUitkomst: 'Klaar' }))).not.toContain('HV-2026-');
    expect(await gelezenDoor(id, buiten.aadObjectId)).toEqual([]);
  });
});
