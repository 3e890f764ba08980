import { DomainError, FOUTCODES, isDomainError } from '../../src/domain/errors';
import {
  Leeftijdsgegeven,
  Toestemmingsgever,
  beoordeelToestemming,
  deeltMet,
  leeftijdOpDatum,
  trekIn,
  vereisteGevers,
} from '../../src/domain/toestemming';
import { toestemmingInvoer, foutVan } from './fixtures';

describe('vereisteGevers per leeftijd', () => {
  it.each([
    [0, ['ouder1']],
    [4, ['ouder1']],
    [11, ['ouder1']],
    [12, ['ouder1', 'leerling']],
    [13, ['ouder1', 'leerling']],
    [15, ['ouder1', 'leerling']],
    [16, ['leerling']],
    [17, ['leerling']],
    [18, ['leerling']],
  ] as const)('%i jaar → %j', (leeftijd, verwacht) => {
    expect(vereisteGevers(leeftijd, true)).toEqual(verwacht);
  });
});

describe('leeftijdOpDatum', () => {
  it.each<[string, Leeftijdsgegeven, string, number]>([
    ['geboortedatum, dag voor 12e verjaardag', { geboortedatum: '2014-05-10' }, '2026-05-09', 11],
    ['geboortedatum, 12e verjaardag', { geboortedatum: '2014-05-10' }, '2026-05-10', 12],
    ['geboortedatum, dag voor 16e verjaardag', { geboortedatum: '2010-05-10' }, '2026-05-09', 15],
    ['geboortedatum, 16e verjaardag', { geboortedatum: '2010-05-10' }, '2026-05-10', 16],
    ['alleen leeftijd, zelfde dag', { leeftijd: 11, peildatum: '2026-01-10' }, '2026-01-10', 11],
    ['alleen leeftijd, bijna een jaar later', { leeftijd: 11, peildatum: '2026-01-10' }, '2027-01-09', 11],
    ['alleen leeftijd, een jaar later', { leeftijd: 11, peildatum: '2026-01-10' }, '2027-01-10', 12],
    ['alleen leeftijd, drie jaar later', { leeftijd: 13, peildatum: '2026-01-10' }, '2029-02-01', 16],
    ['alleen leeftijd, datum voor de peildatum', { leeftijd: 12, peildatum: '2026-01-10' }, '2025-06-01', 12],
  ])('%s', (_naam, gegeven, datum, verwacht) => {
    expect(leeftijdOpDatum(gegeven, datum)).toBe(verwacht);
  });
});

/** A calendar that accepts every consent date in these tables (the calendar rules have their own tests). */
const RUIM = { vandaag: '2035-01-01', registratiedatum: '2020-01-01' };

type Antwoorden = Partial<Record<Toestemmingsgever, boolean>>;

interface Geval {
  readonly naam: string;
  readonly leeftijd: Leeftijdsgegeven;
  readonly datum: string;
  readonly antwoorden: Antwoorden;
  readonly status: 'gegeven' | 'geweigerd';
  readonly opgeslagen: Antwoorden;
  readonly leeftijdBijVragen: number;
}

const JONG = { geboortedatum: '2015-03-01' }; // 11 on 2026-03-10
const TWAALF_OP_10_MEI = { geboortedatum: '2014-05-10' };
const ZESTIEN_OP_10_MEI = { geboortedatum: '2010-05-10' };
const VIJFTIEN = { geboortedatum: '2011-01-01' }; // 15 on 2026-03-10

const GEVALLEN: readonly Geval[] = [
  // 11: only the parents count
  { naam: '11, ouders ja', leeftijd: JONG, datum: '2026-03-10', antwoorden: { ouder1: true }, status: 'gegeven', opgeslagen: { ouder1: true }, leeftijdBijVragen: 11 },
  { naam: '11, ouders nee', leeftijd: JONG, datum: '2026-03-10', antwoorden: { ouder1: false }, status: 'geweigerd', opgeslagen: { ouder1: false }, leeftijdBijVragen: 11 },
  { naam: '11, ouders ja, leerling nee (genegeerd)', leeftijd: JONG, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: false }, status: 'gegeven', opgeslagen: { ouder1: true }, leeftijdBijVragen: 11 },
  { naam: '11, ouders nee, leerling ja (genegeerd)', leeftijd: JONG, datum: '2026-03-10', antwoorden: { ouder1: false, leerling: true }, status: 'geweigerd', opgeslagen: { ouder1: false }, leeftijdBijVragen: 11 },
  // the day before the 12th birthday
  { naam: 'dag voor 12e verjaardag, alleen ouders', leeftijd: TWAALF_OP_10_MEI, datum: '2026-05-09', antwoorden: { ouder1: true, leerling: false }, status: 'gegeven', opgeslagen: { ouder1: true }, leeftijdBijVragen: 11 },
  // the 12th birthday itself: parents and pupil
  { naam: '12e verjaardag, beiden ja', leeftijd: TWAALF_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: true, leerling: true }, status: 'gegeven', opgeslagen: { ouder1: true, leerling: true }, leeftijdBijVragen: 12 },
  { naam: '12e verjaardag, leerling nee', leeftijd: TWAALF_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: true, leerling: false }, status: 'geweigerd', opgeslagen: { ouder1: true, leerling: false }, leeftijdBijVragen: 12 },
  { naam: '12e verjaardag, ouders nee', leeftijd: TWAALF_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: false, leerling: true }, status: 'geweigerd', opgeslagen: { ouder1: false, leerling: true }, leeftijdBijVragen: 12 },
  { naam: '12e verjaardag, beiden nee', leeftijd: TWAALF_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: false, leerling: false }, status: 'geweigerd', opgeslagen: { ouder1: false, leerling: false }, leeftijdBijVragen: 12 },
  // 15
  { naam: '15, beiden ja', leeftijd: VIJFTIEN, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: true }, status: 'gegeven', opgeslagen: { ouder1: true, leerling: true }, leeftijdBijVragen: 15 },
  { naam: '15, ouders nee', leeftijd: VIJFTIEN, datum: '2026-03-10', antwoorden: { ouder1: false, leerling: true }, status: 'geweigerd', opgeslagen: { ouder1: false, leerling: true }, leeftijdBijVragen: 15 },
  // the day before the 16th birthday: still both
  { naam: 'dag voor 16e verjaardag, leerling ja, ouders nee', leeftijd: ZESTIEN_OP_10_MEI, datum: '2026-05-09', antwoorden: { ouder1: false, leerling: true }, status: 'geweigerd', opgeslagen: { ouder1: false, leerling: true }, leeftijdBijVragen: 15 },
  { naam: 'dag voor 16e verjaardag, beiden ja', leeftijd: ZESTIEN_OP_10_MEI, datum: '2026-05-09', antwoorden: { ouder1: true, leerling: true }, status: 'gegeven', opgeslagen: { ouder1: true, leerling: true }, leeftijdBijVragen: 15 },
  // the 16th birthday itself: the pupil alone
  { naam: '16e verjaardag, leerling ja, ouders nee (genegeerd)', leeftijd: ZESTIEN_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: false, leerling: true }, status: 'gegeven', opgeslagen: { leerling: true }, leeftijdBijVragen: 16 },
  { naam: '16e verjaardag, leerling nee, ouders ja (genegeerd)', leeftijd: ZESTIEN_OP_10_MEI, datum: '2026-05-10', antwoorden: { ouder1: true, leerling: false }, status: 'geweigerd', opgeslagen: { leerling: false }, leeftijdBijVragen: 16 },
  { naam: '16e verjaardag, alleen leerling ja', leeftijd: ZESTIEN_OP_10_MEI, datum: '2026-05-10', antwoorden: { leerling: true }, status: 'gegeven', opgeslagen: { leerling: true }, leeftijdBijVragen: 16 },
  // only an age is known
  { naam: 'alleen leeftijd 11', leeftijd: { leeftijd: 11, peildatum: '2026-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: false }, status: 'gegeven', opgeslagen: { ouder1: true }, leeftijdBijVragen: 11 },
  { naam: 'alleen leeftijd 12', leeftijd: { leeftijd: 12, peildatum: '2026-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: true }, status: 'gegeven', opgeslagen: { ouder1: true, leerling: true }, leeftijdBijVragen: 12 },
  { naam: 'alleen leeftijd 15, leerling nee', leeftijd: { leeftijd: 15, peildatum: '2026-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: false }, status: 'geweigerd', opgeslagen: { ouder1: true, leerling: false }, leeftijdBijVragen: 15 },
  { naam: 'alleen leeftijd 16, ouders genegeerd', leeftijd: { leeftijd: 16, peildatum: '2026-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: false, leerling: true }, status: 'gegeven', opgeslagen: { leerling: true }, leeftijdBijVragen: 16 },
  { naam: 'alleen leeftijd 11, een jaar later 12', leeftijd: { leeftijd: 11, peildatum: '2025-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: true, leerling: true }, status: 'gegeven', opgeslagen: { ouder1: true, leerling: true }, leeftijdBijVragen: 12 },
  { naam: 'alleen leeftijd 15, een jaar later 16', leeftijd: { leeftijd: 15, peildatum: '2025-03-01' }, datum: '2026-03-10', antwoorden: { ouder1: false, leerling: true }, status: 'gegeven', opgeslagen: { leerling: true }, leeftijdBijVragen: 16 },
];

describe('beoordeelToestemming', () => {
  it.each(GEVALLEN.map((g) => [g.naam, g] as const))('%s', (_naam, g) => {
    const invoer = toestemmingInvoer({ antwoorden: g.antwoorden, datum: g.datum, partners: ['CJG', 'wijkteam'], wijze: 'mondeling' });
    const t = beoordeelToestemming(g.leeftijd, invoer, RUIM);
    expect(t).toEqual({
      status: g.status,
      antwoorden: g.opgeslagen,
      eenOuderMetGezag: true,
      partners: g.status === 'gegeven' ? ['CJG', 'wijkteam'] : [],
      datum: g.datum,
      wijze: 'mondeling',
      leeftijdBijVragen: g.leeftijdBijVragen,
    });
  });

  it.each<[string, Leeftijdsgegeven, string, Antwoorden, string]>([
    ['11, geen antwoord ouders', JONG, '2026-03-10', { leerling: true }, 'ouder/verzorger 1'],
    ['11, helemaal niets', JONG, '2026-03-10', {}, 'ouder/verzorger 1'],
    ['12, leerling ontbreekt', TWAALF_OP_10_MEI, '2026-05-10', { ouder1: true }, 'leerling'],
    ['12, ouders ontbreken (ook bij nee van leerling)', TWAALF_OP_10_MEI, '2026-05-10', { leerling: false }, 'ouder/verzorger 1'],
    ['15, niets', VIJFTIEN, '2026-03-10', {}, 'ouder/verzorger 1, de leerling'],
    ['16, leerling ontbreekt', ZESTIEN_OP_10_MEI, '2026-05-10', { ouder1: true }, 'leerling'],
    ['alleen leeftijd 14, leerling ontbreekt', { leeftijd: 14, peildatum: '2026-03-01' }, '2026-03-10', { ouder1: true }, 'leerling'],
  ])('ontbrekend verplicht antwoord gooit TOESTEMMING.ONVOLLEDIG: %s', (_naam, leeftijd, datum, antwoorden, wie) => {
    const fout = foutVan(() => beoordeelToestemming(leeftijd, toestemmingInvoer({ antwoorden, datum }), RUIM));
    expect(fout).toBeInstanceOf(DomainError);
    expect(isDomainError(fout, FOUTCODES.toestemmingOnvolledig)).toBe(true);
    expect((fout as DomainError).code).toBe('TOESTEMMING.ONVOLLEDIG');
    expect((fout as DomainError).message).toContain(wie);
  });

  it('gegeven zonder partners gooit TOESTEMMING.ONVOLLEDIG', () => {
    const fout = foutVan(() => beoordeelToestemming(VIJFTIEN, toestemmingInvoer({ partners: [] }), RUIM));
    expect(isDomainError(fout, FOUTCODES.toestemmingOnvolledig)).toBe(true);
  });

  it('geweigerd zonder partners is gewoon een weigering', () => {
    const t = beoordeelToestemming(VIJFTIEN, toestemmingInvoer({ antwoorden: { ouder1: false, leerling: true }, partners: [] }), RUIM);
    expect(t.status).toBe('geweigerd');
    expect(t.partners).toEqual([]);
  });

  it('kopieert de partners (latere wijziging van de invoer lekt niet door)', () => {
    const partners = ['CJG'];
    const t = beoordeelToestemming(VIJFTIEN, toestemmingInvoer({ partners }), RUIM);
    partners.push('leerplicht');
    expect(t.partners).toEqual(['CJG']);
  });
});

describe('trekIn en deeltMet', () => {
  const gegeven = beoordeelToestemming(VIJFTIEN, toestemmingInvoer({ partners: ['CJG', 'wijkteam'], datum: '2026-03-10' }), RUIM);

  it('intrekken: status ingetrokken, geen partners meer, datum van intrekking, de rest blijft', () => {
    const ingetrokken = trekIn(gegeven, '2026-04-01');
    expect(ingetrokken).toEqual({ ...gegeven, status: 'ingetrokken', partners: [], datum: '2026-04-01' });
    expect(gegeven.status).toBe('gegeven');
    expect(gegeven.partners).toEqual(['CJG', 'wijkteam']);
  });

  it.each([
    ['gegeven, genoemde partner', 'CJG', true],
    ['gegeven, andere genoemde partner', 'wijkteam', true],
    ['gegeven, niet genoemde partner', 'leerplicht', false],
    ['gegeven, hoofdlettergevoelig', 'cjg', false],
  ])('deeltMet %s', (_naam, partner, verwacht) => {
    expect(deeltMet(gegeven, partner)).toBe(verwacht);
  });

  it('deelt niets na intrekken, na weigering of zonder toestemming', () => {
    expect(deeltMet(trekIn(gegeven, '2026-04-01'), 'CJG')).toBe(false);
    expect(deeltMet({ ...gegeven, status: 'ingetrokken' }, 'CJG')).toBe(false);
    expect(deeltMet({ ...gegeven, status: 'geweigerd' }, 'CJG')).toBe(false);
    expect(deeltMet(undefined, 'CJG')).toBe(false);
  });
});
