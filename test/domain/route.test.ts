import { DomainError, FOUTCODES, isDomainError } from '../../src/domain/errors';
import { RouteContext, STATUSSEN, STATUS_NAMEN, isToegestaan, volgendeStatus } from '../../src/domain/route';
import { GEEN, SOORTEN, TOEGESTAAN, TOEGESTANE_PAREN, VERBODEN, sleutel } from './routetabel';

describe('route: de tabel zelf', () => {
  it('kent 13 statussen en 30 gebeurtenissen, dus 390 paren', () => {
    expect(STATUSSEN).toHaveLength(13);
    expect(SOORTEN).toHaveLength(30);
    expect(TOEGESTANE_PAREN.size + VERBODEN.length).toBe(STATUSSEN.length * SOORTEN.length);
  });

  it('GEBEURTENISSEN staat precies de paren uit de handgeschreven tabel toe', () => {
    const volgensCode = STATUSSEN.flatMap((status) => SOORTEN.filter((soort) => isToegestaan(status, soort)).map((soort) => sleutel(status, soort)));
    expect(new Set(volgensCode)).toEqual(TOEGESTANE_PAREN);
  });

  it('heeft een leesbare naam voor elke status', () => {
    for (const status of STATUSSEN) expect(STATUS_NAMEN[status]).toEqual(expect.any(String));
  });

  it('elke status behalve gesloten heeft een uitgang, en gesloten heeft er geen', () => {
    for (const status of STATUSSEN) {
      const uitgangen = SOORTEN.filter((soort) => isToegestaan(status, soort));
      if (status === 'gesloten') expect(uitgangen).toEqual([]);
      else expect(uitgangen.length).toBeGreaterThan(0);
    }
  });
});

describe('volgendeStatus: toegestane paren', () => {
  it.each(TOEGESTAAN.map((r) => [r.status, r.soort, r.toelichting, r] as const))('%s + %s %s', (_s, _g, _t, r) => {
    expect(isToegestaan(r.status, r.soort)).toBe(true);
    expect(volgendeStatus(r.status, r.soort, r.context)).toBe(r.verwacht);
  });

  it('een besluit zonder soort is ongeldige invoer', () => {
    expect(() => volgendeStatus('bij_schakelteam', 'besluit', GEEN)).toThrow(DomainError);
    try {
      volgendeStatus('bij_schakelteam', 'besluit', GEEN);
    } catch (fout) {
      expect(isDomainError(fout, FOUTCODES.ongeldigeInvoer)).toBe(true);
    }
  });

  it('gebeurtenissen zonder statuswissel laten de status staan, ongeacht de context', () => {
    const contexten: RouteContext[] = [GEEN, { heeftActieveRegierol: true, besluit: 'loket', toestemmingGegeven: true }];
    for (const context of contexten) {
      expect(volgendeStatus('regierol_actief', 'voortgang_vastgelegd', context)).toBe('regierol_actief');
      expect(volgendeStatus('stagnatie_team_no', 'evaluatie_vastgelegd', context)).toBe('stagnatie_team_no');
    }
  });
});

describe('volgendeStatus: verboden paren (complement van de tabel)', () => {
  it.each(VERBODEN)('%s + %s wordt geweigerd', (status, soort) => {
    expect(isToegestaan(status, soort)).toBe(false);
    const contexten: RouteContext[] = [
      GEEN,
      { heeftActieveRegierol: true, besluit: 'regierol', toestemmingGegeven: true },
      { heeftActieveRegierol: false, besluit: 'expertiseteam', toestemmingGegeven: false },
    ];
    for (const context of contexten) {
      let gegooid: unknown;
      try {
        volgendeStatus(status, soort, context);
      } catch (fout) {
        gegooid = fout;
      }
      expect(gegooid).toBeInstanceOf(DomainError);
      expect(isDomainError(gegooid, FOUTCODES.transitieNietToegestaan)).toBe(true);
      expect((gegooid as DomainError).code).toBe('HULPVRAAG.TRANSITIE_NIET_TOEGESTAAN');
      expect((gegooid as DomainError).message).toContain(STATUS_NAMEN[status]);
    }
  });
});
