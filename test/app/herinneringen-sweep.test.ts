import { STANDAARD, STANDAARD_TERMIJNEN, STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { tekstOpmaak } from '../../src/app/herinnering-opmaak';
import { SweepDeps, samenvatting, sweepHerinneringen } from '../../src/app/herinneringen-sweep';
import { ProactieveVerzender } from '../../src/app/ports';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Kanaal } from '../../src/domain/kanaal';
import { stilleLogger } from '../../src/log';
import { ECHTE_RANDEN, TeamsVerzender } from '../../src/proactief/teams-verzender';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosHerinneringOpslag } from '../../src/store/herinnering-opslag';
import { CosmosHulpvraagOpslag } from '../../src/store/hulpvraag-opslag';
import { CosmosKanaalOpslag } from '../../src/store/kanaal-opslag';
import { CosmosMededelingOpslag } from '../../src/store/mededeling-opslag';
import { CosmosPostberichtOpslag } from '../../src/store/postbericht-opslag';
import { CosmosSchakelteamOpslag } from '../../src/store/schakelteam-opslag';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { LokaleCosmos } from '../../src/store/lokale-cosmos';
import { TEAM_NO_1, TENANT, alsBetrokkene, hulpvraagIn } from '../domain/fixtures';
import { NepConnector, startNepConnector } from '../helpers/nep-connector';
import { startTestCosmos, testAuditor } from '../helpers/opslag';

let cosmos: LokaleCosmos;
let nep: NepConnector;
let hulpvragen: CosmosHulpvraagOpslag;
let herinneringen: CosmosHerinneringOpslag;
let kanalen: CosmosKanaalOpslag;
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));

function deps(instantie: string, verzender?: ProactieveVerzender): SweepDeps {
  return {
    hulpvragen,
    herinneringen,
    kanalen,
    verzender: verzender ?? new TeamsVerzender(adapter, kanalen, { botAppId: '', botId: '28:bot', tenantLimietPerInstantie: 25 }, ECHTE_RANDEN),
    opmaak: tekstOpmaak,
    termijnen: STANDAARD_TERMIJNEN,
    instellingen: STANDAARD_HERINNERINGSINSTELLINGEN,
    instantie,
    verzending: STANDAARD.sweep,
    auditor: testAuditor(cosmos.database),
  };
}

const sweep = (nu: string, instantie = 'A', verzender?: ProactieveVerzender) => sweepHerinneringen(deps(instantie, verzender), new Date(nu));

/** With the outbox, which carries the "did not arrive" message of a reminder. */
function metUitgaand(d: SweepDeps): SweepDeps {
  const container = cosmos.database.container(CONTAINERS.herinneringen.name);
  const klok = { nu: () => new Date('2026-03-30T06:00:00Z') };
  const uitgaand = {
    ...d,
    postberichten: new CosmosPostberichtOpslag(container, stilleLogger),
    mededelingen: new CosmosMededelingOpslag(container, stilleLogger),
    schakelteams: new CosmosSchakelteamOpslag(cosmos.database.container(CONTAINERS.kanalen.name)),
    kaarten: hulpvraagKaarten(false, STANDAARD.herinneringen),
    klok,
    log: stilleLogger,
    verzending: STANDAARD.uitgaand,
  };
  return { ...d, uitgaand };
}

function kanaal(id: string, soort: Kanaal['soort'], extra: Partial<Kanaal> = {}): Kanaal {
  return {
    id,
    tenantId: TENANT,
    soort,
    naam: id,
    referentie: { serviceUrl: nep.serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
    bruikbaar: true,
    bijgewerkt: '2026-03-01T09:00:00.000Z',
    ...extra,
  };
}

/** A running case (regierol: Ahmed SMW, IB'er: Ineke) with the tussentijdse evaluatie on Monday 30 March 2026. */
function lopendeZaak(id: string, tussentijds = '2026-03-30'): Hulpvraag {
  return {
    ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }),
    id,
    nummer: `HV-2025-${id}`,
    regierolSinds: '2026-02-16T09:00:00.000Z',
    laatsteVoortgang: '2026-03-20T09:00:00.000Z',
    evaluatiedata: { tussentijds, eind: '2026-05-16' },
  };
}

/** Texts that arrived per conversation. */
function aangekomen(): Record<string, string[]> {
  const per: Record<string, string[]> = {};
  for (const o of nep.ontvangen) (per[o.gesprek] ??= []).push(String(o.activiteit.text));
  return per;
}

beforeEach(async () => {
  cosmos = await startTestCosmos();
  nep = await startNepConnector();
  hulpvragen = new CosmosHulpvraagOpslag(cosmos.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
  herinneringen = new CosmosHerinneringOpslag(cosmos.database.container(CONTAINERS.herinneringen.name), stilleLogger);
  kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
  await kanalen.bewaar(kanaal('19:schakelteam', 'schakelteam', { schakelteamId: 'st-regenboog' }));
  await kanalen.bewaar(kanaal('19:teamno', 'team_no', { leden: [alsBetrokkene(TEAM_NO_1, 'team_no')] }));
});
afterEach(async () => {
  await nep.stop();
  await cosmos.stop();
});

describe('herinneringen-sweep', () => {
  it('herinnert op de juiste werkdagen over de zomertijd heen, wacht op het venster en escaleert een achterstallige evaluatie', async () => {
    await hulpvragen.maak(lopendeZaak('dst'));
    const HOUDER = 'a:1:1-aad-smw';
    const IB = 'a:1:1-aad-ib';

    expect((await sweep('2026-03-24T12:00:00Z')).verzonden).toBe(0);
    expect((await sweep('2026-03-25T06:59:00Z')).verzonden).toBe(0); // 07:59 CET: window still closed
    expect(samenvatting(await sweep('2026-03-25T07:00:00Z'))).toMatch(/^Sweep 2026-03-25T07:00:00.000Z: 2 herinneringen verstuurd, 0 mislukt/);
    expect(aangekomen()[HOUDER]).toEqual([expect.stringContaining('staat op 30 maart 2026')]);
    expect(nep.aangemaakt.map((a) => a.leden[0]).sort()).toEqual(['aad-ib', 'aad-smw']);

    expect((await sweep('2026-03-27T12:00:00Z')).verzonden).toBe(0);
    expect((await sweep('2026-03-30T06:00:00Z')).verzonden).toBe(2); // Monday 08:00 CEST
    expect(aangekomen()[IB]?.[1]).toMatch(/^Vandaag staat de tussentijdse evaluatie/);

    // 7 April 19:30 CEST: the overdue reminder is planned but waits for the window; no sweep the next morning at 08:00…
    const avond = await sweep('2026-04-07T17:30:00Z');
    expect(avond).toMatchObject({ aangemaakt: 2, verzonden: 0 });
    // …a late sweep on 8 April still sends it (nothing due is skipped), once.
    expect((await sweep('2026-04-08T11:00:00Z')).verzonden).toBe(2);
    expect((await sweep('2026-04-08T11:05:00Z')).verzonden).toBe(0);
    expect(aangekomen()[HOUDER]).toHaveLength(3);

    expect((await sweep('2026-04-14T06:00:00Z')).verzonden).toBe(2); // 10 working days over (Tweede Paasdag skipped)
    const escalatie = await sweep('2026-04-15T06:00:00Z');
    expect(escalatie).toMatchObject({ stagnaties: 1, verzonden: 1 });
    const zaak = (await hulpvragen.lees('st-regenboog', 'dst'))?.waarde;
    expect(zaak).toMatchObject({ status: 'stagnatie_team_no', stagnatie: { regel: 'evaluatie_achterstallig' } });
    expect(zaak?.betrokkenen.some((b) => b.rol === 'team_no' && b.aadObjectId === TEAM_NO_1.aadObjectId)).toBe(true);
    expect(zaak?.geschiedenis.at(-1)).toMatchObject({ wat: 'stagnatie_gemeld', door: { aadObjectId: 'systeem' } });
    expect(aangekomen()['19:teamno']).toEqual([expect.stringContaining('Stagnatie bij hulpvraag HV-2025-dst')]);

    // Idempotent: again at the same moment and later that day nothing new.
    expect(await sweep('2026-04-15T06:00:00Z', 'B')).toMatchObject({ stagnaties: 0, verzonden: 0 });
    expect((await sweep('2026-04-15T10:00:00Z')).verzonden).toBe(0);
    // Team NO is reminded after 5 working days while it has not decided.
    expect((await sweep('2026-04-22T06:00:00Z')).verzonden).toBe(1);
    expect(aangekomen()['19:teamno']).toHaveLength(2);
  });

  it('twee sweepers tegelijk versturen elke herinnering precies één keer', async () => {
    for (const id of ['c1', 'c2', 'c3']) await hulpvragen.maak(lopendeZaak(id));
    const [a, b] = await Promise.all([sweep('2026-03-30T06:30:00Z', 'A'), sweep('2026-03-30T06:30:00Z', 'B')]);
    expect(a.verzonden + b.verzonden).toBe(6);
    expect(a.aangemaakt + b.aangemaakt).toBe(6);
    const teksten = nep.ontvangen.map((o) => `${o.gesprek}|${String(o.activiteit.text)}`);
    expect(teksten).toHaveLength(6);
    expect(new Set(teksten).size).toBe(6);
    const docs = await herinneringen.vanHulpvraag('c1');
    expect(docs.map((d) => d.status)).toEqual(['verzonden', 'verzonden']);
    expect(docs.every((d) => d.pogingen.length === 1)).toBe(true);
  });

  it('een sweeper die claimt en dan sterft: na de lease verstuurt een ander het', async () => {
    await hulpvragen.maak(lopendeZaak('dood'));
    // A sender that never answers; both claims are on the documents once it has been asked twice.
    let gevraagd = 0;
    let beideGevraagd: () => void = () => undefined;
    const tweeKeer = new Promise<void>((resolve) => (beideGevraagd = resolve));
    const hangt: ProactieveVerzender = {
      stuur: () => {
        if (++gevraagd === 2) beideGevraagd();
        return new Promise(() => undefined);
      },
      werkBij: () => new Promise(() => undefined),
    };
    void sweep('2026-03-30T06:00:00Z', 'A', hangt);
    await tweeKeer;
    const geclaimd = await herinneringen.vanHulpvraag('dood');
    expect(geclaimd.map((d) => `${d.status}:${d.claimedBy ?? ''}`)).toEqual(['geclaimd:A', 'geclaimd:A']);

    expect((await sweep('2026-03-30T06:05:00Z', 'B')).verzonden).toBe(0); // lease still running
    expect((await sweep('2026-03-30T06:10:00Z', 'B')).verzonden).toBe(2);
    expect(nep.ontvangen).toHaveLength(2);
    const klaar = await herinneringen.vanHulpvraag('dood');
    expect(klaar.map((d) => d.status)).toEqual(['verzonden', 'verzonden']);
    expect(klaar[0]?.pogingen).toEqual([expect.objectContaining({ door: 'B', uitkomst: 'verzonden' })]);
  });

  it('403 op het 1:1-gesprek: herinnering mislukt met reden, gesprek onbruikbaar, schakelteam krijgt bericht', async () => {
    await hulpvragen.maak(lopendeZaak('blok'));
    await kanalen.bewaar(kanaal('a:1:1-aad-ib', 'persoonlijk', { aadObjectId: 'aad-ib' }));
    nep.blokkeer('a:1:1-aad-ib', 403, 'ConversationBlockedByUser');
    const verslag = await sweepHerinneringen(metUitgaand(deps('A')), new Date('2026-03-30T06:00:00Z'));
    expect(verslag).toMatchObject({ verzonden: 1, onbruikbaar: 1 });
    expect(await kanalen.lees(TENANT, 'a:1:1-aad-ib')).toMatchObject({ bruikbaar: false });
    const doc = (await herinneringen.vanHulpvraag('blok')).find((d) => d.ontvanger.soort === 'persoon' && d.ontvanger.aadObjectId === 'aad-ib');
    expect(doc).toMatchObject({ status: 'mislukt', pogingen: [{ uitkomst: 'onbruikbaar', reden: '403 ConversationBlockedByUser' }] });
    expect(aangekomen()['19:schakelteam']).toEqual([expect.stringContaining('kon niet bij Ineke IB worden bezorgd')]);
    // The case's history says what did not arrive, once (issue 10: the outbox's rule holds for reminders too).
    await sweep('2026-03-30T07:00:00Z');
    const regels = (await hulpvragen.lees('st-regenboog', 'blok'))?.waarde.geschiedenis.filter((r) => r.wat === 'bericht_niet_aangekomen');
    expect(regels?.map((r) => r.details)).toEqual([expect.objectContaining({ bericht: doc?.id, soort: 'herinnering evaluatie_vandaag', gemeld: 'schakelteamkanaal' })]);
  });

  it('een vastgelegde evaluatie laat een geplande herinnering vervallen', async () => {
    await hulpvragen.maak(lopendeZaak('vast'));
    await sweep('2026-03-30T05:00:00Z'); // 07:00 CEST: planned, not sent
    const { waarde, etag } = (await hulpvragen.lees('st-regenboog', 'vast')) ?? fail('hulpvraag weg');
    await hulpvragen.vervang({ ...waarde, evaluaties: [{ soort: 'tussentijds', datum: '2026-03-30', doelBereikt: true, toelichting: '', vervolg: 'doorgaan' }] }, etag);
    expect(await sweep('2026-03-30T06:00:00Z')).toMatchObject({ verzonden: 0, vervallen: 2 });
  });
});
