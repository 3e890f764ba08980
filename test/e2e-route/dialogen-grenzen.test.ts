import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, casusData, dialoogInhoud, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

/**
 * Issue 13's boundaries for every route form, in both containers (a Teams dialog, and in place on the card where the
 * host has no dialogs): a save from a form opened on an older version of the case, and a save by someone who may not
 * take the step. Either way nothing changes and nobody is sent anything; a stale save brings the form back with the
 * input kept.
 */

const { ib, sf, smw, jv, buiten } = GEBRUIKERS;
const NIET_TOEGESTAAN = /hoort niet bij uw rol|U bent niet betrokken/;
const REGISTRATIE = { school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', oudersOpDeHoogte: 'true' };

interface Stap {
  readonly wie: TestGebruiker;
  readonly invoer: Readonly<Record<string, string>>;
  /** A typed value that must still be on the form when it comes back. */
  readonly getypt?: string;
}

type StapNaam = 'besluit' | 'toestemming' | 'aanbod' | 'uitvraag' | 'plan' | 'overdracht' | 'overdrachtbeoordeling' | 'evaluatie';

const STAPPEN: Readonly<Record<StapNaam, Stap>> = {
  besluit: { wie: sf, invoer: { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' }, getypt: 'Past bij SMW' },
  toestemming: { wie: ib, invoer: { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling' }, getypt: '"value":"mondeling"' },
  aanbod: { wie: smw, invoer: { aanbodAntwoord: 'accepteren' } },
  uitvraag: { wie: smw, invoer: { uitvraagGedaan: 'true', uitvraagToelichting: 'GIZ-methodiek' } },
  plan: {
    wie: smw,
    invoer: { doel1: 'Weer elke ochtend naar school', acties1: 'Dagstart met de mentor', termijn1: '2027-01-15', verantwoordelijke1: 'Mila SMW', doel2: 'Contact met klasgenoten', acties2: 'Maatje in de pauze', termijn2: '2027-02-01', verantwoordelijke2: 'Ingrid IB' },
  },
  overdracht: { wie: smw, invoer: { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: 'Vraag ligt bij gezondheid' }, getypt: 'Vraag ligt bij gezondheid' },
  overdrachtbeoordeling: { wie: sf, invoer: { beoordeling: 'goedkeuren' } },
  evaluatie: {
    wie: smw,
    invoer: { behaald1: 'ja', toelichting1: 'Elke dag op tijd', behaald2: 'nee', toelichting2: 'Nog onrustig', evaluatieToelichting: 'Goed op weg', evaluatieVervolg: 'doorgaan', vervolgSoort2: 'doel_bijgesteld', vervolgTekst2: 'Eerst één gesprek per week' },
    getypt: 'Nog onrustig',
  },
};

/** The step under test, who else tries it (someone on the case without that role, or outside it), and the steps before it. */
const GEVALLEN: ReadonlyArray<{ stap: StapNaam; anders: TestGebruiker; voor: readonly StapNaam[] }> = [
  { stap: 'besluit', anders: smw, voor: [] },
  { stap: 'toestemming', anders: sf, voor: ['besluit'] },
  { stap: 'aanbod', anders: ib, voor: ['besluit', 'toestemming'] },
  { stap: 'overdracht', anders: ib, voor: ['besluit', 'toestemming', 'aanbod'] },
  { stap: 'overdrachtbeoordeling', anders: smw, voor: ['besluit', 'toestemming', 'aanbod', 'overdracht'] },
  { stap: 'evaluatie', anders: ib, voor: ['besluit', 'toestemming', 'aanbod', 'uitvraag', 'plan'] },
];

describe.each([
  ['als Teams-dialoog (task/submit)', 'aan'],
  ['in place op de kaart (Action.Execute)', 'uit'],
] as const)('grenzen van de route-formulieren %s', (_container, dialogen) => {
  const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  beforeAll(async () => {
    ({ teams, app, bot } = await startRoute(klok, { TEAMS_DIALOGEN: dialogen }));
    await bot.installeer(sf, KANAAL);
    await bot.klik(sf, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'Schakelteam Zuid', scholen: 'OBS De Regenboog', onderwijs: 'PO', ibCoo: ib.aadObjectId, schakelfunctionaris: sf.aadObjectId }, KANAAL);
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });

  /** Saves form `dialoog` of the case on `kaart` at `versie`, as this container does; the whole answer, as text. */
  const verstuur = async (wie: TestGebruiker, dialoog: string, kaart: unknown, versie: number, invoer: Readonly<Record<string, string>>): Promise<unknown> => {
    const data = { dialoog, ...casusData(kaart), versie, ...invoer };
    return dialogen === 'aan' ? bot.dialoog(wie, 'task/submit', data) : (await bot.klik(wie, VERBS.dialoogOpslaan, data)).value;
  };
  /** The case as `wie` sees it now; its buttons carry the current version. */
  const bekijk = async (kaart: unknown, wie: TestGebruiker) => bot.kaartNaKlik(kaart, wie, VERBS.vernieuwen);
  const versieVan = async (kaart: unknown) => casusData(await bekijk(kaart, ib)).versie;

  /** A new case brought up to (not including) the step under test, each earlier step saved through its own form. */
  async function casusVoor(voor: readonly StapNaam[]): Promise<unknown> {
    const kaart = await registreer();
    for (const naam of voor) {
      const { wie, invoer } = STAPPEN[naam];
      const vers = await bekijk(kaart, wie);
      await verstuur(wie, naam, vers, casusData(vers).versie, invoer);
      expect(casusData(await bekijk(kaart, wie)).versie).toBeGreaterThan(casusData(vers).versie);
    }
    return kaart;
  }

  it.each(GEVALLEN)('$stap: verouderd en niet toegestaan veranderen niets en sturen niemand iets; daarna slaat wie mag het op', async ({ stap, anders, voor }) => {
    const { wie, invoer, getypt } = STAPPEN[stap];
    const kaart = await casusVoor(voor);
    const vers = await bekijk(kaart, wie);
    const versie = casusData(vers).versie;
    expect(dialoogknop(vers, stap)).toBeDefined();

    // Someone who may not take this step cannot save it, even with a form and the current version.
    let vanaf = teams.verzonden.length;
    expect(tekstVan(await verstuur(anders, stap, vers, versie, invoer))).toMatch(NIET_TOEGESTAAN);
    expect(teams.verzonden.length).toBe(vanaf);
    expect(await versieVan(kaart)).toBe(versie);

    // A save from a form opened on the previous version: the form comes back, input kept, nothing saved.
    vanaf = teams.verzonden.length;
    const verouderd = tekstVan(await verstuur(wie, stap, vers, versie - 1, invoer));
    expect(verouderd).toContain('"type":"AdaptiveCard"');
    expect(verouderd).toContain('Iemand anders heeft deze hulpvraag intussen gewijzigd');
    if (getypt) expect(verouderd).toContain(getypt);
    expect(teams.verzonden.length).toBe(vanaf);
    expect(await versieVan(kaart)).toBe(versie);

    // The one who may, on the current version: saved.
    const opgeslagen = await verstuur(wie, stap, vers, versie, invoer);
    if (dialogen === 'aan') expect(opgeslagen).toEqual({});
    else expect(tekstVan(opgeslagen)).not.toMatch(/intussen gewijzigd|Nog niet opgeslagen|hoort niet bij uw rol/);
    expect(await versieVan(kaart)).toBeGreaterThan(versie);
  });

  /**
   * The registration form as this container gives it to the IB'er: its save button's data and the schakelteam to
   * choose. With dialogs "nieuwe hulpvraag" posts a button that opens the form; otherwise the form itself.
   */
  async function registratieformulier(): Promise<{ opslaan: Record<string, unknown>; schakelteamId: string; verb?: string }> {
    const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
    const open = dialogen === 'aan' ? dialoogInhoud(await bot.dialoog(ib, 'task/fetch', dialoogknop(formulier, 'registratie') ?? {})).formulier : formulier;
    const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(open))?.[1] ?? '';
    return dialogen === 'aan' ? { opslaan: dialoogknop(open, 'registratie') ?? {}, schakelteamId } : { opslaan: actieData(open, VERBS.registreren), schakelteamId, verb: VERBS.registreren };
  }
  const registreerAls = async (wie: TestGebruiker, data: Record<string, unknown>): Promise<unknown> =>
    dialogen === 'aan' ? bot.dialoog(wie, 'task/submit', data, PERSOONLIJK(wie), 'start') : (await bot.klik(wie, VERBS.registreren, data)).value;

  /** A newly registered case: the card its IB'er gets. */
  async function registreer(): Promise<unknown> {
    const { opslaan, schakelteamId } = await registratieformulier();
    const vanaf = teams.verzonden.length;
    const antwoord = await registreerAls(ib, { ...opslaan, schakelteamId, ...REGISTRATIE });
    return dialogen === 'aan' ? kaartVan(bot.naar(PERSOONLIJK(ib).id, vanaf).find((v) => v.methode === 'PUT')) : antwoord;
  }

  it('registreren: wie geen lid is van een gekoppeld schakelteam kan het formulier niet opslaan en hoort wat te doen', async () => {
    const { opslaan, schakelteamId } = await registratieformulier();
    const vanaf = teams.verzonden.length;
    // The same sentence as when they type "nieuwe hulpvraag": whom to ask, not "niet betrokken bij deze hulpvraag".
    const antwoord = tekstVan(await registreerAls(buiten, { ...opslaan, schakelteamId, ...REGISTRATIE }));
    expect(antwoord).toContain('U bent nog geen lid van een gekoppeld schakelteam. Vraag de functioneel beheerder');
    expect(antwoord).not.toMatch(NIET_TOEGESTAAN);
    // Nothing registered: no card in the schakelteam's channel, nothing to anyone.
    expect(teams.verzonden.length).toBe(vanaf);
  });

  if (dialogen === 'uit') {
    it('evaluatie in place: een onvolledige evaluatie komt terug met alles wat getypt is; de volledige is opgeslagen', async () => {
      const kaart = await casusVoor(['besluit', 'toestemming', 'aanbod', 'uitvraag', 'plan']);
      const vorm = await bot.openInPlaats(await bekijk(kaart, smw), smw, 'evaluatie');
      expect(tekstVan(vorm)).toContain('Tussentijdse evaluatie van');
      const volledig = STAPPEN.evaluatie.invoer;
      const onvolledig = Object.fromEntries(Object.entries(volledig).filter(([veld]) => !veld.startsWith('vervolgSoort') && !veld.startsWith('vervolgTekst')));
      const fout = await bot.slaOp(vorm, smw, onvolledig);
      expect(tekstVan(fout)).toContain('noem de aanvullende acties of hoe het doel wordt bijgesteld');
      expect(tekstVan(fout)).toContain('Nog onrustig');
      expect(tekstVan(fout)).toContain('Elke dag op tijd');
      const opgeslagen = await bot.slaOp(vorm, smw, volledig);
      expect(tekstVan(opgeslagen)).toContain('Evaluatie uiterlijk');
    });
  }
});
