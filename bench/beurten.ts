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
  readonly referentie: string;
  readonly sequentieel: Reeks;
  readonly gelijktijdig: Reeks;
}

export interface Beurtuitslag {
  readonly scenarios: Scenariouitslag[];
  readonly opzet: Beurtopzet & { readonly zaken: number };
  /** Decision invokes when every case is in one schakelteam (one channel, one IB'er): the worst case for rate limits. */
  readonly eenKanaal: Reeks;
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
  readonly referentie: string;
  readonly url: string;
  /** The i-th request body. */
  maak(i: number): object;
  goed(a: Antwoord): boolean;
}

async function reeks(s: Scenario, vanaf: number, clients: number, perClient: number): Promise<Reeks> {
  const tijden: number[] = [];
  let fout = 0;
  let volgende = vanaf;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let k = 0; k < perClient; k++) {
        const body = JSON.stringify(s.maak(volgende++));
        const t0 = performance.now();
        const antwoord = await post(s.url, body).catch(() => ({ status: 0, tekst: '' }));
        tijden.push(performance.now() - t0);
        if (!s.goed(antwoord)) fout++;
      }
    }),
  );
  const duur = (performance.now() - begin) / 1000;
  return { aantal: tijden.length, mediaanMs: mediaan(tijden), p99Ms: percentiel(tijden, 99), maxMs: Math.max(...tijden), perSeconde: tijden.length / duur, fout };
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
  readonly warmup: number;
  readonly sequentieel: number;
  readonly clients: number;
  readonly perClient: number;
  readonly eenKanaalClients: number;
  readonly eenKanaalPerClient: number;
}

export async function meetBeurten(opties: Beurtopzet): Promise<Beurtuitslag> {
  const kanaal = await startNepKanaal();
  const nodigBesluiten = opties.warmup + opties.sequentieel + opties.clients * opties.perClient;
  const nodigEenKanaal = opties.eenKanaalClients * opties.eenKanaalPerClient;
  const kind = forkBotProces(['beurten', kanaal.serviceUrl, String(nodigBesluiten), String(nodigEenKanaal)]);
  try {
    const klaar = await wachtOpBericht(kind);
    if (klaar.soort !== 'klaar') throw new Error('onverwacht bericht van bot-proces');
    const serviceUrl = kanaal.serviceUrl;
    const { ib, jv, sf, smw } = GEBRUIKERS;
    const besluiten: readonly ActieSleutel[] = klaar.besluiten;
    const besluit = (lijst: readonly ActieSleutel[], i: number) => {
      const sleutel = lijst[i];
      if (!sleutel) throw new Error(`te weinig besluitzaken (${i})`);
      const { kanaal: kanaalId, ...data } = sleutel;
      return klik(serviceUrl, sf, VERBS.besluiten, { ...data, ...BESLUIT }, { id: kanaalId, type: 'channel' });
    };
    const BESLUIT = { besluitSoort: 'regierol', besluitPersonen: smw.aadObjectId, besluitDiscipline: 'schoolmaatschappelijk werker', besluitReden: 'Past bij SMW', verwijsindex: 'nee' };
    const scenarios: Scenario[] = [
      { naam: 'echo: bericht', referentie: 'echo: bericht', url: klaar.echoUrl, maak: () => bericht(serviceUrl, ib, 'help'), goed: (a) => a.status === 200 },
      { naam: '`help`', referentie: 'echo: bericht', url: klaar.appUrl, maak: () => bericht(serviceUrl, ib, 'help'), goed: (a) => a.status === 200 },
      { naam: '`mijn casussen` (200 zaken)', referentie: 'echo: bericht', url: klaar.appUrl, maak: () => bericht(serviceUrl, jv, 'mijn casussen'), goed: (a) => a.status === 200 },
      { naam: 'echo: invoke', referentie: 'echo: invoke', url: klaar.echoUrl, maak: () => klik(serviceUrl, sf, VERBS.besluiten, { x: 1 }, KANAAL), goed: isInvokeKaart },
      {
        naam: 'invoke `hulpvraag.besluiten`',
        referentie: 'echo: invoke',
        url: klaar.appUrl,
        maak: (i) => besluit(besluiten, i),
        goed: besluitGoed,
      },
    ];
    const uitslag: Scenariouitslag[] = [];
    for (const s of scenarios) {
      await reeks(s, 0, 1, opties.warmup);
      const sequentieel = await reeks(s, opties.warmup, 1, opties.sequentieel);
      const gelijktijdig = await reeks(s, opties.warmup + opties.sequentieel, opties.clients, opties.perClient);
      uitslag.push({ naam: s.naam, referentie: s.referentie, sequentieel, gelijktijdig });
    }
    const eenKanaal = await reeks(
      { naam: 'één kanaal', referentie: 'echo: invoke', url: klaar.appUrl, maak: (i) => besluit(klaar.eenKanaal, i), goed: besluitGoed },
      0,
      opties.eenKanaalClients,
      opties.eenKanaalPerClient,
    );
    return { scenarios: uitslag, opzet: { ...opties, zaken: klaar.geseed }, eenKanaal };
  } finally {
    kind.send({ soort: 'stop' });
    await new Promise<void>((resolve) => (kind.exitCode !== null ? resolve() : kind.once('exit', () => resolve())));
    agent.destroy();
    await kanaal.stop();
  }
}
