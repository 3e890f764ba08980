import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { verschuldigdeHerinneringen } from '../../src/domain/herinneringen';
import { nieuweHerinnering } from '../../src/domain/herinnering-status';
import { claim } from '../../src/domain/verzending';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { stilleLogger } from '../../src/log';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHerinneringOpslag } from '../../src/store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { hulpvraagIn } from '../domain/fixtures';
import { startTestCosmos } from '../helpers/opslag';

let cosmos: LokaleCosmos;
let herinneringen: CosmosHerinneringOpslag;
let hulpvragen: CosmosHulpvraagOpslag;

function zaak(id: string, tussentijds: string): Hulpvraag {
  return {
    ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }),
    id,
    regierolSinds: '2026-02-16T09:00:00.000Z',
    laatsteVoortgang: '2026-03-20T09:00:00.000Z',
    evaluatiedata: { tussentijds, eind: '2026-05-16' },
  };
}

beforeAll(async () => {
  cosmos = await startTestCosmos();
  herinneringen = new CosmosHerinneringOpslag(cosmos.database.container(CONTAINERS.herinneringen.name), stilleLogger);
  hulpvragen = new CosmosHulpvraagOpslag(cosmos.database.container(CONTAINERS.hulpvragen.name), stilleLogger, INST);
});
afterAll(() => cosmos.stop());

describe('herinneringen in Cosmos', () => {
  const nu = new Date('2026-03-30T06:00:00Z');
  const h = zaak('hv-s1', '2026-03-30');
  const [moment] = verschuldigdeHerinneringen(h, new Date('2026-03-26T00:00:00Z'), nu, INST);
  const herinnering = nieuweHerinnering(h, moment ?? fail('geen moment'), nu);

  it('dezelfde herinnering twee keer aanmaken botst (409) in plaats van te verdubbelen', async () => {
    expect(await herinneringen.maak(herinnering)).toBe(true);
    expect(await herinneringen.maak(herinnering)).toBe(false);
    expect(await herinneringen.vanHulpvraag('hv-s1')).toHaveLength(1);
  });

  it('claimen met de ETag: de tweede claim met dezelfde ETag verliest (412)', async () => {
    const gelezen = (await herinneringen.lees(herinnering.id)) ?? fail('niet gevonden');
    const a = await herinneringen.vervang(claim(gelezen.waarde, 'A', nu, 60_000), gelezen.etag);
    const b = await herinneringen.vervang(claim(gelezen.waarde, 'B', nu, 60_000), gelezen.etag);
    expect(a?.waarde).toMatchObject({ status: 'geclaimd', claimedBy: 'A' });
    expect(b).toBeUndefined();
  });

  it('verschuldigd: gepland en verschenen, of geclaimd met verlopen lease', async () => {
    const later = nieuweHerinnering(h, { ...(moment ?? fail('geen moment')), datum: '2026-04-07', verzendOp: new Date('2026-04-07T06:00:00Z') }, nu);
    await herinneringen.maak(later);
    expect((await herinneringen.verschuldigd(nu, 10)).map((v) => v.waarde.id)).toEqual([]);
    expect((await herinneringen.verschuldigd(new Date('2026-03-30T06:01:00Z'), 10)).map((v) => v.waarde.id)).toEqual([herinnering.id]);
    expect((await herinneringen.verschuldigd(new Date('2026-04-07T06:00:00Z'), 10)).map((v) => v.waarde.id)).toEqual([herinnering.id, later.id]);
  });

  it('de hulpvraag krijgt bij elke schrijfactie volgendeDeadline; tePlannen is een bereikquery daarop', async () => {
    await hulpvragen.maak(zaak('hv-a', '2026-03-30'));
    await hulpvragen.maak(zaak('hv-b', '2026-04-20'));
    await hulpvragen.maak({ ...zaak('hv-dicht', '2026-03-30'), status: 'gesloten' });
    const ruw = await cosmos.database.container(CONTAINERS.hulpvragen.name).item('hv-a', 'st-regenboog').read();
    expect(ruw.resource).toMatchObject({ volgendeDeadline: '2026-03-25T07:00:00.000Z' });
    const ids = async (moment: string) => (await hulpvragen.tePlannen(new Date(moment), 10)).map((v) => v.waarde.id);
    expect(await ids('2026-03-25T06:59:00Z')).toEqual([]);
    expect(await ids('2026-03-25T07:00:00Z')).toEqual(['hv-a']);
    expect(await ids('2026-04-15T07:00:00Z')).toEqual(['hv-a', 'hv-b']);
    const { waarde, etag } = (await hulpvragen.lees('st-regenboog', 'hv-a')) ?? fail('weg');
    await hulpvragen.vervang({ ...waarde, gecontroleerdTot: '2026-03-25T07:00:00.000Z' }, etag);
    expect(await ids('2026-03-26T07:00:00Z')).toEqual([]);
  });
});
