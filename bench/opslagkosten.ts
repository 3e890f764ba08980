import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../test/helpers/instellingen';
/**
 * Part 2: what each use case costs in Cosmos round trips (and request charge, as far as the local server reports
 * one). The app runs in this process, so the meter sees every request its SDK sends to the embedded server.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config';
import { startApp } from '../src/index';
import { stilleLogger } from '../src/log';
import { CONTAINERS } from '../src/store/containers';
import { CosmosHulpvraagOpslag } from '../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../src/store/kanaal-opslag';
import { CosmosSchakelteamOpslag } from '../src/store/schakelteam-opslag';
import { VERBS } from '../src/teams/verbs';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, TestGebruiker, bericht, klik } from '../test/helpers/activiteiten';
import { post } from '../test/helpers/app';
import { BENCH_OMGEVING } from './berichten';
import { CosmosMeter, Samenvatting, vat } from './meter';
import { startNepKanaal } from './nep-kanaal';
import { SCHAKELTEAM_ID, SCHOOL, parallel, schakelteam, schakelteamKanaal, zaakBijSchakelteam } from './zaken';

export interface Gebruiksgeval {
  readonly naam: string;
  readonly hoe: string;
  /** State changes of the case (its `versie` went up by this much); 0 for a read-only use case. */
  readonly wijzigingen: number;
  /** Point reads and conditional (If-Match) replaces of the case document itself. */
  readonly zaakLezen: number;
  readonly zaakVoorwaardelijk: number;
  readonly zaakMaak: number;
  /** Requests to the Teams connector (sends, updates, member look-ups, 1:1 creation), also after the reply. */
  readonly connector: number;
  readonly kosten: Samenvatting;
}

export interface Kostenuitslag {
  readonly gevallen: Gebruiksgeval[];
}

const som = (t: { activiteiten: number; leden: number; gesprekken: number }) => t.activiteiten + t.leden + t.gesprekken;

export async function meetOpslag(): Promise<Kostenuitslag> {
  const kanaal = await startNepKanaal();
  const config = loadConfig({ ...BENCH_OMGEVING } as NodeJS.ProcessEnv);
  const meter = new CosmosMeter().start();
  const app = await startApp(config, { log: stilleLogger });
  try {
    const db = app.database;
    const hulpvragen = new CosmosHulpvraagOpslag(db.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
    const kanalen = new CosmosKanaalOpslag(db.container(CONTAINERS.kanalen.name));
    await new CosmosSchakelteamOpslag(db.container(CONTAINERS.kanalen.name)).bewaar(schakelteam());
    await kanalen.bewaar(schakelteamKanaal(kanaal.serviceUrl));
    await parallel(200, 50, async (i) => {
      await hulpvragen.maak(zaakBijSchakelteam(i + 1, GEBRUIKERS.jv, GEBRUIKERS.loket));
    });
    const { ib, sf, smw, jv } = GEBRUIKERS;
    const zeg = async (wie: TestGebruiker, tekst: string, gesprek = PERSOONLIJK(wie)) => {
      const { status } = await post(app, bericht(kanaal.serviceUrl, wie, tekst, gesprek));
      if (status !== 200) throw new Error(`HTTP ${status} op "${tekst}"`);
    };
    const druk = async (wie: TestGebruiker, verb: string, data: Record<string, unknown>, gesprek = PERSOONLIJK(wie)): Promise<string> => {
      const { status, body } = await post(app, klik(kanaal.serviceUrl, wie, verb, data, gesprek));
      const tekst = JSON.stringify(body);
      if (status !== 200 || !tekst.includes('application/vnd.microsoft.card.adaptive')) throw new Error(`${verb}: ${status} ${tekst.slice(0, 300)}`);
      return tekst;
    };
    // Steady state first: every person has talked to the bot (their 1:1 chat is stored), the SDK has its caches.
    for (const wie of [ib, sf, smw, jv]) await zeg(wie, 'help');
    await zeg(sf, 'help', KANAAL);
    await zeg(jv, 'mijn casussen');
    meter.neem();

    const gevallen: Gebruiksgeval[] = [];
    let sleutel = { schakelteamId: SCHAKELTEAM_ID, id: '' };
    const versie = async () => (sleutel.id ? ((await hulpvragen.lees(sleutel.schakelteamId, sleutel.id))?.waarde.versie ?? 0) : 0);
    const meet = async (naam: string, hoe: string, doe: () => Promise<unknown>) => {
      const voor = await versie();
      await app.rustig();
      meter.neem();
      const connectorVoor = som(kanaal.tellers());
      await doe();
      // Until the turn's work is done, not until the HTTP reply: notifications are sent after it.
      await app.rustig();
      const kosten = vat(meter.neem());
      const connector = som(kanaal.tellers()) - connectorVoor;
      const na = await versie();
      meter.neem();
      const tel = (k: string) => kosten.perContainerSoort[`${CONTAINERS.hulpvragen.name}:${k}`] ?? 0;
      gevallen.push({ naam, hoe, wijzigingen: na - voor, zaakLezen: tel('lees'), zaakVoorwaardelijk: tel('vervang-voorwaardelijk'), zaakMaak: tel('maak'), connector, kosten });
    };

    const formulierId = randomUUID();
    sleutel = { schakelteamId: SCHAKELTEAM_ID, id: `hv-${formulierId}` };
    const actie = async () => ({ hulpvraagId: sleutel.id, schakelteamId: sleutel.schakelteamId, versie: await versie() });
    // Registration creates the case (versie 1) and posts it to the channel (doorgezet: versie 2).
    await meet('registreren', 'invoke `hulpvraag.registreren` (IB\'er, 1:1)', async () => {
      const { status } = await post(
        app,
        klik(kanaal.serviceUrl, ib, VERBS.registreren, {
          formulierId,
          schakelteamId: SCHAKELTEAM_ID,
          school: SCHOOL,
          referentie: 'AB-2016',
          geboortedatum: '2016-05-01',
          groep: 'groep 6',
          vraag: 'Trekt zich terug in de klas.',
          signalen: 'Stil',
          geprobeerd: 'Gesprek met leerkracht',
          oudersOpDeHoogte: 'true',
          alleenAdvies: 'false',
        }),
      );
      if (status !== 200) throw new Error(`registreren: HTTP ${status}`);
    });
    const besluitData = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
    const a1 = await actie();
    await meet('besluiten', 'invoke `hulpvraag.besluiten` (schakelfunctionaris, kanaal)', () => druk(sf, VERBS.besluiten, { ...a1, ...besluitData }, KANAAL));
    const a2 = await actie();
    const vandaag = new Date().toISOString().slice(0, 10);
    await meet('toestemming vastleggen', 'invoke `toestemming.vastleggen` (IB\'er, 1:1)', () =>
      druk(ib, VERBS.toestemming, { ...a2, toestemmingOuder1: 'ja', toestemmingOuder2: 'een_ouder', toestemmingPartners: 'Schoolmaatschappelijk werk', toestemmingDatum: vandaag, toestemmingWijze: 'digitaal' }),
    );
    const a3 = await actie();
    await meet('regierol accepteren', 'invoke `regierol.accepteren` (expert, 1:1)', () => druk(smw, VERBS.accepteren, a3));
    const a4 = await actie();
    await meet('evaluatie vastleggen', 'invoke `evaluatie.vastleggen` (regierolhouder, 1:1)', () =>
      druk(smw, VERBS.evaluatie, { ...a4, evaluatieDoelBereikt: 'ja', evaluatieToelichting: 'Op weg', evaluatieVervolg: 'doorgaan' }),
    );
    sleutel = { schakelteamId: SCHAKELTEAM_ID, id: '' };
    await meet('mijn casussen', 'bericht `mijn casussen` (200 zaken, 1:1)', () => zeg(jv, 'mijn casussen'));
    await meet('help', 'bericht `help` (1:1)', () => zeg(ib, 'help'));
    return { gevallen };
  } finally {
    meter.stop();
    await app.stop();
    await kanaal.stop();
  }
}
