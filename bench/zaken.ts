import { BulkOperationType, Container, JSONObject } from '@azure/cosmos';
import { STANDAARD_HERINNERINGSINSTELLINGEN, STANDAARD_TERMIJNEN } from '../test/helpers/instellingen';
import { naarDocument } from '../src/store/hulpvraag-opslag';
/** Builders for the data the benchmark stores: schakelteam, channel bindings and cases in a chosen state. */
import { pasToe } from '../src/domain/gebeurtenissen';
import { Hulpvraag, registreer } from '../src/domain/hulpvraag';
import { Kanaal } from '../src/domain/kanaal';
import { Betrokkene, Persoon } from '../src/domain/personen';
import { Schakelteam } from '../src/domain/schakelteam';
import { GEBRUIKERS, KANAAL, PERSOONLIJK, TENANT, TestGebruiker } from '../test/helpers/activiteiten';
import { hulpvraagIn } from '../test/domain/fixtures';

export const SCHAKELTEAM_ID = 'st-bench';
export const SCHOOL = 'OBS De Regenboog';
const MOMENT = new Date('2026-11-16T09:00:00Z');

export function persoonVan(g: TestGebruiker): Persoon {
  return { tenantId: TENANT, aadObjectId: g.aadObjectId, naam: g.naam };
}

function als(g: TestGebruiker, rol: Betrokkene['rol']): Betrokkene {
  return { ...persoonVan(g), rol, teamsId: g.id };
}

export function schakelteam(): Schakelteam {
  return {
    id: SCHAKELTEAM_ID,
    tenantId: TENANT,
    naam: 'Schakelteam Bench',
    scholen: [SCHOOL],
    onderwijs: 'PO',
    leden: [als(GEBRUIKERS.ib, 'ib_coo'), als(GEBRUIKERS.sf, 'schakelfunctionaris')],
  };
}

export function schakelteamKanaal(serviceUrl: string, schakelteamId = SCHAKELTEAM_ID, kanaalId: string = KANAAL.id): Kanaal {
  return {
    id: kanaalId,
    tenantId: TENANT,
    soort: 'schakelteam',
    naam: `Schakelteam ${schakelteamId}`,
    referentie: { serviceUrl, conversationId: kanaalId, channelId: 'msteams', botId: '28:bot', teamsKanaalId: kanaalId, teamId: '19:team@thread.tacv2' },
    schakelteamId,
    bruikbaar: true,
    bijgewerkt: MOMENT.toISOString(),
  };
}

export function persoonlijkKanaal(g: TestGebruiker, serviceUrl: string): Kanaal {
  const id = PERSOONLIJK(g).id;
  return {
    id,
    tenantId: TENANT,
    soort: 'persoonlijk',
    naam: g.naam,
    referentie: { serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
    aadObjectId: g.aadObjectId,
    bruikbaar: true,
    bijgewerkt: MOMENT.toISOString(),
  };
}

/**
 * A case waiting for the schakelteam's decision (bij_schakelteam), with its card in the channel, built with the
 * domain's own functions (registreer, pasToe) so it is exactly what the route would have stored.
 */
export function zaakBijSchakelteam(
  volgnummer: number,
  ib: TestGebruiker = GEBRUIKERS.ib,
  sf: TestGebruiker = GEBRUIKERS.sf,
  schakelteamId = SCHAKELTEAM_ID,
  kanaalId: string = KANAAL.id,
): Hulpvraag {
  const door = persoonVan(ib);
  const geregistreerd = registreer(
    {
      id: `bench-${ib.aadObjectId}-${volgnummer}`,
      nummer: `HV-2026-${String(volgnummer).padStart(4, '0')}`,
      tenantId: TENANT,
      schakelteamId,
      school: SCHOOL,
      onderwijs: 'PO',
      leerling: { referentie: `AB-${volgnummer}`, groep: 'groep 6', leeftijd: { geboortedatum: '2016-05-01' } },
      vraag: 'Trekt zich terug in de klas.',
      signalen: 'Stil',
      geprobeerd: 'Gesprek met leerkracht',
      oudersOpDeHoogte: true,
      alleenAdvies: false,
      schakelteamLeden: [als(ib, 'ib_coo'), als(sf, 'schakelfunctionaris')],
    },
    door,
    MOMENT,
  );
  return pasToe(
    geregistreerd,
    { soort: 'doorgezet', kanaalBericht: { kanaalId, activityId: `kaart-${volgnummer}` } },
    door,
    { moment: MOMENT, termijnen: STANDAARD_TERMIJNEN },
  );
}

/** Schakelteam k of the spread decision cases: its own channel and its own IB'er (with a 1:1 chat). */
export function verspreid(k: number): { schakelteamId: string; kanaalId: string; ib: TestGebruiker } {
  return {
    schakelteamId: `st-bench-${k}`,
    kanaalId: `19:st-bench-${k}@thread.tacv2`,
    ib: { id: `29:ib-${k}`, aadObjectId: `aad-ib-${k}`, naam: `IB ${k}` },
  };
}

/** For the sweep: the moment of the sweep (Monday 30 March 2026, 08:30 CEST, inside the send window). */
export const SWEEP_MOMENT = new Date('2026-03-30T06:30:00Z');

function metSuffix(b: Betrokkene, suffix: string): Betrokkene {
  return { ...b, aadObjectId: `${b.aadObjectId}-${suffix}`, naam: `${b.naam} ${suffix}` };
}

/**
 * A running case (regierol actief). `verschuldigd`: its tussentijdse evaluatie is on the sweep day, so the sweep must
 * plan and send two reminders (holder and IB'er, each a person of their own so every send has its own 1:1 chat);
 * otherwise the evaluation is in June and nothing is due (its stored volgendeDeadline lies after the sweep).
 */
function sleutelsVan(i: number, aantalSchakelteams: number): Pick<Hulpvraag, 'id' | 'nummer' | 'schakelteamId'> {
  return { id: `sweep-${i}`, nummer: `HV-2025-${String(i).padStart(6, '0')}`, schakelteamId: `st-${i % aantalSchakelteams}` };
}

export function lopendeZaak(i: number, verschuldigd: boolean, aantalSchakelteams: number): Hulpvraag {
  const basis = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
  return {
    ...basis,
    ...sleutelsVan(i, aantalSchakelteams),
    betrokkenen: verschuldigd ? basis.betrokkenen.map((b) => metSuffix(b, String(i))) : basis.betrokkenen,
    regierolSinds: verschuldigd ? '2026-02-16T09:00:00.000Z' : '2026-03-27T09:00:00.000Z',
    laatsteVoortgang: verschuldigd ? '2026-03-20T09:00:00.000Z' : '2026-03-27T09:00:00.000Z',
    evaluatiedata: verschuldigd ? { tussentijds: '2026-03-30', eind: '2026-05-18' } : { tussentijds: '2026-06-29', eind: '2026-09-28' },
  };
}

let sjabloon: object | undefined;

/**
 * The stored document of `lopendeZaak`. Cases that are not due differ only in id, number and schakelteam, so their
 * document is built once: filling 100,000 cases would otherwise run the domain's route and deadline rules 100,000
 * times, most of the filling time.
 */
export function lopendDocument(i: number, verschuldigd: boolean, aantalSchakelteams: number): object {
  if (verschuldigd) return naarDocument(lopendeZaak(i, true, aantalSchakelteams), STANDAARD_HERINNERINGSINSTELLINGEN);
  sjabloon ??= naarDocument(lopendeZaak(0, false, aantalSchakelteams), STANDAARD_HERINNERINGSINSTELLINGEN);
  return { ...sjabloon, ...sleutelsVan(i, aantalSchakelteams) };
}

export function sweepKanaal(tenantId: string, schakelteamId: string, serviceUrl: string): Kanaal {
  const id = `19:${schakelteamId}@thread.tacv2`;
  return {
    id,
    tenantId,
    soort: 'schakelteam',
    naam: schakelteamId,
    referentie: { serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
    schakelteamId,
    bruikbaar: true,
    bijgewerkt: '2026-03-01T09:00:00.000Z',
  };
}

/** Runs `werk` for 0..aantal-1 with at most `parallel` at a time. */
export async function parallel(aantal: number, gelijktijdig: number, werk: (i: number) => Promise<void>): Promise<void> {
  let volgende = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(gelijktijdig, aantal)) }, async () => {
      while (volgende < aantal) await werk(volgende++);
    }),
  );
}

/**
 * Creates `aantal` documents, the i-th made by `maak(i)`, in bulk requests of 100 (4 requests at a time): filling
 * 100,000 cases one create at a time would take most of the benchmark's time.
 */
export async function vulInBulk(container: Container, aantal: number, maak: (i: number) => object): Promise<void> {
  const PER_VERZOEK = 100;
  await parallel(Math.ceil(aantal / PER_VERZOEK), 4, async (deel) => {
    const vanaf = deel * PER_VERZOEK;
    const operaties = Array.from({ length: Math.min(PER_VERZOEK, aantal - vanaf) }, (_, k) => ({ operationType: BulkOperationType.Create, resourceBody: { ...maak(vanaf + k) } as JSONObject }));
    const antwoorden = await container.items.bulk(operaties);
    const mis = antwoorden.find((a) => a.statusCode >= 300);
    if (mis) throw new Error(`vullen in bulk: status ${mis.statusCode}`);
  });
}
