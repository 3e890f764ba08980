import { Kanaal } from '../../src/domain/kanaal';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { startTestCosmos } from '../helpers/opslag';

const TENANT = 'tenant-1';
let cosmos: LokaleCosmos;
let kanalen: CosmosKanaalOpslag;

beforeAll(async () => {
  cosmos = await startTestCosmos();
  kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
});
afterAll(() => cosmos.stop());

function kanaal(id: string, extra: Partial<Kanaal>): Kanaal {
  return {
    id,
    tenantId: TENANT,
    soort: 'schakelteam',
    naam: 'Schakelteam',
    referentie: { serviceUrl: 'https://smba.example/', conversationId: id, channelId: 'msteams', botId: '28:bot' },
    bruikbaar: true,
    bijgewerkt: '2026-11-01T10:00:00.000Z',
    ...extra,
  };
}

describe('kanalen opzoeken via een afgeleide id', () => {
  it('vindt het kanaal van een schakelteam, ook na opnieuw koppelen aan een ander kanaal en na verwijderen van het oude', async () => {
    await kanalen.bewaar(kanaal('19:oud@thread.tacv2', { schakelteamId: 'st-1' }));
    expect((await kanalen.vanSchakelteam(TENANT, 'st-1'))?.id).toBe('19:oud@thread.tacv2');
    await kanalen.bewaar(kanaal('19:nieuw@thread.tacv2', { schakelteamId: 'st-1' }));
    await kanalen.verwijder(TENANT, '19:oud@thread.tacv2');
    expect((await kanalen.vanSchakelteam(TENANT, 'st-1'))?.id).toBe('19:nieuw@thread.tacv2');
    expect(await kanalen.vanSoort(TENANT, 'schakelteam')).toHaveLength(1);
    await kanalen.verwijder(TENANT, '19:nieuw@thread.tacv2');
    expect(await kanalen.vanSchakelteam(TENANT, 'st-1')).toBeUndefined();
  });

  it('vindt een 1:1-chat per persoon en ziet dat die onbruikbaar is geworden', async () => {
    await kanalen.bewaar(kanaal('a:1:1-chat/x', { soort: 'persoonlijk', aadObjectId: 'aad-1' }));
    await kanalen.markeerOnbruikbaar(TENANT, 'a:1:1-chat/x', '403');
    expect(await kanalen.persoonlijk(TENANT, 'aad-1')).toMatchObject({ id: 'a:1:1-chat/x', bruikbaar: false });
    expect(await kanalen.persoonlijk(TENANT, 'aad-2')).toBeUndefined();
  });

  it('vindt een kanaal dat gekoppeld is voordat er kopieën waren, en maakt dan de kopie', async () => {
    const container = cosmos.database.container(CONTAINERS.kanalen.name);
    await container.items.create({ ...kanaal('19:ouder@thread.tacv2', { schakelteamId: 'st-2' }), id: 'kanaal:19:ouder@thread.tacv2', kanaalId: '19:ouder@thread.tacv2', type: 'kanaal', schemaVersie: 1 });
    expect((await kanalen.vanSchakelteam(TENANT, 'st-2'))?.id).toBe('19:ouder@thread.tacv2');
    expect((await container.item('kanaal-schakelteam:st-2', TENANT).read()).resource).toMatchObject({ kanaalId: '19:ouder@thread.tacv2' });
  });
});

describe('het gesprek van een binnenkomende activiteit', () => {
  it('wordt kort onthouden; een schrijfactie via deze opslag (403, verwijderd) laat het direct opnieuw lezen', async () => {
    const container = cosmos.database.container(CONTAINERS.kanalen.name);
    // Remembered for an hour here, so a slow machine cannot make the test depend on time.
    const kanalen = new CosmosKanaalOpslag(container, 3_600_000);
    await kanalen.bewaar(kanaal('a:1:1-recent', { soort: 'persoonlijk', aadObjectId: 'aad-recent' }));
    expect(await kanalen.bijBinnenkomst(TENANT, 'a:1:1-recent')).toMatchObject({ bruikbaar: true });
    // Another instance changes it: this one answers from what it saw a moment ago, without a read.
    const { resource } = await container.item('kanaal:a:1:1-recent', TENANT).read<Record<string, unknown>>();
    await container.items.upsert({ ...resource, naam: 'elders gewijzigd' });
    expect(await kanalen.bijBinnenkomst(TENANT, 'a:1:1-recent')).toMatchObject({ naam: 'Schakelteam' });
    // Marked unusable here: read again at once, so the next activity revives it.
    await kanalen.markeerOnbruikbaar(TENANT, 'a:1:1-recent', '403');
    expect(await kanalen.bijBinnenkomst(TENANT, 'a:1:1-recent')).toMatchObject({ naam: 'elders gewijzigd', bruikbaar: false });
    // An unusable one is never taken as known: every activity reads it until it is usable again.
    await container.items.upsert({ ...resource, naam: 'weer bruikbaar', bruikbaar: true });
    expect(await kanalen.bijBinnenkomst(TENANT, 'a:1:1-recent')).toMatchObject({ naam: 'weer bruikbaar', bruikbaar: true });
    await kanalen.verwijder(TENANT, 'a:1:1-recent');
    expect(await kanalen.bijBinnenkomst(TENANT, 'a:1:1-recent')).toBeUndefined();
  });

  it('iemands 1:1-chat wordt na het opzoeken kort onthouden; een schrijfactie via deze opslag laat hem opnieuw lezen', async () => {
    const container = cosmos.database.container(CONTAINERS.kanalen.name);
    const kanalen = new CosmosKanaalOpslag(container, 3_600_000);
    await kanalen.bewaar(kanaal('a:1:1-ib', { soort: 'persoonlijk', aadObjectId: 'aad-ib-recent' }));
    expect(await kanalen.persoonlijk(TENANT, 'aad-ib-recent')).toMatchObject({ id: 'a:1:1-ib', bruikbaar: true });
    // Another instance marks it unusable (a 403 it met): this one answers from what it read a moment ago.
    await new CosmosKanaalOpslag(container).markeerOnbruikbaar(TENANT, 'a:1:1-ib', '403');
    expect(await kanalen.persoonlijk(TENANT, 'aad-ib-recent')).toMatchObject({ bruikbaar: true });
    // A send through this instance meets the 403 too and marks it: from then on read, and an unusable chat is never kept.
    await kanalen.markeerOnbruikbaar(TENANT, 'a:1:1-ib', '403');
    expect(await kanalen.persoonlijk(TENANT, 'aad-ib-recent')).toMatchObject({ bruikbaar: false });
    await new CosmosKanaalOpslag(container).bewaar(kanaal('a:1:1-ib-nieuw', { soort: 'persoonlijk', aadObjectId: 'aad-ib-recent' }));
    expect(await kanalen.persoonlijk(TENANT, 'aad-ib-recent')).toMatchObject({ id: 'a:1:1-ib-nieuw', bruikbaar: true });
  });

  it('een schakelteamkanaal dat net sprak, is ook het kanaal van dat schakelteam; tot er iets wordt geschreven', async () => {
    const container = cosmos.database.container(CONTAINERS.kanalen.name);
    const kanalen = new CosmosKanaalOpslag(container, 3_600_000);
    await kanalen.bewaar(kanaal('19:recent@thread.tacv2', { schakelteamId: 'st-recent' }));
    await kanalen.bijBinnenkomst(TENANT, '19:recent@thread.tacv2');
    // Another instance binds the schakelteam elsewhere: seen here once this instance writes anything.
    await new CosmosKanaalOpslag(container).bewaar(kanaal('19:elders@thread.tacv2', { schakelteamId: 'st-recent' }));
    expect((await kanalen.vanSchakelteam(TENANT, 'st-recent'))?.id).toBe('19:recent@thread.tacv2');
    await kanalen.bewaar(kanaal('a:1:1-ander', { soort: 'persoonlijk', aadObjectId: 'aad-ander' }));
    expect((await kanalen.vanSchakelteam(TENANT, 'st-recent'))?.id).toBe('19:elders@thread.tacv2');
  });
});
