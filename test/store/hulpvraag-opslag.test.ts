import { STANDAARD_HERINNERINGSINSTELLINGEN, STANDAARD_TERMIJNEN } from '../helpers/instellingen';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHulpvraagOpslag, naarDocument } from '../../src/store/hulpvraag-opslag';
import { metUitgaand, zonderUitgaand } from '../../src/domain/uitgaand';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { CosmosTeller } from '../../src/store/teller';
import { registreerHulpvraag, Registratie } from '../../src/app/registreren';
import { wijzigHulpvraag } from '../../src/app/wijzigen';
import { FOUTCODES } from '../../src/domain/errors';
import { Gebeurtenis } from '../../src/domain/gebeurtenissen';
import { Persoon } from '../../src/domain/personen';
import { startTestCosmos, testAuditor } from '../helpers/opslag';
import { stilleLogger } from '../../src/log';

const TENANT = 't1';
const ib: Persoon = { tenantId: TENANT, aadObjectId: 'aad-ib', naam: 'Ingrid IB' };
const sf: Persoon = { tenantId: TENANT, aadObjectId: 'aad-sf', naam: 'Sam Schakel' };
const smw: Persoon = { tenantId: TENANT, aadObjectId: 'aad-smw', naam: 'Mila SMW' };

let cosmos: LokaleCosmos;
let hulpvragen: CosmosHulpvraagOpslag;
let ids = 0;
const klok = { nu: () => new Date('2026-11-23T09:00:00Z') };

function deps() {
  return {
    hulpvragen,
    schakelteams: new CosmosSchakelteamOpslag(cosmos.database.container(CONTAINERS.kanalen.name)),
    teller: new CosmosTeller(cosmos.database.container(CONTAINERS.tellers.name)),
    klok,
    auditor: testAuditor(cosmos.database),
    ids: { nieuwId: () => `hv-${++ids}` },
    termijnen: STANDAARD_TERMIJNEN,
  };
}

const registratie: Registratie = {
  schakelteamId: 'st-zuid',
  school: 'OBS De Regenboog',
  leerling: { referentie: 'LL-2034', groep: 'groep 6', leeftijd: { geboortedatum: '2016-05-01' } },
  vraag: 'Leerling trekt zich terug in de klas.',
  signalen: 'Stil, weinig contact',
  geprobeerd: 'Gesprekken met de leerkracht',
  oudersOpDeHoogte: true,
  alleenAdvies: false,
};

beforeAll(async () => {
  cosmos = await startTestCosmos();
  hulpvragen = new CosmosHulpvraagOpslag(cosmos.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  await deps().schakelteams.bewaar({
    id: 'st-zuid',
    tenantId: TENANT,
    naam: 'Schakelteam Zuid',
    scholen: ['OBS De Regenboog'],
    onderwijs: 'PO',
    leden: [
      { ...ib, rol: 'ib_coo' },
      { ...sf, rol: 'schakelfunctionaris' },
    ],
  });
});
afterAll(() => cosmos.stop());

describe('hulpvragen in Cosmos (lokale Cosmos API-server, echte SDK)', () => {
  it('bewaart een nieuwe hulpvraag met nummer en leest hem gevalideerd terug', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    expect(hulpvraag.nummer).toMatch(/^HV-2026-\d{4}$/);
    const gelezen = await hulpvragen.lees('st-zuid', hulpvraag.id);
    expect(gelezen?.waarde).toEqual(hulpvraag);
    expect(gelezen?.etag).toBeTruthy();
    const ruw = await cosmos.database.container(CONTAINERS.hulpvragen.name).item(hulpvraag.id, 'st-zuid').read();
    expect(ruw.resource).toMatchObject({ schemaVersie: 1, type: 'hulpvraag', betrokkenenIds: ['aad-ib', 'aad-sf'] });
  });

  it("een 'uw beurt' in de wachtrij uit de tijd dat die zijn eigen tekst had, wordt gelezen als die tekst (een kennisgeving)", async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const container = cosmos.database.container(CONTAINERS.hulpvragen.name);
    const { resource } = await container.item(hulpvraag.id, 'st-zuid').read();
    const oud = { soort: 'beurt', aan: { ...sf, rol: 'schakelfunctionaris' }, melding: 'Het schakelteam heeft besloten. Leg de toestemming vast.' };
    await container.items.upsert({ ...resource, uitgaand: [{ id: `${hulpvraag.id}.v1.1`, ...oud }] });
    const gelezen = await hulpvragen.lees('st-zuid', hulpvraag.id);
    expect(gelezen?.waarde.uitgaand).toEqual([{ id: `${hulpvraag.id}.v1.1`, soort: 'kennisgeving', aan: { ...sf, rol: 'schakelfunctionaris' }, tekst: oud.melding }]);
  });

  it('weigert een document dat niet aan het schema voldoet in plaats van het half te gebruiken', async () => {
    await cosmos.database.container(CONTAINERS.hulpvragen.name).items.create({ id: 'kapot', schakelteamId: 'st-zuid', type: 'hulpvraag', schemaVersie: 1 });
    await expect(hulpvragen.lees('st-zuid', 'kapot')).rejects.toThrow();
  });

  it('leest een document van vóór issue 20 met de bij registratie bewaarde overlegdatum, zonder die datum nog te gebruiken', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const item = cosmos.database.container(CONTAINERS.hulpvragen.name).item(hulpvraag.id, 'st-zuid');
    const { resource } = await item.read();
    await item.replace({ ...resource, eersteOverleg: '2026-11-24' });
    const gelezen = await hulpvragen.lees('st-zuid', hulpvraag.id);
    expect(gelezen?.waarde).toEqual(hulpvraag);
    expect(gelezen?.waarde).not.toHaveProperty('eersteOverleg');
  });

  it('vindt de hulpvragen van één persoon en van één schakelteam, en op nummer', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    expect((await hulpvragen.vanPersoon(TENANT, 'aad-sf')).map((h) => h.id)).toContain(hulpvraag.id);
    expect(await hulpvragen.vanPersoon(TENANT, 'aad-smw')).toEqual([]);
    expect(await hulpvragen.vanPersoon('andere-tenant', 'aad-sf')).toEqual([]);
    const vanTeam = (await hulpvragen.vanSchakelteam('st-zuid')).map((h) => h.id);
    expect(vanTeam).toContain(hulpvraag.id);
    expect(vanTeam).not.toContain('kapot');
    expect((await hulpvragen.opNummer(TENANT, hulpvraag.nummer)).map((h) => h.id)).toEqual([hulpvraag.id]);
  });

  it('laat alleen leden van het schakelteam registreren', async () => {
    // smw is in no bound schakelteam at all: that has a code (and sentence) of its own.
    await expect(registreerHulpvraag(deps(), smw, registratie)).rejects.toMatchObject({ code: FOUTCODES.geenSchakelteamlid });
    // A member of another schakelteam is merely not involved in this one.
    await deps().schakelteams.bewaar({ id: 'st-noord', tenantId: TENANT, naam: 'Noord', scholen: ['OBS Noord'], onderwijs: 'PO', leden: [{ ...smw, rol: 'ib_coo' }] });
    await expect(registreerHulpvraag(deps(), smw, registratie)).rejects.toMatchObject({ code: FOUTCODES.nietBetrokken });
    await expect(registreerHulpvraag(deps(), ib, { ...registratie, schakelteamId: 'bestaat-niet' })).rejects.toMatchObject({
      code: FOUTCODES.schakelteamOnbekend,
    });
  });

  it('weigert een vervanging met een verouderde ETag (optimistische concurrency)', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const gelezen = await hulpvragen.lees('st-zuid', hulpvraag.id);
    if (!gelezen) throw new Error('niet gevonden');
    await hulpvragen.vervang({ ...gelezen.waarde, versie: 2 }, gelezen.etag);
    await expect(hulpvragen.vervang({ ...gelezen.waarde, versie: 2 }, gelezen.etag)).rejects.toMatchObject({ code: FOUTCODES.conflict });
  });

  it('wist berichten uit de outbox met de ETag: de volgende deadline volgt wat er overblijft, een verouderde ETag weigert', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const gelezen = await hulpvragen.lees('st-zuid', hulpvraag.id);
    if (!gelezen) throw new Error('niet gevonden');
    // Registration's own entries gone; then two held until different moments, both before the case's own deadline.
    const basis = zonderUitgaand(gelezen.waarde, new Set((gelezen.waarde.uitgaand ?? []).map((u) => u.id)));
    const vroeg = metUitgaand(basis, [{ soort: 'kanaalkaart' }], 'v1.vroeg', new Date('2026-11-23T09:01:00Z'));
    const beide = metUitgaand(vroeg, [{ soort: 'loketkaart' }], 'v1.laat', new Date('2026-11-23T09:05:00Z'));
    const bewaard = await hulpvragen.vervang(beide, gelezen.etag);
    const document = async () => (await cosmos.database.container(CONTAINERS.hulpvragen.name).item(hulpvraag.id, 'st-zuid').read()).resource as Record<string, unknown>;
    expect((await document()).volgendeDeadline).toBe('2026-11-23T09:01:00.000Z');
    const eerste = new Set([`${hulpvraag.id}.v1.vroeg.1`]);
    const gewist = await hulpvragen.wisUitgaand(bewaard, eerste);
    expect((await document()).volgendeDeadline).toBe('2026-11-23T09:05:00.000Z');
    await hulpvragen.wisUitgaand(gewist, new Set([`${hulpvraag.id}.v1.laat.1`]));
    const leeg = await document();
    expect(leeg.uitgaand).toBeUndefined();
    // Without the outbox the deadline is the case's own again, exactly as a full write derives it.
    expect(leeg.volgendeDeadline).toBe(naarDocument(basis, STANDAARD_HERINNERINGSINSTELLINGEN).volgendeDeadline);
    await expect(hulpvragen.wisUitgaand(bewaard, eerste)).rejects.toMatchObject({ code: FOUTCODES.conflict });
  });

  it('past twee gelijktijdige wijzigingen allebei toe zonder er één stil te verliezen', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const sleutel = { schakelteamId: 'st-zuid', id: hulpvraag.id };
    const stap = (door: Persoon, gebeurtenis: Gebeurtenis) => wijzigHulpvraag(deps(), sleutel, { door, gebeurtenis: () => gebeurtenis });
    // Registering passes the case on to the schakelteam in the same write: the schakelteam decides next.
    await stap(sf, { soort: 'besluit', besluit: 'regierol', reden: 'Past bij SMW', verwijsindex: { nodig: false }, personen: [{ ...smw, rol: 'kandidaat_regierol' }] });
    await stap(ib, { soort: 'toestemming_gevraagd' });
    await stap(ib, { soort: 'toestemming_vastgelegd', invoer: { antwoorden: { ouder1: true }, eenOuderMetGezag: true, partners: ['SMW'], datum: '2026-11-23', wijze: 'digitaal' } });
    const actief = await stap(smw, { soort: 'regierol_geaccepteerd' });
    expect(actief.hulpvraag.status).toBe('regierol_actief');

    await Promise.all([
      stap(smw, { soort: 'voortgang_vastgelegd', notitie: 'Gesprek met ouders gehad' }),
      stap(smw, { soort: 'expert_toegevoegd', expert: { tenantId: TENANT, aadObjectId: 'aad-jv', naam: 'Joost JV', rol: 'expert' } }),
      stap(smw, { soort: 'uitvraag_vastgelegd', uitvraag: { gedaan: true, toelichting: 'GIZ' } }),
    ]);
    const eind = await hulpvragen.lees('st-zuid', hulpvraag.id);
    expect(eind?.waarde.versie).toBe(actief.hulpvraag.versie + 3);
    expect(eind?.waarde.geschiedenis.slice(-3).map((r) => r.wat).sort()).toEqual(['expert_toegevoegd', 'uitvraag_vastgelegd', 'voortgang_vastgelegd']);
    expect(eind?.waarde.betrokkenen.some((b) => b.aadObjectId === 'aad-jv')).toBe(true);
    expect(eind?.waarde.uitvraag).toEqual({ gedaan: true, toelichting: 'GIZ' });
  });

  it('past dezelfde klik van twee mensen tegelijk precies één keer toe', async () => {
    const { hulpvraag } = await registreerHulpvraag(deps(), ib, registratie);
    const sleutel = { schakelteamId: 'st-zuid', id: hulpvraag.id };
    const verzoek = (door: Persoon) =>
      wijzigHulpvraag(deps(), sleutel, { door, gezieneVersie: 2, gebeurtenis: () => ({ soort: 'besluit', besluit: 'basisondersteuning', reden: 'past', verwijsindex: { nodig: false }, personen: [] }) });
    const uitkomsten = await Promise.all([verzoek(ib), verzoek(sf), verzoek(ib)]);
    expect(uitkomsten.filter((u) => u.soort === 'toegepast')).toHaveLength(1);
    expect(uitkomsten.filter((u) => u.soort === 'verouderd')).toHaveLength(2);
    const eind = await hulpvragen.lees('st-zuid', hulpvraag.id);
    expect(eind?.waarde.versie).toBe(3);
    // Registered and passed on to the schakelteam in one write, then the one decision.
    expect(eind?.waarde.geschiedenis.map((r) => r.wat)).toEqual(['geregistreerd', 'doorgezet', 'besluit']);
  });
});

describe('hetzelfde formulier twee keer versturen', () => {
  it('registreert één hulpvraag, ook als beide verzoeken tegelijk komen', async () => {
    const [a, b] = await Promise.all([
      registreerHulpvraag(deps(), ib, { ...registratie, formulierId: 'f-1' }),
      registreerHulpvraag(deps(), ib, { ...registratie, formulierId: 'f-1' }),
    ]);
    expect(a.hulpvraag.id).toBe(b.hulpvraag.id);
    expect([a.nieuw, b.nieuw].filter(Boolean)).toHaveLength(1);
    const nogmaals = await registreerHulpvraag(deps(), ib, { ...registratie, formulierId: 'f-1' });
    expect(nogmaals).toMatchObject({ nieuw: false, hulpvraag: { nummer: a.hulpvraag.nummer } });
  });
});

describe('hulpvraagnummers', () => {
  it('geeft bij gelijktijdige aanvragen nooit twee keer hetzelfde nummer', async () => {
    const teller = new CosmosTeller(cosmos.database.container(CONTAINERS.tellers.name));
    const nummers = await Promise.all(Array.from({ length: 12 }, () => teller.volgende('obs-x:2026')));
    expect(new Set(nummers).size).toBe(12);
    expect([...nummers].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('nummert per school en schooljaar opnieuw vanaf 1', async () => {
    const teller = new CosmosTeller(cosmos.database.container(CONTAINERS.tellers.name));
    expect(await teller.volgende('andere-school:2026')).toBe(1);
    expect(await teller.volgende('andere-school:2027')).toBe(1);
  });
});
