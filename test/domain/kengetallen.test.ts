import { Hulpvraag } from '../../src/domain/hulpvraag';
import { kwartaal, kwartaalGrenzen, kwartaalcijfers, schakelteamKengetallen } from '../../src/domain/kengetallen';
import { kwartaalCsv } from '../../src/domain/kwartaal-csv';
import { duren, mijlpalen } from '../../src/domain/routeklok';
import { STANDAARD_FEESTDAGEN } from '../../src/domain/werkdagen';
import { werkvoorraad } from '../../src/domain/werkvoorraad';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';
import { BUITENSTAANDER, EXPERT_A, IB, SF, alsBetrokkene, geregistreerdeHulpvraag, hulpvraagIn } from './fixtures';

const NORMEN = { loketWerkdagen: 5, hulpGestartWeken: 8 };
const OMGEVING = {
  limieten: STANDAARD_HERINNERINGSINSTELLINGEN.stagnatie,
  venster: STANDAARD_HERINNERINGSINSTELLINGEN.venster,
  feestdagen: STANDAARD_HERINNERINGSINSTELLINGEN.feestdagen,
};
const besluit = (soort: 'regierol' | 'loket', datum: string) => ({ soort, reden: 'r', verwijsindex: { nodig: false }, datum });
const regel = (wat: string, tijdstip: string) => ({ tijdstip, door: { tenantId: IB.tenantId, aadObjectId: IB.aadObjectId, naam: IB.naam }, wat, details: {} });

/** Fixed cases around the start of the second quarter of 2026 (summer time began on 29 March). */
function casus(id: string, velden: Partial<Hulpvraag>): Hulpvraag {
  return { ...geregistreerdeHulpvraag({ id, nummer: `HV-2026-${id}` }), status: 'regierol_actief', geschiedenis: [], ...velden };
}
// 00:30 on 1 April in Amsterdam (CEST): the second quarter, although it is still 31 March in UTC.
const A = casus('A', { aangemaakt: '2026-03-31T22:30:00Z', besluit: besluit('loket', '2026-04-02'), regierolSinds: '2026-04-09T07:00:00Z' });
// 23:59 on 31 March in Amsterdam: the first quarter; its decision on 3 April ends a step in the second.
const B = casus('B', { aangemaakt: '2026-03-31T21:59:00Z', status: 'besloten_regierol', besluit: besluit('regierol', '2026-04-03') });
const C = casus('C', { aangemaakt: '2026-04-15T09:00:00Z', status: 'bij_schakelteam', school: 'Het Kompas' });
// Sent to the Loket on Friday 1 May; Bevrijdingsdag (5 May) is no working day, so the answer on 13 May took 7.
const D = casus('D', {
  aangemaakt: '2026-05-01T09:00:00Z',
  school: 'Het Kompas',
  besluit: besluit('loket', '2026-05-01'),
  regierolSinds: '2026-05-13T08:00:00Z',
  // The Team NO decision at 00:30 on 1 July (CEST) belongs to the third quarter.
  geschiedenis: [regel('stagnatie_gemeld', '2026-05-08T10:00:00Z'), regel('team_no_besluit', '2026-06-30T22:30:00Z')],
});
const NU = new Date('2026-07-15T10:00:00Z');

describe('routeklok', () => {
  it('reads milestones in Amsterdam time: 23:30 UTC on 28 March is 29 March', () => {
    expect(mijlpalen(casus('x', { aangemaakt: '2026-03-28T23:30:00Z' })).geregistreerd).toBe('2026-03-29');
  });

  it('counts the Loket in working days: Easter Monday and Bevrijdingsdag do not count', () => {
    expect(duren(A, '2026-07-15', STANDAARD_FEESTDAGEN)).toEqual([
      { stap: 'besluit', waarde: 1, tot: '2026-04-02' },
      { stap: 'hulp_gestart', waarde: 8, tot: '2026-04-09' },
      { stap: 'loket', waarde: 4, tot: '2026-04-09' },
    ]);
    expect(duren(D, '2026-07-15', STANDAARD_FEESTDAGEN).find((d) => d.stap === 'loket')?.waarde).toBe(7);
  });

  it('shows a running wait for the Loket as overbruggingszorg', () => {
    const wacht = casus('W', { status: 'regierol_aangeboden', aangemaakt: '2026-05-01T09:00:00Z', besluit: besluit('loket', '2026-05-04') });
    expect(duren(wacht, '2026-06-01', STANDAARD_FEESTDAGEN)).toContainEqual({ stap: 'overbrugging', waarde: 28, tot: '2026-06-01' });
  });
});

describe('kwartaalcijfers', () => {
  const k = kwartaal('2026-K2');

  it('has quarter bounds at midnight in Amsterdam, in summer time', () => {
    expect(k && kwartaalGrenzen(k)).toEqual({ van: new Date('2026-03-31T22:00:00Z'), tot: new Date('2026-06-30T22:00:00Z') });
    expect(kwartaal('2026-K5')).toBeUndefined();
  });

  it('gives exact figures for the second quarter of 2026', () => {
    if (!k) throw new Error('kwartaal');
    const c = kwartaalcijfers([A, B, C, D], k, NU, NORMEN, OMGEVING);
    expect(c.nieuw).toBe(3);
    expect(c.nieuwPerSchool).toEqual([
      { school: 'De Regenboog', totaal: 1, perBesluit: { regierol: 0, expertiseteam: 0, loket: 1, basisondersteuning: 0, geen: 0 } },
      { school: 'Het Kompas', totaal: 2, perBesluit: { regierol: 0, expertiseteam: 0, loket: 1, basisondersteuning: 0, geen: 1 } },
    ]);
    expect(c.regierolActief).toBe(2);
    expect(c.stagnaties).toBe(1);
    expect(c.teamNoBesluiten).toBe(0);
    const stap = (naam: string) => c.doorlooptijden.find((v) => v.stap === naam);
    expect(stap('besluit')).toEqual({ stap: 'besluit', aantal: 3, mediaan: 1, p90: 3, max: 3 });
    expect(stap('loket')).toEqual({ stap: 'loket', aantal: 2, mediaan: 4, p90: 7, max: 7, norm: 5, binnenNorm: 1 });
    expect(stap('hulp_gestart')).toEqual({ stap: 'hulp_gestart', aantal: 2, mediaan: 8, p90: 12, max: 12, norm: 56, binnenNorm: 2 });
    expect(c.doorlooptijden.some((v) => v.stap === 'overbrugging')).toBe(false);
  });

  it('exports aggregates only, as semicolon CSV with a byte order mark', () => {
    if (!k) throw new Error('kwartaal');
    const csv = kwartaalCsv(kwartaalcijfers([A, B, C, D], k, NU, NORMEN, OMGEVING));
    const regels = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(regels[0]).toBe('"kwartaal";"onderdeel";"school";"soort";"waarde"');
    expect(regels).toContain('"2026-K2";"Nieuwe hulpvragen";"Het Kompas";"Nog geen besluit";1');
    expect(regels).toContain('"2026-K2";"Doorlooptijd: Antwoord van het Loket";"Alle scholen";"Binnen norm (5 werkdagen)";1');
    expect(regels).toContain('"2026-K2";"Regierol actief (van de nieuwe)";"Alle scholen";"Procent";67');
    expect(csv).not.toMatch(/HV-2026|LL-1234|Ineke/);
  });
});

describe('schakelteamKengetallen', () => {
  it('counts open cases per state, holder and turn, overdue evaluations and stagnations', () => {
    const houder = { ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }), laatsteVoortgang: '2026-04-20T09:00:00Z' };
    const gestagneerd = { ...hulpvraagIn('stagnatie_team_no'), id: 'hv-2' };
    const k = schakelteamKengetallen([houder, gestagneerd, { ...B, status: 'gesloten' }], new Date('2026-04-23T10:00:00Z'), NORMEN, OMGEVING);
    expect(k.open).toBe(2);
    expect(k.perStatus.map((t) => [t.naam, t.aantal])).toEqual([['Regierol actief', 1], ['Stagnatie: bij Team NO', 1]]);
    expect(k.perExpert.map((t) => [t.naam, t.aantal])).toEqual([['Ahmed SMW', 1], ['Nog geen regierolhouder', 1]]);
    // In a stagnation Team NO is at turn (the card: "Aan zet: Team NO — besluit nemen"); the holder may still record
    // an evaluation, but the case does not wait for it.
    expect(k.aanZet.map((t) => [t.sleutel, t.aantal])).toEqual([['regierolhouder', 1], ['team_no', 1]]);
    // The interim evaluation of 21 April is overdue on 23 April.
    expect(k.evaluatiesAchterstallig).toBe(1);
    expect(k.stagnaties).toBe(1);
  });
});

describe('werkvoorraad', () => {
  // Thursday 30 April 2026: five working days on is Friday 8 May, because Bevrijdingsdag (5 May) does not count.
  const NU_MEI = new Date('2026-04-30T10:00:00Z');
  const met = (id: string, tussentijds: string) => ({ ...hulpvraagIn('regierol_actief', { metHouder: true }), id, nummer: `HV-2026-${id}`, laatsteVoortgang: '2026-04-28T09:00:00Z', evaluatiedata: { tussentijds, eind: '2026-09-01' } });

  it('flags overdue, due within 5 working days and waiting for me, sorted by the next deadline', () => {
    const rijen = werkvoorraad([met('3', '2026-05-11'), met('2', '2026-05-08'), met('1', '2026-04-29')], EXPERT_A, NU_MEI, OMGEVING);
    expect(rijen.map((r) => [r.nummer, r.volgendeDeadline?.datum, r.vlaggen])).toEqual([
      ['HV-2026-1', '2026-04-29', ['achterstallig', 'wacht_op_mij']],
      ['HV-2026-2', '2026-05-08', ['binnenkort', 'wacht_op_mij']],
      ['HV-2026-3', '2026-05-11', ['wacht_op_mij']],
    ]);
    // The IB'er sees the same cases, but it is not their turn.
    expect(werkvoorraad([met('2', '2026-05-08')], IB, NU_MEI, OMGEVING)[0]?.vlaggen).toEqual(['binnenkort']);
  });

  it('gives no row to someone not involved, and only the number to the Loket after a refusal', () => {
    const loket = { ...SF, aadObjectId: 'aad-loket', naam: 'Lotte Loket' };
    const geweigerd: Hulpvraag = {
      ...hulpvraagIn('wacht_op_toestemming'),
      betrokkenen: [...hulpvraagIn('wacht_op_toestemming').betrokkenen, alsBetrokkene(loket, 'loket')],
      toestemming: { status: 'geweigerd', antwoorden: { ouder1: false }, partners: [], datum: '2026-03-06', wijze: 'papier', leeftijdBijVragen: 11 },
    };
    expect(werkvoorraad([geweigerd], BUITENSTAANDER, NU_MEI, OMGEVING)).toEqual([]);
    expect(werkvoorraad([geweigerd], loket, NU_MEI, OMGEVING)).toEqual([
      { id: geweigerd.id, schakelteamId: geweigerd.schakelteamId, nummer: geweigerd.nummer, zicht: 'contact_regierol', vlaggen: [] },
    ]);
  });
});
