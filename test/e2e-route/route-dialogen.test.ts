import { App } from '../../src/index';
import { VERBS, ZOEKSETS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, dialoogInhoud, kaartVan, knopVoor, startRoute, tekstVan } from '../helpers/route-driver';
import { controleerKaart, technischeResten } from '../helpers/kaarten';
import { TestGebruiker } from '../helpers/activiteiten';

const { ib, sf, smw, jv, buiten } = GEBRUIKERS;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
const registratie = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', oudersOpDeHoogte: 'true' };
const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
const toestemming = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'digitaal' };

async function koppel(bot: RouteDriver): Promise<void> {
  await bot.installeer(sf, KANAAL);
  await bot.zeg(sf, 'koppel schakelteam', KANAAL);
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Schakelteam Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
}

describe('de formulieren van de route als Teams-dialogen (TEAMS_DIALOGEN=aan), over HTTP', () => {
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  beforeAll(async () => {
    ({ teams, app, bot } = await startRoute(klok, { TEAMS_DIALOGEN: 'aan' }));
    await koppel(bot);
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });


  it('de hele route met dialogen: openen alleen voor wie mag, fouten gemarkeerd met alles bewaard, verouderde versie, opslaan sluit en werkt de kaart bij', async () => {
    // Registration: "nieuwe hulpvraag" posts one button that opens the form as a dialog; outsiders get a sentence.
    expect(tekstVan(await bot.zeg(buiten, 'nieuwe hulpvraag'))).toContain('nog geen lid van een gekoppeld schakelteam');
    const start = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const startKnop = knopVoor(start, 'registratie');
    expect(startKnop).toMatchObject({ msteams: { type: 'task/fetch' } });
    expect((await bot.openDialoog(buiten, startKnop)).bericht).toContain('nog geen lid van een gekoppeld schakelteam');
    const leeg = await bot.openDialoog(ib, startKnop);
    expect(leeg.titel).toBe('Nieuwe hulpvraag');
    expect(controleerKaart(leeg.formulier).problemen).toEqual([]);
    const opslaan = { ...knopVoor(leeg.formulier, 'registratie') };
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(leeg.formulier))?.[1];
    const fout = dialoogInhoud(await bot.slaDialoogOp(ib, { ...opslaan, schakelteamId, ...registratie, referentie: 'Jan Jansen', vraag: '' }));
    expect(tekstVan(fout.formulier)).toContain('Nog niet geregistreerd');
    expect(tekstVan(fout.formulier)).toContain('Beschrijf de vraag');
    expect(tekstVan(fout.formulier)).toContain('groep 6');
    const vanaf = teams.verzonden.length;
    expect(await bot.slaDialoogOp(ib, { ...opslaan, schakelteamId, ...registratie }, 'start-1')).toEqual({});
    const bijgewerkt = bot.naar(PERSOONLIJK(ib).id, vanaf).find((v) => v.methode === 'PUT');
    expect(bijgewerkt?.pad).toContain('start-1');
    let kaart: unknown = kaartVan(bijgewerkt);
    expect(tekstVan(kaart)).toMatch(/Geregistreerd als HV-2026-\d{4}/);
    // The same form sent again registers nothing new.
    expect(await bot.slaDialoogOp(ib, { ...opslaan, schakelteamId, ...registratie })).toEqual({});
    expect(tekstVan(kaartVan(bot.naar(KANAAL.id, vanaf).find((v) => v.methode === 'POST')))).toMatch(/HV-2026-\d{4}/);

    // The schakelteam's decision.
    const sfKaart = await bot.bekijk(kaart, sf);
    expect(tekstVan(sfKaart)).not.toContain('Action.ShowCard","title":"Besluit nemen');
    const besluitKnop = knopVoor(sfKaart, 'besluit');
    expect((await bot.openDialoog(smw, besluitKnop)).bericht).toContain('U bent niet betrokken');
    const besluitVorm = await bot.openDialoog(sf, besluitKnop);
    expect(besluitVorm.titel).toMatch(/^Besluit schakelteam · HV-2026-\d{4}$/);
    expect(controleerKaart(besluitVorm.formulier).problemen).toEqual([]);
    expect(tekstVan(besluitVorm.formulier)).toContain(`"dataset":"${ZOEKSETS.collegas}"`);
    const zonderAntwoord = dialoogInhoud(await bot.slaDialoogOp(sf, { ...besluitKnop, besluitSoort: 'regierol', besluitReden: 'Past bij SMW' }));
    expect(tekstVan(zonderAntwoord.formulier)).toContain('Beantwoord de Verwijsindex-vraag');
    expect(tekstVan(zonderAntwoord.formulier)).toContain('Past bij SMW');
    const zonderPersoon = dialoogInhoud(await bot.slaDialoogOp(sf, { ...besluitKnop, ...besluit, besluitPersonen: '' }));
    expect(tekstVan(zonderPersoon.formulier)).toContain('Kies wie de regierol krijgt');
    expect(tekstVan(zonderPersoon.formulier)).toContain('schoolmaatschappelijk werker');
    expect(await bot.slaDialoogOp(sf, { ...besluitKnop, ...besluit })).toEqual({});
    // A second decision from the same (now old) form: the step is no longer open, said in plain words.
    const tweede = dialoogInhoud(await bot.slaDialoogOp(sf, { ...besluitKnop, ...besluit }));
    expect(tweede.bericht).toContain('Iemand anders heeft deze hulpvraag intussen gewijzigd');
    expect(tweede.bericht).not.toMatch(/besluit"|wacht_op/);

    // Consent: only the IB'er/COO; the people who must consent follow from the age; problems come back marked.
    kaart = await bot.bekijk(kaart, ib);
    const toestemmingKnop = knopVoor(kaart, 'toestemming');
    expect((await bot.openDialoog(sf, toestemmingKnop)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const toestemmingVorm = await bot.openDialoog(ib, toestemmingKnop);
    expect(controleerKaart(toestemmingVorm.formulier).problemen).toEqual([]);
    expect(tekstVan(toestemmingVorm.formulier)).toContain('toestemming van de ouders/verzorgers is nodig');
    expect(tekstVan(toestemmingVorm.formulier)).not.toContain('toestemmingLeerling');
    const zonderWijze = dialoogInhoud(await bot.slaDialoogOp(ib, { ...toestemmingKnop, ...toestemming, toestemmingWijze: '' }));
    expect(tekstVan(zonderWijze.formulier)).toContain('Kies hoe de toestemming is gegeven');
    expect(tekstVan(zonderWijze.formulier)).toContain('"value":"Schoolmaatschappelijk werk"');
    const toekomst = dialoogInhoud(await bot.slaDialoogOp(ib, { ...toestemmingKnop, ...toestemming, toestemmingDatum: '2026-12-24' }));
    expect(tekstVan(toekomst.formulier)).toContain('Nog niet opgeslagen');
    expect(tekstVan(toekomst.formulier)).toContain('2026-12-24');
    expect(await bot.slaDialoogOp(ib, { ...toestemmingKnop, ...toestemming })).toEqual({});

    // The offer: only the proposed holder; declining needs a reason; accepting makes them the holder.
    kaart = await bot.bekijk(kaart, smw);
    const aanbodKnop = knopVoor(kaart, 'aanbod');
    expect((await bot.openDialoog(ib, aanbodKnop)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect(controleerKaart((await bot.openDialoog(smw, aanbodKnop)).formulier).problemen).toEqual([]);
    const zonderReden = dialoogInhoud(await bot.slaDialoogOp(smw, { ...aanbodKnop, aanbodAntwoord: 'weigeren' }));
    expect(tekstVan(zonderReden.formulier)).toContain('Geef een reden waarom u weigert');
    const vanafAanbod = teams.verzonden.length;
    expect(await bot.slaDialoogOp(smw, { ...aanbodKnop, aanbodAntwoord: 'accepteren' }, 'aanbod-1')).toEqual({});
    const aangenomen = bot.naar(PERSOONLIJK(smw).id, vanafAanbod).find((v) => v.methode === 'PUT');
    expect(tekstVan(kaartVan(aangenomen))).toContain('U heeft de regierol.');
    expect(tekstVan(kaartVan(aangenomen))).toContain('Regierol actief');

    // Proposing a handover: a save from a form opened before another change keeps everything typed.
    kaart = await bot.bekijk(kaart, smw);
    const overdrachtKnop = knopVoor(kaart, 'overdracht');
    expect((await bot.openDialoog(ib, overdrachtKnop)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect(controleerKaart((await bot.openDialoog(smw, overdrachtKnop)).formulier).problemen).toEqual([]);
    kaart = (await bot.klikOp(kaart, smw, VERBS.voortgang, { voortgangNotitie: 'Eerste gesprek gevoerd' })).value;
    const overdracht = { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Vraag ligt bij gezondheid' };
    const verouderd = dialoogInhoud(await bot.slaDialoogOp(smw, { ...overdrachtKnop, ...overdracht }));
    expect(tekstVan(verouderd.formulier)).toContain('intussen gewijzigd');
    expect(tekstVan(verouderd.formulier)).toContain('Vraag ligt bij gezondheid');
    // The chosen colleague is shown by name, not by id.
    expect(tekstVan(verouderd.formulier)).toContain(`{"title":"${jv.naam}","value":"${jv.aadObjectId}"}`);
    const opnieuw = knopVoor(verouderd.formulier, 'overdracht');
    const zonderNieuweHouder = dialoogInhoud(await bot.slaDialoogOp(smw, { ...opnieuw, ...overdracht, overdrachtPersoon: '' }));
    expect(tekstVan(zonderNieuweHouder.formulier)).toContain('Kies de nieuwe regierolhouder');
    expect(await bot.slaDialoogOp(smw, { ...opnieuw, ...overdracht })).toEqual({});

    // The schakelteam judges the handover; rejecting needs a reason; approving offers the regierol to the new one.
    kaart = await bot.bekijk(kaart, sf);
    const beoordelingKnop = knopVoor(kaart, 'overdrachtbeoordeling');
    expect((await bot.openDialoog(smw, beoordelingKnop)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const beoordeling = await bot.openDialoog(sf, beoordelingKnop);
    expect(controleerKaart(beoordeling.formulier).problemen).toEqual([]);
    expect(tekstVan(beoordeling.formulier)).toContain('Joost JV (jeugdverpleegkundige)');
    const zonderAfwijsreden = dialoogInhoud(await bot.slaDialoogOp(sf, { ...beoordelingKnop, beoordeling: 'afwijzen' }));
    expect(tekstVan(zonderAfwijsreden.formulier)).toContain('Geef een reden voor de afwijzing');
    const vanafGoedkeuring = teams.verzonden.length;
    expect(await bot.slaDialoogOp(sf, { ...beoordelingKnop, beoordeling: 'goedkeuren' })).toEqual({});
    // The consent does not cover the new holder's organisation: the IB'er/COO extends it with the same form.
    kaart = await bot.bekijk(kaart, ib);
    const uitbreidenKnop = knopVoor(kaart, 'toestemming');
    expect(tekstVan(kaart)).toContain('Toestemming uitbreiden');
    const uitbreiden = await bot.openDialoog(ib, uitbreidenKnop);
    expect(tekstVan(uitbreiden.formulier)).toContain('CJG / jeugdgezondheidszorg');
    expect(await bot.slaDialoogOp(ib, { ...uitbreidenKnop, ...toestemming, toestemmingPartners: 'Schoolmaatschappelijk werk,CJG / jeugdgezondheidszorg' })).toEqual({});
    // Now the new holder gets the offer in a 1:1 chat, with the button that opens its dialog.
    expect(teams.verzonden.slice(vanafGoedkeuring).some((v) => tekstVan(v.activiteit).includes('Regierol aannemen of weigeren'))).toBe(true);
  });

  it('het werk van de regierolhouder, details en tijdlijn, intrekken en afsluiten: elk als dialoog', async () => {
    // A running case, made with the card verbs (posted before the dialogs; they keep working).
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const start = knopVoor(formulier, 'registratie');
    const open = await bot.openDialoog(ib, start);
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(open.formulier))?.[1];
    const vanaf = teams.verzonden.length;
    await bot.slaDialoogOp(ib, { ...knopVoor(open.formulier, 'registratie'), schakelteamId, ...registratie }, 'start-2');
    let kaart: unknown = kaartVan(bot.naar(PERSOONLIJK(ib).id, vanaf).find((v) => v.methode === 'PUT'));
    await bot.klikOp(await bot.bekijk(kaart, sf), sf, VERBS.besluiten, besluit, KANAAL);
    await bot.klikOp(await bot.bekijk(kaart, ib), ib, VERBS.toestemming, toestemming);
    kaart = (await bot.klikOp(await bot.bekijk(kaart, smw), smw, VERBS.accepteren)).value;

    // One primary button for the holder, the rest behind "Meer" in rows of at most five.
    expect(controleerKaart(kaart).problemen).toEqual([]);
    expect(tekstVan(kaart)).toContain('"title":"Meer"');
    expect(tekstVan(kaart)).toContain('Aan zet: Mila SMW (regierolhouder)');
    expect(tekstVan(kaart)).not.toContain('Input.');

    const stap = async (naam: string, wie: TestGebruiker, ongeldig: Record<string, string>, fout: string, geldig: Record<string, string>, anders: TestGebruiker) => {
      const data = knopVoor(await bot.bekijk(kaart, wie), naam);
      expect((await bot.openDialoog(anders, data)).bericht).toMatch(/hoort niet bij uw rol|niet betrokken/);
      const vorm = await bot.openDialoog(wie, data);
      expect(controleerKaart(vorm.formulier).problemen).toEqual([]);
      const terug = dialoogInhoud(await bot.slaDialoogOp(wie, { ...data, ...ongeldig }));
      expect(tekstVan(terug.formulier)).toContain(fout);
      expect(technischeResten(terug.formulier)).toEqual([]);
      for (const waarde of Object.values(ongeldig).filter((w) => w.length > 3)) expect(tekstVan(terug.formulier)).toContain(waarde);
      expect(await bot.slaDialoogOp(wie, { ...data, ...geldig })).toEqual({});
      kaart = await bot.bekijk(kaart, wie);
    };
    await stap('uitvraag', smw, { uitvraagGedaan: 'true' }, 'Noem de methode of waarom niet', { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' }, ib);
    await stap('voortgang', smw, { voortgangNotitie: '' }, 'Schrijf kort de voortgang', { voortgangNotitie: 'Gesprek met ouders gevoerd' }, sf);
    await stap('expert', smw, { expertDiscipline: 'jeugdarts' }, 'Kies een expert', { expertPersoon: jv.aadObjectId, expertDiscipline: 'schoolmaatschappelijk werker' }, ib);

    // Details and timeline: for whom may read the case; who did what, newest first.
    const details = dialoogInhoud(await bot.dialoog(smw, 'task/fetch', knopVoor(kaart, 'details')));
    expect(controleerKaart(details.formulier).problemen).toEqual([]);
    expect(technischeResten(details.formulier)).toEqual([]);
    const tijdlijn = tekstVan(details.formulier);
    expect(tijdlijn).toContain('Besluit van het schakelteam: regierol naar een expert — Past bij SMW');
    expect(tijdlijn).toContain('Voortgang: Gesprek met ouders gevoerd');
    expect(tijdlijn).toContain('Expert toegevoegd: Joost JV');
    expect(tijdlijn.indexOf('Expert toegevoegd')).toBeLessThan(tijdlijn.indexOf('Besluit van het schakelteam'));
    expect((await bot.openDialoog(buiten, knopVoor(kaart, 'details'))).bericht).toContain('U bent niet betrokken');

    // Withdrawing consent (a confirmation without fields) and recording it again.
    const intrekken = knopVoor(await bot.bekijk(kaart, ib), 'intrekken');
    expect((await bot.openDialoog(smw, intrekken)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect(await bot.slaDialoogOp(ib, intrekken)).toEqual({});
    expect((await bot.openDialoog(ib, intrekken)).bericht).toContain('Deze stap is nu niet aan de orde');
    kaart = await bot.bekijk(kaart, ib);
    expect(await bot.slaDialoogOp(ib, { ...knopVoor(kaart, 'toestemming'), ...toestemming })).toEqual({});

    await stap('terugmelden', smw, { terugToelichting: '' }, 'Geef een korte toelichting', { terugToelichting: 'Doelen behaald' }, sf);
    await stap('sluiten', ib, { sluitUitkomst: '' }, 'Noem de uitkomst', { sluitUitkomst: 'Hulp loopt via SMW' }, smw);
    expect(tekstVan(kaart)).toContain('Gesloten');
  });

  it('de personenkiezer vindt collega’s die de bot kent (binnen de tenant), niet iedereen', async () => {
    expect((await bot.zoek(smw, ZOEKSETS.collegas, 'sam')).map((r) => r.title)).toEqual([sf.naam]);
    expect(await bot.zoek(smw, ZOEKSETS.collegas, 'in ib')).toEqual([{ title: ib.naam, value: ib.aadObjectId }]);
    expect(await bot.zoek(smw, ZOEKSETS.collegas, 'bert')).toEqual([]);
    expect(await bot.zoek(smw, 'een.andere.lijst', 'sam')).toEqual([]);
  });
});

describe('zonder Teams-dialogen (Agents Playground): dezelfde formulieren in place op de kaart', () => {
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  beforeAll(async () => {
    ({ teams, app, bot } = await startRoute(klok, { TEAMS_DIALOGEN: 'uit' }));
    await koppel(bot);
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });

  const open = async (kaart: unknown, wie: TestGebruiker, naam: string) => {
    const data = knopVoor(kaart, naam);
    expect(data).not.toHaveProperty('msteams');
    return (await bot.klik(wie, VERBS.dialoogOpenen, data)).value;
  };
  const sla = async (formulier: unknown, wie: TestGebruiker, invoer: Record<string, string>) => (await bot.klik(wie, VERBS.dialoogOpslaan, { ...actieData(formulier, VERBS.dialoogOpslaan), ...invoer })).value;

  it('registreren, besluit, toestemming, aanbod, overdracht en beoordeling: fout terug met invoer, niet toegestaan, verouderd, en opgeslagen', async () => {
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    expect(tekstVan(formulier)).not.toContain('task/fetch');
    const registreren = actieData(formulier, VERBS.registreren);
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
    const fout = (await bot.klik(ib, VERBS.registreren, { ...registreren, schakelteamId, ...registratie, groep: '' })).value;
    expect(tekstVan(fout)).toContain('Noem de groep of klas.');
    expect(tekstVan(fout)).toContain('Trekt zich terug in de klas.');
    let kaart = (await bot.klik(ib, VERBS.registreren, { ...registreren, schakelteamId, ...registratie })).value;
    expect(tekstVan(kaart)).toContain('Geregistreerd als');

    const besluitVorm = await open(await bot.bekijk(kaart, sf), sf, 'besluit');
    expect(controleerKaart(besluitVorm).problemen).toEqual([]);
    expect(tekstVan(besluitVorm)).toContain('Annuleren');
    // In place (the Playground) the people picker uses Teams' own dataset, which that host answers itself.
    expect(tekstVan(besluitVorm)).toContain(`"dataset":"${ZOEKSETS.gesprek}"`);
    expect((await bot.klik(smw, VERBS.dialoogOpenen, actieData(besluitVorm, VERBS.dialoogOpslaan))).value).toContain('U bent niet betrokken');
    expect(tekstVan(await sla(besluitVorm, sf, { ...besluit, besluitReden: '' }))).toContain('Geef een reden voor het besluit');
    const besloten = await sla(besluitVorm, sf, besluit);
    expect(tekstVan(besloten)).toContain('Het besluit is vastgelegd.');
    expect(tekstVan(besloten)).toContain('Wacht op toestemming');
    expect(await sla(besluitVorm, sf, besluit)).toContain('Deze stap is nu niet aan de orde');

    const toestemmingVorm = await open(await bot.bekijk(kaart, ib), ib, 'toestemming');
    expect(tekstVan(await sla(toestemmingVorm, ib, { ...toestemming, toestemmingOuder1: '' }))).toContain('Nog niet opgeslagen');
    expect(tekstVan(await sla(toestemmingVorm, ib, toestemming))).toContain('De toestemming is vastgelegd.');

    const aanbodVorm = await open(await bot.bekijk(kaart, smw), smw, 'aanbod');
    expect(tekstVan(await sla(aanbodVorm, smw, { aanbodAntwoord: 'weigeren' }))).toContain('Geef een reden waarom u weigert');
    kaart = await sla(aanbodVorm, smw, { aanbodAntwoord: 'accepteren' });
    expect(tekstVan(kaart)).toContain('Regierol actief');

    const overdrachtVorm = await open(kaart, smw, 'overdracht');
    kaart = (await bot.klikOp(kaart, smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' })).value;
    const verouderd = await sla(overdrachtVorm, smw, { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Gezondheid' });
    expect(tekstVan(verouderd)).toContain('intussen gewijzigd');
    expect(tekstVan(verouderd)).toContain('Gezondheid');
    expect(tekstVan(await sla(verouderd, smw, { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Gezondheid' }))).toContain('Overdracht voorgesteld.');

    const beoordelingVorm = await open(await bot.bekijk(kaart, sf), sf, 'overdrachtbeoordeling');
    expect(tekstVan(await sla(beoordelingVorm, sf, { beoordeling: 'afwijzen' }))).toContain('Geef een reden voor de afwijzing');
    const afgewezen = await sla(beoordelingVorm, sf, { beoordeling: 'afwijzen', afwijsReden: 'Eerst evalueren' });
    expect(tekstVan(afgewezen)).toContain('De overdracht is afgewezen');
    expect(tekstVan(afgewezen)).toContain('Regierol actief');
  });
});
