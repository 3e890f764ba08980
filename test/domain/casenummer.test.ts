import { formatteerNummer, isHulpvraagnummer, normaliseerNummer, tellerSleutel } from '../../src/domain/casenummer';

describe('formatteerNummer', () => {
  it.each([
    ['2026-11-23', 42, 'HV-2026-0042'],
    ['2026-08-01', 1, 'HV-2026-0001'],
    ['2026-07-31', 1, 'HV-2025-0001'],
    ['2027-07-31', 999, 'HV-2026-0999'],
    ['2027-08-01', 1, 'HV-2027-0001'],
    ['2027-01-01', 9999, 'HV-2026-9999'],
    ['2027-01-01', 10000, 'HV-2026-10000'],
    ['2026-12-31', 123, 'HV-2026-0123'],
  ])('%s, volgnummer %i → %s', (datum, volgnummer, verwacht) => {
    expect(formatteerNummer(datum, volgnummer)).toBe(verwacht);
    expect(isHulpvraagnummer(verwacht)).toBe(true);
  });

  it('weigert een ongeldige datum', () => {
    expect(() => formatteerNummer('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('tellerSleutel', () => {
  it.each([
    ['De Regenboog', '2026-11-23', 'de-regenboog:2026'],
    ['  De Regenboog  ', '2026-11-23', 'de-regenboog:2026'],
    ['DE REGENBOOG', '2026-11-23', 'de-regenboog:2026'],
    ['De   Regenboog', '2026-11-23', 'de-regenboog:2026'],
    ['De\tRegenboog', '2026-11-23', 'de-regenboog:2026'],
    ['de-regenboog', '2026-11-23', 'de-regenboog:2026'],
    ['De Regenboog', '2026-07-31', 'de-regenboog:2025'],
    ['De Regenboog', '2026-08-01', 'de-regenboog:2026'],
    ["CBS 't Anker", '2026-11-23', 'cbs-t-anker:2026'],
    ['OBS De Wegwijzer 2', '2026-11-23', 'obs-de-wegwijzer-2:2026'],
    ['Sint-Jozefschool / locatie Noord', '2026-11-23', 'sint-jozefschool-locatie-noord:2026'],
  ])('%j op %s → %s', (school, datum, verwacht) => {
    expect(tellerSleutel(school, datum)).toBe(verwacht);
  });

  it('schrijfwijzen van dezelfde school delen één teller; andere scholen en schooljaren niet', () => {
    const sleutels = new Set(['De Regenboog', 'de regenboog', ' DE  REGENBOOG '].map((s) => tellerSleutel(s, '2026-09-01')));
    expect(sleutels.size).toBe(1);
    expect(tellerSleutel('De Regenboog', '2026-09-01')).not.toBe(tellerSleutel('De Zonnewijzer', '2026-09-01'));
    expect(tellerSleutel('De Regenboog', '2026-09-01')).not.toBe(tellerSleutel('De Regenboog', '2027-09-01'));
    expect(tellerSleutel('De Regenboog', '2026-09-01')).toBe(tellerSleutel('De Regenboog', '2027-07-31'));
  });
});

describe('isHulpvraagnummer', () => {
  it.each([
    ['HV-2026-0042', true],
    ['hv-2026-0042', true],
    ['  HV-2026-0042 ', true],
    ['HV-2026-12345', true],
    ['HV-2026-042', false],
    ['HV-26-0042', false],
    ['HV2026-0042', false],
    ['HV-2026-0042x', false],
    ['xHV-2026-0042', false],
    ['HV-2026-00A2', false],
    ['HV 2026 0042', false],
    ['', false],
  ])('%j → %s', (tekst, verwacht) => {
    expect(isHulpvraagnummer(tekst)).toBe(verwacht);
  });
});

describe('normaliseerNummer', () => {
  it.each([
    ['hv-2026-0042', 'HV-2026-0042'],
    ['  Hv-2026-0042  ', 'HV-2026-0042'],
    ['HV-2026-0042', 'HV-2026-0042'],
  ])('%j → %s', (tekst, verwacht) => {
    expect(normaliseerNummer(tekst)).toBe(verwacht);
    expect(isHulpvraagnummer(normaliseerNummer(tekst))).toBe(true);
  });
});
