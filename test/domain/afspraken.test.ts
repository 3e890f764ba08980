import { legAfsprakenVast, afsprakenSamenvatting } from '../../src/domain/afspraken';
import { pasToe } from '../../src/domain/gebeurtenissen';
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

  it('voeden het plan van aanpak: het plan is gewijzigd en de geschiedenis zegt het', () => {
    const h = { ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }), plan: stelPlanOp(undefined, [{ doel: 'd', acties: 'a', termijn: '2026-12-31', verantwoordelijke: 'v' }], new Set(), '2026-10-01').plan };
    const na = pasToe(h, { soort: 'afspraken_vastgelegd', afspraken: invoer }, SF, omgeving(new Date('2026-11-24T15:00:00Z')));
    expect(na.plan?.gewijzigd).toBe('2026-11-24');
    expect(na.afspraken?.acties).toHaveLength(1);
    expect(na.status).toBe('regierol_actief');
    expect(na.geschiedenis.at(-1)).toMatchObject({ wat: 'afspraken_vastgelegd', details: { plan: 'aangevuld met de afspraken', vervolgbespreking: '2026-12-08' } });
  });
});
