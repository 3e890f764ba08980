import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { beurtUiterlijk } from '../../src/domain/beurttermijn';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { gestagneerd, voortgangHerinnering } from '../../src/domain/stagnatie';
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
    ['een nieuwe hulpvraag wacht op het overleg: geen datum', { ...hulpvraagIn('bij_schakelteam'), statusSinds: SINDS }, undefined],
    ['Team NO: geen termijn', { ...hulpvraagIn('stagnatie_team_no', { metHouder: true }), statusSinds: SINDS }, undefined],
    ['gesloten: niemand', hulpvraagIn('gesloten'), undefined],
  ])('%s', (_naam, h, uiterlijk) => {
    expect(beurtUiterlijk(h, INST)).toBe(uiterlijk);
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
});
