import { STANDAARD_HERINNERINGSINSTELLINGEN as INST, STANDAARD_OVERLEG } from '../helpers/instellingen';
import { beurtUiterlijk } from '../../src/domain/beurttermijn';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { gestagneerd, voortgangHerinnering } from '../../src/domain/stagnatie';
import { teamNoHerinnering, verschuldigdeHerinneringen } from '../../src/domain/herinneringen';
import { EXPERT_C_BETROKKENE, hulpvraagIn } from './fixtures';

const OMGEVING = { limieten: INST.stagnatie, venster: INST.venster, feestdagen: INST.feestdagen };
/** Monday 2 March 2026, 10:00 in Amsterdam. */
const SINDS = '2026-03-02T09:00:00.000Z';
const besluit = { soort: 'regierol', reden: 'x', verwijsindex: { nodig: false }, datum: '2026-02-20' } as const;

describe('aan zet, en vóór wanneer: de dag waarop de regel die anders ingrijpt, ingrijpt', () => {
  it.each<[string, Hulpvraag, string | undefined]>([
    ['aanbod: vóór de dag dat het onbeantwoorde aanbod stagnatie is', { ...hulpvraagIn('regierol_aangeboden'), statusSinds: SINDS }, '2026-03-16'],
    ['toestemming: idem voor de IB-er', { ...hulpvraagIn('wacht_op_toestemming'), statusSinds: SINDS }, '2026-03-23'],
    ['opnieuw besluiten: idem voor het schakelteam', { ...hulpvraagIn('bij_schakelteam'), besluit, statusSinds: SINDS }, '2026-03-16'],
    [
      'Loket: vóór de dag waarop het antwoord binnen 5 werkdagen na aankomst verwacht werd',
      { ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket' }), statusSinds: SINDS, loket: { sinds: SINDS, via: 'besluit', aangekomen: SINDS } },
      '2026-03-09',
    ],
    ['Team NO: vóór de herinnering die het dan krijgt (5 werkdagen na de melding op vrijdag 20 maart)', { ...hulpvraagIn('stagnatie_team_no', { metHouder: true }), statusSinds: SINDS }, '2026-03-27'],
    ['een overdracht beoordelen: productkeuze, 10 werkdagen', { ...hulpvraagIn('overdracht_aangevraagd'), statusSinds: SINDS }, '2026-03-16'],
    ['afsluiten na terugmelden: productkeuze, 10 werkdagen', { ...hulpvraagIn('terug_voor_afsluiting'), statusSinds: SINDS }, '2026-03-16'],
    ['gesloten: niemand', hulpvraagIn('gesloten'), undefined],
  ])('%s', (_naam, h, uiterlijk) => {
    expect(beurtUiterlijk(h, INST)).toBe(uiterlijk);
  });

  it('een nieuwe hulpvraag: het overleg volgens het ritme van het team nu, zonder ritme de termijn van een nieuw besluit, en zonder dat ritme te kennen geen datum', () => {
    const h = { ...hulpvraagIn('bij_schakelteam'), statusSinds: SINDS };
    const stand = { ...STANDAARD_OVERLEG, vandaag: '2026-03-02' };
    expect(beurtUiterlijk(h, { ...INST, overleg: { ...stand, ritme: { ritme: 'wekelijks', weekdag: 2, tijd: '14:00', vanaf: '2026-01-06' } } })).toBe('2026-03-10');
    expect(beurtUiterlijk(h, { ...INST, overleg: { ...stand, ritme: undefined } })).toBe('2026-03-16');
    expect(beurtUiterlijk(h, INST)).toBeUndefined();
  });

  it('wie vóór de datum handelt, is op tijd: de dag zelf is de eerste dag van stagnatie', () => {
    const h = { ...hulpvraagIn('regierol_aangeboden'), statusSinds: SINDS };
    expect(gestagneerd(h, new Date('2026-03-15T22:00:00Z'), OMGEVING)).toBeUndefined();
    expect(gestagneerd(h, new Date('2026-03-16T07:00:00Z'), OMGEVING)).toBeDefined();
  });

  it('de regierolhouder: voortgang vastleggen vóór de dag dat geen voortgang stagnatie is (de herinnering komt eerder), ook als een expert op ruimere toestemming wacht', () => {
    const h = { ...hulpvraagIn('regierol_actief', { metHouder: true }), regierolSinds: SINDS, laatsteVoortgang: SINDS };
    expect(voortgangHerinnering(h, OMGEVING)?.datum).toBe('2026-04-01');
    expect(beurtUiterlijk(h, INST)).toBe('2026-04-17');
    // The day before is on time, the day itself is stagnation (evaluations far off: only this rule can fire).
    const zonderEvaluaties = { ...h, evaluatiedata: { tussentijds: '2026-12-01', eind: '2027-01-01' } };
    expect(gestagneerd(zonderEvaluaties, new Date('2026-04-16T20:00:00Z'), OMGEVING)).toBeUndefined();
    expect(gestagneerd(zonderEvaluaties, new Date('2026-04-17T10:00:00Z'), OMGEVING)?.regel).toBe('geen_voortgang');
    const uitbreiding: Hulpvraag = { ...h, uitbreiding: { stap: 'expert', persoon: EXPERT_C_BETROKKENE, partner: 'GGD', sinds: SINDS } };
    expect(beurtUiterlijk(uitbreiding, INST)).toBe('2026-04-17');
  });

  it('Team NO: de datum op de kaart is de dag van zijn tweede herinnering (dezelfde functie als de planning)', () => {
    const h = hulpvraagIn('stagnatie_team_no', { metHouder: true });
    // Swept the day before and on that morning: the reminder due in between is the one on the card's date.
    const momenten = verschuldigdeHerinneringen(h, new Date('2026-03-26T12:00:00Z'), new Date('2026-03-27T10:00:00Z'), INST);
    expect(momenten.map((m) => [m.soort, m.datum])).toEqual([['escalatie_team_no', beurtUiterlijk(h, INST)]]);
    expect(beurtUiterlijk(h, INST)).toBe(teamNoHerinnering('2026-03-20T09:00:00.000Z', INST));
  });
});
