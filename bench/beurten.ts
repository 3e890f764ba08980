/** Part 1: turn overhead over real HTTP, our app against an echo bot on the same stack, in a forked bot process. */
import { ChildProcess, fork } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { VERBS } from '../src/teams/verbs';
import { GEBRUIKERS, KANAAL, bericht, klik } from '../test/helpers/activiteiten';
import { ActieSleutel, NaarOuder, naarOuder } from './berichten';
import { startNepKanaal } from './nep-kanaal';
import { mediaan, percentiel } from './statistiek';

export interface Reeks {
  readonly aantal: number;
  readonly mediaanMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Requests per second over the whole series (wall clock). */
  readonly perSeconde: number;
  /** Answers that were not what the scenario expects (wrong status, an error card). */
  readonly fout: number;
}

export interface Scenariouitslag {
  readonly naam: string;
  /** Median of each round's block, in round order. */
  readonly rondes: number[];
  readonly fout: number;
}

/** A scenario against its reference, judged per round (both ran in the same round, minutes-scale drift cancels). */
export interface Verhouding {
  readonly naam: string;
  readonly teller: string;
  readonly noemer: string;
  /** The target (at most this many times the reference), if there is one. */
  readonly doel?: number;
  readonly perRonde: number[];
}

export interface Beurtuitslag {
  readonly opzet: Beurtopzet & { readonly zaken: number };
  readonly scenarios: Scenariouitslag[];
  readonly verhoudingen: Verhouding[];
  /**
   * Bursts of decisions at the same moment, one per schakelteam (50 schakelteams), the fake connector enforcing
   * Teams' limits; the figures are over every decision of every burst.
   */
  readonly gelijktijdig: Reeks & { readonly geweigerd429: number };
}

interface Antwoord {
  readonly status: number;
  readonly tekst: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(url: string, body: string): Promise<Antwoord> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, tekst: Buffer.concat(delen).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Scenario {
  readonly naam: string;
  readonly url: string;
  /** The i-th request body. */
  maak(i: number): object;
  goed(a: Antwoord): boolean;
}

/** One request of a scenario: its time goes into `tijden`; false when the answer was not what it expects. */
async function meet(s: Scenario, i: number, tijden: number[]): Promise<boolean> {
  const body = JSON.stringify(s.maak(i));
  const t0 = performance.now();
  const antwoord = await post(s.url, body).catch(() => ({ status: 0, tekst: '' }));
  tijden.push(performance.now() - t0);
  return s.goed(antwoord);
}

function samenvatting(tijden: number[], fout: number, seconden: number): Reeks {
  return { aantal: tijden.length, mediaanMs: mediaan(tijden), p99Ms: percentiel(tijden, 99), maxMs: Math.max(...tijden), perSeconde: tijden.length / seconden, fout };
}

/** `aantal` requests one after another. */
async function reeks(s: Scenario, vanaf: number, aantal: number): Promise<Reeks> {
  const tijden: number[] = [];
  let fout = 0;
  const begin = performance.now();
  for (let i = vanaf; i < vanaf + aantal; i++) if (!(await meet(s, i, tijden))) fout++;
  return samenvatting(tijden, fout, (performance.now() - begin) / 1000);
}

function wachtOpBericht(kind: ChildProcess): Promise<NaarOuder> {
  return new Promise((resolve, reject) => {
    const bijBericht = (bericht: unknown) => {
      kind.off('exit', bijExit);
      const gelezen = naarOuder.parse(bericht);
      if (gelezen.soort === 'fout') reject(new Error(`bot-proces: ${gelezen.bericht}`));
      else resolve(gelezen);
    };
    const bijExit = (code: number | null) => reject(new Error(`bot-proces stopte (${code ?? 'signaal'})`));
    kind.once('message', bijBericht);
    kind.once('exit', bijExit);
  });
}

export function forkBotProces(args: readonly string[]): ChildProcess {
  return fork(path.join(__dirname, 'bot-proces.js'), [...args], { execArgv: ['--expose-gc', '--no-deprecation'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

export { wachtOpBericht };

const besluitGoed = (a: Antwoord) => isInvokeKaart(a) && a.tekst.includes('Vastgelegd.');
const isInvokeKaart = (a: Antwoord) => a.status === 200 && a.tekst.includes('"application/vnd.microsoft.card.adaptive"');

export interface Beurtopzet {
  /** Rounds after one warm-up round; every round runs every scenario once (a block of `perBlok` requests in a row). */
  readonly rondes: number;
  readonly perBlok: number;
  /** Decisions sent at the same moment (one per schakelteam), and how many such bursts. */
  readonly gelijktijdig: number;
  readonly golven: number;
}

export function besluitenNodig(opzet: Beurtopzet): number {
  return (opzet.rondes + 1) * opzet.perBlok + opzet.gelijktijdig * opzet.golven;
}

/**
 * Between bursts: the personal cards of the last burst go out (50/s per tenant) and the connector's windows empty,
 * so every burst meets the same state instead of the previous one's backlog.
 */
const RUST_TUSSEN_GOLVEN_MS = 3_000;

/** `golven` times: `perGolf` requests at the same moment, the next burst only after all answered and a rest. */
async function golven(s: Scenario, vanaf: number, golven: number, perGolf: number): Promise<Reeks> {
  const tijden: number[] = [];
  let fout = 0;
  let bezig = 0;
  for (let golf = 0; golf < golven; golf++) {
    const begin = performance.now();
    const goed = await Promise.all(Array.from({ length: perGolf }, (_, k) => meet(s, vanaf + golf * perGolf + k, tijden)));
    fout += goed.filter((g) => !g).length;
    bezig += performance.now() - begin;
    await new Promise((resolve) => setTimeout(resolve, RUST_TUSSEN_GOLVEN_MS));
  }
  return samenvatting(tijden, fout, bezig / 1000);
}

export async function meetBeurten(opzet: Beurtopzet): Promise<Beurtuitslag> {
  const kanaal = await startNepKanaal();
  const begrensd = await startNepKanaal({ teamsLimieten: true });
  const kind = forkBotProces(['beurten', kanaal.serviceUrl, String(besluitenNodig(opzet)), String((opzet.rondes + 1) * opzet.perBlok)]);
  try {
    const klaar = await wachtOpBericht(kind);
    if (klaar.soort !== 'klaar') throw new Error('onverwacht bericht van bot-proces');
    const { ib, jv, sf, smw } = GEBRUIKERS;
    const BESLUIT = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
    const besluit = (lijst: readonly ActieSleutel[], i: number, serviceUrl = kanaal.serviceUrl) => {
      const sleutel = lijst[i];
      if (!sleutel) throw new Error(`te weinig besluitzaken (${i})`);
      const { kanaal: kanaalId, ...data } = sleutel;
      return klik(serviceUrl, sf, VERBS.besluiten, { ...data, ...BESLUIT }, { id: kanaalId, type: 'channel' });
    };
    const serviceUrl = kanaal.serviceUrl;
    const ECHO_BERICHT = 'echo: bericht';
    const ECHO_INVOKE = 'echo: invoke';
    const MIJN = '`mijn casussen` (200 zaken)';
    const MIJN_VLOER = 'vloer: `mijn casussen`';
    const BESLUIT_APP = 'invoke `hulpvraag.besluiten`';
    const BESLUIT_VLOER = 'vloer: besluit';
    const scenarios: Scenario[] = [
      { naam: ECHO_BERICHT, url: klaar.echoUrl, maak: () => bericht(serviceUrl, ib, 'help'), goed: (a) => a.status === 200 },
      { naam: '`help`', url: klaar.appUrl, maak: () => bericht(serviceUrl, ib, 'help'), goed: (a) => a.status === 200 },
      { naam: MIJN_VLOER, url: klaar.vloerUrl, maak: () => bericht(serviceUrl, jv, 'mijn casussen'), goed: (a) => a.status === 200 },
      { naam: MIJN, url: klaar.appUrl, maak: () => bericht(serviceUrl, jv, 'mijn casussen'), goed: (a) => a.status === 200 },
      { naam: ECHO_INVOKE, url: klaar.echoUrl, maak: () => klik(serviceUrl, sf, VERBS.besluiten, { x: 1 }, KANAAL), goed: isInvokeKaart },
      { naam: BESLUIT_VLOER, url: klaar.vloerUrl, maak: (i) => besluit(klaar.vloer, i), goed: besluitGoed },
      { naam: BESLUIT_APP, url: klaar.appUrl, maak: (i) => besluit(klaar.besluiten, i), goed: besluitGoed },
    ];
    const rondes = new Map(scenarios.map((s) => [s.naam, { rondes: [] as number[], fout: 0 }]));
    for (let ronde = 0; ronde <= opzet.rondes; ronde++) {
      // A/B/A/B: every scenario once per round, the order reversed every other round.
      const volgorde = ronde % 2 === 0 ? scenarios : [...scenarios].reverse();
      for (const s of volgorde) {
        const blok = await reeks(s, ronde * opzet.perBlok, opzet.perBlok);
        if (ronde === 0) continue; // warm-up: JIT, SDK caches, connections
        const r = rondes.get(s.naam);
        r?.rondes.push(blok.mediaanMs);
        if (r) r.fout += blok.fout;
      }
    }
    const perRonde = (teller: string, noemer: string) => {
      const a = rondes.get(teller)?.rondes ?? [];
      const b = rondes.get(noemer)?.rondes ?? [];
      return a.map((x, i) => x / (b[i] ?? Number.NaN));
    };
    const verhoudingen: Verhouding[] = [
      { naam: 'besluit t.o.v. zijn I/O-vloer', teller: BESLUIT_APP, noemer: BESLUIT_VLOER, doel: 1.5, perRonde: perRonde(BESLUIT_APP, BESLUIT_VLOER) },
      { naam: '`mijn casussen` t.o.v. zijn I/O-vloer', teller: MIJN, noemer: MIJN_VLOER, doel: 1.2, perRonde: perRonde(MIJN, MIJN_VLOER) },
      { naam: '`help` t.o.v. echo', teller: '`help`', noemer: ECHO_BERICHT, doel: 1.5, perRonde: perRonde('`help`', ECHO_BERICHT) },
      { naam: 'besluit t.o.v. echo-invoke', teller: BESLUIT_APP, noemer: ECHO_INVOKE, perRonde: perRonde(BESLUIT_APP, ECHO_INVOKE) },
      { naam: 'vloer besluit t.o.v. echo-invoke', teller: BESLUIT_VLOER, noemer: ECHO_INVOKE, perRonde: perRonde(BESLUIT_VLOER, ECHO_INVOKE) },
      { naam: '`mijn casussen` t.o.v. echo', teller: MIJN, noemer: ECHO_BERICHT, perRonde: perRonde(MIJN, ECHO_BERICHT) },
    ];
    const vanaf = (opzet.rondes + 1) * opzet.perBlok;
    const gelijktijdig = await golven(
      { naam: 'gelijktijdig', url: klaar.appUrl, maak: (i) => besluit(klaar.besluiten, i, begrensd.serviceUrl), goed: besluitGoed },
      vanaf,
      opzet.golven,
      opzet.gelijktijdig,
    );
    return {
      opzet: { ...opzet, zaken: klaar.geseed },
      scenarios: scenarios.map((s) => ({ naam: s.naam, rondes: rondes.get(s.naam)?.rondes ?? [], fout: rondes.get(s.naam)?.fout ?? 0 })),
      verhoudingen,
      gelijktijdig: { ...gelijktijdig, geweigerd429: begrensd.tellers().geweigerd },
    };
  } finally {
    kind.send({ soort: 'stop' });
    await new Promise<void>((resolve) => (kind.exitCode !== null ? resolve() : kind.once('exit', () => resolve())));
    agent.destroy();
    await kanaal.stop();
    await begrensd.stop();
  }
}
