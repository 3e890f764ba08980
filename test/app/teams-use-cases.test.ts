import { hernoemTeam, houdGesprekBij, vergeetGesprek } from '../../src/app/gesprekken';
import { Koppelverzoek, koppelKanaal } from '../../src/app/koppelen';
import { bekijkHulpvraag, mijnHulpvragen, zoekOpNummer } from '../../src/app/overzicht';
import { mijnSchakelteams } from '../../src/app/registreren';
import { ProactieveVerzender } from '../../src/app/ports';
import { Gespreksreferentie } from '../../src/domain/kanaal';
import { stilleLogger } from '../../src/log';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { CosmosMededelingOpslag } from '../../src/store/mededeling-opslag';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { IB, SF, TEAM_NO_1, TENANT, alsBetrokkene, hulpvraagIn, persoon } from '../domain/fixtures';
import { Persoon } from '../../src/domain/personen';
import { STANDAARD, STANDAARD_HERINNERINGSINSTELLINGEN, STANDAARD_TERMIJNEN } from '../helpers/instellingen';
import { startTestCosmos, testAuditor } from '../helpers/opslag';
import { CosmosAuditOpslag } from '../../src/store/audit-opslag';

let cosmos: LokaleCosmos;
let kanalen: CosmosKanaalOpslag;
let schakelteams: CosmosSchakelteamOpslag;
let hulpvragen: CosmosHulpvraagOpslag;
const klok = { nu: () => new Date('2026-03-02T09:00:00Z') };
const referentie = (serviceUrl = 'https://smba.example/emea/'): Gespreksreferentie => ({ serviceUrl, conversationId: '19:k', channelId: 'msteams', botId: '28:bot', teamId: 'team-1' });
// The binding mechanics; who may bind (members, functional administrators) is tested in test/e2e-route/privacy.test.ts.
const koppelDeps = () => ({ kanalen, schakelteams, klok, termijnen: STANDAARD_TERMIJNEN, schakelteamIdVoor: (id: string) => `st-${id}`, isBeheerder: async () => true, auditor: testAuditor(cosmos.database) });
const als = (persoon: Persoon) => ({ persoon, via: 'teams-kanaal' as const });
const verzoek = (extra: Partial<Koppelverzoek> = {}): Koppelverzoek => ({
  soort: 'schakelteam',
  naam: 'Regenboog',
  kanaal: { id: '19:k', referentie: referentie() },
  scholen: ['OBS De Regenboog'],
  ibCoo: [IB],
  schakelfunctionaris: [SF],
  leden: [],
  ...extra,
});

beforeEach(async () => {
  cosmos = await startTestCosmos();
  kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
  schakelteams = new CosmosSchakelteamOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
  hulpvragen = new CosmosHulpvraagOpslag(cosmos.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
});
afterEach(() => cosmos.stop());

describe('een kanaal koppelen', () => {
  it('als schakelteam: scholen, rollen en standaardtermijnen voor wat leeg bleef; de leden kunnen dan registreren', async () => {
    const uitkomst = await koppelKanaal(koppelDeps(), als(IB), verzoek({ tussentijdsWeken: 4 }));
    expect(uitkomst).toMatchObject({ soort: 'gekoppeld', schakelteam: { id: 'st-19:k', termijnen: { tussentijdsWeken: 4, maanden: STANDAARD_TERMIJNEN.maanden } } });
    expect(await kanalen.vanSchakelteam(TENANT, 'st-19:k')).toMatchObject({ soort: 'schakelteam', naam: 'Regenboog', bruikbaar: true });
    expect((await mijnSchakelteams(schakelteams, SF)).map((t) => t.id)).toEqual(['st-19:k']);
    expect(await mijnSchakelteams(schakelteams, TEAM_NO_1)).toEqual([]);
  });

  it('weigert zonder school of zonder beide rollen, en bewaart dan niets', async () => {
    expect(await koppelKanaal(koppelDeps(), als(IB), verzoek({ scholen: [] }))).toEqual({ soort: 'onvolledig', fout: 'Noem minstens één school.' });
    expect(await koppelKanaal(koppelDeps(), als(IB), verzoek({ schakelfunctionaris: [] }))).toMatchObject({ soort: 'onvolledig' });
    expect(await kanalen.lees(TENANT, '19:k')).toBeUndefined();
  });

  it('als Team NO: de leden krijgen de rol team_no', async () => {
    const uitkomst = await koppelKanaal(koppelDeps(), als(IB), verzoek({ soort: 'team_no', leden: [TEAM_NO_1] }));
    expect(uitkomst).toMatchObject({ soort: 'gekoppeld', leden: [{ aadObjectId: TEAM_NO_1.aadObjectId, rol: 'team_no' }] });
    expect(await koppelKanaal(koppelDeps(), als(IB), verzoek({ soort: 'loket', leden: [] }))).toEqual({ soort: 'onvolledig', fout: 'Kies minstens één lid.' });
  });
});

describe('hulpvragen vinden en openen', () => {
  const lees = () => ({ hulpvragen, kanalen, auditor: testAuditor(cosmos.database) });
  it('mijn casussen: alleen waar ik bij betrokken ben, open eerst; een nummer alleen als ik het mag zien', async () => {
    await hulpvragen.maak({ ...hulpvraagIn('gesloten'), id: 'hv-dicht', nummer: 'HV-2026-0001' });
    await hulpvragen.maak({ ...hulpvraagIn('bij_schakelteam'), id: 'hv-open', nummer: 'HV-2026-0002' });
    expect((await mijnHulpvragen(lees(), als(IB))).hulpvragen.map((h) => h.id)).toEqual(['hv-open', 'hv-dicht']);
    expect(await mijnHulpvragen(lees(), als(TEAM_NO_1))).toEqual({ hulpvragen: [], ingekort: false });
    expect(await zoekOpNummer(lees(), als(IB), 'hv-2026-0002')).toMatchObject({ soort: 'gevonden', hulpvragen: [{ id: 'hv-open' }] });
    expect(await zoekOpNummer(lees(), als(TEAM_NO_1), 'HV-2026-0002')).toEqual({ soort: 'niet_gevonden', nummer: 'HV-2026-0002' });
    expect(await zoekOpNummer(lees(), als(IB), 'onzin')).toEqual({ soort: 'ongeldig_nummer' });
  });

  it('mijn casussen volgt de zichtbaarheidsregel: Team NO ziet een gesloten casus niet meer, zoals in het tabblad', async () => {
    const metTeamNo = (status: 'gesloten' | 'stagnatie_team_no', id: string) => {
      const h = hulpvraagIn(status);
      return { ...h, id, nummer: `HV-2026-01${id.slice(-2)}`, betrokkenen: [...h.betrokkenen, alsBetrokkene(TEAM_NO_1, 'team_no')] };
    };
    await hulpvragen.maak(metTeamNo('gesloten', 'hv-tno-01'));
    await hulpvragen.maak(metTeamNo('stagnatie_team_no', 'hv-tno-02'));
    expect((await mijnHulpvragen(lees(), als(TEAM_NO_1))).hulpvragen.map((h) => h.id)).toEqual(['hv-tno-02']);
  });

  it('bekijken door een buitenstaander: alleen nummer en status, en de poging staat in het auditlog, niet in de casus', async () => {
    await hulpvragen.maak({ ...hulpvraagIn('bij_schakelteam'), id: 'hv-1' });
    const sleutel = { schakelteamId: hulpvraagIn('bij_schakelteam').schakelteamId, id: 'hv-1' };
    const deps = { hulpvragen, kanalen, klok, termijnen: STANDAARD_TERMIJNEN, auditor: testAuditor(cosmos.database) };
    expect((await bekijkHulpvraag(deps, als(IB), sleutel)).magLezen).toBe(true);
    const buiten = persoon('aad-buiten', 'Bram Buiten');
    expect((await bekijkHulpvraag(deps, als(buiten), sleutel)).magLezen).toBe(false);
    const na = await hulpvragen.lees(sleutel.schakelteamId, 'hv-1');
    expect(JSON.stringify(na?.waarde.geschiedenis)).not.toContain('aad-buiten');
    const regels = await new CosmosAuditOpslag(cosmos.database.container(CONTAINERS.audit.name)).van('hulpvraag:hv-1');
    expect(regels.map((r) => [r.wie.aadObjectId, r.handeling])).toEqual([
      [IB.aadObjectId, 'lezen'],
      ['aad-buiten', 'weigering'],
    ]);
  });
});

describe('gespreksreferenties bijhouden', () => {
  /** What the members of a removed binding are told (the Teams connector itself is tested over HTTP). */
  const verteld: Array<{ aan: string; tekst: string }> = [];
  const verzender: ProactieveVerzender = {
    stuur: async (doel, bericht) => {
      verteld.push({ aan: 'persoon' in doel ? doel.persoon.aadObjectId : doel.kanaal.id, tekst: bericht.tekst ?? '' });
      return { soort: 'verzonden' };
    },
    werkBij: async () => ({ soort: 'verzonden' }),
  };
  const deps = () => ({ kanalen, schakelteams, verzender, klok, log: stilleLogger });
  const binnen = (serviceUrl: string) => ({
    tenantId: TENANT,
    gesprekId: 'a:1on1',
    referentie: referentie(serviceUrl),
    verhuisd: (oud: Gespreksreferentie) => (oud.serviceUrl === serviceUrl ? undefined : { ...oud, serviceUrl }),
    persoonlijk: { aadObjectId: IB.aadObjectId, naam: IB.naam },
  });

  it('onthoudt een 1:1-gesprek, neemt een verhuizing over en maakt een onbruikbaar gesprek weer bruikbaar', async () => {
    await houdGesprekBij(deps(), binnen('https://a/'));
    expect(await kanalen.persoonlijk(TENANT, IB.aadObjectId)).toMatchObject({ id: 'a:1on1', bruikbaar: true, referentie: { serviceUrl: 'https://a/' } });
    await kanalen.markeerOnbruikbaar(TENANT, 'a:1on1', '403');
    await houdGesprekBij(deps(), binnen('https://b/'));
    expect(await kanalen.lees(TENANT, 'a:1on1')).toMatchObject({ bruikbaar: true, referentie: { serviceUrl: 'https://b/' } });
  });

  it('vergeet de koppelingen van een verwijderd team en hernoemt die van een hernoemd team', async () => {
    await koppelKanaal(koppelDeps(), als(IB), verzoek());
    await hernoemTeam(deps(), TENANT, { id: 'team-1', naam: 'Regenboog-Noord' });
    expect(await kanalen.lees(TENANT, '19:k')).toMatchObject({ naam: 'Regenboog-Noord' });
    const mededelingen = new CosmosMededelingOpslag(cosmos.database.container(CONTAINERS.herinneringen.name), stilleLogger);
    await vergeetGesprek({ ...deps(), mededelingen, instantie: 'test', verzending: STANDAARD.uitgaand }, TENANT, 'iets-anders', 'team-1');
    expect(await kanalen.lees(TENANT, '19:k')).toBeUndefined();
    expect(verteld.map((v) => v.aan).sort()).toEqual([IB.aadObjectId, SF.aadObjectId].sort());
    expect(verteld[0]?.tekst).toContain('De bot is uit het team van schakelteam Regenboog-Noord verwijderd');
  });
});
