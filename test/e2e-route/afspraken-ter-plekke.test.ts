import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { TestGebruiker } from '../helpers/activiteiten';
import { AFSPRAKEN, koppelSchakelteam } from '../helpers/casus';
import { controleerKaart, opKaart, technischeResten } from '../helpers/kaarten';
import { GEBRUIKERS, KANAAL, RouteDriver, actieData, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

/*
 * "Afspraken vastleggen" without Teams dialogs (the Agents Playground): the form opens in place on the card
 * (Action.Execute), over HTTP with the fake connector; and the agreements feed the plan van aanpak.
 */

const { ib, sf, smw, buiten } = GEBRUIKERS;
const klok = new VasteKlok(new Date('2026-11-24T15:00:00Z'));
let app: App;
let teams: NepTeams;
let bot: RouteDriver;

const afspraken = AFSPRAKEN;
const registratie = { school: 'OBS De Regenboog', referentie: 'AB-2016', leeftijd: '10', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.' };
const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
const toestemming = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-24', toestemmingWijze: 'digitaal' };

const bekijk = async (kaart: unknown, wie: TestGebruiker) => bot.kaartNaKlik(kaart, wie, VERBS.vernieuwen);
const open = async (kaart: unknown, wie: TestGebruiker, dialoog: string) => {
  expect(dialoogknop(kaart, dialoog)).not.toHaveProperty('msteams');
  return bot.openInPlaats(kaart, wie, dialoog);
};

/** Registered, decided, consent given, accepted by Mila SMW, each form in place: the holder's card. */
async function casusMetRegierol(referentie: string): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  const kaart = (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, ...registratie, referentie })).value;
  await bot.slaOp(await open(await bekijk(kaart, sf), sf, 'besluit'), sf, besluit);
  await bot.slaOp(await open(await bekijk(kaart, ib), ib, 'toestemming'), ib, toestemming);
  return bot.slaOp(await open(await bekijk(kaart, smw), smw, 'aanbod'), smw, { aanbodAntwoord: 'accepteren' });
}

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { TEAMS_DIALOGEN: 'uit' }));
  await koppelSchakelteam(bot);
  await bot.klik(sf, VERBS.vergaderritme, { ritme: 'tweewekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-11-24' }, KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('afspraken vastleggen in place op de kaart (Agents Playground: geen Teams-dialogen)', () => {
  it('niet toegestaan, ongeldig met alles bewaard, verouderd, opgeslagen; zonder plan biedt het nieuwe plan de afspraken aan als doelen', async () => {
    let kaart = await casusMetRegierol('AB-2016');
    expect(tekstVan(kaart)).toContain('Regierol actief');
    kaart = await bekijk(kaart, sf);
    const formulier = await open(kaart, sf, 'afspraken');
    expect(tekstVan(formulier)).toContain('Afspraken vastleggen');
    expect(controleerKaart(formulier).problemen).toEqual([]);
    expect(technischeResten(formulier)).toEqual([]);
    expect(tekstVan(formulier)).toContain('Annuleren');

    // Not allowed: someone outside the case, opening or saving.
    expect(await bot.klik(buiten, VERBS.dialoogOpenen, actieData(formulier, VERBS.dialoogOpslaan)).then((a) => tekstVan(a.value))).toContain('U bent niet betrokken');
    expect(tekstVan(await bot.slaOp(formulier, buiten, afspraken))).toContain('U bent niet betrokken');

    // Invalid: marked at the field, everything typed kept (the chosen people by name).
    const fout = await bot.slaOp(formulier, sf, { ...afspraken, afspraak2Wanneer: '', verwijsindex: 'melden' });
    expect(tekstVan(fout)).toContain('Kies wanneer het klaar is');
    expect(tekstVan(fout)).toContain('Rooster aanpassen met de mentor');
    // The chosen person once per picker, also when chosen in several fields.
    expect(tekstVan(fout)).toContain(`"choices":[{"title":"${smw.naam}","value":"${smw.aadObjectId}"}]`);

    // Stale: the case changed after the form was opened; nothing saved, the form comes back with the input.
    kaart = await bot.kaartNaKlik(await bekijk(kaart, smw), smw, VERBS.voortgang, { voortgangNotitie: 'Gesprek gevoerd' });
    const verouderd = await bot.slaOp(formulier, sf, afspraken);
    expect(tekstVan(verouderd)).toContain('intussen gewijzigd');
    expect(tekstVan(verouderd)).toContain('Gesprek met ouders over de schoolgang');
    const opgeslagen = await bot.slaOp(verouderd, sf, afspraken);
    expect(tekstVan(opgeslagen)).toContain('De afspraken zijn vastgelegd.');
    expect(tekstVan(opgeslagen)).toContain('Regierol actief');
    expect(tekstVan(await bot.details(opgeslagen, ib))).toContain(opKaart('Gesprek met ouders over de schoolgang — Mila SMW, uiterlijk 4 december 2026'));

    // No plan yet: the agreements wait on the case; the casusregisseur's new plan offers them as its first goals.
    kaart = await bot.kaartNaKlik(await bekijk(kaart, smw), smw, VERBS.uitvraag, { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' });
    const plan = tekstVan(await open(kaart, smw, 'plan'));
    expect(plan).toContain(opKaart('De afspraken uit het schakelteamoverleg van 24 november 2026 staan hieronder als doelen klaar'));
    expect(plan).toContain('"value":"Gesprek met ouders over de schoolgang"');
    expect(plan).toContain('"value":"2026-12-11"');
    expect(plan).toContain(`"value":"${ib.naam}"`);
  });

  it('met een plan van aanpak: elke afspraak met datum en eigenaar wordt een doel, zichtbaar voor wie inhoud mag zien, nooit in het kanaal', async () => {
    let kaart = await casusMetRegierol('CD-2015');
    const nummer = /HV-2026-\d{4}/.exec(tekstVan(kaart))?.[0] ?? '';
    kaart = await bot.kaartNaKlik(kaart, smw, VERBS.uitvraag, { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' });
    const planvorm = await open(kaart, smw, 'plan');
    kaart = await bot.slaOp(planvorm, smw, { doel1: 'Elke dag naar school', acties1: 'Ophalen; aanwezigheid wekelijks bekijken', termijn1: '2027-01-15', verantwoordelijke1: 'mentor' });
    expect(tekstVan(kaart)).toContain('Het plan van aanpak is opgeslagen.');

    const vanaf = teams.verzonden.length;
    const vorm = await open(await bekijk(kaart, sf), sf, 'afspraken');
    expect(tekstVan(await bot.slaOp(vorm, sf, afspraken))).toContain('De afspraken zijn vastgelegd.');

    // The IB'er/COO (the school sees content) reads the plan: goals 2 and 3 are the agreements.
    const inzage = tekstVan(await open(await bekijk(kaart, ib), ib, 'planinzage'));
    for (const deel of [
      'Elke dag naar school',
      'Doel 2',
      'Gesprek met ouders over de schoolgang',
      'Afgesproken in het schakelteamoverleg van 24 november 2026; klaar als Mila SMW het uiterlijk 4 december 2026 heeft gedaan.',
      'Doel 3',
      '11 december 2026',
      'laatst gewijzigd op 24 november 2026',
    ]) {
      expect(inzage).toContain(opKaart(deel));
    }
    // The history line says which goals, never what.
    const details = tekstVan(await bot.details(kaart, ib));
    expect(details).toContain('afspraken als doel 2, 3 in het plan van aanpak');
    // Outside the case: nothing; the channel: never the content.
    expect(tekstVan(await bot.openInPlaats(await bekijk(kaart, ib), buiten, 'planinzage'))).toContain('U bent niet betrokken');
    const kanaal = teams.verzonden.slice(vanaf).filter((v) => v.gesprek === KANAAL.id).map((v) => tekstVan(v.activiteit)).join('\n');
    expect(kanaal).not.toContain('Gesprek met ouders');
    expect(kanaal).not.toContain('Rooster aanpassen');
    expect(nummer).not.toBe('');

    // At the evaluation each goal is answered, the agreements too (the plan is the plan).
    const evaluatie = tekstVan(await open(await bekijk(kaart, smw), smw, 'evaluatie'));
    expect(evaluatie).toContain('Rooster aanpassen met de mentor');
  });
});
