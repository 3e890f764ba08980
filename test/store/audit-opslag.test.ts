import { Auditor } from '../../src/app/audit';
import { MAX_WEIGERINGEN_PER_DAG } from '../../src/domain/audit';
import { CosmosAuditOpslag } from '../../src/store/audit-opslag';
import { CONTAINERS } from '../../src/store/containers';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { CosmosTeller } from '../../src/store/teller';
import { VasteKlok } from '../helpers/app';
import { startTestCosmos } from '../helpers/opslag';
import { BUITENSTAANDER, IB } from '../domain/fixtures';

let cosmos: LokaleCosmos;
let opslag: CosmosAuditOpslag;
let auditor: Auditor;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
let volgnummer = 0;

beforeAll(async () => {
  cosmos = await startTestCosmos();
  opslag = new CosmosAuditOpslag(cosmos.database.container(CONTAINERS.audit.name));
  auditor = new Auditor({
    opslag,
    teller: new CosmosTeller(cosmos.database.container(CONTAINERS.tellers.name)),
    klok,
    ids: { nieuwId: () => `regel-${(volgnummer += 1)}` },
  });
});
afterAll(() => cosmos.stop());

const ZAAK = { soort: 'hulpvraag', id: 'hv-audit-1' } as const;

describe('het auditlog', () => {
  it('legt wie, wanneer, welke casus, wat, via welke client en namens wie vast, buiten het casusdocument', async () => {
    await auditor.leg({ wie: IB, onderwerp: ZAAK, handeling: 'lezen', wat: 'casus', via: 'teams-persoonlijk', hulpvraag: { id: 'hv-audit-1', nummer: 'HV-2026-0001' } });
    klok.zet('2026-11-23T09:05:00Z');
    await auditor.leg({ wie: IB, onderwerp: ZAAK, handeling: 'wijzigen', wat: 'besluit', via: 'teams-kanaal', namens: 'systeem', hulpvraag: { id: 'hv-audit-1', nummer: 'HV-2026-0001' }, gegevens: { van: 'bij_schakelteam', naar: 'besloten_regierol' } });
    const regels = await opslag.van('hulpvraag:hv-audit-1');
    expect(regels).toEqual([
      {
        id: 'regel-1',
        onderwerp: 'hulpvraag:hv-audit-1',
        tenantId: IB.tenantId,
        tijdstip: '2026-11-23T09:00:00.000Z',
        wie: { tenantId: IB.tenantId, aadObjectId: IB.aadObjectId, naam: IB.naam },
        hulpvraagId: 'hv-audit-1',
        nummer: 'HV-2026-0001',
        handeling: 'lezen',
        wat: 'casus',
        via: 'teams-persoonlijk',
      },
      expect.objectContaining({ handeling: 'wijzigen', wat: 'besluit', via: 'teams-kanaal', namens: 'systeem', gegevens: { van: 'bij_schakelteam', naar: 'besloten_regierol' } }),
    ]);
    // The case container is untouched: the log lives in its own container.
    const { resources } = await cosmos.database.container(CONTAINERS.hulpvragen.name).items.readAll().fetchAll();
    expect(resources).toEqual([]);
  });

  it('schrijft een regel met een bestaand id niet dubbel (een herhaald verzoek)', async () => {
    const regel = (await opslag.van('hulpvraag:hv-audit-1'))[0];
    if (!regel) throw new Error('geen regel');
    await opslag.voegToe(regel);
    expect(await opslag.van('hulpvraag:hv-audit-1')).toHaveLength(2);
  });

  it('schrijft de regels van een lijst (één per getoonde casus) samen, ook meer dan 100, en een herhaling telt als geschreven', async () => {
    const invoeren = Array.from({ length: 150 }, (_, i) => ({ wie: IB, onderwerp: { soort: 'hulpvraag', id: `hv-lijst-${i}` }, handeling: 'lezen', wat: 'mijn casussen', via: 'teams-persoonlijk' }) as const);
    await auditor.legAlle(invoeren);
    for (const i of [0, 99, 100, 149]) expect(await opslag.van(`hulpvraag:hv-lijst-${i}`)).toEqual([expect.objectContaining({ handeling: 'lezen', wat: 'mijn casussen' })]);
    const regels = await Promise.all([0, 1].map(async (i) => (await opslag.van(`hulpvraag:hv-lijst-${i}`))[0]));
    await opslag.voegToeAlle(regels.filter((r) => r !== undefined));
    expect(await opslag.van('hulpvraag:hv-lijst-0')).toHaveLength(1);
  });

  it('kapt lange gegevens af: een regel draagt nooit een tekst', async () => {
    await auditor.leg({ wie: IB, onderwerp: { soort: 'hulpvraag', id: 'hv-lang' }, handeling: 'wijzigen', wat: 'x', via: 'beheer', gegevens: { veld: 'a'.repeat(5000) } });
    const [regel] = await opslag.van('hulpvraag:hv-lang');
    expect(regel?.gegevens?.veld?.length).toBeLessThanOrEqual(120);
  });

  it('telt geweigerde inzagen, maar schrijft er per persoon per dag hooguit een vast aantal uit', async () => {
    const pogingen = MAX_WEIGERINGEN_PER_DAG + 15;
    let laatste = 0;
    for (let i = 0; i < pogingen; i += 1) {
      laatste = await auditor.weigering({ wie: BUITENSTAANDER, onderwerp: { soort: 'hulpvraag', id: `hv-probeer-${i}` }, wat: 'casus', via: 'teams-persoonlijk' });
    }
    expect(laatste).toBe(pogingen);
    const { resources } = await cosmos.database
      .container(CONTAINERS.audit.name)
      .items.query({ query: 'SELECT * FROM c WHERE c.handeling = "weigering" AND c.wie.aadObjectId = @a', parameters: [{ name: '@a', value: BUITENSTAANDER.aadObjectId }] })
      .fetchAll();
    expect(resources).toHaveLength(MAX_WEIGERINGEN_PER_DAG);
    // The next day counts from one again.
    klok.zet('2026-11-24T09:00:00Z');
    expect(await auditor.weigering({ wie: BUITENSTAANDER, onderwerp: { soort: 'persoon', tenantId: BUITENSTAANDER.tenantId, aadObjectId: BUITENSTAANDER.aadObjectId }, wat: 'casus', via: 'teams-persoonlijk' })).toBe(1);
  });

  it('vervangt bij vernietiging alle regels van een onderwerp door één grafsteen zonder inhoud', async () => {
    const grafsteen = { id: 'graf-hv-audit-1', onderwerp: 'hulpvraag:hv-audit-1', tenantId: IB.tenantId, tijdstip: '2027-01-01T00:00:00.000Z', wie: { tenantId: IB.tenantId, aadObjectId: 'systeem', naam: 'Schoolondersteuning' }, handeling: 'vernietigen' as const, wat: 'bewaartermijn', via: 'systeem' as const };
    expect(await opslag.vervangDoorGrafsteen('hulpvraag:hv-audit-1', grafsteen)).toBe(2);
    expect(await opslag.van('hulpvraag:hv-audit-1')).toEqual([grafsteen]);
  });
});
