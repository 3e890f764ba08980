import { Evaluatietermijnen } from '../../src/domain/deadlines';
import { DomainError, FOUTCODES, isDomainError } from '../../src/domain/errors';
import { Gebeurtenis, pasToe } from '../../src/domain/gebeurtenissen';
import { Hulpvraag, LoketTraject, regierolhouder } from '../../src/domain/hulpvraag';
import { Persoon } from '../../src/domain/personen';
import {
  EXPERTISE_1,
  EXPERTISE_2,
  EXPERT_A,
  EXPERT_A_BETROKKENE,
  EXPERT_B,
  EXPERT_B_BETROKKENE,
  EXPERT_C,
  EXPERT_C_BETROKKENE,
  IB,
  REGISTRATIEMOMENT,
  SF,
  SYSTEEM,
  TEAM_NO_1,
  TEAM_NO_2,
  VOORBEELD,
  alsBetrokkene,
  geregistreerdeHulpvraag,
  hulpvraagIn,
  omgeving,
  regierolhouders,
  rollenVanId,
  toestemmingInvoer, foutVan } from './fixtures';
import { TOEGESTAAN, VERBODEN } from './routetabel';

const LOKET_GENOMEN: LoketTraject = {
  sinds: '2026-03-09T09:00:00.000Z',
  via: 'besluit',
  aangekomen: '2026-03-10T09:00:00.000Z',
  genomen: '2026-03-12T09:00:00.000Z',
  weging: { lijn: 'tweede', aanbieder: 'Jeugdhulp Zuid', start: '2026-03-30' },
};
import { PARTNERS } from '../../src/domain/zichtbaarheid';

function diepBevroren<T>(waarde: T): T {
  if (waarde && typeof waarde === 'object' && !Object.isFrozen(waarde)) {
    Object.freeze(waarde);
    for (const kind of Object.values(waarde as Record<string, unknown>)) diepBevroren(kind);
  }
  return waarde;
}

/**
 * Applies one event and checks the invariants that hold for every change: the input is not touched (it is frozen),
 * the history keeps every earlier line identical and gains exactly one, the version goes up by one, and there is
 * never more than one regierolhouder.
 */
function stap(h: Hulpvraag, g: Gebeurtenis, door: Persoon, moment: string, termijnen?: Evaluatietermijnen): Hulpvraag {
  const voor = structuredClone(h);
  const na = pasToe(diepBevroren(h), g, door, omgeving(moment, termijnen));
  expect(h).toEqual(voor);
  expect(na.versie).toBe(h.versie + 1);
  expect(na.geschiedenis).toHaveLength(h.geschiedenis.length + 1);
  expect(na.geschiedenis.slice(0, h.geschiedenis.length)).toEqual(h.geschiedenis);
  na.geschiedenis.slice(0, h.geschiedenis.length).forEach((regel, i) => expect(regel).toBe(h.geschiedenis[i]));
  expect(na.geschiedenis[na.geschiedenis.length - 1]).toEqual({
    tijdstip: new Date(moment).toISOString(),
    door: { tenantId: door.tenantId, aadObjectId: door.aadObjectId, naam: door.naam },
    wat: g.soort,
    details: expect.any(Object),
  });
  expect(na.bijgewerkt).toBe(new Date(moment).toISOString());
  expect(na.aangemaakt).toBe(h.aangemaakt);
  expect(regierolhouders(na).length).toBeLessThanOrEqual(1);
  return na;
}

describe('pasToe: elk toegestaan paar leidt naar de verwachte status', () => {
  // Rows that need a pending handover, extension or Team NO proposal are walked as scenarios in route-integriteit.test.
  const scenario = (r: (typeof TOEGESTAAN)[number]) =>
    r.soort === 'toestemming_uitgebreid' || ['wachtOpUitbreiding', 'lopendDoorgezet', 'zonderToestemming'].some((k) => k in r.context);
  const rijen = TOEGESTAAN.filter((r) => (r.soort !== 'toestemming_vastgelegd' || r.context.toestemmingGegeven !== undefined) && !scenario(r));

  it.each(rijen.map((r) => [r.status, r.soort, r.toelichting, r] as const))('%s + %s %s', (_s, _g, _t, r) => {
    const basis = hulpvraagIn(r.status, {
      besluit: r.context.besluit,
      metHouder: r.context.heeftActieveRegierol || r.soort === 'evaluatie_vastgelegd' || r.soort === 'plan_vastgelegd' || undefined,
      metKandidaat: r.status === 'regierol_aangeboden' || r.context.heeftKandidaat === true || undefined,
    });
    // A role is taken over only where it is vacant.
    const vrij = r.soort === 'rol_overgenomen' ? { ...basis, betrokkenen: basis.betrokkenen.filter((b) => b.rol !== 'schakelfunctionaris') } : basis;
    // The Loket's system steps need a case at the Loket: taken, its help starting before the step.
    // The Loket's contact (issue 21) needs a case sent to it whose consent was refused.
    const h =
      r.soort === 'loket_navraag' || r.soort === 'loket_hulp_gestart' || r.soort === 'loket_start_gecorrigeerd'
        ? { ...vrij, loket: LOKET_GENOMEN }
        : r.soort === 'loket_contact_opgenomen'
          ? { ...vrij, loket: { sinds: '2026-03-02T09:00:00.000Z', via: 'besluit' as const }, toestemming: { status: 'geweigerd' as const, antwoorden: { ouder1: false }, partners: [], datum: '2026-03-20', wijze: 'papier' as const, leeftijdBijVragen: 10 } }
          : vrij;
    let g: Gebeurtenis = VOORBEELD[r.soort];
    if (g.soort === 'besluit' && r.context.besluit) g = { ...g, besluit: r.context.besluit };
    if (g.soort === 'toestemming_vastgelegd' && r.context.toestemmingGegeven === false) {
      g = { ...g, invoer: toestemmingInvoer({ antwoorden: { ouder1: false, leerling: true } }) };
    }
    // Only the candidate can accept (the rules of the route say so, not only the policy).
    const door = r.soort === 'regierol_geaccepteerd' ? EXPERT_B : IB;
    const na = stap(h, g, door, '2026-04-01T10:00:00Z');
    expect(na.status).toBe(r.verwacht);
  });
});

describe('pasToe: elk verboden paar wordt geweigerd zonder iets te veranderen', () => {
  it.each(VERBODEN)('%s + %s', (status, soort) => {
    const h = diepBevroren(hulpvraagIn(status, { metHouder: true, metKandidaat: true, metToestemming: true }));
    const voor = structuredClone(h);
    const fout = foutVan(() => pasToe(h, VOORBEELD[soort], IB, omgeving('2026-04-01T10:00:00Z')));
    expect(fout).toBeInstanceOf(DomainError);
    expect(isDomainError(fout, FOUTCODES.transitieNietToegestaan)).toBe(true);
    expect(h).toEqual(voor);
  });
});

describe('pasToe: de volledige route', () => {
  it('loopt van registratie tot sluiting met een sluitende geschiedenis en precies één regierolhouder', () => {
    let h = geregistreerdeHulpvraag();
    expect(h.status).toBe('geregistreerd');
    expect(h.versie).toBe(1);
    expect(h.geschiedenis).toEqual([
      {
        tijdstip: REGISTRATIEMOMENT.toISOString(),
        door: { tenantId: IB.tenantId, aadObjectId: IB.aadObjectId, naam: IB.naam },
        wat: 'geregistreerd',
        details: { nummer: 'HV-2025-0042', school: 'De Regenboog' },
      },
    ]);
    expect(regierolhouders(h)).toHaveLength(0);

    h = stap(h, { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    expect(h.status).toBe('bij_schakelteam');

    h = stap(
      h,
      { soort: 'besluit', besluit: 'regierol', reden: 'SMW past', verwijsindex: { nodig: true, wie: 'SMW' }, personen: [EXPERT_A_BETROKKENE] },
      SF,
      '2026-03-04T23:30:00Z', // 5 March in Amsterdam
    );
    expect(h.status).toBe('besloten_regierol');
    expect(h.besluit).toEqual({ soort: 'regierol', reden: 'SMW past', verwijsindex: { nodig: true, wie: 'SMW' }, datum: '2026-03-05' });
    expect(rollenVanId(h, EXPERT_A)).toEqual(['kandidaat_regierol']);
    expect(h.geschiedenis[2].details).toEqual({ besluit: 'regierol', reden: 'SMW past', verwijsindex: 'ja (SMW)' });

    h = stap(h, { soort: 'toestemming_gevraagd' }, IB, '2026-03-06T09:00:00Z');
    expect(h.status).toBe('wacht_op_toestemming');

    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ datum: '2026-03-10' }) }, IB, '2026-03-10T09:00:00Z');
    expect(h.status).toBe('regierol_aangeboden');
    expect(h.toestemming).toMatchObject({ status: 'gegeven', partners: [...PARTNERS], leeftijdBijVragen: 12 });
    expect(regierolhouders(h)).toHaveLength(0);
    expect(h.evaluatiedata).toBeUndefined();

    // Accepted at 00:30 on 29 March in Amsterdam (still 28 March in UTC).
    h = stap(h, { soort: 'regierol_geaccepteerd' }, EXPERT_A, '2026-03-28T23:30:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    expect(rollenVanId(h, EXPERT_A)).toEqual(['regierolhouder']);
    expect(regierolhouder(h)?.discipline).toBe('schoolmaatschappelijk werker');
    expect(h.regierolSinds).toBe('2026-03-28T23:30:00.000Z');
    expect(h.evaluatiedata).toEqual({ tussentijds: '2026-05-10', eind: '2026-06-29' });
    const sinds = h.regierolSinds;
    const evaluatiedata = h.evaluatiedata;

    h = stap(h, { soort: 'uitvraag_vastgelegd', uitvraag: { gedaan: true, toelichting: 'GIZ' } }, EXPERT_A, '2026-04-02T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(h.uitvraag).toEqual({ gedaan: true, toelichting: 'GIZ' });
    expect(h.laatsteVoortgang).toBe('2026-04-02T09:00:00.000Z');
    expect(regierolhouders(h)).toHaveLength(1);

    h = stap(h, { soort: 'voortgang_vastgelegd', notitie: 'gesprek met ouders' }, EXPERT_A, '2026-04-15T09:00:00Z');
    expect(h.laatsteVoortgang).toBe('2026-04-15T09:00:00.000Z');
    expect(regierolhouders(h)).toHaveLength(1);

    h = stap(
      h,
      { soort: 'evaluatie_vastgelegd', evaluatie: { doelBereikt: false, toelichting: 'op weg', vervolg: 'doorgaan' } },
      EXPERT_A,
      '2026-05-10T22:30:00Z', // 11 May in Amsterdam
    );
    expect(h.evaluaties).toEqual([{ soort: 'tussentijds', voor: '2026-05-10', doelBereikt: false, toelichting: 'op weg', vervolg: 'doorgaan', datum: '2026-05-11' }]);
    expect(regierolhouders(h)).toHaveLength(1);

    h = stap(h, { soort: 'overdracht_voorgesteld', naar: EXPERT_B_BETROKKENE, reden: 'JVK past beter' }, EXPERT_A, '2026-05-12T09:00:00Z');
    expect(h.status).toBe('overdracht_aangevraagd');
    expect(h.overdracht).toEqual({ naar: EXPERT_B_BETROKKENE, reden: 'JVK past beter' });
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);

    h = stap(h, { soort: 'overdracht_goedgekeurd' }, SF, '2026-05-13T09:00:00Z');
    expect(h.status).toBe('regierol_aangeboden');
    expect(h.overdracht).toBeUndefined();
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    expect(rollenVanId(h, EXPERT_B)).toEqual(['kandidaat_regierol']);

    h = stap(h, { soort: 'regierol_geaccepteerd' }, EXPERT_B, '2026-05-14T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_B.aadObjectId]);
    expect(rollenVanId(h, EXPERT_A)).toEqual(['expert']);
    expect(rollenVanId(h, EXPERT_B)).toEqual(['regierolhouder']);
    expect(h.betrokkenen.filter((b) => b.rol === 'kandidaat_regierol')).toEqual([]);
    // The evaluation clock keeps running from the first start.
    expect(h.regierolSinds).toBe(sinds);
    expect(h.evaluatiedata).toEqual(evaluatiedata);

    h = stap(h, { soort: 'teruggemeld', toelichting: 'doel bereikt' }, EXPERT_B, '2026-06-30T09:00:00Z');
    expect(h.status).toBe('terug_voor_afsluiting');
    expect(regierolhouders(h)).toHaveLength(1);

    h = stap(h, { soort: 'gesloten', uitkomst: 'doel bereikt' }, IB, '2026-07-01T09:00:00Z');
    expect(h.status).toBe('gesloten');
    expect(h.uitkomst).toBe('doel bereikt');
    expect(regierolhouders(h)).toHaveLength(1);

    expect(h.versie).toBe(14);
    expect(h.geschiedenis.map((r) => r.wat)).toEqual([
      'geregistreerd',
      'doorgezet',
      'besluit',
      'toestemming_gevraagd',
      'toestemming_vastgelegd',
      'regierol_geaccepteerd',
      'uitvraag_vastgelegd',
      'voortgang_vastgelegd',
      'evaluatie_vastgelegd',
      'overdracht_voorgesteld',
      'overdracht_goedgekeurd',
      'regierol_geaccepteerd',
      'teruggemeld',
      'gesloten',
    ]);
    // The schakelteam members are still there.
    expect(rollenVanId(h, IB)).toEqual(['ib_coo']);
    expect(rollenVanId(h, SF)).toEqual(['schakelfunctionaris']);
  });

  it('een beslissing wordt niet twee keer toegepast (dubbele klik)', () => {
    let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    h = stap(h, VOORBEELD.besluit, SF, '2026-03-03T09:00:00Z');
    const fout = foutVan(() => pasToe(h, VOORBEELD.besluit, IB, omgeving('2026-03-03T09:00:01Z')));
    expect(isDomainError(fout, FOUTCODES.transitieNietToegestaan)).toBe(true);
    const fout2 = foutVan(() => pasToe(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, omgeving('2026-03-02T09:00:00Z')));
    expect(fout2).toBeUndefined();
  });
});

/** A case at regierol_aangeboden with EXPERT_A offered the regierol (consent given). */
function aangeboden(): Hulpvraag {
  let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
  h = stap(h, VOORBEELD.besluit, SF, '2026-03-03T09:00:00Z');
  h = stap(h, { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
  return stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() }, IB, '2026-03-10T09:00:00Z');
}

function actief(): Hulpvraag {
  return stap(aangeboden(), { soort: 'regierol_geaccepteerd' }, EXPERT_A, '2026-03-11T09:00:00Z');
}

describe('pasToe: regierol geweigerd', () => {
  it('zonder houder: terug naar het schakelteam en de kandidaat verdwijnt', () => {
    const h = stap(aangeboden(), { soort: 'regierol_geweigerd', reden: 'caseload vol' }, EXPERT_A, '2026-03-11T09:00:00Z');
    expect(h.status).toBe('bij_schakelteam');
    expect(rollenVanId(h, EXPERT_A)).toEqual([]);
    expect(h.betrokkenen.filter((b) => b.rol === 'kandidaat_regierol')).toEqual([]);
    expect(regierolhouders(h)).toEqual([]);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details).toEqual({ reden: 'caseload vol', bericht: 'Ineke IB: regierol_geweigerd; Sanne Schakel: regierol_geweigerd' });
    // The schakelteam can decide again.
    const opnieuw = stap(h, { ...VOORBEELD.besluit, personen: [EXPERT_B_BETROKKENE] }, SF, '2026-03-12T09:00:00Z');
    expect(opnieuw.status).toBe('besloten_regierol');
    expect(rollenVanId(opnieuw, EXPERT_B)).toEqual(['kandidaat_regierol']);
  });

  it('bij een overdracht: de huidige houder blijft en de kandidaat verdwijnt', () => {
    let h = stap(actief(), { soort: 'overdracht_voorgesteld', naar: EXPERT_B_BETROKKENE, reden: 'r' }, EXPERT_A, '2026-04-01T09:00:00Z');
    h = stap(h, { soort: 'overdracht_goedgekeurd' }, IB, '2026-04-02T09:00:00Z');
    h = stap(h, { soort: 'regierol_geweigerd', reden: 'geen tijd' }, EXPERT_B, '2026-04-03T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    expect(rollenVanId(h, EXPERT_B)).toEqual([]);
  });

  it('een afgewezen overdracht laat alles bij de houder', () => {
    let h = stap(actief(), { soort: 'overdracht_voorgesteld', naar: EXPERT_B_BETROKKENE, reden: 'r' }, EXPERT_A, '2026-04-01T09:00:00Z');
    h = stap(h, { soort: 'overdracht_afgewezen', reden: 'nog niet' }, SF, '2026-04-02T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(h.overdracht).toBeUndefined();
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    expect(rollenVanId(h, EXPERT_B)).toEqual([]);
  });

  it('goedkeuren zonder voorgestelde overdracht wordt geweigerd', () => {
    const h = { ...hulpvraagIn('overdracht_aangevraagd', { metHouder: true }), overdracht: undefined };
    const fout = foutVan(() => pasToe(h, { soort: 'overdracht_goedgekeurd' }, SF, omgeving('2026-04-02T09:00:00Z')));
    expect(isDomainError(fout, FOUTCODES.transitieNietToegestaan)).toBe(true);
  });
});

describe('pasToe: evaluatiedata bij acceptatie', () => {
  it.each([
    ['2026-03-28T23:30:00Z', undefined, { tussentijds: '2026-05-10', eind: '2026-06-29' }],
    ['2026-03-28T22:59:00Z', undefined, { tussentijds: '2026-05-09', eind: '2026-06-28' }],
    ['2026-03-31T10:00:00Z', undefined, { tussentijds: '2026-05-12', eind: '2026-06-30' }],
    ['2026-10-24T22:30:00Z', undefined, { tussentijds: '2026-12-06', eind: '2027-01-25' }],
    ['2026-10-31T12:00:00Z', undefined, { tussentijds: '2026-12-12', eind: '2027-01-31' }],
    ['2026-03-31T10:00:00Z', { tussentijdsWeken: 4, maanden: 2 }, { tussentijds: '2026-04-28', eind: '2026-05-31' }],
  ] as const)('geaccepteerd op %s (termijnen %j) → %j', (moment, termijnen, verwacht) => {
    const h = stap(aangeboden(), { soort: 'regierol_geaccepteerd' }, EXPERT_A, moment, termijnen);
    expect(h.regierolSinds).toBe(new Date(moment).toISOString());
    expect(h.evaluatiedata).toEqual(verwacht);
  });
});

describe('pasToe: expertiseteam', () => {
  function expertiseteamBesloten(): Hulpvraag {
    let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    h = stap(
      h,
      {
        soort: 'besluit',
        besluit: 'expertiseteam',
        reden: 'orthopedagogische vraag',
        verwijsindex: { nodig: false },
        personen: [alsBetrokkene(EXPERTISE_1, 'expert'), alsBetrokkene(EXPERTISE_2, 'expert')],
      },
      SF,
      '2026-03-03T09:00:00Z',
    );
    return h;
  }

  it('de IB’er/COO wordt regierolhouder zodra de toestemming er is; het expertiseteam nooit', () => {
    let h = expertiseteamBesloten();
    expect(h.status).toBe('besloten_expertiseteam');
    expect(rollenVanId(h, EXPERTISE_1)).toEqual(['expertiseteam']);
    expect(rollenVanId(h, EXPERTISE_2)).toEqual(['expertiseteam']);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details.verwijsindex).toBe('nee');
    h = stap(h, { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
    expect(regierolhouders(h)).toEqual([]);
    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() }, IB, '2026-03-31T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([IB.aadObjectId]);
    expect(rollenVanId(h, IB).sort()).toEqual(['ib_coo', 'regierolhouder']);
    expect(h.betrokkenen.filter((b) => b.rol === 'kandidaat_regierol')).toEqual([]);
    expect(rollenVanId(h, EXPERTISE_1)).toEqual(['expertiseteam']);
    expect(h.regierolSinds).toBe('2026-03-31T09:00:00.000Z');
    expect(h.evaluatiedata).toEqual({ tussentijds: '2026-05-12', eind: '2026-06-30' });
  });

  it('geweigerde toestemming activeert niets', () => {
    let h = stap(expertiseteamBesloten(), { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ antwoorden: { ouder1: true, leerling: false } }) }, IB, '2026-03-05T09:00:00Z');
    expect(h.status).toBe('wacht_op_toestemming');
    expect(regierolhouders(h)).toEqual([]);
    expect(h.regierolSinds).toBeUndefined();
    expect(h.evaluatiedata).toBeUndefined();
  });

  it('na intrekken en opnieuw geven blijft de IB’er/COO de enige regierolhouder', () => {
    let h = stap(expertiseteamBesloten(), { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() }, IB, '2026-03-05T09:00:00Z');
    h = stap(h, { soort: 'toestemming_ingetrokken' }, IB, '2026-03-20T09:00:00Z');
    expect(h.status).toBe('wacht_op_toestemming');
    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ datum: '2026-03-25' }) }, IB, '2026-03-25T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([IB.aadObjectId]);
    expect(rollenVanId(h, IB).sort()).toEqual(['ib_coo', 'regierolhouder']);
    // The evaluation clock is not restarted.
    expect(h.regierolSinds).toBe('2026-03-05T09:00:00.000Z');
  });
});

describe('pasToe: toestemming', () => {
  function wachtend(): Hulpvraag {
    let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    h = stap(h, VOORBEELD.besluit, SF, '2026-03-03T09:00:00Z');
    return stap(h, { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
  }

  it('geweigerd: blijft wachten, de kandidaat blijft voorgesteld, niets wordt gedeeld; later alsnog gegeven', () => {
    let h = stap(wachtend(), { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ antwoorden: { ouder1: false, leerling: true } }) }, IB, '2026-03-05T09:00:00Z');
    expect(h.status).toBe('wacht_op_toestemming');
    expect(h.toestemming).toMatchObject({ status: 'geweigerd', partners: [], antwoorden: { ouder1: false, leerling: true } });
    expect(rollenVanId(h, EXPERT_A)).toEqual(['kandidaat_regierol']);
    expect(regierolhouders(h)).toEqual([]);

    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ datum: '2026-03-12' }) }, IB, '2026-03-12T09:00:00Z');
    expect(h.status).toBe('regierol_aangeboden');
    expect(h.toestemming?.status).toBe('gegeven');
  });

  it('onvolledige toestemming verandert niets', () => {
    const h = diepBevroren(wachtend());
    const fout = foutVan(() =>
      pasToe(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer({ antwoorden: { ouder1: true } }) }, IB, omgeving('2026-03-05T09:00:00Z')),
    );
    expect(isDomainError(fout, FOUTCODES.toestemmingOnvolledig)).toBe(true);
    expect(h.status).toBe('wacht_op_toestemming');
  });

  it('zonder toestemming kan het geval gesloten worden; de kandidaat verdwijnt', () => {
    const h = stap(wachtend(), { soort: 'gesloten', uitkomst: 'geen toestemming' }, IB, '2026-03-20T09:00:00Z');
    expect(h.status).toBe('gesloten');
    expect(h.betrokkenen.filter((b) => b.rol === 'kandidaat_regierol')).toEqual([]);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details).toEqual({ uitkomst: 'geen toestemming', bericht: 'Ahmed SMW: aanbod_vervallen' });
  });

  it.each(['regierol_aangeboden', 'regierol_actief', 'overdracht_aangevraagd'] as const)('ingetrokken vanuit %s: terug naar wachten, partners leeg', (status) => {
    let h: Hulpvraag;
    if (status === 'regierol_aangeboden') h = aangeboden();
    else if (status === 'regierol_actief') h = actief();
    else h = stap(actief(), { soort: 'overdracht_voorgesteld', naar: EXPERT_B_BETROKKENE, reden: 'r' }, EXPERT_A, '2026-04-01T09:00:00Z');
    expect(h.status).toBe(status);
    const voor = h.toestemming;
    h = stap(h, { soort: 'toestemming_ingetrokken' }, IB, '2026-04-05T22:30:00Z');
    expect(h.status).toBe('wacht_op_toestemming');
    expect(h.toestemming).toEqual({ ...voor, status: 'ingetrokken', partners: [], datum: '2026-04-06' });
    expect(regierolhouders(h).length).toBeLessThanOrEqual(1);
  });

  it('intrekken zonder vastgelegde toestemming verandert de toestemming niet maar wordt wel gelogd', () => {
    const h = stap(hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: false }), { soort: 'toestemming_ingetrokken' }, IB, '2026-04-05T09:00:00Z');
    expect(h.status).toBe('wacht_op_toestemming');
    expect(h.toestemming).toBeUndefined();
  });
});

describe('pasToe: stagnatie en Team NO', () => {
  it('stagnatie → Team NO erbij → besluit → weer regierol actief', () => {
    let h = actief();
    h = stap(
      h,
      { soort: 'stagnatie_gemeld', reden: 'wachtlijst', toelichting: 'geen plek', regel: 'evaluatie_te_laat', teamNo: VOORBEELD.stagnatie_gemeld.teamNo },
      SYSTEEM,
      '2026-05-01T09:00:00Z',
    );
    expect(h.status).toBe('stagnatie_team_no');
    expect(h.stagnatie).toEqual({ reden: 'wachtlijst', toelichting: 'geen plek', regel: 'evaluatie_te_laat', sinds: '2026-05-01T09:00:00.000Z' });
    expect(rollenVanId(h, TEAM_NO_1)).toEqual(['team_no']);
    expect(rollenVanId(h, TEAM_NO_2)).toEqual(['team_no']);
    expect(h.geschiedenis[h.geschiedenis.length - 1]).toMatchObject({
      door: { aadObjectId: 'systeem' },
      details: { reden: 'wachtlijst', regel: 'evaluatie_te_laat' },
    });

    h = stap(h, { soort: 'voortgang_vastgelegd', notitie: 'overbrugging loopt' }, EXPERT_A, '2026-05-03T09:00:00Z');
    expect(h.status).toBe('stagnatie_team_no');

    h = stap(h, VOORBEELD.team_no_besluit, TEAM_NO_1, '2026-05-04T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(h.stagnatie).toBeUndefined();
    expect(h.teamNoBesluit).toEqual({ besluit: 'overbruggingszorg inzetten', opdracht: 'gezinscoach', aanbieder: 'Jeugdhulp Noord', datum: '2026-04-02' });
    expect(h.laatsteVoortgang).toBe('2026-05-04T09:00:00.000Z');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    // Team NO stays involved (it may be asked again).
    expect(rollenVanId(h, TEAM_NO_1)).toEqual(['team_no']);
  });

  it('nogmaals gemelde Team NO-leden worden niet dubbel toegevoegd', () => {
    let h = stap(actief(), VOORBEELD.stagnatie_gemeld, SYSTEEM, '2026-05-01T09:00:00Z');
    h = stap(h, VOORBEELD.team_no_besluit, TEAM_NO_1, '2026-05-04T09:00:00Z');
    h = stap(h, VOORBEELD.stagnatie_gemeld, SYSTEEM, '2026-06-01T09:00:00Z');
    expect(h.betrokkenen.filter((b) => b.rol === 'team_no')).toHaveLength(2);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details).toEqual({ reden: 'wachtlijst' });
  });
});

describe('pasToe: experts en heropenen', () => {
  it('een expert wordt één keer toegevoegd, met discipline in de geschiedenis', () => {
    let h = stap(actief(), { soort: 'expert_toegevoegd', expert: EXPERT_C_BETROKKENE }, EXPERT_A, '2026-04-01T09:00:00Z');
    h = stap(h, { soort: 'expert_toegevoegd', expert: EXPERT_C_BETROKKENE }, EXPERT_A, '2026-04-02T09:00:00Z');
    expect(rollenVanId(h, EXPERT_C)).toEqual(['expert']);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details).toEqual({ expert: 'Cor Ortho', discipline: 'orthopedagoog/schoolpsycholoog' });
  });

  it('een toegevoegde expert krijgt altijd de rol expert, wat de invoer ook zegt', () => {
    const h = stap(actief(), { soort: 'expert_toegevoegd', expert: alsBetrokkene(EXPERT_C, 'regierolhouder') }, EXPERT_A, '2026-04-01T09:00:00Z');
    expect(rollenVanId(h, EXPERT_C)).toEqual(['expert']);
    expect(regierolhouders(h)).toHaveLength(1);
  });

  it('teruggemeld → heropend → weer actief met dezelfde houder', () => {
    let h = stap(actief(), { soort: 'teruggemeld', toelichting: 'klaar' }, EXPERT_A, '2026-06-01T09:00:00Z');
    h = stap(h, { soort: 'heropend', reden: 'nieuwe signalen' }, IB, '2026-06-02T09:00:00Z');
    expect(h.status).toBe('regierol_actief');
    expect(regierolhouders(h).map((b) => b.aadObjectId)).toEqual([EXPERT_A.aadObjectId]);
    expect(h.geschiedenis[h.geschiedenis.length - 1].details).toEqual({ reden: 'nieuwe signalen' });
  });

  it('basisondersteuning: besluit en sluiten', () => {
    let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    h = stap(h, { ...VOORBEELD.besluit, besluit: 'basisondersteuning', personen: [] }, SF, '2026-03-03T09:00:00Z');
    expect(h.status).toBe('besloten_basisondersteuning');
    h = stap(h, { soort: 'gesloten', uitkomst: 'basisondersteuning volstaat' }, IB, '2026-03-03T10:00:00Z');
    expect(h.status).toBe('gesloten');
    const fout = foutVan(() => pasToe(h, { soort: 'heropend', reden: 'x' }, IB, omgeving('2026-03-04T10:00:00Z')));
    expect(isDomainError(fout, FOUTCODES.transitieNietToegestaan)).toBe(true);
  });

  it('Loket: de Loket-medewerker krijgt de regierol aangeboden en neemt hem over', () => {
    const loket = alsBetrokkene({ tenantId: IB.tenantId, aadObjectId: 'aad-loket', naam: 'Lotte Loket' }, 'expert', 'Loket-medewerker');
    let h = stap(geregistreerdeHulpvraag(), { soort: 'doorgezet' }, IB, '2026-03-02T09:00:00Z');
    h = stap(h, { ...VOORBEELD.besluit, besluit: 'loket', personen: [loket] }, SF, '2026-03-03T09:00:00Z');
    expect(h.status).toBe('besloten_loket');
    h = stap(h, { soort: 'toestemming_gevraagd' }, IB, '2026-03-04T09:00:00Z');
    h = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() }, IB, '2026-03-05T09:00:00Z');
    expect(h.status).toBe('regierol_aangeboden');
    h = stap(h, { soort: 'regierol_geaccepteerd' }, loket, '2026-03-06T09:00:00Z');
    expect(regierolhouder(h)).toMatchObject({ aadObjectId: 'aad-loket', discipline: 'Loket-medewerker' });
  });
});

describe('pasToe: fouten zijn DomainErrors met een code', () => {
  it('een verboden stap noemt de gebeurtenis en de status', () => {
    const fout = foutVan(() => pasToe(geregistreerdeHulpvraag(), { soort: 'gesloten', uitkomst: 'x' }, IB, omgeving(REGISTRATIEMOMENT)));
    expect(fout).toBeInstanceOf(DomainError);
    expect(fout).toMatchObject({ code: 'HULPVRAAG.TRANSITIE_NIET_TOEGESTAAN', name: 'DomainError' });
    expect((fout as DomainError).message).toContain('gesloten');
    expect((fout as DomainError).message).toContain('Geregistreerd');
  });
});

describe('evaluaties vastleggen', () => {
  const evaluatie = (volgendeDatum?: string): Gebeurtenis => ({
    soort: 'evaluatie_vastgelegd',
    evaluatie: { doelBereikt: false, toelichting: 'nog niet', vervolg: 'doorgaan' },
    ...(volgendeDatum ? { volgendeDatum } : {}),
  });

  it('beantwoordt de eerstvolgende evaluatie en plant met een nieuwe datum de volgende opnieuw', () => {
    let h = hulpvraagIn('regierol_actief', { metHouder: true });
    h = stap(h, evaluatie(), EXPERT_A, '2026-04-21T08:00:00Z');
    expect(h.evaluaties.at(-1)).toMatchObject({ soort: 'tussentijds', voor: '2026-04-21' });
    h = stap(h, evaluatie('2026-09-01'), EXPERT_A, '2026-06-10T08:00:00Z');
    expect(h.evaluaties.at(-1)).toMatchObject({ soort: 'eind', voor: '2026-06-10' });
    expect(h.evaluatiedata?.eind).toBe('2026-09-01');
    // The moved evaluation is open again and answers the new date.
    h = stap(h, evaluatie(), EXPERT_A, '2026-09-01T08:00:00Z');
    expect(h.evaluaties.at(-1)).toMatchObject({ soort: 'eind', voor: '2026-09-01' });
    expect(() => stap(h, evaluatie(), EXPERT_A, '2026-09-02T08:00:00Z')).toThrow('Er staat geen evaluatie open');
  });

  it('weigert een nieuwe datum die niet in de toekomst ligt', () => {
    const h = hulpvraagIn('regierol_actief', { metHouder: true });
    expect(() => stap(h, evaluatie('2026-04-21'), EXPERT_A, '2026-04-21T08:00:00Z')).toThrow('na vandaag');
  });
});

describe('randgevallen van de route', () => {
  it('na intrekken en opnieuw geven van toestemming gaat de zittende regierolhouder gewoon door', () => {
    const h = hulpvraagIn('wacht_op_toestemming', { besluit: 'regierol', metHouder: true });
    const na = stap(h, { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() }, IB, '2026-04-01T10:00:00Z');
    expect(na.status).toBe('regierol_actief');
    expect(regierolhouders(na)).toHaveLength(1);
  });

  it('een besluit van Team NO zonder regierolhouder gaat terug naar het schakelteam', () => {
    const h = hulpvraagIn('stagnatie_team_no', { besluit: 'regierol' });
    const na = stap(h, VOORBEELD.team_no_besluit, IB, '2026-04-01T10:00:00Z');
    expect(na.status).toBe('bij_schakelteam');
    expect(na.teamNoBesluit).toBeDefined();
  });
});
