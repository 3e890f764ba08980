import { DomainError, FOUTCODES, isDomainError } from '../../src/domain/errors';
import { Gebeurtenis, pasToe } from '../../src/domain/gebeurtenissen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { DoelInvoer, MAX_DOELEN, beoordeelDoelen, stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { EXPERT_A, hulpvraagIn, foutVan, omgeving } from './fixtures';

const VANDAAG = '2026-04-01';
const doel = (n: number, extra: Partial<DoelInvoer> = {}): DoelInvoer => ({
  doel: `Doel ${n}`,
  acties: `Acties ${n}; criterium: ${n} keer per week`,
  termijn: '2026-06-01',
  verantwoordelijke: 'Ahmed SMW',
  ...extra,
});
const ongeldig = (actie: () => unknown) => {
  const fout = foutVan(actie);
  expect(isDomainError(fout, FOUTCODES.ongeldigeInvoer)).toBe(true);
  return (fout as DomainError).message;
};

describe('plan van aanpak opstellen en wijzigen', () => {
  it('geeft nieuwe doelen een vaste id en noteert wat er veranderde, zonder inhoud', () => {
    const eerste = stelPlanOp(undefined, [doel(1), doel(2)], new Set(), VANDAAG);
    expect(eerste.plan.doelen.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(eerste.plan).toMatchObject({ opgesteld: VANDAAG, gewijzigd: VANDAAG });
    expect(eerste.samenvatting).toEqual({ wijziging: 'opgesteld', 'doel 1': 'toegevoegd', 'doel 2': 'toegevoegd' });

    const tweede = stelPlanOp(eerste.plan, [doel(2, { id: 'd2', termijn: '2026-07-01' }), doel(3)], new Set(), '2026-04-10');
    expect(tweede.plan.doelen.map((d) => d.id)).toEqual(['d2', 'd3']);
    expect(tweede.plan).toMatchObject({ opgesteld: VANDAAG, gewijzigd: '2026-04-10' });
    expect(tweede.samenvatting).toEqual({ wijziging: 'gewijzigd', 'doel 2': 'gewijzigd: termijn', 'doel 3': 'toegevoegd', 'doel 1': 'geschrapt' });
    expect(JSON.stringify(tweede.samenvatting)).not.toContain('criterium');
  });

  it('weigert een leeg plan, te veel doelen, lege delen, een termijn in het verleden en een onbekend doel', () => {
    expect(ongeldig(() => stelPlanOp(undefined, [], new Set(), VANDAAG))).toContain('minstens één doel');
    expect(ongeldig(() => stelPlanOp(undefined, Array.from({ length: MAX_DOELEN + 1 }, (_, i) => doel(i)), new Set(), VANDAAG))).toContain('hoogstens');
    expect(ongeldig(() => stelPlanOp(undefined, [doel(1, { acties: '  ' })], new Set(), VANDAAG))).toContain('Doel 1: noem de acties');
    expect(ongeldig(() => stelPlanOp(undefined, [doel(1), doel(2, { verantwoordelijke: '' })], new Set(), VANDAAG))).toContain('Doel 2');
    expect(ongeldig(() => stelPlanOp(undefined, [doel(1, { termijn: '2026-03-31' })], new Set(), VANDAAG))).toContain('verleden');
    expect(ongeldig(() => stelPlanOp(undefined, [doel(1, { id: 'd9' })], new Set(), VANDAAG))).toContain('intussen gewijzigd');
  });

  it('een ongewijzigde termijn in het verleden mag blijven; een geëvalueerd doel wordt niet geschrapt; niets wijzigen is geen wijziging', () => {
    const { plan } = stelPlanOp(undefined, [doel(1), doel(2)], new Set(), VANDAAG);
    expect(stelPlanOp(plan, [doel(1, { id: 'd1', acties: 'meer' }), doel(2, { id: 'd2' })], new Set(), '2026-07-01').samenvatting).toEqual({ wijziging: 'gewijzigd', 'doel 1': 'gewijzigd: acties' });
    expect(ongeldig(() => stelPlanOp(plan, [doel(2, { id: 'd2' })], new Set(['d1']), VANDAAG))).toContain('al geëvalueerd');
    expect(ongeldig(() => stelPlanOp(plan, [doel(1, { id: 'd1' }), doel(2, { id: 'd2' })], new Set(), VANDAAG))).toContain('niets gewijzigd');
  });
});

describe('evaluatie per doel', () => {
  const { plan } = stelPlanOp(undefined, [doel(1), doel(2)], new Set(), VANDAAG);

  it('het doel van de casus is bereikt als elk doel is bereikt', () => {
    const ja = { behaald: true, toelichting: 'lukt' };
    expect(beoordeelDoelen(plan, [{ doelId: 'd1', ...ja }, { doelId: 'd2', ...ja }])).toEqual({ doelBereikt: true });
    const nee = { doelId: 'd2', behaald: false, toelichting: 'nog niet', vervolg: { soort: 'aanvullende_acties' as const, tekst: 'extra gesprek' } };
    expect(beoordeelDoelen(plan, [{ doelId: 'd1', ...ja }, nee])).toEqual({ doelBereikt: false });
  });

  it('vraagt een antwoord voor elk doel, een toelichting, en bij niet behaald het vervolg', () => {
    expect(ongeldig(() => beoordeelDoelen(plan, [{ doelId: 'd1', behaald: true, toelichting: 'x' }]))).toContain('elk doel');
    expect(ongeldig(() => beoordeelDoelen(plan, [{ doelId: 'd1', behaald: true, toelichting: '' }, { doelId: 'd2', behaald: true, toelichting: 'x' }]))).toContain('Doel 1: geef');
    expect(ongeldig(() => beoordeelDoelen(plan, [{ doelId: 'd1', behaald: true, toelichting: 'x' }, { doelId: 'd2', behaald: false, toelichting: 'x' }]))).toContain('Doel 2: niet behaald');
  });
});

describe('plan en evaluatie op de hulpvraag', () => {
  const moment = omgeving('2026-04-22T09:00:00Z');
  const planGebeurtenis: Gebeurtenis = { soort: 'plan_vastgelegd', doelen: [doel(1), doel(2)] };

  it('pas na de uitvraag, door de regierolhouder, met een regel in de geschiedenis', () => {
    const zonderUitvraag: Hulpvraag = { ...hulpvraagIn('regierol_actief', { metHouder: true }), uitvraag: undefined };
    expect(isDomainError(foutVan(() => pasToe(zonderUitvraag, planGebeurtenis, EXPERT_A, moment)), FOUTCODES.transitieNietToegestaan)).toBe(true);

    const h = pasToe(hulpvraagIn('regierol_actief', { metHouder: true }), planGebeurtenis, EXPERT_A, moment);
    expect(h.plan?.doelen).toHaveLength(2);
    expect(h.status).toBe('regierol_actief');
    expect(h.geschiedenis.at(-1)).toMatchObject({ wat: 'plan_vastgelegd', details: { wijziging: 'opgesteld', 'doel 1': 'toegevoegd', 'doel 2': 'toegevoegd' } });
  });

  it('met een plan wordt elk doel geëvalueerd en volgt "doel bereikt" uit de doelen', () => {
    const h = pasToe(hulpvraagIn('regierol_actief', { metHouder: true }), planGebeurtenis, EXPERT_A, moment);
    const zonderDoelen: Gebeurtenis = { soort: 'evaluatie_vastgelegd', evaluatie: { doelBereikt: true, toelichting: 'goed', vervolg: 'doorgaan' } };
    expect(isDomainError(foutVan(() => pasToe(h, zonderDoelen, EXPERT_A, moment)), FOUTCODES.ongeldigeInvoer)).toBe(true);

    const perDoel: Gebeurtenis = {
      soort: 'evaluatie_vastgelegd',
      evaluatie: {
        doelBereikt: true,
        toelichting: 'tussentijds',
        vervolg: 'doorgaan',
        doelen: [
          { doelId: 'd1', behaald: true, toelichting: 'elke dag op school' },
          { doelId: 'd2', behaald: false, toelichting: 'nog niet', vervolg: { soort: 'doel_bijgesteld', tekst: 'kleinere stap' } },
        ],
      },
    };
    const na = pasToe(h, perDoel, EXPERT_A, moment);
    expect(na.evaluaties.at(-1)).toMatchObject({ soort: 'tussentijds', doelBereikt: false });
    expect(na.geschiedenis.at(-1)).toMatchObject({ wat: 'evaluatie_vastgelegd', details: { doelen: '1 van 2 behaald' } });
    // An evaluated goal stays in the plan.
    const schrappen: Gebeurtenis = { soort: 'plan_vastgelegd', doelen: [doel(2, { id: 'd2' })] };
    expect(isDomainError(foutVan(() => pasToe(na, schrappen, EXPERT_A, moment)), FOUTCODES.ongeldigeInvoer)).toBe(true);
  });
});
