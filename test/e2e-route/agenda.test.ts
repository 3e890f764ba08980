import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { TestGebruiker } from '../helpers/activiteiten';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, actieData, kaartVan, tekstVan } from '../helpers/route-driver';
import { opKaart } from '../helpers/kaarten';
import { koppelSchakelteam } from '../helpers/casus';

const { ib, sf, smw } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

async function registreer(referentie: string, vraag: string): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  return (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, school: 'OBS De Regenboog', referentie, leeftijd: '11', groep: 'groep 8', vraag })).value;
}

/** The agenda cards one sweep at `moment` posted in the schakelteam channel. */
async function agendasNa(moment: string) {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  const kaarten = teams.verzonden
    .slice(vanaf)
    .filter((v) => v.methode === 'POST' && v.gesprek === KANAAL.id && v.activiteit.attachments !== undefined)
    .map((v) => tekstVan(kaartVan(v)))
    .filter((k) => k.includes('Agenda schakelteam'));
  return { verslag, kaarten };
}

const ritme = (gebruiker: TestGebruiker, invoer: Record<string, unknown>) => bot.klik(gebruiker, VERBS.vergaderritme, invoer, KANAAL);

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok));
  await koppelSchakelteam(bot);
  await registreer('CD-2015', 'Vaak afwezig.');
  const tweede = await registreer('EF-2014', 'Conflicten op het plein.');
  await bot.kaartNaKlik(await bot.kaartNaKlik(tweede, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'SMW past', verwijsindex: 'nee' }, KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('het vergaderritme van het schakelteam', () => {
  it('zonder ritme komt er geen agenda', async () => {
    expect((await agendasNa('2026-11-23T10:00:00+01:00')).kaarten).toEqual([]);
  });

  it('het formulier; ongeldige invoer komt terug met de fouten bij de velden en wat er getypt was', async () => {
    const formulier = tekstVan(kaartVan(await bot.zeg(sf, 'vergaderritme', KANAAL)));
    expect(formulier).toContain('Vergaderritme van het schakelteam');
    expect(formulier).toContain('Om de week');
    const fout = tekstVan((await ritme(sf, { ritme: 'tweewekelijks', weekdag: '2', tijd: '25:00', vanaf: '2026-02-30' })).value);
    expect(fout).toContain('Schrijf de tijd als 14:00');
    expect(fout).toContain('Deze datum bestaat niet');
    expect(fout).toContain('"value":"25:00"');
    expect(fout).toContain('"value":"tweewekelijks"');
    expect((await agendasNa('2026-11-23T10:00:00+01:00')).kaarten).toEqual([]);
  });

  it('alleen de leden van de koppeling (of een functioneel beheerder) stellen het in', async () => {
    const antwoord = await ritme(smw, { ritme: 'wekelijks', weekdag: '1', tijd: '09:00', vanaf: '2026-11-23' });
    expect(tekstVan(antwoord.value)).toContain("Alleen de leden van dit schakelteam (IB'er/COO en schakelfunctionaris) of een functioneel beheerder");
  });

  it('om de week op dinsdag: de agenda met eerste en vervolgbespreking, toestemming, bespreektijd en algemene punten, zonder getypte tekst, één keer per overleg', async () => {
    const vanaf = teams.verzonden.length;
    const bevestiging = tekstVan((await ritme(sf, { ritme: 'tweewekelijks', weekdag: '2', tijd: '14:00', vanaf: '2026-11-24' })).value);
    expect(bevestiging).toContain('om de week op dinsdag om 14:00');
    expect(bevestiging).toContain(opKaart('dinsdag 24 november 2026 om 14:00'));
    // The whole channel hears who changed the rhythm.
    expect(teams.verzonden.slice(vanaf).some((v) => v.gesprek === KANAAL.id && JSON.stringify(v).includes(`${sf.naam} heeft het vergaderritme van het schakelteam vastgelegd`))).toBe(true);

    // The IB'er/COO estimates the time per pupil; the schakelfunctionaris may not.
    expect(JSON.stringify((await bot.zeg(ib, 'bespreektijd HV-2026-0001 20')).activiteit)).toContain('Bespreektijd van HV-2026-0001: 20 minuten');
    expect(JSON.stringify((await bot.zeg(sf, 'bespreektijd HV-2026-0002 15')).activiteit)).toContain('Niet vastgelegd');
    expect(JSON.stringify((await bot.zeg(ib, 'bespreektijd HV-2026-0002 500')).activiteit)).toContain('van 5 tot en met 120');

    // A general item: a category only; a typed text is not even an input.
    const puntformulier = tekstVan(kaartVan(await bot.zeg(sf, 'agendapunt', KANAAL)));
    expect(puntformulier).toContain('Scholing en deskundigheid');
    expect(puntformulier).not.toContain('Input.Text');
    expect(tekstVan((await bot.klik(sf, VERBS.agendapunt, { categorie: 'Jan Jansen heeft ADHD' }, KANAAL)).value)).toContain('Kies een onderwerp uit de lijst');
    expect(tekstVan((await bot.klik(sf, VERBS.agendapunt, { categorie: 'Scholing en deskundigheid', toelichting: 'Jan Jansen heeft ADHD' }, KANAAL)).value)).toContain(
      'Het punt staat op de agenda van het overleg van dinsdag 24 november 2026.',
    );
    expect(tekstVan((await bot.klik(smw, VERBS.agendapunt, { categorie: 'Overig (toelichting in het overleg)' }, KANAAL)).value)).toContain('Alleen de leden');

    expect((await agendasNa('2026-11-23T07:30:00+01:00')).kaarten).toEqual([]); // before the send window
    const { verslag, kaarten } = await agendasNa('2026-11-23T10:00:00+01:00');
    expect(verslag.agendas).toBe(1);
    expect(kaarten).toHaveLength(1);
    const kaart = kaarten[0] ?? '';
    expect(kaart).toContain(opKaart('Agenda schakelteam Zuid — overleg dinsdag 24 november 2026 om 14:00'));
    expect(kaart).toContain('Nieuwe hulpvragen (eerste bespreking) (1)');
    expect(kaart).toContain('Vervolgbespreking (1)');
    expect(kaart).toContain('HV-2026-0001 · OBS De Regenboog · Bij het schakelteam');
    expect(kaart).toContain('toestemming ouders: nee · 20 min');
    expect(kaart).toContain('HV-2026-0002 · OBS De Regenboog · Wacht op toestemming');
    expect(kaart).toContain('Geschatte bespreektijd: 20 minuten (voor 1 van de 2 leerlingen ingeschat).');
    expect(kaart).toContain(`Scholing en deskundigheid (ingebracht door ${sf.naam})`);
    for (const geheim of ['CD-2015', 'EF-2014', 'Vaak afwezig', 'Conflicten', 'Jan Jansen', 'ADHD', ib.naam, smw.naam]) expect(kaart).not.toContain(geheim);

    expect((await agendasNa('2026-11-23T14:00:00+01:00')).kaarten).toEqual([]);
    // The agenda is out: a new general item goes to the next meeting (8 December), not onto the posted card.
    expect(tekstVan((await bot.klik(ib, VERBS.agendapunt, { categorie: 'Evaluatie van het overleg zelf' }, KANAAL)).value)).toContain('dinsdag 8 december 2026');
    // Every two weeks: nothing for 1 December; 8 December's agenda is due on 1 December (7 days before).
    expect((await agendasNa('2026-11-24T10:00:00+01:00')).kaarten).toEqual([]);
    expect((await agendasNa('2026-11-30T10:00:00+01:00')).kaarten).toEqual([]);
    const december = await agendasNa('2026-12-01T08:00:00+01:00');
    expect(december.kaarten).toEqual([expect.stringContaining(opKaart('overleg dinsdag 8 december 2026 om 14:00'))]);
    expect(december.kaarten[0]).toContain(`Evaluatie van het overleg zelf (ingebracht door ${ib.naam})`);
    expect(december.kaarten[0]).not.toContain('Scholing en deskundigheid');
  });

  it('elke week op maandag, over de zomertijd en Tweede Paasdag (2027) en de wintertijd: op tijd, op de goede dag', async () => {
    expect(tekstVan((await ritme(ib, { ritme: 'wekelijks', weekdag: '1', tijd: '09:30', vanaf: '2027-01-04' })).value)).toContain('elke week op maandag om 09:30');
    // 29 March 2027 is Tweede Paasdag (and the day after summer time starts): no meeting, so its agenda never comes;
    // 5 April's agenda is due that holiday, so it comes on Tuesday 30 March at 08:00 summer time (06:00 UTC).
    expect((await agendasNa('2027-03-22T10:00:00+01:00')).kaarten).toEqual([]);
    expect((await agendasNa('2027-03-29T10:00:00+02:00')).kaarten).toEqual([]);
    expect((await agendasNa('2027-03-30T05:59:00Z')).kaarten).toEqual([]);
    expect((await agendasNa('2027-03-30T06:00:00Z')).kaarten).toEqual([expect.stringContaining(opKaart('overleg maandag 5 april 2027 om 09:30'))]);
    // Winter time starts on 31 October 2027: 1 November's agenda comes on 25 October at 08:00 summer time.
    expect((await agendasNa('2027-10-25T05:59:00Z')).kaarten).toEqual([]);
    expect((await agendasNa('2027-10-25T06:00:00Z')).kaarten).toEqual([expect.stringContaining(opKaart('overleg maandag 1 november 2027 om 09:30'))]);
  });

  it('ritme "geen": geen agenda meer', async () => {
    expect(tekstVan((await ritme(sf, { ritme: 'geen' })).value)).toContain('geen vast overleg');
    expect((await agendasNa('2027-11-01T10:00:00+01:00')).kaarten).toEqual([]);
  });
});
