/** Turns one run's figures into docs/benchmarks.md (also printed): every target with met/missed and why. */
import { Beurtuitslag, Reeks, Scenariouitslag } from './beurten';
import { Opslaguitslag } from './opslagkosten';
import { getal, mb, ms, tabel } from './statistiek';
import { Sweepuitslag } from './sweep';
import { Verzenduitslag } from './verzenden';

export interface Runuitslag {
  readonly datum: Date;
  readonly kernen: number;
  readonly cpu: string;
  readonly node: string;
  readonly duurSeconden: number;
  readonly groot: boolean;
  readonly beurten: Beurtuitslag;
  readonly opslag: Opslaguitslag;
  readonly sweep: Sweepuitslag;
  readonly verzenden: Verzenduitslag;
}

const oordeel = (gehaald: boolean) => (gehaald ? '**gehaald**' : '**niet gehaald**');

function referentie(beurten: Beurtuitslag, s: Scenariouitslag): Scenariouitslag | undefined {
  return beurten.scenarios.find((r) => r.naam === s.referentie);
}

function reeksCellen(r: Reeks, ref: Reeks | undefined): string[] {
  return [ms(r.mediaanMs), ms(r.p99Ms), getal(r.perSeconde, 0), ref ? `${getal(r.mediaanMs / ref.mediaanMs, 1)}×` : '–', String(r.fout)];
}

export function rapport(u: Runuitslag): string {
  const b = u.beurten;
  const regels: string[] = [];
  const doelen: string[][] = [];

  // 1. Turn overhead.
  const naam = (n: string) => b.scenarios.find((s) => s.naam.startsWith(n));
  const help = naam('`help`');
  const mijn = naam('`mijn casussen`');
  const besluit = naam('invoke');
  const echoBericht = naam('echo: bericht');
  const echoInvoke = naam('echo: invoke');
  const ratio = (s: Scenariouitslag | undefined) => {
    const ref = s ? referentie(b, s) : undefined;
    return s && ref ? s.sequentieel.mediaanMs / ref.sequentieel.mediaanMs : Number.NaN;
  };
  const opdrachtRatio = Math.max(ratio(help), ratio(mijn));
  const invokeRatio = ratio(besluit);
  const p99Gelijktijdig = besluit?.gelijktijdig.p99Ms ?? Number.NaN;
  doelen.push([
    '1. Opdrachten binnen 2× de mediaan van de echo-bot',
    `help ${getal(ratio(help), 1)}×, mijn casussen ${getal(ratio(mijn), 1)}×`,
    oordeel(opdrachtRatio <= 2),
  ]);
  doelen.push(['1. Invokes binnen 3× de mediaan van de echo-bot', `besluiten ${getal(invokeRatio, 1)}× (t.o.v. echo-invoke)`, oordeel(invokeRatio <= 3)]);
  doelen.push([
    `1. Elke invoke ruim binnen 5 s bij ${b.opzet.clients} gelijktijdige clients`,
    `p99 ${ms(p99Gelijktijdig)} ms, max ${ms(besluit?.gelijktijdig.maxMs ?? Number.NaN)} ms (verspreid over 50 schakelteams); één kanaal: p99 ${ms(b.eenKanaal.p99Ms)} ms`,
    oordeel(p99Gelijktijdig < 2_500 && (besluit?.gelijktijdig.maxMs ?? Infinity) < 5_000),
  ]);

  // 2. Store cost.
  const wijzigend = u.opslag.gevallen.filter((g) => g.wijzigingen > 0);
  const afwijkend = wijzigend.filter((g) => g.zaakLezen !== g.wijzigingen || g.zaakVoorwaardelijk !== g.wijzigingen);
  doelen.push([
    '2. Elke statuswijziging één read + één voorwaardelijke write',
    afwijkend.length === 0 ? 'alle use cases' : afwijkend.map((g) => `${g.naam}: ${g.zaakLezen} reads/${g.zaakVoorwaardelijk} writes voor ${g.wijzigingen} wijziging(en)`).join('; '),
    oordeel(afwijkend.length === 0),
  ]);
  const queries = u.opslag.gevallen.flatMap((g) => g.kosten.queries);
  const zonderFilter = queries.filter((q) => !/WHERE[\s\S]*@/.test(q.query));
  doelen.push([
    '2. Geen use case scant een hele container',
    zonderFilter.length === 0 ? 'elke query filtert op een geïndexeerd veld met een parameter; `mijn casussen` is wel cross-partition' : zonderFilter.map((q) => q.query).join('; '),
    oordeel(zonderFilter.length === 0),
  ]);

  // 3. Sweep.
  const alle = u.sweep.metingen;
  const m = alle.filter((x) => x.fout === undefined);
  const mislukt = alle.filter((x) => x.fout !== undefined);
  const perZaak = m.map((x) => x.rondes / Math.max(1, x.verschuldigd));
  const spreiding = Math.max(...perZaak) / Math.min(...perZaak);
  const allesGedaan = m.every((x) => x.verslag.verzonden === 2 * x.verschuldigd && x.verslag.fouten === 0);
  doelen.push([
    '3. Sweepkosten groeien met het aantal verschuldigde zaken, niet met het aantal zaken',
    `${perZaak.map((p) => getal(p, 1)).join(' / ')} round trips per verschuldigde zaak bij ${m.map((x) => x.zaken.toLocaleString('nl-NL')).join(' / ')} zaken` +
      (mislukt.length > 0 ? `; ${mislukt.map((x) => x.zaken.toLocaleString('nl-NL')).join(', ')} zaken niet meetbaar met de lokale server (zie 3)` : '; 100.000 zaken niet gemeten (alleen met `--groot`, zie 3)'),
    oordeel(spreiding <= 1.1 && allesGedaan) + (u.groot && mislukt.length === 0 ? '' : ' (tot 10.000 zaken)'),
  ]);

  // 4. Sending.
  const v = u.verzenden;
  const aandeel = v.perSeconde / v.plafond;
  doelen.push([
    '4. Verzenden ≥ 90% van 50/s, 0 verloren, 0 dubbel',
    `${getal(v.perSeconde, 1)}/s (${getal(aandeel * 100, 0)}%), ${v.verloren} verloren, ${v.dubbel} dubbel, ${v.status429}× 429`,
    oordeel(aandeel >= 0.9 && v.verloren === 0 && v.dubbel === 0),
  ]);
  const g = u.sweep.geheugen;
  doelen.push([
    '5. Geheugen (geen doel, gerapporteerd)',
    `RSS leeg ${mb(g.leeg.rss)}; na de sweep van ${u.sweep.geheugenZaken.toLocaleString('nl-NL')} zaken ${g.naSweep ? mb(g.naSweep.rss) : '–'} (100.000: niet gemeten, zie 3)`,
    '–',
  ]);

  regels.push('# Benchmarks');
  regels.push('');
  regels.push(
    `Eén run op deze machine, ${u.datum.toISOString().slice(0, 16).replace('T', ' ')} UTC: ${u.kernen} kernen (\`nproc\`), ${u.cpu}, Node ${u.node}. ` +
      `Duur van de hele run: ${getal(u.duurSeconden / 60, 1)} minuten${u.groot ? ' (met `--groot`)' : ''}. Alles over loopback (127.0.0.1).`,
  );
  regels.push('');
  regels.push('Reproduceren: `npm run bench` (print de cijfers), `npm run bench -- --write` (schrijft dit bestand), `npm run bench -- --groot` (probeert daarna ook 100.000 zaken; zie 3 waarom dat met de lokale server niet lukt). De code staat in `bench/`.');
  regels.push('');
  regels.push('## Doelen');
  regels.push('');
  regels.push(tabel(['Doel', 'Gemeten', 'Oordeel'], doelen));
  regels.push('');

  regels.push('## Waarom niet gehaald, en wat eraan te doen is');
  regels.push('');
  if (afwijkend.length > 0) {
    regels.push(
      '- **Registreren leest twee keer.** Elke kaartactie is nu één point read en één voorwaardelijke write (het automatische vervolg van een besluit gaat in dezelfde write). ' +
        'Alleen registreren leest vooraf `hv-<formulierId>` (404: zo wordt een dubbele inzending één hulpvraag) en leest de zaak na de create opnieuw voor `doorgezet`; ' +
        'dat kan met de ETag uit `maak`, maar registreren is geen veelgebruikte actie.',
    );
  }
  regels.push(
    '- **Verhouding tot de echo-bot.** De echo-bot doet geen I/O. Een opdracht of invoke van de app doet 3–4 round trips naar Cosmos (de lokale server is JavaScript op dezelfde 2 kernen), ' +
      'valideert elk document met zod en vult een kaartsjabloon. Daarmee is 2×/3× de mediaan van een bot zonder opslag niet haalbaar; de absolute tijden (enkele tientallen ms) liggen ruim binnen wat Teams vraagt. ' +
      '`mijn casussen` leest en valideert 200 volledige documenten via een cross-partition query die de lokale server in het geheugen uitvoert; alleen de lijstvelden opvragen (projectie) zou dat verkleinen (niet gedaan).',
  );
  if (!(p99Gelijktijdig < 2_500) || b.eenKanaal.p99Ms > 5_000) {
    regels.push(
      '- **Invokes onder volle last.** Een klik werkt eerst de kaart in het schakelteamkanaal bij en antwoordt dan (zo houdt de klikker zijn eigen kaart in clients zonder gebruikersspecifieke weergave, zoals de Playground); ' +
        'die kaartupdate gaat in het verzendbudget vóór herinneringen en persoonlijke kaarten, die na het antwoord volgen. ' +
        `Bij ${b.opzet.clients} clients die onafgebroken besluiten is deze 2-kernmachine vol (bot, lokale Cosmos-server en lastgenerator delen de kernen; ±${getal(b.scenarios.find((x) => x.naam.includes('besluiten'))?.gelijktijdig.perSeconde ?? 0, 0)} besluiten/s): ` +
        `de staart is wachten op de processor. In één kanaal geldt bovendien Teams' limiet van 7 updates per seconde per gesprek (één kanaal, ${b.opzet.eenKanaalClients} clients: p99 ${ms(b.eenKanaal.p99Ms)} ms). ` +
        'Een schakelteam heeft twee leden; zo veel gelijktijdige besluiten in één kanaal komen in de praktijk niet voor.',
    );
  }
  regels.push(
    '- **Query-plan bij elke query.** De SDK vraagt voor elke query eerst een query-plan op (ook met partitiesleutel); een besluit kost zo 4 round trips aan kanaal-queries (`vanSchakelteam`, `persoonlijk`). ' +
      'Met een afleidbare document-id (bijv. `kanaal:schakelteam:<id>` en `kanaal:persoonlijk:<aadObjectId>`) worden dat twee point reads.',
  );
  regels.push('');
  regels.push('## 1. Beurtoverhead over HTTP');
  regels.push('');
  regels.push(
    `De echo-bot (\`bench/echo-bot.ts\`) gebruikt dezelfde opzet als de app: CloudAdapter zonder authenticatie en onze restify-server (\`src/http/server.ts\`); hij antwoordt op een bericht met één bericht aan de connector en op een invoke met een kaart. ` +
      `De app draait via \`startApp\` met \`LOCAL_DATA_DIR=':memory:'\` (de ingebouwde lokale Cosmos-server). Beide bots draaien in één apart proces (\`bench/bot-proces.ts\`); ` +
      `de lastgenerator en een kale nep-connector (\`bench/nep-kanaal.ts\`, zonder limieten) draaien in het hoofdproces. Per scenario: ${b.opzet.warmup} verzoeken opwarmen, ` +
      `${b.opzet.sequentieel} na elkaar, daarna ${b.opzet.clients} clients × ${b.opzet.perClient} verzoeken tegelijk (gesloten lus). Opgeslagen: ${b.opzet.zaken} zaken. ` +
      `\`mijn casussen\` wordt gevraagd door iemand die bij 200 zaken betrokken is; elke besluit-invoke krijgt een eigen verse zaak in \`bij_schakelteam\`, verspreid over 50 schakelteams (eigen kanaal en eigen IB'er). ` +
      `Een besluit werkt de kaart in het kanaal bij (PUT, binnen de beurt) en stuurt de IB'er een persoonlijke kaart (POST, direct na het antwoord op de invoke).`,
  );
  regels.push('');
  const rijen = b.scenarios.flatMap((s) => {
    const ref = referentie(b, s);
    return [
      [s.naam, 'na elkaar', ...reeksCellen(s.sequentieel, ref?.sequentieel)],
      [s.naam, `${b.opzet.clients} tegelijk`, ...reeksCellen(s.gelijktijdig, ref?.gelijktijdig)],
    ];
  });
  rijen.push(['invoke `hulpvraag.besluiten`, alle zaken in één schakelteam', `${b.opzet.eenKanaalClients} tegelijk`, ...reeksCellen(b.eenKanaal, echoInvoke?.gelijktijdig)]);
  regels.push(tabel(['Scenario', 'Last', 'Mediaan (ms)', 'p99 (ms)', 'Verzoeken/s', 'Mediaan t.o.v. echo', 'Fout'], rijen));
  regels.push('');
  regels.push(
    `Referenties: echo-bericht mediaan ${ms(echoBericht?.sequentieel.mediaanMs ?? Number.NaN)} ms, echo-invoke ${ms(echoInvoke?.sequentieel.mediaanMs ?? Number.NaN)} ms (na elkaar). ` +
      'De verhouding van opdrachten is t.o.v. het echo-bericht, die van invokes t.o.v. de echo-invoke (hetzelfde soort beurt).',
  );
  regels.push('');

  regels.push('## 2. Opslagkosten per use case');
  regels.push('');
  regels.push(
    'Geteld aan de serverkant van de ingebouwde Cosmos-server (Node\'s diagnostics channel `http.server.request.start`, `bench/meter.ts`): elk verzoek van de SDK is één round trip. ' +
      'De lokale server zet in elk antwoord `x-ms-request-charge: 1`, dus de RU-som is hier gelijk aan het aantal round trips; echte RU\'s meet dit niet. ' +
      'Gemeten in stabiele toestand (iedereen heeft de bot al eens gesproken, SDK-caches warm); de hele beurt telt mee, ook het bijhouden van de gespreksreferentie en het verzenden.',
  );
  regels.push('');
  regels.push(
    tabel(
      ['Use case', 'Hoe', 'Round trips (RU)', 'Zaak: wijzigingen', 'Zaak: reads', 'Zaak: voorwaardelijke writes', 'Zaak: create', 'Verdeling'],
      u.opslag.gevallen.map((x) => [
        x.naam,
        x.hoe,
        `${x.kosten.rondes} (${getal(x.kosten.ru, 0)})`,
        String(x.wijzigingen),
        String(x.zaakLezen),
        String(x.zaakVoorwaardelijk),
        String(x.zaakMaak),
        Object.entries(x.kosten.perContainerSoort)
          .map(([k, n]) => `${k} ${n}`)
          .join(', '),
      ]),
    ),
  );
  regels.push('');
  regels.push('Queries die de use cases stuurden (`pk` = met partitiesleutel, `cross` = over alle partities):');
  regels.push('');
  const uniek = new Map<string, { query: string; container: string; partitie: boolean; wie: string[] }>();
  for (const x of u.opslag.gevallen) {
    for (const q of x.kosten.queries) {
      const k = `${q.container}|${q.partitie}|${q.query}`;
      const bestaand = uniek.get(k);
      if (bestaand) bestaand.wie.push(x.naam);
      else uniek.set(k, { ...q, wie: [x.naam] });
    }
  }
  for (const q of uniek.values()) regels.push(`- ${q.container}, ${q.partitie ? 'pk' : 'cross'}: \`${q.query}\` (${q.wie.join(', ')})`);
  regels.push('');
  regels.push(
    'Elke query wordt voorafgegaan door een query-plan-verzoek van de SDK (`queryplan` in de verdeling): ook dat is een round trip naar de gateway.',
  );
  regels.push('');

  regels.push('## 3. Sweep-schaling');
  regels.push('');
  regels.push(
    'Eén sweep (`sweepHerinneringen`, met de echte Cosmos-adapters op de database van de app en de echte `TeamsVerzender`) op maandag 30 maart 2026 08:30, binnen het verzendvenster. ' +
      'De zaken lopen (regierol actief); 1% heeft de tussentijdse evaluatie op die dag, dus de sweep plant en verstuurt per verschuldigde zaak twee herinneringen (regierolhouder en IB\'er, elk een eigen persoon zonder bestaande 1:1-chat, dus inclusief het aanmaken van die chat). ' +
      `De overige 99% hebben hun evaluatie in juni en een \`volgendeDeadline\` na het sweepmoment (gecontroleerd met een COUNT vooraf). De zaken stapelen op (${alle.map((x) => x.zaken.toLocaleString('nl-NL')).join(', dan bijgevuld tot ')}), telkens met precies 1% verschuldigd. ` +
      'De sweep is die van de app zelf (`app.sweep(nu)` uit `startApp`, met de eigen planner uit: `SWEEP_INTERVAL_SECONDEN=0`), dus met de echte opslag, kaarten en `TeamsVerzender` (tenantdeel 50/s); de nep-connector heeft hier geen limieten. ' +
      'Elke nieuwe 1:1-chat kost twee Teams-verzoeken (aanmaken en bericht), dus de verzendfase loopt tegen de 50/s van de verzender aan: 200 herinneringen zijn minstens 8 s. ' +
      `\`SWEEP_MAX_PER_RONDE\` staat op ${m[0]?.maxPerSweep ?? '?'} (standaard 200) zodat één sweep al het verschuldigde werk doet; met de standaard gaat een grote achterstand over meerdere sweeps.`,
  );
  regels.push('');
  regels.push(
    tabel(
      ['Zaken', 'Verschuldigd', 'Sweep (ms)', 'waarvan plannen (ms)', 'Zoekquery op de server (ms)', 'Round trips', 'Per verschuldigde zaak', 'Verstuurd', 'Fouten', 'Vullen (s)'],
      alle.map((x) => x.fout !== undefined ? [x.zaken.toLocaleString('nl-NL'), `niet gemeten: ${x.fout}`, '', '', '', '', '', '', '', ''] : [
        x.zaken.toLocaleString('nl-NL'),
        String(x.verschuldigd),
        getal(x.sweepMs, 0),
        getal(x.planMs, 0),
        getal(x.zoekMs, 1),
        String(x.rondes),
        getal(x.rondes / Math.max(1, x.verschuldigd), 1),
        String(x.verslag.verzonden),
        String(x.verslag.fouten),
        getal(x.seedSeconden, 0),
      ]),
    ),
  );
  regels.push('');
  const laatste = m.at(-1);
  if (laatste) {
    regels.push(
      `Verdeling bij ${laatste.zaken.toLocaleString('nl-NL')} zaken: ${Object.entries(laatste.perSoort)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}. Queries: ${laatste.queries.map((q) => `\`${q.query}\` (${q.container}, ${q.partitie ? 'pk' : 'cross'}, ${q.aantal}×)`).join('; ')}.`,
    );
    regels.push('');
  }
  regels.push(
    'Waarom 100.000 zaken hier niet gaat: de lokale server beantwoordt een cross-partition query door alle documenten van de container in het geheugen te doorlopen, en dat wordt bij deze documenten sterk niet-lineair: ' +
      'bij 10.000 zaken duurt de COUNT/bereikquery ±0,2 s, bij 16.000 ±9 s en bij 20.000 ±30 s (losse meting op deze machine, zelfde documenten); daarboven overschrijdt één query de 60 s-timeout van de SDK. ' +
      'Dat is een grens van de lokale testserver, niet van de app: in Azure zoekt Cosmos `volgendeDeadline <= @nu` op in de index.',
  );
  regels.push('');
  regels.push(
    'Let op: de lokale Cosmos-server heeft geen echte indexen; hij doorzoekt voor elke query de hele container in het geheugen. De kolom "Zoekquery op de server" laat zien dat die ene bereikquery daardoor met de containergrootte meegroeit, ' +
      'terwijl het aantal round trips dat niet doet. In Azure beantwoordt Cosmos dezelfde query (`volgendeDeadline <= @nu`, standaard geïndexeerd) uit de index. Het aantal round trips per verschuldigde zaak is daarom de doelmaat, niet de tijd.',
  );
  regels.push('');

  regels.push('## 4. Verzenden tegen de limiet');
  regels.push('');
  regels.push(
    `${v.berichten.toLocaleString('nl-NL')} proactieve berichten naar ${v.gesprekken} 1:1-gesprekken (om en om), met de echte \`TeamsVerzender\` (tenantdeel 50/s, Teams' limieten per gesprek) via CloudAdapter naar de nep-connector van \`test/helpers/nep-connector.ts\`, ` +
      `die Teams' limieten afdwingt (7/1 s, 8/2 s, 60/30 s, 1800/uur per gesprek; 50/s per tenant) met 429 + Retry-After. ${v.parallel} verzendingen tegelijk (de standaard van de sweep).`,
  );
  regels.push('');
  regels.push(
    tabel(
      ['Berichten', 'Duur (s)', 'Bereikt (/s)', 'Plafond (/s)', 'Aandeel', 'Piek in 1 s', 'Verloren', 'Dubbel', '429 ontvangen', 'Niet verzonden'],
      [[String(v.berichten), getal(v.seconden, 1), getal(v.perSeconde, 1), String(v.plafond), `${getal(aandeel * 100, 1)}%`, String(v.piekPerSeconde), String(v.verloren), String(v.dubbel), String(v.status429), String(v.nietVerzonden)]],
    ),
  );
  regels.push('');

  regels.push('## 5. Geheugen');
  regels.push('');
  regels.push(
    'RSS van het botproces (`process.memoryUsage().rss`, na `gc()`): de app via `startApp` met de ingebouwde Cosmos-server in hetzelfde proces. Die server houdt alle documenten in het geheugen, dus "na de sweep" bevat vooral de opgeslagen zaken zelf; ' +
      'in Azure staan die in Cosmos DB en niet in het botproces.',
  );
  regels.push('');
  regels.push(
    tabel(
      ['Moment', 'RSS', 'Heap in gebruik'],
      [
        ['Leeg (na start)', mb(g.leeg.rss), mb(g.leeg.heapUsed)],
        ...(g.naSeed ? [[`Na vullen tot ${u.sweep.geheugenZaken.toLocaleString('nl-NL')} zaken`, mb(g.naSeed.rss), mb(g.naSeed.heapUsed)]] : []),
        ...(g.naSweep ? [['Direct na de sweep', mb(g.naSweep.rss), mb(g.naSweep.heapUsed)]] : []),
        ...(g.naSweepGc ? [['Na de sweep, na gc()', mb(g.naSweepGc.rss), mb(g.naSweepGc.heapUsed)]] : []),
      ],
    ),
  );
  regels.push('');
  return regels.join('\n');
}
