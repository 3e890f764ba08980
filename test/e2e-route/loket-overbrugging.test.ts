/**
 * Overbruggingszorg (issue 15, Loket point 3), over HTTP with the fake Teams connector and an injected clock: the
 * Loket's limits count from the day the case reached it (default: an answer within 5 working days, help started
 * within 8 weeks, stagnation after 10 weeks). Past a limit the schakelfunctionaris O/JH is asked once to inquire
 * (1:1, through the outbox, with a history line); the former holder stays involved until the help starts.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, TEAM_NO_KANAAL, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { besluit, casusMetRegierol, koppelSchakelteam, koppelTeamNo, registreer, toestemming } from '../helpers/casus';
import { NepTeams, VerzondenActiviteit } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, casusData, dialoogknop, herstartRoute, kaartVan, startRouteOpSchijf, stopRouteOpSchijf, tekstVan } from '../helpers/route-driver';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { volgendeDeadline } from '../../src/domain/bewaking';
import { hulpvraagDocument } from '../../src/store/schemas';

const { ib, sf, smw, jv, loket, tno } = GEBRUIKERS;
const LOKET_PARTNER = 'Loket verbinding onderwijs en jeugdhulp';
/** Monday 23 November 2026, 10:00 in Amsterdam: the case reaches the Loket now. */
const START = '2026-11-23T10:00:00+01:00';
const NAVRAAG_ANTWOORD = 'het Loket heeft nog niet geantwoord';
const NAVRAAG_START = 'is niet op tijd gestart';

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date(START));
/** The store on disk, so a test can restart the bot on the same data. */
let env: Record<string, string>;

beforeEach(async () => {
  klok.zet(START);
  ({ teams, app, bot, env } = await startRouteOpSchijf(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId }));
  await koppelSchakelteam(bot);
  await koppelTeamNo(bot);
  await bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket', leden: [loket.aadObjectId, jv.aadObjectId].join(',') }, LOKET_KANAAL);
});
afterEach(() => stopRouteOpSchijf(app, teams, env));

/** The bot stops and starts again on the same store (a deploy, a crash after the inquiry was written). */
async function herstart(): Promise<void> {
  ({ app, bot } = await herstartRoute(app, teams, klok, env));
}

/** Dates may be written with no-break spaces (narrow cards): the tests read them as a person does. */
const plat = (tekst: string) => tekst.replace(/\u00a0/g, ' ');
const inhoud = (v: VerzondenActiviteit) => plat(typeof v.activiteit.text === 'string' ? v.activiteit.text : JSON.stringify(v.activiteit.attachments ?? ''));
/** The schakelfunctionaris has no chat with the bot yet: the bot opens one. */
const CHAT_SF = `a:nieuw-${sf.aadObjectId}`;

/** What one sweep at `moment` posted, per conversation. */
async function sweep(moment: string): Promise<{ stagnaties: number; naar: (gesprek: string) => string[] }> {
  const vanaf = teams.verzonden.length;
  const verslag = await app.sweep(new Date(moment));
  const berichten = teams.verzonden.slice(vanaf).filter((v) => v.methode === 'POST');
  return { stagnaties: verslag.stagnaties, naar: (gesprek) => berichten.filter((v) => v.gesprek === gesprek).map(inhoud) };
}

/** The Loket channel's card as replaced since `vanaf` (the latest replacement). */
const loketkaartNa = (vanaf: number) => plat(tekstVan(kaartVan(bot.naar(LOKET_KANAAL.id, vanaf).filter((v) => v.methode === 'PUT').at(-1))));
const kaartTekst = async (kaart: unknown, wie: TestGebruiker) => plat(tekstVan(await bot.kaartNaKlik(kaart, wie, VERBS.vernieuwen)));
const details = async (kaart: unknown, wie: TestGebruiker) => plat(tekstVan(await bot.details(await bot.kaartNaKlik(kaart, wie, VERBS.vernieuwen), wie)));
const mijnCasussen = async (wie: TestGebruiker) => plat(tekstVan(kaartVan(await bot.zeg(wie, 'mijn casussen'))));

/** A handover of Mila's regierol to the Loket, approved, with the consent extended to the Loket (or refused). */
async function overdrachtNaarLoket(uitbreiden: boolean): Promise<unknown> {
  const kaart = await bot.kaartNaKlik(await casusMetRegierol(bot), smw, VERBS.overdracht, { overdrachtPersoon: loket.aadObjectId, overdrachtDiscipline: 'Loket-medewerker', overdrachtReden: 'Zwaardere hulp nodig' });
  await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.overdrachtGoedkeuren, {}, KANAAL);
  const antwoord: Record<string, string> = uitbreiden ? { toestemmingOuder1: 'ja', toestemmingPartners: `Schoolmaatschappelijk werk,${LOKET_PARTNER}` } : { toestemmingOuder1: 'nee' };
  const invoer = { ...antwoord, toestemmingOuder2: 'een_ouder', toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' };
  await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen), ib, VERBS.toestemmingUitbreiden, invoer);
  return kaart;
}

describe('overbruggingszorg: de termijnen van het Loket, over HTTP', () => {
  it('een hulpvraag die het Loket bereikte voordat de aankomst werd bewaard: de aankomst komt uit de historie en de klok loopt', async () => {
    const besloten = await besluit(bot, await registreer(bot), 'loket', loket);
    // Consent comes a day after the decision: that is when the case reached the Loket.
    klok.zet('2026-11-24T10:00:00+01:00');
    const kaart = await toestemming(bot, besloten);
    // The document as a version before the Loket's clock stored it: no arrival, and the sweep's next deadline
    // derived without the Loket's steps.
    const { hulpvraagId, schakelteamId } = casusData(kaart);
    const item = app.database.container('hulpvragen').item(hulpvraagId, schakelteamId);
    const { resource } = await item.read<Record<string, unknown>>();
    const { volgendeDeadline: _nieuw, ...opgeslagen } = hulpvraagDocument.parse(resource);
    const { aangekomen, ...loketZonder } = opgeslagen.loket ?? { sinds: '', via: 'besluit' };
    expect(aangekomen).toBe(new Date('2026-11-24T10:00:00+01:00').toISOString());
    const oud = { ...opgeslagen, loket: loketZonder };
    const deadline = volgendeDeadline(oud, STANDAARD_HERINNERINGSINSTELLINGEN);
    await item.replace({ ...resource, ...oud, ...(deadline ? { volgendeDeadline: deadline.toISOString() } : {}), id: hulpvraagId });
    expect(((await item.read<{ loket: object }>()).resource?.loket)).not.toHaveProperty('aangekomen');

    // Read through the real store, the clock runs from the consent: the Loket answers within 5 working days of it.
    expect(await kaartTekst(kaart, ib)).toContain('Aan zet: het Loket — oppakken en wegen vóór 1 december 2026');
    expect((await sweep('2026-11-30T10:00:00+01:00')).naar(CHAT_SF)).toEqual([]);
    const antwoord = await sweep('2026-12-01T08:30:00+01:00');
    expect(antwoord.naar(CHAT_SF)).toHaveLength(1);
    expect(antwoord.naar(CHAT_SF)[0]).toContain(NAVRAAG_ANTWOORD);
    expect(antwoord.naar(CHAT_SF)[0]).toContain('sinds 24 november 2026');
    // The sweep's write stored the derived arrival: from now on it is an ordinary case.
    expect((await item.read<{ loket: { aangekomen?: string } }>()).resource?.loket.aangekomen).toBe(aangekomen);
  });

  it('besluit naar het Loket, met toestemming, niet opgepakt: navraag na 5 werkdagen (één keer), na 8 weken, daarna stagnatie', async () => {
    const kaart = await toestemming(bot, await besluit(bot, await registreer(bot), 'loket', loket));
    // The wait on the case and in the overview: the Loket's answer, before 30 November (5 working days).
    const ibKaart = await kaartTekst(kaart, ib);
    expect(ibKaart).toContain('Aan zet: het Loket — oppakken en wegen vóór 30 november 2026');
    expect(ibKaart).toContain(`Overbruggingszorg door ${ib.naam} tot de hulp via het Loket start`);
    expect(await mijnCasussen(ib)).toContain('Loket: antwoord vóór 30 november 2026');

    expect((await sweep('2026-11-27T10:00:00+01:00')).naar(CHAT_SF)).toEqual([]);
    const antwoord = await sweep('2026-11-30T08:30:00+01:00');
    expect(antwoord.naar(CHAT_SF)).toHaveLength(1);
    expect(antwoord.naar(CHAT_SF)[0]).toContain(NAVRAAG_ANTWOORD);
    expect(antwoord.naar(CHAT_SF)[0]).toContain('sinds 23 november 2026');
    expect(antwoord.naar(CHAT_SF)[0]).not.toContain('CD-2015');
    // The Loket itself is reminded in its channel; nobody else hears of it.
    expect(antwoord.naar(LOKET_KANAAL.id).join()).toContain('nog niet opgepakt');
    expect(antwoord.naar(PERSOONLIJK(ib).id)).toEqual([]);
    // Once: a second sweep the same day (or any later one) does not ask again.
    expect((await sweep('2026-11-30T09:30:00+01:00')).naar(CHAT_SF)).toEqual([]);
    expect(await details(kaart, ib)).toContain('Schakelfunctionaris O/JH gevraagd na te vragen bij het Loket');

    expect((await sweep('2027-01-15T10:00:00+01:00')).naar(CHAT_SF)).toEqual([]);
    const start = await sweep('2027-01-18T08:30:00+01:00');
    expect(start.naar(CHAT_SF)).toHaveLength(1);
    expect(start.naar(CHAT_SF)[0]).toContain(NAVRAAG_START);
    expect(start.stagnaties).toBe(0);
    expect((await sweep('2027-01-29T10:00:00+01:00')).stagnaties).toBe(0);
    const voorStagnatie = teams.verzonden.length;
    const gestagneerd = await sweep('2027-02-01T08:30:00+01:00');
    expect(gestagneerd.stagnaties).toBe(1);
    // The case left the Loket: its card there says so and has nothing to take any more.
    expect(loketkaartNa(voorStagnatie)).toContain('De hulpvraag ligt niet meer bij het Loket');
    expect(loketkaartNa(voorStagnatie)).not.toContain('Oppakken en wegen');
    const teamNo = [...gestagneerd.naar(TEAM_NO_KANAAL.id), ...(await sweep('2027-02-01T08:35:00+01:00')).naar(TEAM_NO_KANAAL.id)].join();
    expect(teamNo).toContain('de hulp via het Loket is niet op tijd gestart');
  });

  it('besluit naar het Loket zonder toestemming: het Loket belt de contactpersoon; ook dan vraagt de schakelfunctionaris na, één keer, ook na een herstart', async () => {
    const besloten = await besluit(bot, await registreer(bot), 'loket', loket);
    const geweigerd = { toestemmingOuder1: 'nee', toestemmingOuder2: 'een_ouder', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling' };
    await bot.kaartNaKlik(await bot.kaartNaKlik(besloten, ib, VERBS.vernieuwen), ib, VERBS.toestemming, geweigerd);
    // Issue 21: the Loket is at turn to contact the person on its card, by its answer's day (the IB'er/COO may still
    // record consent when the parents give it).
    expect(await kaartTekst(besloten, ib)).toContain('Aan zet: het Loket — contact opnemen met de contactpersoon vóór 30 november 2026');
    const antwoord = await sweep('2026-11-30T08:30:00+01:00');
    expect(antwoord.naar(CHAT_SF).join()).toContain(NAVRAAG_ANTWOORD);
    expect(antwoord.stagnaties).toBe(0);
    // Asked once, also after a restart on the same store.
    await herstart();
    expect((await sweep('2026-11-30T10:00:00+01:00')).naar(CHAT_SF)).toEqual([]);
    // The restarted bot has the case (its next limit still comes), and only that one.
    const start = (await sweep('2027-01-18T08:30:00+01:00')).naar(CHAT_SF);
    expect(start).toHaveLength(1);
    expect(start[0]).toContain(NAVRAAG_START);
  });

  it('overdracht naar het Loket, opgepakt met een startdatum binnen de termijnen: geen navraag; de vorige houder is betrokken tot de hulp start', async () => {
    const kaart = await overdrachtNaarLoket(true);
    const gepost = kaartVan(bot.naar(LOKET_KANAAL.id).filter((v) => v.methode === 'POST').at(-1));
    expect(plat(tekstVan(gepost))).toContain('"title":"Antwoord van het Loket","value":"vóór 30 november 2026"');
    const voorOppakken = teams.verzonden.length;
    await bot.slaOp(await bot.openInPlaats(gepost, jv, 'loket', LOKET_KANAAL), jv, { loketLijn: 'tweede', loketAanbieder: 'Jeugdhulp Zuid', loketStart: '2026-12-07' }, LOKET_KANAAL);
    // The Loket's card is replaced: taken, which help from when, no button; never the provider (typed text).
    const opgepakt = loketkaartNa(voorOppakken);
    expect(opgepakt).toContain('Het Loket heeft de hulpvraag opgepakt');
    expect(opgepakt).toContain('"title":"Hulp","value":"2e-lijns, start 7 december 2026"');
    expect(opgepakt).toContain('Mila SMW tot de hulp start');
    expect(opgepakt).not.toContain('Jeugdhulp Zuid');
    expect(opgepakt).not.toContain('Oppakken en wegen');
    // Mila gives overbruggingszorg, named on the case, until 7 December.
    expect(await kaartTekst(kaart, smw)).toContain('Overbruggingszorg door Mila SMW tot de hulp via het Loket start op 7 december 2026');
    expect(await mijnCasussen(smw)).toContain('Loket: hulp start 7 december 2026');

    expect((await sweep('2026-12-04T10:00:00+01:00')).naar(CHAT_SF)).toEqual([]);
    const voorStart = teams.verzonden.length;
    const gestart = await sweep('2026-12-07T08:30:00+01:00');
    expect(loketkaartNa(voorStart)).toContain('beëindigd: de hulp is gestart (7 december 2026)');
    expect(gestart.naar(`a:nieuw-${smw.aadObjectId}`).join()).toContain('de hulp via het Loket is gestart en uw overbruggingszorg is beëindigd');
    // Her involvement ended: the case is no longer hers to read.
    expect(await mijnCasussen(smw)).not.toContain('OBS De Regenboog');
    expect(await kaartTekst(kaart, smw)).toContain('U bent niet betrokken');
    expect(await details(kaart, ib)).toContain('Hulp via het Loket gestart, overbruggingszorg beëindigd');
    // Help started before every limit: no inquiry and no Loket stagnation, ever (the holder's own clocks run on).
    for (const moment of ['2027-01-18T08:30:00+01:00', '2027-02-01T08:30:00+01:00', '2027-02-01T08:35:00+01:00']) {
      const later = await sweep(moment);
      expect(later.naar(CHAT_SF)).toEqual([]);
      expect(later.naar(TEAM_NO_KANAAL.id).join()).not.toContain('de hulp via het Loket is niet op tijd gestart');
    }
  });

  /*
   * Issue 21: the Loket corrects the start date it recorded. A card action with the form (in place here, as in the
   * Playground): helpful Dutch messages, the typed date kept; a stale card; history, audit, a notice; the clocks follow.
   */
  it('de startdatum corrigeren: fout, verouderd en opgeslagen; de geschiedenis, het auditlog en de klokken volgen', async () => {
    const kaart = await overdrachtNaarLoket(true);
    const gepost = kaartVan(bot.naar(LOKET_KANAAL.id).filter((v) => v.methode === 'POST').at(-1));
    const voorOppakken = teams.verzonden.length;
    await bot.slaOp(await bot.openInPlaats(gepost, jv, 'loket', LOKET_KANAAL), jv, { loketLijn: 'tweede', loketAanbieder: 'Jeugdhulp Zuid', loketStart: '2026-12-07' }, LOKET_KANAAL);
    const loketkaart = kaartVan(bot.naar(LOKET_KANAAL.id, voorOppakken).filter((v) => v.methode === 'PUT').at(-1));
    expect(dialoogknop(loketkaart, 'loketstart')).toBeDefined();

    // Not the Loket nor its holder: not theirs. Lotte of the Loket opens it; a date before the arrival is refused.
    expect(await bot.openInPlaats(loketkaart, smw, 'loketstart', LOKET_KANAAL)).toContain('Deze actie hoort niet bij uw rol in deze hulpvraag.');
    const vorm = await bot.openInPlaats(loketkaart, loket, 'loketstart', LOKET_KANAAL);
    expect(plat(tekstVan(vorm))).toContain('"text":"Vastgelegde start","weight":"Bolder","size":"Small","wrap":true},{"type":"TextBlock","text":"7 december 2026"');
    expect(plat(tekstVan(vorm))).toContain('"id":"loketStart","label":"Nieuwe datum waarop de hulp feitelijk start","value":"2026-12-07"');
    const tevroeg = plat(tekstVan(await bot.slaOp(vorm, loket, { loketStart: '2026-11-01' }, LOKET_KANAAL)));
    expect(tevroeg).toContain('De hulp kan niet starten voordat de hulpvraag bij het Loket kwam (23 november 2026)');
    expect(tevroeg).toContain('2026-11-01');
    // Someone changed the case meanwhile (a progress note): the form stays on the new version with the date typed.
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, jv, VERBS.vernieuwen), jv, VERBS.voortgang, { voortgangNotitie: 'gesprek met aanbieder' });
    const verouderd = plat(tekstVan(await bot.slaOp(vorm, loket, { loketStart: '2027-01-18' }, LOKET_KANAAL)));
    expect(verouderd).toContain('Iemand anders heeft deze hulpvraag intussen gewijzigd');
    expect(verouderd).toContain('2027-01-18');
    const voorCorrectie = teams.verzonden.length;
    const opgeslagen = await bot.slaOp(await bot.openInPlaats(loketkaart, loket, 'loketstart', LOKET_KANAAL), loket, { loketStart: '2027-01-18' }, LOKET_KANAAL);
    expect(plat(tekstVan(opgeslagen))).toContain('De startdatum van de hulp is gewijzigd naar 18 januari 2027');
    expect(loketkaartNa(voorCorrectie)).toContain('"title":"Hulp","value":"2e-lijns, start 18 januari 2027"');
    const bericht = teams.verzonden.slice(voorCorrectie).filter((v) => v.methode === 'POST').map(inhoud).join();
    expect(bericht).toContain('Het Loket heeft de startdatum van de hulp voor hulpvraag');
    expect(bericht).toContain('van 7 december 2026 naar 18 januari 2027');
    expect(await details(kaart, ib)).toContain('Startdatum van de hulp via het Loket gewijzigd');
    const { hulpvraagId } = casusData(kaart);
    const { resources } = await app.database.container('audit').items.query<{ wat: string; wie: { aadObjectId: string } }>({ query: 'SELECT * FROM c WHERE c.hulpvraagId = @id', parameters: [{ name: '@id', value: hulpvraagId }] }).fetchAll();
    expect(resources.filter((r) => r.wat.startsWith('loket_start_gecorrigeerd')).map((r) => r.wie.aadObjectId)).toEqual([loket.aadObjectId]);

    // The clocks follow: nothing starts on 7 December; the help starts on 18 January, within the start limit (no
    // inquiry), and the overbruggingszorg ends then.
    expect(await kaartTekst(kaart, smw)).toContain('Overbruggingszorg door Mila SMW tot de hulp via het Loket start op 18 januari 2027');
    const voor7 = teams.verzonden.length;
    await sweep('2026-12-07T08:30:00+01:00');
    expect(bot.naar(LOKET_KANAAL.id, voor7).map((v) => plat(tekstVan(kaartVan(v)))).join()).not.toContain('de hulp is gestart');
    const voor18 = teams.verzonden.length;
    await sweep('2027-01-18T08:30:00+01:00');
    expect(loketkaartNa(voor18)).toContain('beëindigd: de hulp is gestart (18 januari 2027)');
  });

  it('overdracht naar het Loket zonder uitbreiding van de toestemming: de hulpvraag komt niet bij het Loket, er loopt geen klok', async () => {
    const vanaf = teams.verzonden.length;
    await overdrachtNaarLoket(false);
    expect(bot.naar(LOKET_KANAAL.id, vanaf)).toEqual([]);
    for (const moment of ['2026-11-30T08:30:00+01:00', '2027-01-18T08:30:00+01:00']) expect((await sweep(moment)).naar(CHAT_SF)).toEqual([]);
  });
});
