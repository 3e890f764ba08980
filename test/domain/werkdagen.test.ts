import {
  eersteVensterVanaf,
  feestdagen,
  inVenster,
  isWerkdag,
  paaszondag,
  plusWerkdagen,
  vensterbegin,
  volgendVensterbegin,
  werkdagOpOfVoor,
  werkdagenNa,
} from '../../src/domain/werkdagen';

describe('paaszondag', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (jaar, verwacht) => expect(paaszondag(jaar)).toBe(verwacht));
});

describe('feestdagen 2026', () => {
  it('kent de vaste en de paasafhankelijke dagen', () => {
    expect([...feestdagen(2026).entries()].sort()).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', 'Bevrijdingsdag'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
  });
  it('Koningsdag op zaterdag 26 april als 27 april een zondag is (2025, 2031)', () => {
    expect(feestdagen(2025).get('2025-04-26')).toBe('Koningsdag');
    expect(feestdagen(2031).get('2031-04-26')).toBe('Koningsdag');
    expect(feestdagen(2031).has('2031-04-27')).toBe(false);
  });
  it('Goede Vrijdag en Bevrijdingsdag zijn instelbaar', () => {
    expect(isWerkdag('2026-04-03')).toBe(true);
    expect(isWerkdag('2026-04-03', { goedeVrijdag: true, bevrijdingsdag: 'jaarlijks' })).toBe(false);
    expect(isWerkdag('2026-05-05', { goedeVrijdag: false, bevrijdingsdag: 'lustrum' })).toBe(true);
    expect(isWerkdag('2030-05-06', { goedeVrijdag: false, bevrijdingsdag: 'lustrum' })).toBe(true);
    expect(isWerkdag('2025-05-05', { goedeVrijdag: false, bevrijdingsdag: 'lustrum' })).toBe(false);
    expect(isWerkdag('2026-05-05', { goedeVrijdag: false, bevrijdingsdag: 'nooit' })).toBe(true);
  });
});

describe('werkdagen', () => {
  it.each<[string, string, number, string]>([
    ['vrijdag + 1 → maandag', '2026-03-27', 1, '2026-03-30'],
    ['maandag - 1 → vrijdag', '2026-03-30', -1, '2026-03-27'],
    ['over Pasen heen (Tweede Paasdag vrij)', '2026-04-02', 2, '2026-04-07'],
    ['over Koningsdag (ma 27 april)', '2026-04-24', 1, '2026-04-28'],
    ['over Kerst en het weekend', '2026-12-24', 1, '2026-12-28'],
    ['over Nieuwjaar', '2026-12-31', 1, '2027-01-04'],
    ['Hemelvaart terug', '2026-05-15', -1, '2026-05-13'],
    ['0 laat de dag zelf staan, ook zaterdag', '2026-03-28', 0, '2026-03-28'],
    ['10 werkdagen over Tweede Paasdag', '2026-03-30', 10, '2026-04-14'],
  ])('%s', (_naam, datum, aantal, verwacht) => expect(plusWerkdagen(datum, aantal)).toBe(verwacht));

  it('werkdagOpOfVoor en werkdagenNa', () => {
    expect(werkdagOpOfVoor('2026-10-24')).toBe('2026-10-23');
    expect(werkdagOpOfVoor('2026-12-26')).toBe('2026-12-24');
    expect(werkdagenNa('2026-03-27', '2026-04-07')).toBe(6);
    expect(werkdagenNa('2026-03-27', '2026-03-27')).toBe(0);
  });
});

describe('verzendvenster 08:00–17:00 Amsterdam', () => {
  it.each<[string, string, boolean]>([
    ['ma 08:00 zomertijd (06:00Z)', '2026-03-30T06:00:00Z', true],
    ['ma 07:59 zomertijd', '2026-03-30T05:59:00Z', false],
    ['vr 07:30 wintertijd (06:30Z)', '2026-03-27T06:30:00Z', false],
    ['vr 08:00 wintertijd (07:00Z)', '2026-03-27T07:00:00Z', true],
    ['vr 16:59 wintertijd', '2026-03-27T15:59:00Z', true],
    ['vr 17:00 wintertijd', '2026-03-27T16:00:00Z', false],
    ['zaterdag 10:00', '2026-03-28T09:00:00Z', false],
    ['Tweede Paasdag 11:00', '2026-04-06T09:00:00Z', false],
    ['vr 23 okt 16:30 zomertijd (14:30Z)', '2026-10-23T14:30:00Z', true],
    ['ma 26 okt 08:00 wintertijd (07:00Z)', '2026-10-26T07:00:00Z', true],
    ['ma 26 okt 07:30 wintertijd (06:30Z)', '2026-10-26T06:30:00Z', false],
  ])('%s → %s', (_naam, moment, verwacht) => expect(inVenster(new Date(moment))).toBe(verwacht));

  it.each<[string, string, string]>([
    ['binnen het venster: meteen', '2026-03-30T09:15:00Z', '2026-03-30T09:15:00.000Z'],
    ['vrijdagavond vóór de zomertijd → maandag 08:00 CEST', '2026-03-27T17:00:00Z', '2026-03-30T06:00:00.000Z'],
    ['zaterdag in de herfst → maandag 08:00 CET', '2026-10-24T10:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['vroeg op een werkdag → dezelfde dag 08:00', '2026-10-26T05:00:00Z', '2026-10-26T07:00:00.000Z'],
    ['kerstavond 18:00 → maandag 28 december', '2026-12-24T17:00:00Z', '2026-12-28T07:00:00.000Z'],
    ['vrijdag voor Koningsdag → dinsdag', '2026-04-24T16:00:00Z', '2026-04-28T06:00:00.000Z'],
    ['nacht van de wintertijdwissel', '2026-10-25T01:30:00Z', '2026-10-26T07:00:00.000Z'],
  ])('%s', (_naam, moment, verwacht) => expect(volgendVensterbegin(new Date(moment)).toISOString()).toBe(verwacht));

  it('vensterbegin volgt de zomertijd; eersteVensterVanaf slaat vrije dagen over', () => {
    expect(vensterbegin('2026-03-27').toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(vensterbegin('2026-03-30').toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(eersteVensterVanaf('2026-10-25').toISOString()).toBe('2026-10-26T07:00:00.000Z');
  });
});
