import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { IncomingMessage } from 'node:http';
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, startRoute, actieData, casusData, kaartVan, tekstVan } from '../helpers/route-driver';
import { TestGebruiker } from '../helpers/activiteiten';

const { ib, sf, smw, jv, buiten, loket } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await bot.installeer(sf, KANAAL);
  const koppelkaart = kaartVan(await bot.zeg(sf, 'koppel schakelteam', KANAAL));
  expect(tekstVan(koppelkaart)).toContain('Dit kanaal koppelen aan een schakelteam');
  const gekoppeld = await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Schakelteam Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
  expect(tekstVan(gekoppeld.value)).toContain('Schakelteam \\"Schakelteam Zuid\\" is gekoppeld');
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

const geldig = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', signalen: 'Stil', geprobeerd: 'Gesprek met leerkracht', oudersOpDeHoogte: 'true', alleenAdvies: 'false' };

/** IB registers a case from the personal chat; returns the IB's card data for the next click. */
async function registreer(extra: Record<string, string> = {}): Promise<{ kaart: unknown; nummer: string }> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const { formulierId } = actieData(formulier, VERBS.registreren);
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1];
  const antwoord = await bot.klik(ib, VERBS.registreren, { formulierId, schakelteamId, ...geldig, ...extra });
  const nummer = /HV-2026-\d{4}/.exec(tekstVan(antwoord.value))?.[0] ?? '';
  return { kaart: antwoord.value, nummer };
}

/** The current card as `gebruiker` sees it (the Bekijken button). */
async function bekijk(kaart: unknown, gebruiker: TestGebruiker) {
  return (await bot.klikOp(kaart, gebruiker, VERBS.vernieuwen)).value;
}

const besluitRegierol = (persoon: TestGebruiker) => ({ besluitSoort: 'regierol', besluitPersonen: persoon.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' });
const toestemmingJa = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk,CJG / jeugdgezondheidszorg', toestemmingDatum: '2026-11-23', toestemmingWijze: 'digitaal' };

describe('de hele route in Teams, van registratie tot afsluiting', () => {
  it('registreren, besluiten, toestemming, regierol, overdracht, terugmelden en sluiten', async () => {
    // An obvious full name is refused; the form comes back with the typed values kept.
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const { formulierId } = actieData(formulier, VERBS.registreren);
    const fout = await bot.klik(ib, VERBS.registreren, { formulierId, ...geldig, referentie: 'Jan Jansen', vraag: 'Mijn getypte vraag' });
    expect(tekstVan(fout.value)).toContain('Dit lijkt op een naam');
    expect(tekstVan(fout.value)).toContain('Mijn getypte vraag');

    const kanaalVoor = bot.naar(KANAAL.id).length;
    const { kaart: ibKaart, nummer } = await registreer();
    expect(nummer).toMatch(/^HV-2026-\d{4}$/);
    expect(tekstVan(ibKaart)).toContain('De kaart staat in het kanaal van het schakelteam');

    // The channel gets the base card: number and status, no question, no pupil reference.
    const kanaalPost = bot.naar(KANAAL.id).slice(kanaalVoor).find((v) => v.methode === 'POST');
    const kanaalKaart = kaartVan(kanaalPost);
    expect(tekstVan(kanaalKaart)).toContain(nummer);
    expect(tekstVan(kanaalKaart)).not.toContain('Trekt zich terug');
    expect(tekstVan(kanaalKaart)).not.toContain('AB-2016');

    // The schakelfunctionaris opens it from the channel and decides.
    const sfKaart = await bot.klikOp(kanaalKaart, sf, VERBS.vernieuwen, {}, KANAAL);
    expect(tekstVan(sfKaart.value)).toContain('Besluit nemen');
    const ibVoor = teams.verzonden.length;
    const besloten = await bot.klikOp(sfKaart.value, sf, VERBS.besluiten, besluitRegierol(smw), KANAAL);
    expect(tekstVan(besloten.value)).toContain('Wacht op toestemming');
    // The channel card is updated in place and the IB'er gets a personal card to record consent.
    expect(bot.naar(KANAAL.id, ibVoor).some((v) => v.methode === 'PUT')).toBe(true);
    const naarIb = bot.naar(PERSOONLIJK(ib).id, ibVoor);
    expect(tekstVan(kaartVan(naarIb[0]))).toContain('Toestemming vastleggen vóór');

    // Consent by the parents (pupil is 10): the expert is offered the regierol in a new 1:1 chat.
    const ibToestemming = kaartVan(naarIb[0]);
    // The consent form (in place here: this bot runs without dialogs) asks exactly who must consent at this age.
    const toestemmingsformulier = (await bot.klik(ib, VERBS.dialoogOpenen, actieData(ibToestemming, VERBS.dialoogOpenen))).value;
    expect(tekstVan(toestemmingsformulier)).toContain('toestemming van de ouders/verzorgers is nodig');
    expect(tekstVan(toestemmingsformulier)).not.toContain('toestemmingLeerling');
    const smwVoor = teams.verzonden.length;
    const gegeven = await bot.klikOp(ibToestemming, ib, VERBS.toestemming, toestemmingJa);
    expect(tekstVan(gegeven.value)).toContain('Regierol aangeboden');
    const aanbod = teams.verzonden.slice(smwVoor).find((v) => v.gesprek === `a:nieuw-${smw.aadObjectId}` && v.methode === 'POST');
    expect(tekstVan(kaartVan(aanbod))).toContain('Regierol aannemen of weigeren');

    // A double click on "accepteren" (two requests at once) is applied once.
    const aanbodKaart = kaartVan(aanbod);
    const [a, b] = await Promise.all([bot.klikOp(aanbodKaart, smw, VERBS.accepteren), bot.klikOp(aanbodKaart, smw, VERBS.accepteren)]);
    const teksten = [tekstVan(a.value), tekstVan(b.value)];
    expect(teksten.filter((t) => t.includes('U heeft de regierol'))).toHaveLength(1);
    expect(teksten.filter((t) => t.includes('niet meer actueel'))).toHaveLength(1);
    const actief = await bekijk(aanbodKaart, smw);
    expect(tekstVan(actief)).toContain('Regierol actief');
    expect(tekstVan(actief)).toContain('Tussentijdse evaluatie uiterlijk');
    expect(tekstVan(await bot.details(actief, smw))).toContain('Volgende evaluatie');

    // The holder works the case.
    let huidig = (await bot.klikOp(actief, smw, VERBS.uitvraag, { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' })).value;
    huidig = (await bot.klikOp(huidig, smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek met ouders gevoerd' })).value;
    huidig = (await bot.klikOp(huidig, smw, VERBS.expert, { expertPersoon: jv.aadObjectId, expertDiscipline: 'jeugdverpleegkundige' })).value;
    expect(tekstVan(await bot.details(huidig, smw))).toContain('Joost JV');

    // Handover to the youth nurse: the schakelteam approves, the old holder stays until the new one accepts.
    huidig = (await bot.klikOp(huidig, smw, VERBS.overdracht, { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Meer medisch' })).value;
    expect(tekstVan(huidig)).toContain('Overdracht aangevraagd');
    const goedgekeurd = (await bot.klikOp(await bekijk(huidig, sf), sf, VERBS.overdrachtGoedkeuren, {}, KANAAL)).value;
    expect(tekstVan(goedgekeurd)).toContain('Regierol aangeboden');
    expect(tekstVan(await bekijk(huidig, smw))).toContain('Aan zet: Joost JV');
    expect(tekstVan(await bot.details(huidig, smw))).toContain('regierolhouder');
    const jvAccept = (await bot.klikOp(await bekijk(huidig, jv), jv, VERBS.accepteren)).value;
    expect(tekstVan(jvAccept)).toContain('U heeft de regierol');

    // Return for closure; the IB'er closes with an outcome.
    const terug = (await bot.klikOp(jvAccept, jv, VERBS.terugmelden, { terugToelichting: 'Doelen bereikt' })).value;
    expect(tekstVan(terug)).toContain('Terug voor afsluiting');
    const gesloten = (await bot.klikOp(await bekijk(terug, ib), ib, VERBS.sluiten, { sluitUitkomst: 'Doelen bereikt, basisondersteuning volstaat' })).value;
    expect(tekstVan(gesloten)).toContain('De hulpvraag is gesloten');

    // Looking things up afterwards.
    const lijst = kaartVan(await bot.zeg(ib, 'mijn casussen'));
    expect(tekstVan(lijst)).toContain(nummer);
    expect(tekstVan(kaartVan(await bot.zeg(jv, `casus ${nummer.toLowerCase()}`)))).toContain('Gesloten');
    expect((await bot.zeg(buiten, `casus ${nummer}`)).activiteit.text).toBe(`Er is geen hulpvraag ${nummer} waarbij u betrokken bent.`);
  });

  it('een weigering gaat terug naar het schakelteam', async () => {
    const { kaart } = await registreer();
    const besloten = (await bot.klikOp(await bekijk(kaart, sf), sf, VERBS.besluiten, besluitRegierol(smw), KANAAL)).value;
    await bot.klikOp(await bekijk(besloten, ib), ib, VERBS.toestemming, toestemmingJa);
    const geweigerd = (await bot.klikOp(await bekijk(kaart, smw), smw, VERBS.weigeren, { weigerReden: 'Geen ruimte in mijn caseload' })).value;
    expect(tekstVan(geweigerd)).toContain('Het schakelteam kiest opnieuw');
    expect(tekstVan(await bekijk(kaart, sf))).toContain('Bij het schakelteam');
  });

  it('zonder toestemming wordt de regierol niet actief; bij het Loket gaan alleen contactgegevens mee', async () => {
    const { kaart } = await registreer();
    await bot.klikOp(await bekijk(kaart, sf), sf, VERBS.besluiten, { besluitSoort: 'loket', besluitPersonen: loket.aadObjectId, besluitReden: 'Zware casus', verwijsindex: 'ja', verwijsindexWie: 'IB' }, KANAAL);
    const ibKaart = await bekijk(kaart, ib);
    const formulier = (await bot.klik(ib, VERBS.dialoogOpenen, actieData(ibKaart, VERBS.dialoogOpenen))).value;
    expect(tekstVan(formulier)).toContain('alleen de contactgegevens van de regierolhouder');
    const geweigerd = (await bot.klikOp(ibKaart, ib, VERBS.toestemming, { ...toestemmingJa, toestemmingOuder1: 'nee' })).value;
    expect(tekstVan(geweigerd)).toContain('Wacht op toestemming');
    expect(tekstVan(await bot.details(geweigerd, ib))).toContain('Toestemming","value":"geweigerd');
    expect(tekstVan(await bekijk(kaart, loket))).not.toContain('Regierol aannemen of weigeren');
  });

  it('een buitenstaander krijgt bij elke knop een korte uitleg en er verandert niets; de poging staat in het auditlog', async () => {
    const { kaart } = await registreer();
    const voor = tekstVan(await bekijk(kaart, ib));
    const routeVerbs = [VERBS.besluiten, VERBS.toestemming, VERBS.accepteren, VERBS.weigeren, VERBS.uitvraag, VERBS.voortgang, VERBS.expert, VERBS.overdracht, VERBS.overdrachtGoedkeuren, VERBS.overdrachtAfwijzen, VERBS.terugmelden, VERBS.sluiten];
    for (const verb of routeVerbs) {
      const antwoord = await bot.klikOp(kaart, buiten, verb, { ...besluitRegierol(smw), ...toestemmingJa, weigerReden: 'x', uitvraagToelichting: 'x', voortgangNotitie: 'x', expertPersoon: jv.aadObjectId, expertDiscipline: 'jeugdverpleegkundige', overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'x', afwijsReden: 'x', terugToelichting: 'x', sluitUitkomst: 'x' });
      expect(antwoord.type).toBe('application/vnd.microsoft.activity.message');
      expect(antwoord.value).toBe('U bent niet betrokken bij deze hulpvraag, dus u kunt hem niet inzien of wijzigen.');
    }
    const na = await bekijk(kaart, ib);
    expect(tekstVan(na).replace(/"versie":\d+/g, '')).toBe(voor.replace(/"versie":\d+/g, ''));
    const gezienDoorBuiten = tekstVan(await bekijk(kaart, buiten));
    expect(gezienDoorBuiten).toContain('U bent niet betrokken');
    expect(gezienDoorBuiten).not.toContain('Trekt zich terug');
    // Every refused attempt is in the audit log (not in the case document, which nobody can make grow this way).
    const id = String(casusData(kaart).hulpvraagId);
    const [document] = await app.database.container('hulpvragen').items.query({ query: 'SELECT * FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] }).fetchAll().then((r) => r.resources);
    expect(JSON.stringify(document.geschiedenis)).not.toContain(buiten.aadObjectId);
    const { resources: weigeringen } = await app.database.container('audit').items.query({ query: 'SELECT * FROM c WHERE c.onderwerp = @o AND c.handeling = "weigering" AND c.wie.aadObjectId = @a', parameters: [{ name: '@o', value: `hulpvraag:${id}` }, { name: '@a', value: buiten.aadObjectId }] }).fetchAll();
    expect(weigeringen.length).toBe(routeVerbs.length + 1);
  });

  it('twee schakelteamleden die tegelijk besluiten: één besluit telt, de ander ziet de actuele kaart', async () => {
    const { kaart } = await registreer();
    const sfKaart = await bekijk(kaart, sf);
    const ibKaart = await bekijk(kaart, ib);
    const [a, b] = await Promise.all([
      bot.klikOp(sfKaart, sf, VERBS.besluiten, besluitRegierol(smw), KANAAL),
      bot.klikOp(ibKaart, ib, VERBS.besluiten, { ...besluitRegierol(jv), besluitDiscipline: 'jeugdverpleegkundige' }, KANAAL),
    ]);
    const teksten = [tekstVan(a.value), tekstVan(b.value)];
    expect(teksten.filter((t) => t.includes('niet meer actueel'))).toHaveLength(1);
    const eind = tekstVan(await bot.details(kaart, ib));
    expect(eind.includes('Mila SMW') !== eind.includes('Joost JV')).toBe(true);
  });
  it('een besluit in het kanaal zoekt niet in de kanalen: Team NO telt alleen op een geëscaleerde hulpvraag, de gekozen persoon komt van Teams', async () => {
    const { kaart } = await registreer();
    const sfKaart = await bekijk(kaart, sf);
    // Counted at the embedded Cosmos server: every query on the kanalen container during the click.
    const queries: string[] = [];
    const tel = (bericht: unknown) => {
      const { request } = bericht as { request: IncomingMessage };
      if (request.url?.includes('/colls/kanalen/docs') && request.method === 'POST' && request.headers['x-ms-documentdb-isquery']) queries.push(request.url);
    };
    subscribe('http.server.request.start', tel);
    try {
      const besloten = await bot.klikOp(sfKaart, sf, VERBS.besluiten, besluitRegierol(smw), KANAAL);
      expect(tekstVan(besloten.value)).toContain('Wacht op toestemming');
      await app.rustig();
    } finally {
      unsubscribe('http.server.request.start', tel);
    }
    expect(queries).toEqual([]);
  });
});
