/**
 * Nothing technical on any card (issue 13): no codes, ids, ISO dates, internal or English state names. Every template
 * in cards/ is produced here the way the bot produces it, for every state of a case and every viewer who can get it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { stelAgendaOp } from '../../src/domain/agenda';
import { Auditregel, CLIENTS, Client, HANDELINGEN, Handeling } from '../../src/domain/audit';
import { HERINNERING_SOORTEN } from '../../src/domain/herinneringen';
import { Herinnering } from '../../src/domain/herinnering-status';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Persoon } from '../../src/domain/personen';
import { stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { STATUSSEN, Status } from '../../src/domain/route';
import { Container } from '../../src/teams/dialogen/dialoog';
import { DIALOGEN } from '../../src/teams/dialogen/register';
import { registratieStart } from '../../src/teams/dialogen/registratie-dialoog';
import { agendaKaart } from '../../src/teams/kaarten/agenda-kaart';
import { casussenKaart } from '../../src/teams/kaarten/casussen-kaart';
import { exportKaart } from '../../src/teams/kaarten/export-kaart';
import { helpKaart } from '../../src/teams/kaarten/help-kaart';
import { herinneringKaarten, teamNoKaart } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { koppelBevestiging, koppelKaart, ledenlijst } from '../../src/teams/kaarten/koppel-kaart';
import { loketKaart } from '../../src/teams/kaarten/loket-kaart';
import { KaartNaam } from '../../src/teams/kaarten/modellen';
import { registratieKaart } from '../../src/teams/kaarten/registratie-kaart';
import { COMMANDOS } from '../../src/teams/register';
import { VERBS } from '../../src/teams/verbs';
import { dialoogContext } from '../helpers/dialoog-context';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { technischeResten } from '../helpers/kaarten';
import { BUITENSTAANDER, EXPERT_A, EXPERT_B, EXPERT_C_BETROKKENE, IB, IB_BETROKKENE, SF, SF_BETROKKENE, TEAM_NO_1, alsBetrokkene, hulpvraagIn } from '../domain/fixtures';

const KIJKERS: Record<string, Persoon> = { ib: IB, schakelfunctionaris: SF, houder: EXPERT_A, kandidaat: EXPERT_B, teamNo: TEAM_NO_1, buitenstaander: BUITENSTAANDER };

/** A case in `status` with everything the route can have collected by then: plan, evaluations, decisions, consent. */
function volledig(status: Status, variant: 'gegeven' | 'geweigerd' | 'loket'): Hulpvraag {
  const h = hulpvraagIn(status, { metToestemming: status !== 'geregistreerd' && status !== 'bij_schakelteam', ...(variant === 'loket' ? { besluit: 'loket' } : {}) });
  const plan = stelPlanOp(undefined, [{ doel: 'Weer elke ochtend naar school', acties: 'Dagstart met de mentor', termijn: '2026-06-01', verantwoordelijke: 'Ahmed SMW' }], new Set(), '2026-03-21').plan;
  return {
    ...h,
    betrokkenen: [...h.betrokkenen, alsBetrokkene(TEAM_NO_1, 'team_no')],
    ...(h.toestemming && variant === 'geweigerd' ? { toestemming: { ...h.toestemming, status: 'geweigerd' as const } } : {}),
    ...(h.evaluatiedata
      ? {
          plan,
          evaluaties: [{ soort: 'tussentijds' as const, datum: '2026-04-21', doelBereikt: false, toelichting: 'Drie van vijf dagen', vervolg: 'bijstellen' as const }],
          laatsteVoortgang: '2026-04-20T09:00:00.000Z',
        }
      : {}),
    ...(status === 'stagnatie_team_no' ? { stagnatie: { reden: 'Wachtlijst', toelichting: 'Twaalf weken', sinds: '2026-03-20T09:00:00.000Z', regel: 'evaluatie_achterstallig', lopend: { soort: 'overdracht' as const, naar: EXPERT_C_BETROKKENE, reden: 'Andere expertise' } } } : {}),
    ...(variant === 'loket'
      ? { loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'overdracht' as const, aangekomen: '2026-03-06T09:00:00.000Z', vorigeHouder: EXPERT_C_BETROKKENE, ...(h.evaluatiedata ? { genomen: '2026-03-10T09:00:00.000Z', weging: { lijn: 'tweede' as const, aanbieder: 'Jeugdhulp Zuid', start: '2026-05-01' } } : {}) } }
      : {}),
    ...(status === 'gesloten' || status === 'terug_voor_afsluiting' ? { teamNoBesluit: { besluit: 'Ambulante hulp', opdracht: 'Start', aanbieder: 'Jeugdhulp Zuid', datum: '2026-04-01', lopend: 'vervalt' as const } } : {}),
  };
}

const GEVALLEN = STATUSSEN.flatMap((status) => (['gegeven', 'geweigerd', 'loket'] as const).map((variant) => [status, variant] as const));

/** What a person reads of a form's answer: the card, or the sentence instead of it. */
const alsKaart = (tekst: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: tekst }] });

/** Every card (and sentence) the bot can show about this case, named by its template, for every viewer. */
async function kaartenOver(h: Hulpvraag): Promise<[KaartNaam | 'tekst', string, unknown][]> {
  const uit: [KaartNaam | 'tekst', string, unknown][] = [];
  const herinnering = herinneringKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN);
  for (const [naam, kijker] of [...Object.entries(KIJKERS), ['kanaal', undefined] as const]) {
    uit.push(['hulpvraag', naam, hulpvraagKaart(h, kijker, { dialogen: naam === 'ib', beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN })]);
    if (kijker) uit.push(['casussen', naam, casussenKaart({ hulpvragen: [h], ingekort: true }, kijker, STANDAARD_HERINNERINGSINSTELLINGEN)]);
    if (kijker) uit.push(['beurt', `${naam}: uw beurt`, hulpvraagKaarten(naam === 'ib', STANDAARD_HERINNERINGSINSTELLINGEN).voorPersoon(h, kijker, 'Het schakelteam heeft besloten. Leg de toestemming vast.')]);
    for (const soort of HERINNERING_SOORTEN) {
      const ontvanger = kijker ? { soort: 'persoon' as const, ...kijker, rol: 'regierolhouder' as const } : { soort: 'kanaal' as const, kanaalSoort: 'loket' as const };
      const r = { soort, ontvanger, datum: '2026-04-21', evaluatie: { soort: 'tussentijds', datum: '2026-04-21' } } as unknown as Herinnering;
      const bericht = herinnering.herinnering(r, h);
      uit.push(bericht.kaart ? [soort === 'escalatie_team_no' ? 'teamno' : 'beurt', `${naam}: herinnering ${soort}`, bericht.kaart] : ['tekst', `${naam}: herinnering ${soort}`, alsKaart(bericht.tekst ?? '')]);
    }
    if (!kijker) continue;
    for (const dialoog of DIALOGEN) {
      for (const container of ['dialoog', 'kaart'] as Container[]) {
        const data = { dialoog: dialoog.naam, hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie, formulierId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
        for (const stap of ['open', 'verstuur'] as const) {
          const uitkomst = await dialoog[stap](dialoogContext(h, kijker), data, container);
          const waar = `${naam}: ${dialoog.naam} ${stap} (${container})`;
          uit.push(uitkomst.soort === 'bericht' ? ['tekst', waar, alsKaart(uitkomst.tekst)] : [uitkomst.soort === 'klaar' ? 'hulpvraag' : dialoog.sjabloon, waar, uitkomst.kaart]);
        }
      }
    }
  }
  uit.push(['teamno', 'Team NO-kanaal (dialoog)', teamNoKaart(h, true)], ['teamno', 'Team NO-kanaal (in place)', teamNoKaart(h, false)]);
  uit.push(['loket', 'Loket-kanaal (dialoog)', loketKaart(h, true, STANDAARD_HERINNERINGSINSTELLINGEN)], ['loket', 'Loket-kanaal (in place)', loketKaart(h, false, STANDAARD_HERINNERINGSINSTELLINGEN)]);
  uit.push(['agenda', 'schakelteamkanaal', agendaKaart('Zuid', stelAgendaOp([h], { datum: '2026-04-27', tijd: '14:00' }))]);
  // An access request (beheer export): the record and its audit trail, every kind of line.
  const regel = (handeling: Handeling, wat: string, via: Client, i: number): Auditregel => ({ id: `a${i}`, onderwerp: `hulpvraag:${h.id}`, tenantId: h.tenantId, tijdstip: `2026-04-2${i % 10}T0${i % 10}:15:00.000Z`, wie: IB, handeling, wat, via, ...(i % 2 ? { namens: 'inzageverzoek ouders' } : {}) });
  const audit = HANDELINGEN.flatMap((handeling, i) => CLIENTS.map((via, j) => regel(handeling, ['kaart bekeken', 'besluit+toestemming_gevraagd', 'formulier geopend', 'stagnatie_gemeld', 'koppel schakelteam', 'referentie'][j] ?? 'casus', via, i + j)));
  uit.push(['melding', 'beheer export', exportKaart(h, audit, '2026-04-22')]);
  return uit;
}

describe('geen technische resten op welke kaart dan ook, in elke status, voor elke kijker', () => {
  const gedekt = new Set<string>();

  it.each(GEVALLEN)('%s (toestemming/besluit: %s)', async (status, variant) => {
    const resten = (await kaartenOver(volledig(status, variant))).flatMap(([sjabloon, waar, kaart]) => {
      gedekt.add(sjabloon);
      return technischeResten(kaart).map((rest) => `${sjabloon} · ${waar}: ${rest}`);
    });
    expect(resten).toEqual([]);
  });

  it('kaarten zonder casus: help, koppelen, bevestiging, registratie en de start ervan', () => {
    const leden = [IB_BETROKKENE, SF_BETROKKENE, alsBetrokkene(IB, 'schakelfunctionaris')];
    const kaarten: [KaartNaam, unknown][] = [
      ['help', helpKaart(COMMANDOS, false)],
      ['help', helpKaart(COMMANDOS, true)],
      ...(['schakelteam', 'team_no', 'loket'] as const).map((soort): [KaartNaam, unknown] => ['koppelen', koppelKaart(soort, 'Kies minstens één lid.', {}, soort === 'team_no' ? 'Noord' : '')]),
      ['melding', koppelBevestiging('Schakelteam "Zuid" is gekoppeld', [{ titel: 'Leden', waarde: ledenlijst(leden) }])],
      ['dialoogstart', registratieStart()],
      ['registratie', registratieKaart([{ id: 'st-1', tenantId: 't', naam: 'Zuid', scholen: ['OBS De Regenboog'], onderwijs: 'PO', leden }], { groep: 'groep 6' }, { inDialoog: false, verb: VERBS.registreren, data: {} }, { referentie: 'Dit lijkt op een naam.' })],
    ];
    for (const [sjabloon, kaart] of kaarten) {
      gedekt.add(sjabloon);
      expect({ sjabloon, resten: technischeResten(kaart) }).toEqual({ sjabloon, resten: [] });
    }
  });

  it('elk sjabloon in cards/ is hierboven gecontroleerd', () => {
    const sjablonen = readdirSync(path.resolve(__dirname, '../../cards')).map((b) => b.replace(/\.json$/, ''));
    expect(sjablonen.filter((s) => !gedekt.has(s))).toEqual([]);
  });
});
