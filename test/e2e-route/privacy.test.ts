import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TENANT, TEAM_NO_KANAAL, TestGebruiker, klik } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { Auditrij, auditVan } from '../helpers/audit';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, casusData, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, jv, buiten, tno } = GEBRUIKERS;
const PARTNER_TENANT = 'tenant-partner-cjg';
/** A youth nurse of the CJG, in the CJG's own tenant (shared channel / trusted partner). */
const partner: TestGebruiker = { id: '29:partner', aadObjectId: 'aad-partner', naam: 'Pien Partner', tenantId: PARTNER_TENANT };
/** Someone from an organisation that is not a trusted partner. */
const vreemde: TestGebruiker = { id: '29:vreemd', aadObjectId: 'aad-vreemd', naam: 'Vera Vreemd', tenantId: 'tenant-vreemd' };
const beheerder: TestGebruiker = { id: '29:fb', aadObjectId: 'aad-fb', naam: 'Fiona Beheer' };

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

const audit = (onderwerp: string) => auditVan(app, onderwerp);

async function document(id: string): Promise<Record<string, unknown> | undefined> {
  const { resources } = await app.database
    .container('hulpvragen')
    .items.query<Record<string, unknown>>({ query: 'SELECT * FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] })
    .fetchAll();
  return resources[0];
}

const geldig = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', signalen: 'Stil', geprobeerd: 'Gesprek met leerkracht', oudersOpDeHoogte: 'true', alleenAdvies: 'false' };

async function registreer(extra: Record<string, string> = {}): Promise<{ kaart: unknown; nummer: string; id: string }> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1];
  const antwoord = await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, ...geldig, ...extra });
  const nummer = /HV-2026-\d{4}/.exec(tekstVan(antwoord.value))?.[0] ?? '';
  return { kaart: antwoord.value, nummer, id: String(casusData(antwoord.value).hulpvraagId) };
}

const bekijk = async (kaart: unknown, wie: TestGebruiker) => (await bot.klikOp(kaart, wie, VERBS.vernieuwen)).value;

/** A click as `wie`: what Teams would show them, or the HTTP status when the bot refuses the request itself. */
async function probeer(kaart: unknown, wie: TestGebruiker, verb: string, invoer: Record<string, string> = {}): Promise<'toegestaan' | 'geweigerd' | number> {
  const { status, body } = await post(app, klik(teams.serviceUrl, wie, verb, { ...casusData(kaart), ...invoer }, PERSOONLIJK(wie)));
  await app.rustig();
  if (status !== 200) return status;
  const antwoord = body as { type: string; value: unknown };
  return antwoord.type === 'application/vnd.microsoft.activity.message' || tekstVan(antwoord.value).includes('hoort niet bij uw rol') ? 'geweigerd' : 'toegestaan';
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { MicrosoftAppTenantId: TENANT, PARTNER_TENANTS: PARTNER_TENANT, FUNCTIONEEL_BEHEERDERS: beheerder.aadObjectId }, [partner, beheerder]));
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

const schakelteam = (wie: TestGebruiker) => ({ soort: 'schakelteam', naam: 'Schakelteam Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: wie === buiten ? buiten.aadObjectId : ib.aadObjectId, schakelfunctionaris: wie === buiten ? buiten.aadObjectId : sf.aadObjectId });

describe('koppelingen', () => {
  it('een schakelteam koppelen wordt in het kanaal aangekondigd en gelogd; een niet-lid kan het niet overnemen', async () => {
    const vanaf = teams.verzonden.length;
    expect(tekstVan((await bot.klik(sf, VERBS.kanaalKoppelen, schakelteam(sf), KANAAL)).value)).toContain('is gekoppeld');
    expect(bot.naar(KANAAL.id, vanaf).map((v) => String(v.activiteit.text))).toContainEqual(expect.stringContaining('Sam Schakel heeft dit kanaal gekoppeld als schakelteam'));

    const overname = await bot.klik(buiten, VERBS.kanaalKoppelen, schakelteam(buiten), KANAAL);
    expect(overname.value).toBe('Dit kanaal is al gekoppeld. Alleen de huidige leden van die koppeling of een functioneel beheerder kunnen haar wijzigen.');
    // Nothing changed: the IB'er can still register for this schakelteam, the outsider cannot.
    expect(tekstVan(kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag')))).toContain('Schakelteam Zuid');
    expect(String((await bot.zeg(buiten, 'nieuwe hulpvraag')).activiteit.text)).toContain('nog geen lid van een gekoppeld schakelteam');

    // A current member may rebind; so may a functional administrator.
    expect(tekstVan((await bot.klik(ib, VERBS.kanaalKoppelen, schakelteam(ib), KANAAL)).value)).toContain('is gekoppeld');
    expect(tekstVan((await bot.klik(beheerder, VERBS.kanaalKoppelen, schakelteam(beheerder), KANAAL)).value)).toContain('is gekoppeld');
    const regels = await audit(`koppeling:${TENANT}:${KANAAL.id}`);
    expect(regels.map((r) => [r.wie.aadObjectId, r.handeling, r.wat])).toEqual([
      [sf.aadObjectId, 'koppelen', 'koppel schakelteam'],
      [buiten.aadObjectId, 'weigering', 'koppel schakelteam'],
      [ib.aadObjectId, 'koppelen', 'koppel schakelteam opnieuw'],
      [beheerder.aadObjectId, 'koppelen', 'koppel schakelteam opnieuw'],
    ]);
  });

  it('Team NO en het Loket koppelt alleen een functioneel beheerder, en er is één Team NO per tenant', async () => {
    const teamNo = { soort: 'team_no', naam: 'Team NO Zuid', leden: tno.aadObjectId };
    expect((await bot.klik(tno, VERBS.kanaalKoppelen, teamNo, TEAM_NO_KANAAL)).value).toBe('Alleen een functioneel beheerder koppelt een kanaal als Team NO of als Loket.');
    expect((await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket', leden: tno.aadObjectId }, TEAM_NO_KANAAL)).value).toBe('Alleen een functioneel beheerder koppelt een kanaal als Team NO of als Loket.');
    const anderKanaal = { id: '19:teamno-oud@thread.tacv2', type: 'channel' as const };
    expect(tekstVan((await bot.klik(beheerder, VERBS.kanaalKoppelen, teamNo, anderKanaal)).value)).toContain('is gekoppeld');
    expect(tekstVan((await bot.klik(beheerder, VERBS.kanaalKoppelen, teamNo, TEAM_NO_KANAAL)).value)).toContain('is gekoppeld');
    const { resources } = await app.database.container('kanalen').items.query<{ id: string }>({ query: 'SELECT c.id FROM c WHERE c.soort = "team_no" AND c.tenantId = @t', parameters: [{ name: '@t', value: TENANT }] }).fetchAll();
    expect(resources.map((r) => r.id.endsWith(TEAM_NO_KANAAL.id))).toEqual([true]);
  });
});

describe('wie mag wat, per knop en per rol (ook een partnertenant en een vreemde tenant)', () => {
  it('alleen de rol die het mag, in de status waarin het kan; bij een weigering verandert er niets', async () => {
    const { kaart, id } = await registreer();
    const versie = async () => Number((await document(id))?.versie);
    const iedereen = [ib, sf, smw, jv, buiten, partner, vreemde];
    const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past', verwijsindex: 'nee' };

    /** Tries `verb` as everyone not in `toegestaan`, expects refusals (403 for the foreign tenant) and no change; then the first allowed one does it. */
    const alleenVoor = async (huidig: unknown, verb: string, invoer: Record<string, string>, ...toegestaan: TestGebruiker[]) => {
      const voor = await versie();
      for (const wie of iedereen.filter((w) => !toegestaan.includes(w))) {
        expect([wie.naam, await probeer(huidig, wie, verb, invoer)]).toEqual([wie.naam, wie === vreemde ? 403 : 'geweigerd']);
      }
      expect(await versie()).toBe(voor);
      expect(await probeer(huidig, toegestaan[0] ?? ib, verb, invoer)).toBe('toegestaan');
      expect(await versie()).toBeGreaterThan(voor);
      return bekijk(huidig, ib);
    };

    let huidig = await alleenVoor(kaart, VERBS.besluiten, besluit, sf, ib);
    huidig = await alleenVoor(huidig, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'ja', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' }, ib);
    huidig = await alleenVoor(huidig, VERBS.accepteren, {}, smw);
    // The holder adds the CJG nurse from the partner tenant as an expert: she then holds that role.
    huidig = await alleenVoor(huidig, VERBS.expert, { expertPersoon: partner.aadObjectId, expertDiscipline: 'jeugdverpleegkundige' }, smw);
    expect(await probeer(huidig, partner, VERBS.voortgang, { voortgangNotitie: 'x' })).toBe('geweigerd');
    expect(await probeer(huidig, vreemde, VERBS.stagnatie, { stagnatieReden: 'Wachtlijst', stagnatieToelichting: 'x' })).toBe(403);
    huidig = await alleenVoor(huidig, VERBS.terugmelden, { terugToelichting: 'Klaar' }, smw);
    await alleenVoor(huidig, VERBS.sluiten, { sluitUitkomst: 'Doelen bereikt' }, ib);
  });
});

describe('toestemming bepaalt wat partners zien, en intrekken beëindigt het', () => {
  it('details alleen voor genoemde organisaties; na intrekken ziet de partner alleen nog nummer en status en krijgt iedereen die toegang verliest bericht', async () => {
    const { kaart, nummer, id } = await registreer();
    const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past', verwijsindex: 'nee' };
    await bot.klikOp(await bekijk(kaart, sf), sf, VERBS.besluiten, besluit, KANAAL);
    // Before consent the proposed holder sees number, school, state, dates and the IB'er: not the question.
    // The card says only number, school, state and whose turn it is; the rest is in "Details en tijdlijn".
    const voorToestemming = tekstVan(await bekijk(kaart, smw));
    expect(voorToestemming).toContain(nummer);
    expect(voorToestemming).not.toContain('Trekt zich terug');
    const detailsVoorToestemming = tekstVan(await bot.details(kaart, smw));
    expect(detailsVoorToestemming).toContain('Ingrid IB');
    expect(detailsVoorToestemming).not.toContain('Trekt zich terug');
    await bot.klikOp(await bekijk(kaart, ib), ib, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'ja', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' });
    await bot.klikOp(await bekijk(kaart, smw), smw, VERBS.accepteren);
    await bot.klikOp(await bekijk(kaart, smw), smw, VERBS.expert, { expertPersoon: partner.aadObjectId, expertDiscipline: 'jeugdverpleegkundige' });
    // The CJG is not named in the consent: the nurse waits for its extension and sees nothing meanwhile, while the
    // consent already given for the holder's organisation keeps counting.
    expect(tekstVan(await bot.details(kaart, smw))).toContain('Trekt zich terug');
    expect(tekstVan(await bot.details(kaart, partner))).not.toContain('Trekt zich terug');
    for (const wie of [smw, partner, ib]) expect(tekstVan(await bekijk(kaart, wie))).not.toContain('Trekt zich terug');

    const vanaf = teams.verzonden.length;
    const ingetrokken = await bot.klikOp(await bekijk(kaart, ib), ib, VERBS.toestemmingIntrekken);
    expect(tekstVan(ingetrokken.value)).toContain('Wacht op toestemming');
    expect(tekstVan(await bot.details(kaart, smw))).not.toContain('Trekt zich terug');
    expect(tekstVan(await bekijk(kaart, smw))).not.toContain('Trekt zich terug');
    const berichten = teams.verzonden.slice(vanaf).map((v) => [v.gesprek, String(v.activiteit.text ?? '')]);
    // Only the holder lost access (the CJG nurse never had any); she also hears that the nurse will not be added.
    expect(berichten.filter(([, tekst]) => tekst.includes('U ziet de details van deze hulpvraag niet meer'))).toEqual([
      [`a:persoonlijk-${smw.aadObjectId}`, `Hulpvraag ${nummer}: de toestemming is ingetrokken. U ziet de details van deze hulpvraag niet meer; neem voor vragen contact op met de IB'er/COO.`],
    ]);
    expect(berichten).toContainEqual([`a:persoonlijk-${smw.aadObjectId}`, `${partner.naam} wordt niet toegevoegd aan hulpvraag ${nummer}: de toestemming is ingetrokken.`]);
    const doc = await document(id);
    expect(doc?.toestemming).toMatchObject({ status: 'ingetrokken', partners: [], datum: '2026-11-23' });
    expect((await audit(`hulpvraag:${id}`)).filter((r) => r.wat.startsWith('toestemming_ingetrokken')).map((r) => r.wie.aadObjectId)).toEqual([ib.aadObjectId]);
  });
});

describe('het auditlog', () => {
  it('legt elke inzage vast: kaart bekijken, casus, mijn casussen, met wie en via welke client', async () => {
    const { kaart, nummer, id } = await registreer();
    await bekijk(kaart, ib);
    await bot.klikOp(kaart, sf, VERBS.vernieuwen, {}, KANAAL);
    await bot.zeg(ib, `casus ${nummer}`);
    await bot.zeg(ib, 'mijn casussen');
    await bekijk(kaart, buiten);
    const regels = (await audit(`hulpvraag:${id}`)).map((r) => [r.wie.aadObjectId, r.handeling, r.wat, r.via, r.nummer]);
    expect(regels).toEqual(
      expect.arrayContaining([
        [ib.aadObjectId, 'wijzigen', 'geregistreerd', 'teams-persoonlijk', nummer],
        [ib.aadObjectId, 'lezen', 'kaart bekeken', 'teams-persoonlijk', nummer],
        [sf.aadObjectId, 'lezen', 'kaart bekeken', 'teams-kanaal', nummer],
        [ib.aadObjectId, 'lezen', 'casus', 'teams-persoonlijk', nummer],
        [ib.aadObjectId, 'lezen', 'mijn casussen', 'teams-persoonlijk', nummer],
        [buiten.aadObjectId, 'weigering', 'kaart bekeken', 'teams-persoonlijk', nummer],
      ]),
    );
    // The case document itself holds no trace of the outsider.
    expect(JSON.stringify(await document(id))).not.toContain(buiten.aadObjectId);
  });

  it('waarschuwt bij een naam of diagnose in vrije tekst; bewust opnieuw versturen registreert wel', async () => {
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
    const invoer = { ...actieData(formulier, VERBS.registreren), schakelteamId, ...geldig, vraag: 'Gesprek met Ahmed over zijn ADHD.' };
    const eerste = (await bot.klik(ib, VERBS.registreren, invoer)).value;
    expect(tekstVan(eerste)).toContain('Lijkt een naam te bevatten');
    expect(tekstVan(eerste)).toContain('Lijkt een diagnose of medicatie te noemen');
    const tweede = (await bot.klik(ib, VERBS.registreren, { ...invoer, ...actieData(eerste, VERBS.registreren) })).value;
    expect(tekstVan(tweede)).toMatch(/Geregistreerd als HV-2026-\d{4}/);
  });
});

describe('bewaartermijn en rechten', () => {
  it('de sweep vernietigt een gesloten hulpvraag na de bewaartermijn en laat een grafsteen zonder inhoud achter', async () => {
    const { kaart, nummer, id } = await registreer();
    await bot.klikOp(await bekijk(kaart, sf), sf, VERBS.besluiten, { besluitSoort: 'basisondersteuning', besluitReden: 'Past in de klas', verwijsindex: 'nee' }, KANAAL);
    expect((await document(id))?.status).toBe('gesloten');
    await app.sweep(new Date('2028-11-01T09:00:00Z'));
    expect(await document(id)).toBeDefined();
    await app.sweep(new Date('2028-11-24T09:00:00Z'));
    expect(await document(id)).toBeUndefined();
    const regels = await audit(`hulpvraag:${id}`);
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({ handeling: 'vernietigen', wat: 'bewaartermijn', via: 'systeem' });
    expect(JSON.stringify(regels)).not.toContain(nummer);
    expect(String((await bot.zeg(ib, `casus ${nummer}`)).activiteit.text)).toBe(`Er is geen hulpvraag ${nummer} waarbij u betrokken bent.`);
  });

  it('een functioneel beheerder exporteert, corrigeert en wist; anderen kunnen dat niet', async () => {
    const { nummer, id } = await registreer();
    expect(String((await bot.zeg(ib, `beheer export ${nummer}`)).activiteit.text)).toContain('hoort niet bij uw rol');

    const vanaf = teams.verzonden.length;
    await bot.zeg(beheerder, `beheer export ${nummer} inzageverzoek ouders`);
    const [menselijk, machine] = await teams.wachtOp(2, vanaf);
    expect(tekstVan(kaartVan(menselijk))).toContain(`Export ${nummer}`);
    expect(tekstVan(kaartVan(menselijk))).toContain('Trekt zich terug');
    const json = String(machine?.activiteit.text).replace(/^```json\n/, '').replace(/\n```$/, '');
    const geexporteerd = JSON.parse(json) as { hulpvraag: { nummer: string }; logging: Auditrij[] };
    expect(geexporteerd.hulpvraag.nummer).toBe(nummer);
    expect(geexporteerd.logging.map((r) => r.handeling)).toEqual(expect.arrayContaining(['wijzigen', 'exporteren']));

    expect(String((await bot.zeg(beheerder, `beheer corrigeer ${nummer} groep groep 7`)).activiteit.text)).toContain('is gecorrigeerd');
    expect((await document(id))?.leerling).toMatchObject({ groep: 'groep 7' });
    const correctie = (await audit(`hulpvraag:${id}`)).find((r) => r.handeling === 'corrigeren');
    expect(correctie).toMatchObject({ wat: 'groep', gegevens: { veld: 'groep' } });
    expect(JSON.stringify(correctie)).not.toContain('groep 7');
    expect(String((await bot.zeg(beheerder, `beheer corrigeer ${nummer} referentie Jan Jansen`)).activiteit.text)).toContain('Dit lijkt op een naam');

    expect(String((await bot.zeg(sf, `beheer wis ${nummer} bevestig`)).activiteit.text)).toContain('hoort niet bij uw rol');
    expect(await document(id)).toBeDefined();
    expect(String((await bot.zeg(beheerder, `beheer wis ${nummer} bevestig`)).activiteit.text)).toContain('is gewist');
    expect(await document(id)).toBeUndefined();
    const regels = await audit(`hulpvraag:${id}`);
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({ handeling: 'wissen', wie: { aadObjectId: beheerder.aadObjectId } });
    expect(JSON.stringify(regels)).not.toContain(nummer);
  });

  it('de logging zegt wat er gelezen is: de kaart of de details en tijdlijn', async () => {
    const { kaart, id } = await registreer();
    await bot.details(await bekijk(kaart, ib), ib);
    const gelezen = (await audit(`hulpvraag:${id}`)).filter((r) => r.handeling === 'lezen' && r.wie.aadObjectId === ib.aadObjectId).map((r) => r.wat);
    expect(gelezen).toEqual(expect.arrayContaining(['kaart bekeken', 'details bekeken']));
  });

  it('een verzoek met een naam erin komt niet in de logging: de export vraagt om een kort kenmerk', async () => {
    const { nummer, id } = await registreer();
    const antwoord = String((await bot.zeg(beheerder, `beheer export ${nummer} verzoek van moeder van Jan Jansen`)).activiteit.text);
    expect(antwoord).toContain('kort kenmerk');
    const regels = await audit(`hulpvraag:${id}`);
    expect(regels.some((r) => r.handeling === 'exporteren')).toBe(false);
    expect(JSON.stringify(regels)).not.toContain('Jansen');
    await bot.zeg(beheerder, `beheer export ${nummer} AVG-2026-012`);
    expect((await audit(`hulpvraag:${id}`)).find((r) => r.handeling === 'exporteren')).toMatchObject({ namens: 'AVG-2026-012' });
  });
});
