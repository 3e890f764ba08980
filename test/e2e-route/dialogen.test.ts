import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, startRoute, actieData, casusData, dialoogInhoud, kaartVan, tekstVan } from '../helpers/route-driver';
import { controleerKaart, opKaart } from '../helpers/kaarten';
import { TestGebruiker } from '../helpers/activiteiten';

const { ib, sf, smw, buiten } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await bot.installeer(sf, KANAAL);
  await bot.zeg(sf, 'koppel schakelteam', KANAAL);
  await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Schakelteam Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

/** A case with Mila SMW as active regierol holder: registered, decided, consent given, accepted. */
async function actieveCasus(): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const { formulierId } = actieData(formulier, VERBS.registreren);
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1];
  const geregistreerd = await bot.klik(ib, VERBS.registreren, { formulierId, schakelteamId, school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', oudersOpDeHoogte: 'true' });
  const kaart = geregistreerd.value;
  const bekijk = async (wie: TestGebruiker) => (await bot.klikOp(kaart, wie, VERBS.vernieuwen)).value;
  await bot.klikOp(await bekijk(sf), sf, VERBS.besluiten, { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' }, KANAAL);
  await bot.klikOp(await bekijk(ib), ib, VERBS.toestemming, { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'digitaal' });
  return (await bot.klikOp(await bekijk(smw), smw, VERBS.accepteren)).value;
}

const plan = {
  doel1: 'Weer elke ochtend naar school',
  acties1: 'Dagstart met de mentor; criterium: 4 van 5 dagen op tijd',
  termijn1: '2027-01-15',
  verantwoordelijke1: 'Mila SMW',
  doel2: 'Contact met klasgenoten',
  acties2: 'Maatje in de pauze; criterium: speelt twee keer per week mee',
  termijn2: '2027-02-01',
  verantwoordelijke2: 'Ingrid IB',
};

/** The dialog data a card button carries: which form, which case, which version. */
const dialoogData = (kaart: unknown, dialoog: string) => ({ dialoog, ...casusData(kaart) });

describe('dialogen over HTTP: plan van aanpak en evaluatie per doel', () => {
  it('openen mag alleen wie de stap mag zetten; ongeldige invoer komt terug met alles wat getypt is; opslaan sluit en werkt de kaart bij', async () => {
    let kaart = await actieveCasus();

    // Before the uitvraag there is no plan yet; someone else on the case, or outside it, cannot open the form.
    expect(dialoogInhoud(await bot.dialoog(smw, 'task/fetch', dialoogData(kaart, 'plan'))).bericht).toContain('Leg eerst de uitvraag leefgebieden vast');
    kaart = (await bot.klikOp(kaart, smw, VERBS.uitvraag, { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' })).value;
    expect(tekstVan(kaart)).toContain('Plan van aanpak opstellen');
    expect(dialoogInhoud(await bot.dialoog(ib, 'task/fetch', dialoogData(kaart, 'plan'))).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    expect(dialoogInhoud(await bot.dialoog(buiten, 'task/fetch', dialoogData(kaart, 'plan'))).bericht).toContain('U bent niet betrokken');

    // The holder opens it: who is involved comes from the case, three empty goal blocks (seed 002).
    const geopend = dialoogInhoud(await bot.dialoog(smw, 'task/fetch', dialoogData(kaart, 'plan')));
    expect(geopend.titel).toMatch(/^Plan van aanpak · HV-2026-\d{4}$/);
    expect(controleerKaart(geopend.formulier).problemen).toEqual([]);
    const geopendTekst = tekstVan(geopend.formulier);
    expect(geopendTekst).toContain('Casusregisseur');
    expect(geopendTekst).toContain('Mila SMW');
    expect(geopendTekst).toContain('Doel 3 (optioneel)');
    expect(geopendTekst).toContain('"type":"Action.Submit"');

    // Half a goal: the same dialog comes back, the problem marked, everything typed still there.
    const half = dialoogInhoud(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'plan'), doel1: plan.doel1, termijn1: plan.termijn1 }));
    expect(tekstVan(half.formulier)).toContain('Noem de acties en waaraan u ziet dat het werkt');
    expect(tekstVan(half.formulier)).toContain(plan.doel1);
    expect(tekstVan(half.formulier)).toContain('Nog niet opgeslagen');
    // A termijn in the past is the domain's rule: also back on the form, typed values kept.
    const verleden = dialoogInhoud(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'plan'), ...plan, termijn2: '2026-01-01' }));
    expect(tekstVan(verleden.formulier)).toContain('de termijn ligt in het verleden');
    expect(tekstVan(verleden.formulier)).toContain(plan.acties2);

    // Someone who may not take this step cannot save it either.
    expect(dialoogInhoud(await bot.dialoog(sf, 'task/submit', { ...dialoogData(kaart, 'plan'), ...plan }, KANAAL)).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');

    // Saved: the dialog closes and the card it was opened from shows the plan.
    const vanaf = teams.verzonden.length;
    expect(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'plan'), ...plan }, PERSOONLIJK(smw), 'bericht-7')).toEqual({});
    const bijgewerkt = bot.naar(PERSOONLIJK(smw).id, vanaf).find((v) => v.methode === 'PUT');
    expect(bijgewerkt?.pad).toContain('bericht-7');
    expect(tekstVan(kaartVan(bijgewerkt))).toContain('Het plan van aanpak is opgeslagen.');
    kaart = (await bot.klikOp(kaart, smw, VERBS.vernieuwen)).value;
    expect(tekstVan(await bot.details(kaart, smw))).toContain(opKaart('2 doelen, opgesteld op 23 november 2026'));

    // A submit from the old version (the dialog was open while the case changed) keeps the input and says so.
    const oud = dialoogInhoud(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'plan'), versie: 1, ...plan, doel2: 'Anders' }));
    expect(tekstVan(oud.formulier)).toContain('intussen gewijzigd');
    expect(tekstVan(oud.formulier)).toContain('Anders');

    // Editing: the form opens with the plan; clearing block 2 removes that goal.
    const bewerk = dialoogInhoud(await bot.dialoog(smw, 'task/fetch', dialoogData(kaart, 'plan')));
    expect(tekstVan(bewerk.formulier)).toContain(plan.acties2);
    expect(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'plan'), ...plan, doel2: '', acties2: '', termijn2: '', verantwoordelijke2: '', doel3: 'Rust thuis', acties3: 'Gezinsgesprek', termijn3: '2027-01-20', verantwoordelijke3: 'ouders' })).toEqual({});
    kaart = (await bot.klikOp(kaart, smw, VERBS.vernieuwen)).value;
    expect(tekstVan(await bot.details(kaart, smw))).toContain('2 doelen');

    // Evaluation per goal: a goal not reached needs what happens next; the case-level answer follows from the goals.
    const evaluatie = dialoogInhoud(await bot.dialoog(smw, 'task/fetch', dialoogData(kaart, 'evaluatie')));
    expect(controleerKaart(evaluatie.formulier).problemen).toEqual([]);
    expect(tekstVan(evaluatie.formulier)).toContain('Tussentijdse evaluatie van');
    expect(tekstVan(evaluatie.formulier)).toContain('Rust thuis');
    expect(dialoogInhoud(await bot.dialoog(ib, 'task/fetch', dialoogData(kaart, 'evaluatie'))).bericht).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const antwoorden = { behaald1: 'ja', toelichting1: 'Elke dag op tijd', behaald2: 'nee', toelichting2: 'Nog onrustig', evaluatieToelichting: 'Goed op weg', evaluatieVervolg: 'doorgaan' };
    const onvolledig = dialoogInhoud(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'evaluatie'), ...antwoorden }));
    expect(tekstVan(onvolledig.formulier)).toContain('noem de aanvullende acties of hoe het doel wordt bijgesteld');
    expect(tekstVan(onvolledig.formulier)).toContain('Nog onrustig');
    expect(await bot.dialoog(smw, 'task/submit', { ...dialoogData(kaart, 'evaluatie'), ...antwoorden, vervolgSoort2: 'doel_bijgesteld', vervolgTekst2: 'Kleinere stap: eerst één gesprek per week' })).toEqual({});
    kaart = (await bot.klikOp(kaart, smw, VERBS.vernieuwen)).value;
    expect(tekstVan(kaart)).toContain('Evaluatie uiterlijk');

    // Reading the plan: the IB'er (the school sees everything) gets the goals with their last evaluation; the
    // holder edits instead; someone outside the case gets one sentence.
    expect(tekstVan(kaart)).not.toContain('Plan van aanpak bekijken');
    expect(tekstVan((await bot.klikOp(kaart, ib, VERBS.vernieuwen)).value)).toContain('Plan van aanpak bekijken');
    const inzage = dialoogInhoud(await bot.dialoog(ib, 'task/fetch', dialoogData(kaart, 'planinzage')));
    expect(controleerKaart(inzage.formulier).problemen).toEqual([]);
    expect(tekstVan(inzage.formulier)).toContain('Rust thuis');
    expect(tekstVan(inzage.formulier)).toContain('niet behaald — Nog onrustig; doel bijgesteld: Kleinere stap');
    expect(dialoogInhoud(await bot.dialoog(buiten, 'task/fetch', dialoogData(kaart, 'planinzage'))).bericht).toContain('U bent niet betrokken');
  });

  it('in place (zonder Teams-dialogen): hetzelfde formulier opent op de kaart en opslaan geeft de bijgewerkte kaart', async () => {
    let kaart = await actieveCasus();
    kaart = (await bot.klikOp(kaart, smw, VERBS.uitvraag, { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' })).value;
    // Without bot credentials (the Playground) the card's button is an Action.Execute that opens the form in place.
    expect(actieData(kaart, VERBS.dialoogOpenen)).toMatchObject({ dialoog: 'evaluatie' });
    expect(tekstVan(kaart)).not.toContain('task/fetch');

    const formulier = (await bot.klik(smw, VERBS.dialoogOpenen, dialoogData(kaart, 'plan'))).value;
    expect(controleerKaart(formulier).problemen).toEqual([]);
    expect(tekstVan(formulier)).toContain('Annuleren');
    const opslaan = actieData(formulier, VERBS.dialoogOpslaan);
    const fout = (await bot.klik(smw, VERBS.dialoogOpslaan, { ...opslaan, doel1: plan.doel1 })).value;
    expect(tekstVan(fout)).toContain('Noem wie verantwoordelijk is voor het resultaat');
    expect(tekstVan(fout)).toContain(plan.doel1);
    const opgeslagen = (await bot.klik(smw, VERBS.dialoogOpslaan, { ...opslaan, ...plan })).value;
    expect(tekstVan(opgeslagen)).toContain('Het plan van aanpak is opgeslagen.');
    expect(tekstVan(opgeslagen)).toContain('Regierol actief');
    expect(tekstVan(await bot.details(opgeslagen, smw))).toContain('2 doelen');

    // Not allowed and stale, in place.
    expect((await bot.klik(ib, VERBS.dialoogOpenen, dialoogData(kaart, 'evaluatie'))).value).toBe('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const oud = (await bot.klik(smw, VERBS.dialoogOpslaan, { ...opslaan, ...plan, doel1: 'Nieuw doel' })).value;
    expect(tekstVan(oud)).toContain('intussen gewijzigd');
    expect(tekstVan(oud)).toContain('Nieuw doel');
  });
});
