/**
 * Roles follow membership (issue 10, point 7), over HTTP with the fake Teams connector: whoever is replaced on the
 * schakelteam's binding or leaves its team (teamMemberRemoved) loses their schakelteam roles on the open cases, can
 * no longer read, act or register there, and the schakelteam is told which cases need someone else.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { teamsGebeurtenis } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { besluit, registreer } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, dialoogInhoud, dialoogknop, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, jv } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T10:00:00+01:00'));
const schakelteam = (ibCoo: string, schakelfunctionaris: string) =>
  bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo, schakelfunctionaris }, KANAAL);
const TOESTEMMING = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' };
/** The case waits for the IB'er/COO to record consent. */
let casus: unknown;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await schakelteam(ib.aadObjectId, sf.aadObjectId);
  casus = await besluit(bot, await registreer(bot), 'regierol', smw);
  expect(tekstVan(casus)).toContain('Wacht op toestemming');
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

/** Texts sent since `vanaf` to one conversation (new messages only). */
const berichten = (vanaf: number, gesprek: string) =>
  teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST' && v.gesprek === gesprek).map((v) => String(v.activiteit.text));

/** Who holds the schakelfunctionaris role on the stored binding. */
async function schakelfunctionarissen(): Promise<unknown[]> {
  const { resources } = await app.database.container('kanalen').items.query('SELECT * FROM c WHERE c.type = "schakelteam"').fetchAll();
  return resources.flatMap((st: { leden: { rol: string; aadObjectId: string }[] }) => st.leden.filter((l) => l.rol === 'schakelfunctionaris').map((l) => l.aadObjectId));
}

describe('rollen volgen het lidmaatschap', () => {
  it('wie op de koppeling wordt vervangen, verliest de rol op lopende hulpvragen; de opvolger kan meteen verder', async () => {
    const vanaf = teams.verzonden.length;
    await schakelteam(jv.aadObjectId, sf.aadObjectId);
    expect(berichten(vanaf, KANAAL.id).join()).toContain('Ingrid IB (IB\'er/COO) is niet meer lid van schakelteam Zuid');
    expect(berichten(vanaf, `a:nieuw-${jv.aadObjectId}`).join()).toContain('die rol is beëindigd op HV-');

    const geweigerd = await bot.klikOp(casus, ib, VERBS.toestemming, TOESTEMMING);
    expect(tekstVan(geweigerd.value)).toContain('U bent niet betrokken bij deze hulpvraag');
    const opvolger = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, jv, VERBS.vernieuwen), jv, VERBS.toestemming, TOESTEMMING);
    expect(tekstVan(opvolger)).toContain('Regierol aangeboden');
    casus = opvolger;
  });

  it('wie het team verlaat terwijl hij een rol heeft: rol weg, niets meer inzien of registreren, het schakelteam hoort het', async () => {
    const vanaf = teams.verzonden.length;
    const weg = teamsGebeurtenis(teams.serviceUrl, jv, KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [{ id: sf.id, aadObjectId: sf.aadObjectId }],
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);
    const gemeld = berichten(vanaf, `a:nieuw-${jv.aadObjectId}`).join();
    expect(gemeld).toContain('Sam Schakel (schakelfunctionaris O/JH) is niet meer lid van schakelteam Zuid');
    // The schakelfunctionaris's role falls vacant: whoever is left can take it over, or the schakelteam binds a successor.
    expect(gemeld).toContain('Er is geen schakelfunctionaris O/JH meer: Joost JV kan die rol overnemen met "Rol overnemen"');
    expect(berichten(vanaf, KANAAL.id).join()).toContain('Sam Schakel');

    // The one who left can no longer read the case, act on it or register a new one.
    const bekeken = await bot.kaartNaKlik(casus, sf, VERBS.vernieuwen, {}, KANAAL);
    expect(tekstVan(bekeken)).not.toContain('Mila SMW');
    const stagnatie = await bot.klikOp(casus, sf, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'x' }, KANAAL);
    expect(tekstVan(stagnatie.value)).toContain('U bent niet betrokken bij deze hulpvraag');
    expect(String((await bot.zeg(sf, 'nieuwe hulpvraag')).activiteit.text)).toContain('U bent nog geen lid van een gekoppeld schakelteam');

    // The IB'er/COO still works on the case: the offer stands, the candidate accepts.
    const geaccepteerd = await bot.kaartNaKlik(await bot.kaartNaKlik(casus, smw, VERBS.vernieuwen), smw, VERBS.accepteren);
    expect(tekstVan(geaccepteerd)).toContain('Regierol actief');
    expect(berichten(vanaf, PERSOONLIJK(ib).id)).toEqual([]);
  });

  it('de regierolhouder verlaat het team: regierol beëindigd, het schakelteam besluit opnieuw; wie over is neemt de lege rol over', async () => {
    const vanaf = teams.verzonden.length;
    const weg = teamsGebeurtenis(teams.serviceUrl, jv, KANAAL, {
      type: 'conversationUpdate',
      membersRemoved: [{ id: smw.id, aadObjectId: smw.aadObjectId }],
      channelData: { eventType: 'teamMemberRemoved', team: { id: '19:team@thread.tacv2' } },
    });
    expect((await post(app, weg)).status).toBe(200);
    expect(berichten(vanaf, `a:nieuw-${jv.aadObjectId}`).join()).toMatch(/De regierol van HV-\d{4}-\d{4} is beëindigd: het schakelteam besluit opnieuw/);
    expect(berichten(vanaf, KANAAL.id).join()).toContain('Mila SMW (regierolhouder) is niet meer lid van schakelteam Zuid');
    const voortgang = await bot.klikOp(casus, smw, VERBS.voortgang, { voortgangNotitie: 'gesprek' });
    expect(tekstVan(voortgang.value)).toContain('U bent niet betrokken bij deze hulpvraag');

    // Joost is the schakelteam's only one left: the case asks him to decide again, and he can take over the vacant role.
    const kaart = await bot.kaartNaKlik(casus, jv, VERBS.vernieuwen);
    expect(tekstVan(kaart)).toContain('Bij het schakelteam');
    const knop = dialoogknop(kaart, 'rolovername');
    expect(knop).toBeDefined();
    // A stale card's takeover is refused by the case's rules, and then changes the binding neither.
    const verouderd = await bot.dialoog(jv, 'task/submit', { ...knop, versie: Number(knop?.versie) - 1, rol: 'schakelfunctionaris' });
    expect(verouderd).not.toEqual({});
    expect(await schakelfunctionarissen()).toEqual([]);
    expect(await bot.dialoog(jv, 'task/submit', { ...knop, rol: 'schakelfunctionaris' })).toEqual({});
    expect(await schakelfunctionarissen()).toEqual([jv.aadObjectId]);
    const nogmaals = dialoogInhoud(await bot.dialoog(jv, 'task/fetch', { ...dialoogknop(await bot.kaartNaKlik(casus, jv, VERBS.vernieuwen), 'besluit'), dialoog: 'rolovername' }));
    expect(nogmaals.bericht).toContain('Beide rollen van het schakelteam hebben iemand');
  });
});
