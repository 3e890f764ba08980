/**
 * The outbox over real HTTP with a Teams connector that fails on order (issue 10): what a click causes arrives once,
 * also after server errors and throttling; after the last attempt someone is told and the case's history shows it;
 * the click itself is answered while the channel card still meets 429s. Counted, never timed.
 */
import { App } from '../../src/index';
import { VERBS } from '../../src/teams/verbs';
import { TestGebruiker, klik } from '../helpers/activiteiten';
import { VasteKlok, post } from '../helpers/app';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, RouteDriver, actieData, casusData, kaartVan, startRoute, tekstVan } from '../helpers/route-driver';
import { koppelSchakelteam } from '../helpers/casus';

const { ib, sf, smw } = GEBRUIKERS;
let app: App;
let teams: NepTeams;
let bot: RouteDriver;
const klok = new VasteKlok(new Date('2026-11-23T09:00:00Z'));

beforeAll(async () => {
  // Two stored attempts: the first one's in-process retries fail, the second one is the last.
  ({ teams, app, bot } = await startRoute(klok, { UITGAAND_MAX_POGINGEN: '2', UITGAAND_OPNIEUW_SECONDEN: '60' }));
  await bot.installeer(sf, KANAAL);
  await koppelSchakelteam(bot);
});
afterAll(async () => {
  await app.stop();
  await teams.stop();
});

const besluitRegierol = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
const toestemmingJa = { toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: '2026-11-23', toestemmingWijze: 'digitaal' };

async function registreer(): Promise<{ kaart: unknown; nummer: string; id: string }> {
  const formulier = kaartVan(await bot.zeg(ib, 'nieuwe hulpvraag'));
  const schakelteamId = /"value":"(st-[0-9a-f]+)"/.exec(tekstVan(formulier))?.[1] ?? '';
  const antwoord = await bot.klik(ib, VERBS.registreren, {
    ...actieData(formulier, VERBS.registreren),
    schakelteamId,
    school: 'OBS De Regenboog',
    referentie: 'EF-2016',
    geboortedatum: '2016-05-01',
    groep: 'groep 6',
    vraag: 'Trekt zich terug.',
  });
  const nummer = /HV-2026-\d{4}/.exec(tekstVan(antwoord.value))?.[0] ?? '';
  return { kaart: antwoord.value, nummer, id: String(casusData(antwoord.value).hulpvraagId) };
}

const bekijk = async (kaart: unknown, wie: TestGebruiker) => (await bot.klikOp(kaart, wie, VERBS.vernieuwen)).value;

/**
 * A case whose regierol was offered to SMW; SMW then declines, which notifies the IB'er and the schakelfunctionaris.
 * `storing` orders the connector's failures right before that click (the IB'er's chat also carries the bot's replies).
 */
async function aangebodenEnGeweigerd(storing: () => void): Promise<{ nummer: string; id: string }> {
  const { kaart, nummer, id } = await registreer();
  await bot.klikOp(await bekijk(kaart, sf), sf, VERBS.besluiten, besluitRegierol, KANAAL);
  await bot.klikOp(await bekijk(kaart, ib), ib, VERBS.toestemming, toestemmingJa);
  const weigerkaart = await bekijk(kaart, smw);
  storing();
  await bot.klikOp(weigerkaart, smw, VERBS.weigeren, { weigerReden: 'Geen ruimte' });
  return { nummer, id };
}

/** Accepted messages to `gesprek` that mention `tekst`. */
const aangekomen = (gesprek: string, tekst: string) => teams.verzonden.filter((v) => v.gesprek === gesprek && JSON.stringify(v.activiteit).includes(tekst));
const geweigerdTekst = (nummer: string) => `heeft de regierol voor hulpvraag ${nummer} geweigerd`;

/** A sweep a while later, as the planner in the bot would run it. */
async function sweepNa(minuten: number) {
  klok.zet(new Date(klok.nu().getTime() + minuten * 60_000));
  return app.sweep(klok.nu());
}

async function hulpvraagDocument(id: string): Promise<{ geschiedenis: Array<{ wat: string; details: Record<string, string> }>; uitgaand?: unknown[] }> {
  const { resources } = await app.database.container('hulpvragen').items.query({ query: 'SELECT * FROM c WHERE c.id = @id', parameters: [{ name: '@id', value: id }] }).fetchAll();
  return resources[0];
}

async function postberichten(hulpvraagId: string): Promise<Array<{ id: string; status: string; inhoud: { soort: string }; pogingen: Array<{ uitkomst: string }> }>> {
  const { resources } = await app.database
    .container('herinneringen')
    .items.query({ query: 'SELECT * FROM c WHERE c.type = "postbericht" AND c.hulpvraagId = @id', parameters: [{ name: '@id', value: hulpvraagId }] })
    .fetchAll();
  return resources;
}

describe('de wachtrij (outbox) voor wat de bot uit zichzelf stuurt', () => {
  // The schakelteam hears of a declined offer on its "your turn" card (the decline as its reason): a 1:1 message.
  it('een beurtkaart die 5× een serverfout krijgt, komt na de herhaling precies één keer aan', async () => {
    const { nummer, id } = await aangebodenEnGeweigerd(() => teams.storing(PERSOONLIJK(ib).id, ...Array.from({ length: 5 }, () => ({ status: 500 }))));
    expect(aangekomen(PERSOONLIJK(ib).id, geweigerdTekst(nummer))).toHaveLength(0);
    // The schakelfunctionaris is not held up by the IB'er's failures.
    expect(aangekomen(PERSOONLIJK(sf).id, geweigerdTekst(nummer))).toHaveLength(1);
    // Nothing on the case waits any more: everything is in the pipeline.
    expect((await hulpvraagDocument(id)).uitgaand).toBeUndefined();

    const verslag = await sweepNa(2);
    expect(verslag.berichten).toBe(1);
    await sweepNa(10);
    expect(aangekomen(PERSOONLIJK(ib).id, geweigerdTekst(nummer))).toHaveLength(1);
    const bericht = (await postberichten(id)).find((b) => b.inhoud.soort === 'beurt' && b.id.length > 0 && b.status === 'verzonden' && b.pogingen.length === 2);
    expect(bericht?.pogingen.map((p) => p.uitkomst)).toEqual(['mislukt', 'verzonden']);
    expect((await hulpvraagDocument(id)).geschiedenis.some((r) => r.wat === 'bericht_niet_aangekomen')).toBe(false);
  });

  it('een beurtkaart die 3× 429 krijgt, komt met Retry-After precies één keer aan', async () => {
    let vanaf = 0;
    const { nummer } = await aangebodenEnGeweigerd(() => {
      vanaf = teams.verzoeken.length;
      teams.storing(PERSOONLIJK(ib).id, ...Array.from({ length: 3 }, () => ({ status: 429, retryAfter: '1' })));
    });
    expect(aangekomen(PERSOONLIJK(ib).id, geweigerdTekst(nummer))).toHaveLength(1);
    const naarIb = teams.verzoeken.slice(vanaf).filter((v) => v.gesprek === PERSOONLIJK(ib).id);
    expect(naarIb.map((v) => v.status)).toEqual([429, 429, 429, 200]);
    await sweepNa(10);
    expect(aangekomen(PERSOONLIJK(ib).id, geweigerdTekst(nummer))).toHaveLength(1);
  });

  it('na de laatste poging hoort het schakelteamkanaal wat niet aankwam en wat te doen; de geschiedenis toont het', async () => {
    // Every attempt of both stored tries is throttled (Retry-After 0: no waiting in the test).
    const { nummer, id } = await aangebodenEnGeweigerd(() => teams.storing(PERSOONLIJK(ib).id, ...Array.from({ length: 10 }, () => ({ status: 429, retryAfter: '0' }))));
    await sweepNa(2);
    expect(aangekomen(PERSOONLIJK(ib).id, geweigerdTekst(nummer))).toHaveLength(0);
    const melding = aangekomen(KANAAL.id, `${ib.naam} heeft de kaart van hulpvraag ${nummer} niet ontvangen`);
    expect(melding).toHaveLength(1);
    expect(String(melding[0]?.activiteit.text)).toContain(`Neem zelf contact op met ${ib.naam}`);
    const regels = (await hulpvraagDocument(id)).geschiedenis.filter((r) => r.wat === 'bericht_niet_aangekomen');
    expect(regels).toHaveLength(1);
    expect(regels[0]?.details).toMatchObject({ soort: 'beurt', pogingen: '2', gemeld: 'schakelteamkanaal' });
    // Final: later sweeps neither retry nor tell again.
    await sweepNa(60);
    expect(aangekomen(KANAAL.id, `de kaart van hulpvraag ${nummer} niet ontvangen`)).toHaveLength(1);
    expect((await hulpvraagDocument(id)).geschiedenis.filter((r) => r.wat === 'bericht_niet_aangekomen')).toHaveLength(1);
  });

  it('een klik wordt beantwoord terwijl de kanaalkaart 429 krijgt; de kaart volgt via de wachtrij, één keer', async () => {
    const { kaart, nummer } = await registreer();
    const sfKaart = await bekijk(kaart, sf);
    // More 429s than the sender tries in one go: the update cannot happen inside the click.
    teams.storing(KANAAL.id, ...Array.from({ length: 5 }, () => ({ status: 429, retryAfter: '1' })));
    const vanaf = teams.verzonden.length;
    const { status, body } = await post(app, klik(teams.serviceUrl, sf, VERBS.besluiten, { ...casusData(sfKaart), ...besluitRegierol }, KANAAL));
    expect(status).toBe(200);
    expect(tekstVan(body)).toContain(nummer);
    expect(tekstVan(body)).toContain('Wacht op toestemming');
    const kaartUpdates = () => teams.verzonden.slice(vanaf).filter((v) => v.gesprek === KANAAL.id && v.methode === 'PUT');
    // Answered first: when the clicker had the answer, the channel card had not been replaced.
    expect(kaartUpdates()).toHaveLength(0);
    await app.rustig();
    expect(kaartUpdates()).toHaveLength(0);
    // The IB'er's turn card is not held back by the channel's throttling.
    expect(aangekomen(PERSOONLIJK(ib).id, 'Toestemming vastleggen vóór').length).toBeGreaterThan(0);
    await sweepNa(2);
    await sweepNa(10);
    expect(kaartUpdates()).toHaveLength(1);
    expect(tekstVan(kaartVan(kaartUpdates()[0]))).toContain('Wacht op toestemming');
  });
});
