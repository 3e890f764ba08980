import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { LOKET_KANAAL, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { besluit, casusMetRegierol, koppelSchakelteam, registreer, toestemming } from '../helpers/casus';
import { controleerKaart, opKaart, technischeResten } from '../helpers/kaarten';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, dialoogknop, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw, jv, loket, tno } = GEBRUIKERS;
const LOKET_PARTNER = 'Loket verbinding onderwijs en jeugdhulp';
const weging = { loketLijn: 'tweede', loketAanbieder: 'Jeugdhulp Zuid', loketStart: '2026-12-07' };

let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

/** The Loket channel's binding (by Tom, a functional administrator): these members act as the Loket. */
const bindLoket = (...leden: TestGebruiker[]) =>
  bot.klik(tno, VERBS.kanaalKoppelen, { soort: 'loket', naam: 'Loket', leden: leden.map((l) => l.aadObjectId).join(',') }, LOKET_KANAAL);

/** What the Loket channel received since `vanaf` (new posts only). */
const inLoketkanaal = (vanaf: number) => bot.naar(LOKET_KANAAL.id, vanaf).filter((v) => v.methode === 'POST');
const berichtAan = (wie: TestGebruiker, vanaf: number) => teams.verzonden.slice(vanaf).filter((v) => v.gesprek.includes(wie.aadObjectId)).map((v) => String(v.activiteit.text ?? tekstVan(v.activiteit))).join('\n');

beforeAll(async () => {
  ({ teams, app, bot } = await startRoute(klok, { FUNCTIONEEL_BEHEERDERS: tno.aadObjectId }));
  await koppelSchakelteam(bot);
  await bindLoket(loket, jv);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

describe('de Loket-route (seed 001), over HTTP', () => {
  it('besluit van het schakelteam, met toestemming: de kaart in het Loket-kanaal, een Loket-lid pakt op en weegt, het antwoord gaat terug', async () => {
    const kaart = await registreer(bot, 'LK-2015');
    await besluit(bot, kaart, 'loket', loket);
    const vanaf = teams.verzonden.length;
    await toestemming(bot, kaart);
    const [gepost] = inLoketkanaal(vanaf);
    const loketkaart = kaartVan(gepost);
    expect(controleerKaart(loketkaart).problemen).toEqual([]);
    expect(technischeResten(loketkaart)).toEqual([]);
    expect(tekstVan(loketkaart)).toContain('besluit van het schakelteam');
    expect(tekstVan(loketkaart)).toContain('"value":"gegeven"');
    // "Dat" only: no pupil reference, no question.
    expect(tekstVan(loketkaart)).not.toContain('LK-2015');
    expect(tekstVan(loketkaart)).not.toContain('Vaak afwezig');

    // Not the Loket: not theirs to take. Joost of the Loket (not the one named in the decision) takes it.
    expect(await bot.openInPlaats(loketkaart, smw, 'loket', LOKET_KANAAL)).toContain('U bent niet betrokken');
    const vorm = await bot.openInPlaats(loketkaart, jv, 'loket', LOKET_KANAAL);
    expect(controleerKaart(vorm).problemen).toEqual([]);
    const fout = await bot.slaOp(vorm, jv, { ...weging, loketAanbieder: '' }, LOKET_KANAAL);
    expect(tekstVan(fout)).toContain('Noem de aanbieder');
    expect(tekstVan(fout)).toContain('2026-12-07');
    const voorAntwoord = teams.verzonden.length;
    const opgepakt = await bot.slaOp(vorm, jv, weging, LOKET_KANAAL);
    expect(tekstVan(opgepakt)).toContain('U heeft de regierol namens het Loket');
    expect(tekstVan(opgepakt)).toContain('Regierol actief');
    // The answer: the IB'er in 1:1 with the weighing; Lotte's offer ends; the schakelteam channel card shows the state only.
    expect(berichtAan(ib, voorAntwoord)).toContain('Het Loket heeft hulpvraag');
    expect(berichtAan(ib, voorAntwoord)).toContain('Joost JV heeft nu de regierol. 2e-lijns hulp door Jeugdhulp Zuid, start 7 december 2026');
    expect(berichtAan(loket, voorAntwoord)).toContain('Joost JV van het Loket heeft de hulpvraag opgepakt');
    const kanaalkaart = bot.naar(KANAAL.id, voorAntwoord).find((v) => v.methode === 'PUT');
    expect(tekstVan(kaartVan(kanaalkaart))).toContain('Regierol actief');
    expect(tekstVan(kaartVan(kanaalkaart))).not.toContain('Jeugdhulp Zuid');
    // Taken: a second Loket member finds nothing left to take.
    expect(await bot.openInPlaats(loketkaart, loket, 'loket', LOKET_KANAAL)).toContain('Deze stap is nu niet aan de orde');
  });

  it('overdracht van de regierol naar het Loket: overbruggingszorg door de vorige houder, lidmaatschap bij de klik, antwoord ook aan de vorige houder', async () => {
    let kaart = await casusMetRegierol(bot, 'LK-2016');
    kaart = await bot.kaartNaKlik(kaart, smw, VERBS.overdracht, { overdrachtPersoon: loket.aadObjectId, overdrachtDiscipline: 'Loket-medewerker', overdrachtReden: 'Zwaardere hulp nodig' });
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.overdrachtGoedkeuren, {}, KANAAL);
    // The consent does not cover the Loket yet: the IB'er extends it, then the case is the Loket's.
    const vanaf = teams.verzonden.length;
    const uitbreiden = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: `Schoolmaatschappelijk werk,${LOKET_PARTNER}`, toestemmingDatum: '2026-11-23', toestemmingWijze: 'papier' };
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen), ib, VERBS.toestemmingUitbreiden, uitbreiden);
    const loketkaart = kaartVan(inLoketkanaal(vanaf)[0]);
    expect(tekstVan(loketkaart)).toContain('overdracht van de regierol');
    expect(tekstVan(loketkaart)).toContain('Mila SMW tot de hulp start');
    expect(dialoogknop(loketkaart, 'loket')).toBeDefined();

    // Joost left the Loket's binding: checked at the click, he can no longer take it.
    await bindLoket(loket);
    expect(await bot.openInPlaats(loketkaart, jv, 'loket', LOKET_KANAAL)).toContain('U bent niet betrokken');
    const voorAntwoord = teams.verzonden.length;
    const vorm = await bot.openInPlaats(loketkaart, loket, 'loket', LOKET_KANAAL);
    expect(tekstVan(await bot.slaOp(vorm, loket, { ...weging, loketLijn: 'eerste' }, LOKET_KANAAL))).toContain('Regierol actief');
    const aanMila = berichtAan(smw, voorAntwoord);
    expect(aanMila).toContain('Lotte Loket heeft nu de regierol. 1e-lijns hulp door Jeugdhulp Zuid');
    expect(aanMila).toContain('Mila SMW blijft betrokken (overbruggingszorg) tot de hulp start');
    expect(berichtAan(ib, voorAntwoord)).toContain('Het Loket heeft hulpvraag');
  });

  it('zonder toestemming: het Loket krijgt alleen wie het moet bellen, en niets om op te pakken', async () => {
    const kaart = await registreer(bot, 'LK-2017');
    await besluit(bot, kaart, 'loket', loket);
    const vanaf = teams.verzonden.length;
    const geweigerd = { toestemmingOuder1: 'nee', toestemmingOuder2: 'een_ouder', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling' };
    await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen), ib, VERBS.toestemming, geweigerd);
    const loketkaart = kaartVan(inLoketkanaal(vanaf)[0]);
    expect(tekstVan(loketkaart)).toContain('"value":"geweigerd"');
    expect(tekstVan(loketkaart)).toContain('alleen de contactgegevens');
    expect(tekstVan(loketkaart)).toContain(`"title":"Contact","value":"${ib.naam}"`);
    expect(dialoogknop(loketkaart, 'loket')).toBeUndefined();
    expect(technischeResten(loketkaart)).toEqual([]);
    expect(inLoketkanaal(vanaf)).toHaveLength(1);
  });

  /*
   * Issue 21: after a refusal the Loket's step is contacting the person on its card (seed 001). Card, channel card and
   * reminders say the same; once the Loket records the contact, the IB'er/COO is at turn (consent after all, or close).
   */
  it('zonder toestemming: het Loket is aan zet om contact op te nemen, legt dat vast, daarna de IB-er', async () => {
    const kaart = await registreer(bot, 'LK-2018');
    await besluit(bot, kaart, 'loket', loket);
    const vanaf = teams.verzonden.length;
    const geweigerd = { toestemmingOuder1: 'nee', toestemmingOuder2: 'een_ouder', toestemmingDatum: '2026-11-23', toestemmingWijze: 'mondeling' };
    const naWeigering = await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen), ib, VERBS.toestemming, geweigerd);
    const nummer = /HV-\d{4}-\d{4}/.exec(tekstVan(naWeigering))?.[0] ?? '';
    expect(tekstVan(naWeigering)).toContain('Aan zet: het Loket — contact opnemen met de contactpersoon');
    const loketkaart = kaartVan(inLoketkanaal(vanaf)[0]);
    expect(dialoogknop(loketkaart, 'loketcontact')).toBeDefined();

    // Not the Loket: not theirs. Lotte of the Loket records the contact (in place, as in the Playground).
    expect(await bot.openInPlaats(loketkaart, smw, 'loketcontact', LOKET_KANAAL)).toContain('U bent niet betrokken');
    const vorm = await bot.openInPlaats(loketkaart, loket, 'loketcontact', LOKET_KANAAL);
    expect(controleerKaart(vorm).problemen).toEqual([]);
    expect(tekstVan(vorm)).toContain(ib.naam);
    const voorContact = teams.verzonden.length;
    expect(tekstVan(await bot.slaOp(vorm, loket, {}, LOKET_KANAAL))).toContain('Vastgelegd dat het Loket contact heeft opgenomen');
    // The Loket channel's card follows: no button any more, and what happens next.
    const bijgewerkt = bot.naar(LOKET_KANAAL.id, voorContact).filter((v) => v.methode === 'PUT').map((v) => tekstVan(kaartVan(v))).at(-1) ?? '';
    expect(bijgewerkt).toContain('Het Loket heeft contact opgenomen');
    expect(bijgewerkt).not.toContain('loketcontact');
    expect(await bot.openInPlaats(loketkaart, loket, 'loketcontact', LOKET_KANAAL)).toContain('Het Loket hoeft voor deze hulpvraag geen contact (meer) op te nemen.');

    const daarna = await bot.kaartNaKlik(kaart, ib, VERBS.vernieuwen);
    expect(tekstVan(daarna)).toContain("Aan zet: de IB'er/COO — toestemming vastleggen");
    expect(tekstVan(await bot.details(daarna, ib))).toContain('Loket heeft contact opgenomen met de contactpersoon');
    // The reminder follows the card: the IB'er, 5 working days after the contact; the Loket no longer.
    const voorSweep = teams.verzonden.length;
    await app.sweep(new Date('2026-11-30T08:30:00+01:00'));
    const over = teams.verzonden.slice(voorSweep).filter((v) => JSON.stringify(v.activiteit).includes(nummer));
    expect(over.map((v) => v.gesprek)).toEqual([expect.stringContaining(ib.aadObjectId)]);
    expect(JSON.stringify(over[0]?.activiteit)).toContain(`het Loket heeft op ${opKaart('23 november 2026')} contact opgenomen`);
  });
});
