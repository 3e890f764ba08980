import { legAfsprakenVast, afsprakenSamenvatting } from '../../src/domain/afspraken';
import { pasToe } from '../../src/domain/gebeurtenissen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { EXPERT_A, IB, SF, hulpvraagIn, omgeving } from './fixtures';

const invoer = {
  acties: [{ wat: ' Gesprek met ouders ', wie: EXPERT_A, wanneer: '2026-12-04' }],
  terugkoppelingSchool: IB,
  terugkoppelingOuders: EXPERT_A,
  casuscoordinator: EXPERT_A,
  verwijsindex: { melden: false, wie: SF },
  vervolgbespreking: '2026-12-08',
};

describe('afspraken van het overleg (seed 000 stap 4)', () => {
  it('krijgen ids, de overlegdatum; de Verwijsindex-melder alleen bij melden; de geschiedenis noemt wie en wanneer, niet wat', () => {
    const a = legAfsprakenVast(invoer, '2026-11-24');
    expect(a).toMatchObject({ overleg: '2026-11-24', acties: [{ id: 'a1', wat: 'Gesprek met ouders' }], verwijsindex: { melden: false } });
    expect(a.verwijsindex.wie).toBeUndefined();
    const regel = JSON.stringify(afsprakenSamenvatting(a));
    expect(regel).toContain(`${EXPERT_A.naam} uiterlijk 2026-12-04`);
    expect(regel).not.toContain('Gesprek met ouders');
  });

  it.each([
    [{ ...invoer, acties: [] }, 'minstens één afspraak'],
    [{ ...invoer, acties: [{ ...invoer.acties[0], wanneer: '2026-11-24' }] }, 'datum na vandaag'],
    [{ ...invoer, acties: [{ ...invoer.acties[0], wat: ' ' }] }, 'beschrijf wat er gebeurt'],
    [{ ...invoer, verwijsindex: { melden: true } }, 'wie de melding'],
    [{ ...invoer, vervolgbespreking: '2026-11-01' }, 'vervolgbespreking ligt na vandaag'],
  ])('weigert %#: %s', (fout, melding) => {
    expect(() => legAfsprakenVast(fout as typeof invoer, '2026-11-24')).toThrow(melding);
  });

  describe('voeden het plan van aanpak (seed 000 stap 4)', () => {
    const metPlan = (doelen: number) => ({
      ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }),
      plan: stelPlanOp(undefined, Array.from({ length: doelen }, (_, i) => ({ doel: `doel ${i + 1}`, acties: 'a', termijn: '2026-12-31', verantwoordelijke: 'v' })), new Set(), '2026-10-01').plan,
    });
    const leg = (h: Hulpvraag, afspraken: typeof invoer, moment: string) => pasToe(h, { soort: 'afspraken_vastgelegd', afspraken }, SF, omgeving(new Date(moment)));

    it('elke afspraak wordt een doel: wat, termijn, resultaatverantwoordelijke; in dezelfde schrijfactie, met een regel in de geschiedenis zonder inhoud', () => {
      const na = leg(metPlan(1), invoer, '2026-11-24T15:00:00Z');
      expect(na.plan?.gewijzigd).toBe('2026-11-24');
      expect(na.plan?.doelen[1]).toEqual({
        id: 'd2',
        doel: 'Gesprek met ouders',
        acties: `Afgesproken in het schakelteamoverleg van 24 november 2026; klaar als ${EXPERT_A.naam} het uiterlijk 4 december 2026 heeft gedaan.`,
        termijn: '2026-12-04',
        verantwoordelijke: EXPERT_A.naam,
        uitOverleg: { overleg: '2026-11-24', afspraak: 'a1' },
      });
      expect(na.afspraken?.acties).toHaveLength(1);
      expect(na.status).toBe('regierol_actief');
      const regel = na.geschiedenis.at(-1);
      expect(regel).toMatchObject({ wat: 'afspraken_vastgelegd', details: { plan: 'afspraken als doel 2 in het plan van aanpak', vervolgbespreking: '2026-12-08' } });
      expect(JSON.stringify(regel)).not.toContain('Gesprek met ouders');
    });

    it('nieuwe afspraken vervangen de doelen van eerdere afspraken, behalve een bewerkt doel; een vol plan neemt wat past', () => {
      const eerst = leg(metPlan(2), { ...invoer, acties: [invoer.acties[0], { wat: 'Rooster', wie: IB, wanneer: '2026-12-11' }] }, '2026-11-24T15:00:00Z');
      expect(eerst.plan?.doelen.map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd4']);
      // The casusregisseur rewrites goal 3: now it is the plan's own goal, and stays.
      const bewerkt = eerst.plan?.doelen.map((d) => ({ id: d.id, doel: d.id === 'd3' ? 'Gesprek met beide ouders' : d.doel, acties: d.acties, termijn: d.termijn, verantwoordelijke: d.verantwoordelijke })) ?? [];
      const h = { ...eerst, plan: stelPlanOp(eerst.plan, bewerkt, new Set(), '2026-11-25').plan };
      expect(h.plan.doelen.find((d) => d.id === 'd3')?.uitOverleg).toBeUndefined();
      expect(h.plan.doelen.find((d) => d.id === 'd4')?.uitOverleg).toEqual({ overleg: '2026-11-24', afspraak: 'a2' });
      const drie = [1, 2, 3].map((n) => ({ wat: `Afspraak ${n}`, wie: IB, wanneer: '2026-12-20' }));
      const daarna = leg(h, { ...invoer, acties: drie, vervolgbespreking: '2026-12-22' }, '2026-12-08T15:00:00Z');
      expect(daarna.plan?.doelen.map((d) => `${d.id}:${d.doel}`)).toEqual(['d1:doel 1', 'd2:doel 2', 'd3:Gesprek met beide ouders', 'd5:Afspraak 1', 'd6:Afspraak 2']);
      expect(daarna.geschiedenis.at(-1)?.details).toMatchObject({
        plan: 'afspraken als doel 5, 6 in het plan van aanpak',
        planVervangen: 'doel 4 (eerdere afspraken) vervalt',
        planVol: '1 afspraak niet in het plan: het heeft al 5 doelen',
      });
    });

    it('zonder plan blijven het afspraken; het plan is er niet ineens', () => {
      const na = leg(hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }), invoer, '2026-11-24T15:00:00Z');
      expect(na.plan).toBeUndefined();
      expect(na.afspraken?.acties).toHaveLength(1);
      expect(na.geschiedenis.at(-1)?.details).not.toHaveProperty('plan');
    });
  });
});
