import { tekstOpmaak } from '../../src/app/herinnering-opmaak';
import { stelAgendaOp } from '../../src/domain/agenda';
import { AlgemeneCategorie } from '../../src/domain/agendapunten';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { STATUSSEN, Status } from '../../src/domain/route';
import { agendaKaart } from '../../src/teams/kaarten/agenda-kaart';
import { herinneringKaarten, teamNoKaart } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { loketKaart } from '../../src/teams/kaarten/loket-kaart';
import { controleerKaart } from '../helpers/kaarten';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { EXPERT_C_BETROKKENE, hulpvraagIn } from '../domain/fixtures';

/** Everything a person can type about a case, each value marked so a leak is recognised wherever it ends up. */
const VIJANDIG = 'VIJANDIG';
const v = (veld: string): string => `${VIJANDIG}-${veld} Jan Jansen heeft ADHD [klik hier](https://kwaad.example/${veld}) <b>x</b>`;

function vijandig(status: Status): Hulpvraag {
  const h = hulpvraagIn(status, { metHouder: true, metKandidaat: true, metToestemming: true });
  return {
    ...h,
    leerling: { ...h.leerling, referentie: v('referentie'), groep: v('groep') },
    vraag: v('vraag'),
    signalen: v('signalen'),
    geprobeerd: v('geprobeerd'),
    besluit: { soort: 'regierol', reden: v('besluitreden'), verwijsindex: { nodig: true, wie: v('verwijsindex') }, datum: '2026-03-05' },
    uitvraag: { gedaan: false, toelichting: v('uitvraag') },
    overdracht: { naar: EXPERT_C_BETROKKENE, reden: v('overdracht') },
    evaluaties: [{ soort: 'tussentijds', datum: '2026-04-21', doelBereikt: false, toelichting: v('evaluatie'), vervolg: 'doorgaan' }],
    stagnatie: { reden: v('stagnatiereden'), toelichting: v('stagnatietoelichting'), sinds: '2026-03-20T09:00:00.000Z' },
    teamNoBesluit: { besluit: v('teamnobesluit'), opdracht: v('opdracht'), aanbieder: v('aanbieder'), datum: '2026-04-01' },
    uitkomst: v('uitkomst'),
    afspraken: {
      overleg: '2026-03-24',
      acties: [{ id: 'a1', wat: v('afspraak'), wie: EXPERT_C_BETROKKENE, wanneer: '2026-04-01' }],
      terugkoppelingSchool: EXPERT_C_BETROKKENE,
      terugkoppelingOuders: EXPERT_C_BETROKKENE,
      casuscoordinator: EXPERT_C_BETROKKENE,
      verwijsindex: { melden: true, wie: EXPERT_C_BETROKKENE },
      vervolgbespreking: '2026-11-30',
    },
    plan: { opgesteld: '2026-03-21', gewijzigd: '2026-03-22', doelen: [{ id: 'd1', doel: v('doel'), acties: v('acties'), termijn: '2026-06-01', verantwoordelijke: v('verantwoordelijke') }] },
  };
}

/**
 * A general item has no text field at all (domain/agendapunten.ts); a stored category that is not one of the fixed
 * ones (a corrupted or forged document) must still not reach the channel.
 */
const vijandigPunt = {
  id: 'p1',
  categorie: v('categorie') as AlgemeneCategorie,
  door: { tenantId: 't', aadObjectId: 'a', naam: 'Sanne Bakker' },
  vergaderdatum: '2026-11-30',
  toegevoegd: '2026-11-20T09:00:00.000Z',
};

/** Every card the bot posts where a whole channel (schakelteam, Team NO, Loket) sees it. */
function kanaalkaarten(h: Hulpvraag): Record<string, unknown> {
  const herinnering = herinneringKaarten(false, STANDAARD_HERINNERINGSINSTELLINGEN);
  const escalatie = { soort: 'escalatie_team_no', ontvanger: { soort: 'kanaal' } } as unknown as Parameters<typeof herinnering.herinnering>[0];
  return {
    'schakelteamkanaal: casuskaart': hulpvraagKaarten(false, STANDAARD_HERINNERINGSINSTELLINGEN).voorKanaal(h),
    'Team NO-kanaal: escalatie': teamNoKaart(h, true),
    'Team NO-kanaal: escalatie in place': teamNoKaart(h, false),
    'Loket-kanaal: naar het Loket': loketKaart({ ...h, loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'overdracht', vorigeHouder: EXPERT_C_BETROKKENE, weging: { lijn: 'tweede', aanbieder: v('aanbieder'), start: '2026-05-01' } } }, true, STANDAARD_HERINNERINGSINSTELLINGEN),
    'Team NO-kanaal: escalatieherinnering': herinnering.herinnering(escalatie, h).kaart,
    'schakelteamkanaal: agenda': agendaKaart('Schakelteam Zuid', stelAgendaOp([h], { datum: '2026-11-30', tijd: '14:00' }, [vijandigPunt])),
  };
}

describe('geen kanaalkaart bevat tekst die iemand typte', () => {
  const gevallen = STATUSSEN.flatMap((status) => Object.keys(kanaalkaarten(vijandig(status))).map((naam) => [status, naam] as const));

  it.each(gevallen)('%s: %s', (status, naam) => {
    const kaart = kanaalkaarten(vijandig(status))[naam];
    expect(kaart).toBeDefined();
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).not.toContain(VIJANDIG);
    expect(tekst).not.toContain('Jan Jansen');
    expect(tekst).not.toContain('ADHD');
    expect(tekst).not.toContain('kwaad.example');
  });
});

describe('ook de tekstvorm van een kanaalbericht bevat geen getypte tekst', () => {
  const escalatie = { soort: 'escalatie_team_no', ontvanger: { soort: 'kanaal', kanaalSoort: 'team_no' } } as unknown as Parameters<typeof tekstOpmaak.herinnering>[0];

  it.each(STATUSSEN)('%s: Team NO-kanaal, escalatieherinnering als tekst', (status) => {
    const tekst = JSON.stringify(tekstOpmaak.herinnering(escalatie, vijandig(status)));
    expect(tekst).toContain('Stagnatie bij hulpvraag');
    expect(tekst).not.toContain(VIJANDIG);
    expect(tekst).not.toContain('Jan Jansen');
  });
});
