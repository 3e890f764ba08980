import { STANDAARD_TERMIJNEN } from '../helpers/instellingen';
import { Evaluatietermijnen, evaluatiedataVanaf, volgendeEvaluatie } from '../../src/domain/deadlines';
import { Evaluatiedata } from '../../src/domain/hulpvraag';

const VIER_WEKEN_TWEE_MAANDEN: Evaluatietermijnen = { tussentijdsWeken: 4, maanden: 2 };

describe('STANDAARD_TERMIJNEN', () => {
  it('is 6 weken en 3 maanden', () => {
    expect(STANDAARD_TERMIJNEN).toEqual({ tussentijdsWeken: 6, maanden: 3 });
  });
});

describe('evaluatiedataVanaf', () => {
  it.each<[string, string | Date, Evaluatietermijnen, Evaluatiedata]>([
    // End of March, around the spring change
    ['28 maart 22:59Z = 28 maart Amsterdam', new Date('2026-03-28T22:59:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-05-09', eind: '2026-06-28' }],
    ['28 maart 23:30Z = 29 maart Amsterdam', new Date('2026-03-28T23:30:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-05-10', eind: '2026-06-29' }],
    ['29 maart als datum', '2026-03-29', STANDAARD_TERMIJNEN, { tussentijds: '2026-05-10', eind: '2026-06-29' }],
    ['29 maart 22:30Z = 30 maart Amsterdam (zomertijd)', new Date('2026-03-29T22:30:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-05-11', eind: '2026-06-30' }],
    ['31 maart als datum', '2026-03-31', STANDAARD_TERMIJNEN, { tussentijds: '2026-05-12', eind: '2026-06-30' }],
    ['31 maart 21:59Z = 31 maart Amsterdam', new Date('2026-03-31T21:59:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-05-12', eind: '2026-06-30' }],
    ['31 maart 22:00Z = 1 april Amsterdam', new Date('2026-03-31T22:00:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-05-13', eind: '2026-07-01' }],
    ['28 maart 23:30Z, 4 weken / 2 maanden', new Date('2026-03-28T23:30:00Z'), VIER_WEKEN_TWEE_MAANDEN, { tussentijds: '2026-04-26', eind: '2026-05-29' }],
    ['31 maart, 4 weken / 2 maanden', '2026-03-31', VIER_WEKEN_TWEE_MAANDEN, { tussentijds: '2026-04-28', eind: '2026-05-31' }],
    // End of October, around the autumn change
    ['24 oktober 21:59Z = 24 oktober Amsterdam', new Date('2026-10-24T21:59:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-12-05', eind: '2027-01-24' }],
    ['24 oktober 22:30Z = 25 oktober Amsterdam', new Date('2026-10-24T22:30:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-12-06', eind: '2027-01-25' }],
    ['25 oktober 22:59Z = 25 oktober Amsterdam (wintertijd)', new Date('2026-10-25T22:59:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-12-06', eind: '2027-01-25' }],
    ['25 oktober 23:00Z = 26 oktober Amsterdam', new Date('2026-10-25T23:00:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-12-07', eind: '2027-01-26' }],
    ['31 oktober als datum', '2026-10-31', STANDAARD_TERMIJNEN, { tussentijds: '2026-12-12', eind: '2027-01-31' }],
    ['31 oktober 23:30Z = 1 november Amsterdam', new Date('2026-10-31T23:30:00Z'), STANDAARD_TERMIJNEN, { tussentijds: '2026-12-13', eind: '2027-02-01' }],
    ['24 oktober 22:30Z, 4 weken / 2 maanden', new Date('2026-10-24T22:30:00Z'), VIER_WEKEN_TWEE_MAANDEN, { tussentijds: '2026-11-22', eind: '2026-12-25' }],
    ['31 oktober, 4 weken / 2 maanden', '2026-10-31', VIER_WEKEN_TWEE_MAANDEN, { tussentijds: '2026-11-28', eind: '2026-12-31' }],
    // Month ends and leap years
    ['30 november → eind in februari (geen schrikkeljaar)', '2026-11-30', STANDAARD_TERMIJNEN, { tussentijds: '2027-01-11', eind: '2027-02-28' }],
    ['30 november 2027 → 29 februari 2028', '2027-11-30', STANDAARD_TERMIJNEN, { tussentijds: '2028-01-11', eind: '2028-02-29' }],
    ['31 december, 2 maanden', '2026-12-31', VIER_WEKEN_TWEE_MAANDEN, { tussentijds: '2027-01-28', eind: '2027-02-28' }],
    ['1 weken / 1 maand', '2026-01-31', { tussentijdsWeken: 1, maanden: 1 }, { tussentijds: '2026-02-07', eind: '2026-02-28' }],
  ])('%s', (_naam, start, termijnen, verwacht) => {
    expect(evaluatiedataVanaf(start, termijnen)).toEqual(verwacht);
  });

  it('een Date en de bijbehorende Amsterdamse datum geven hetzelfde resultaat', () => {
    expect(evaluatiedataVanaf(new Date('2026-10-24T22:30:00Z'), STANDAARD_TERMIJNEN)).toEqual(evaluatiedataVanaf('2026-10-25', STANDAARD_TERMIJNEN));
    expect(evaluatiedataVanaf(new Date('2026-03-28T23:30:00Z'), STANDAARD_TERMIJNEN)).toEqual(evaluatiedataVanaf('2026-03-29', STANDAARD_TERMIJNEN));
  });
});

describe('volgendeEvaluatie', () => {
  const data: Evaluatiedata = { tussentijds: '2026-05-10', eind: '2026-06-29' };

  it.each<[string, Evaluatiedata | undefined, ReadonlyArray<{ soort: 'tussentijds' | 'eind' }>, ReturnType<typeof volgendeEvaluatie>]>([
    ['geen data (regierol nog niet gestart)', undefined, [], undefined],
    ['geen data, ook niet met evaluaties', undefined, [{ soort: 'tussentijds' }], undefined],
    ['nog niets vastgelegd', data, [], { soort: 'tussentijds', datum: '2026-05-10' }],
    ['tussentijds vastgelegd', data, [{ soort: 'tussentijds' }], { soort: 'eind', datum: '2026-06-29' }],
    ['alleen eind vastgelegd', data, [{ soort: 'eind' }], { soort: 'tussentijds', datum: '2026-05-10' }],
    ['beide vastgelegd', data, [{ soort: 'tussentijds' }, { soort: 'eind' }], undefined],
    ['beide in omgekeerde volgorde', data, [{ soort: 'eind' }, { soort: 'tussentijds' }], undefined],
    ['tussentijds twee keer', data, [{ soort: 'tussentijds' }, { soort: 'tussentijds' }], { soort: 'eind', datum: '2026-06-29' }],
  ])('%s', (_naam, d, vastgelegd, verwacht) => {
    expect(volgendeEvaluatie(d, vastgelegd)).toEqual(verwacht);
  });
});
