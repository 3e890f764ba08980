/**
 * Property: whatever anyone types about a case never reaches a channel, the log or the audit log. Each run makes up
 * a random canary word and a random pupil number, types them into every free-text field of the route through the
 * real forms over HTTP (in place, as in the Playground), walks two cases through every channel the bot posts in
 * (schakelteam, Team NO, Loket; with or without consent, with or without a refused offer first), and then scans
 * every channel post and update, every log line and every audit line. The canary must be in the stored case (so
 * the fields were really typed) and nowhere else.
 */
import fc from 'fast-check';
import { App } from '../../src/index';
import { createLogger } from '../../src/log';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, TEAM_NO_KANAAL, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, casusData, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';
import { koppelSchakelteam, koppelTeamNo } from '../helpers/casus';

const { ib, sf, smw, jv, loket, tno } = GEBRUIKERS;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));
const logregels: string[] = [];

let app: App;
let teams: NepTeams;
let bot: RouteDriver;

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId, TEAMS_DIALOGEN: 'uit' }, [], createLogger('debug', (r) => logregels.push(r))));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket', leden: loket.aadObjectId }, LOKET_KANAAL);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

/** What a form answers when it did not save: the test must notice a step that silently did nothing. */
const NIET_OPGESLAGEN = /intussen gewijzigd|Nog niet opgeslagen|hoort niet bij uw rol|niet betrokken|niet aan de orde|Niet alle velden|ging iets mis/;

/** The case as `wie` sees it now (its buttons carry the current version). */
const bekijk = (kaart: unknown, wie: TestGebruiker, gesprek = PERSOONLIJK(wie)) => bot.kaartNaKlik(kaart, wie, VERBS.vernieuwen, {}, gesprek);

/** Saves form `dialoog` as `wie` on the current version, through the same handler as the form opened in place. */
async function stap(kaart: unknown, wie: TestGebruiker, dialoog: string, invoer: Record<string, string>, gesprek = PERSOONLIJK(wie)): Promise<unknown> {
  const vers = await bekijk(kaart, wie, gesprek);
  const antwoord = (await bot.klik(wie, VERBS.dialoogOpslaan, { dialoog, ...casusData(vers), ...invoer }, gesprek)).value;
  expect([dialoog, tekstVan(antwoord)]).toEqual([dialoog, expect.not.stringMatching(NIET_OPGESLAGEN)]);
  return antwoord;
}

async function registreer(getypt: (veld: string) => string, referentie: string): Promise<unknown> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  const invoer = {
    school: 'OBS De Regenboog',
    referentie,
    geboortedatum: '2013-05-01',
    groep: getypt('groep'),
    vraag: getypt('vraag'),
    signalen: getypt('signalen'),
    geprobeerd: getypt('geprobeerd'),
    oudersOpDeHoogte: 'true',
    alleenAdvies: 'false',
  };
  const kaart = (await bot.klik(ib, VERBS.registreren, { ...actieData(formulier, VERBS.registreren), schakelteamId, ...invoer })).value;
  expect(tekstVan(kaart)).toContain('Geregistreerd als');
  return kaart;
}

const toestemming = (partners: string, gegeven = true) => ({
  toestemmingOuder1: gegeven ? 'ja' : 'nee',
  toestemmingOuder2: 'een_ouder',
  toestemmingLeerling: gegeven ? 'ja' : 'nee',
  toestemmingPartners: partners,
  toestemmingDatum: '2026-11-23',
  toestemmingWijze: 'papier',
});

/** One case through the whole route with a regierol: every form with free text, a stagnation and Team NO's decision. */
async function regierolroute(getypt: (veld: string) => string, referentie: string, eerstGeweigerd: boolean): Promise<string> {
  const kaart = await registreer(getypt, referentie);
  const besluit = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: getypt('besluitreden'), verwijsindex: 'ja', verwijsindexWie: getypt('verwijsindex') };
  await stap(kaart, sf, 'besluit', besluit, KANAAL);
  await stap(kaart, ib, 'toestemming', toestemming('Schoolmaatschappelijk werk,CJG / jeugdgezondheidszorg'));
  if (eerstGeweigerd) {
    await stap(kaart, smw, 'aanbod', { aanbodAntwoord: 'weigeren', weigerReden: getypt('weigerreden') });
    await stap(kaart, sf, 'besluit', besluit, KANAAL);
    if (dialoogknop(await bekijk(kaart, ib), 'toestemming')) await stap(kaart, ib, 'toestemming', toestemming('Schoolmaatschappelijk werk,CJG / jeugdgezondheidszorg'));
  }
  await stap(kaart, smw, 'aanbod', { aanbodAntwoord: 'accepteren' });
  await stap(kaart, smw, 'uitvraag', { uitvraagGedaan: 'false', uitvraagToelichting: getypt('uitvraag') });
  await stap(kaart, smw, 'plan', { doel1: getypt('doel'), acties1: getypt('acties'), termijn1: '2027-01-15', verantwoordelijke1: getypt('verantwoordelijke') });
  await stap(kaart, ib, 'afspraken', {
    afspraak1Wat: getypt('afspraak'),
    afspraak1Wie: smw.aadObjectId,
    afspraak1Wanneer: '2026-12-04',
    terugkoppelingSchool: ib.aadObjectId,
    terugkoppelingOuders: smw.aadObjectId,
    casuscoordinator: smw.aadObjectId,
    verwijsindex: 'niet_melden',
    vervolgbespreking: '2026-12-08',
  });
  await stap(kaart, smw, 'voortgang', { voortgangNotitie: getypt('voortgang') });
  await stap(kaart, smw, 'evaluatie', { behaald1: 'nee', toelichting1: getypt('doeltoelichting'), behaald2: 'ja', toelichting2: getypt('afspraaktoelichting'), vervolgSoort1: 'doel_bijgesteld', vervolgTekst1: getypt('vervolg'), evaluatieToelichting: getypt('evaluatie'), evaluatieVervolg: 'doorgaan' });
  await stap(kaart, smw, 'overdracht', { overdrachtPersoon: jv.aadObjectId, overdrachtDiscipline: 'jeugdverpleegkundige', overdrachtReden: getypt('overdracht') });
  await stap(kaart, sf, 'overdrachtbeoordeling', { beoordeling: 'afwijzen', afwijsReden: getypt('afwijsreden') });
  await stap(kaart, smw, 'stagnatie', { stagnatieReden: 'Anders', stagnatieToelichting: getypt('stagnatie') });
  // The escalation reaches the Team NO channel with the sweep; Team NO decides, the holder reports back, the IB'er closes.
  await app.sweep(new Date('2026-11-23T09:05:00Z'));
  await stap(kaart, tno, 'teamnobesluit', { teamNoBesluit: getypt('teamnobesluit'), teamNoOpdracht: getypt('opdracht'), teamNoAanbieder: getypt('aanbieder'), teamNoDatum: '2026-11-23' });
  await stap(kaart, smw, 'terugmelden', { terugToelichting: getypt('terugmelding') });
  await stap(kaart, ib, 'sluiten', { sluitUitkomst: getypt('uitkomst') });
  return casusData(kaart).hulpvraagId;
}

/** A case sent to the Loket: with consent the Loket takes and weighs it (a typed provider); without, only a contact. */
async function loketroute(getypt: (veld: string) => string, referentie: string, gegeven: boolean): Promise<string> {
  const kaart = await registreer(getypt, referentie);
  await stap(kaart, sf, 'besluit', { besluitSoort: 'loket', besluitPersonen: loket.aadObjectId, besluitDiscipline: 'Loket-medewerker', besluitReden: getypt('loketreden'), verwijsindex: 'nee' }, KANAAL);
  await stap(kaart, ib, 'toestemming', toestemming('Loket verbinding onderwijs en jeugdhulp', gegeven));
  if (gegeven) await stap(kaart, loket, 'loket', { loketLijn: 'tweede', loketAanbieder: getypt('loketaanbieder'), loketStart: '2026-12-07' }, LOKET_KANAAL);
  // Later sweeps: reminders about the Loket's answer and the waits go to channels and people.
  await app.sweep(new Date('2026-12-09T09:05:00Z'));
  return casusData(kaart).hulpvraagId;
}

async function alles(container: string): Promise<string> {
  const { resources } = await app.database.container(container).items.query<unknown>('SELECT * FROM c').fetchAll();
  return JSON.stringify(resources);
}

describe('wat iemand typt, komt nooit in een kanaal, het log of de auditlog', () => {
  it('geldt voor elke vrije-tekstinvoer van de route, met en zonder toestemming', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z]{10}$/),
        fc.integer({ min: 100_000, max: 999_999 }),
        fc.boolean(),
        fc.boolean(),
        async (kanarie, leerlingnummer, eerstGeweigerd, loketToestemming) => {
          const vanafVerzonden = teams.verzonden.length;
          const vanafLog = logregels.length;
          const getypt = (veld: string) => `${kanarie} ${veld}`;
          const referentie = `LL-${leerlingnummer}`;
          const ids = [await regierolroute(getypt, referentie, eerstGeweigerd), await loketroute(getypt, `LL-${leerlingnummer + 1}`, loketToestemming)];

          // The canary was really typed and stored.
          const opgeslagen = await alles('hulpvragen');
          for (const id of ids) expect(opgeslagen).toContain(id);
          expect(opgeslagen).toContain(`${kanarie} vraag`);
          expect(opgeslagen).toContain(`${kanarie} teamnobesluit`);

          const kanalen = teams.verzonden.slice(vanafVerzonden).filter((v) => v.gesprek.startsWith('19:'));
          // Every channel the route posts in got something in this run.
          for (const kanaal of [KANAAL.id, TEAM_NO_KANAAL.id, LOKET_KANAAL.id]) expect(kanalen.some((v) => v.gesprek === kanaal)).toBe(true);
          const plekken: Record<string, string> = {
            kanalen: JSON.stringify(kanalen.map((v) => v.activiteit)),
            log: logregels.slice(vanafLog).join('\n'),
            audit: await alles('audit'),
          };
          for (const [plek, tekst] of Object.entries(plekken)) {
            expect([plek, tekst.includes(kanarie)]).toEqual([plek, false]);
            expect([plek, tekst.includes(referentie)]).toEqual([plek, false]);
          }
        },
      ),
      { numRuns: 3, verbose: true, endOnFailure: true },
    );
  }, 240_000);
});
