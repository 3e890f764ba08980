import {
  TIJDZONE,
  amsterdamNaarUtc,
  dagenTussen,
  datumInAmsterdam,
  isLocalDate,
  leeftijdOp,
  plusDagen,
  plusMaanden,
  schooljaar,
  wandtijdInAmsterdam,
  weekdag,
} from '../../src/domain/tijd';

describe('isLocalDate', () => {
  it.each([
    ['2026-03-29', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-3-29', false],
    ['29-03-2026', false],
    ['2026-03-29T00:00', false],
    ['', false],
  ])('%s → %s', (waarde, verwacht) => {
    expect(isLocalDate(waarde)).toBe(verwacht);
  });
});

describe('plusDagen', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-03-29', 42, '2026-05-10'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-05-10', 0, '2026-05-10'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
  ])('%s + %i dagen = %s', (datum, dagen, verwacht) => {
    expect(plusDagen(datum, dagen)).toBe(verwacht);
  });

  it.each(['2026-02-30', 'morgen', '2026-3-1'])('weigert een ongeldige datum %s', (datum) => {
    expect(() => plusDagen(datum, 1)).toThrow(RangeError);
  });
});

describe('plusMaanden', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-01-30', 1, '2026-02-28'],
    ['2026-01-29', 1, '2026-02-28'],
    ['2028-01-29', 1, '2028-02-29'],
    ['2026-01-28', 1, '2026-02-28'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', 3, '2026-06-30'],
    ['2026-03-29', 3, '2026-06-29'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-10-31', 3, '2027-01-31'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-05-10', 0, '2026-05-10'],
  ])('%s + %i maanden = %s', (datum, maanden, verwacht) => {
    expect(plusMaanden(datum, maanden)).toBe(verwacht);
  });
});

describe('dagenTussen', () => {
  it.each([
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-03-29', '2026-05-10', 42],
    ['2026-05-10', '2026-03-29', -42],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-01-01', '2027-01-01', 365],
    ['2026-06-01', '2026-06-01', 0],
  ])('%s → %s = %i', (van, tot, verwacht) => {
    expect(dagenTussen(van, tot)).toBe(verwacht);
  });
});

describe('weekdag (1 = maandag … 7 = zondag)', () => {
  it.each([
    ['2026-01-01', 4],
    ['2026-03-29', 7],
    ['2026-03-30', 1],
    ['2026-10-25', 7],
    ['2026-10-31', 6],
    ['2026-11-23', 1],
    ['2026-08-01', 6],
    ['2028-02-29', 2],
  ])('%s is dag %i', (datum, verwacht) => {
    expect(weekdag(datum)).toBe(verwacht);
  });
});

describe('leeftijdOp', () => {
  it.each([
    ['2014-05-10', '2026-05-09', 11],
    ['2014-05-10', '2026-05-10', 12],
    ['2014-05-10', '2026-05-11', 12],
    ['2010-05-10', '2026-05-09', 15],
    ['2010-05-10', '2026-05-10', 16],
    ['2014-12-31', '2026-12-30', 11],
    ['2014-12-31', '2026-12-31', 12],
    ['2015-01-01', '2026-12-31', 11],
    ['2014-05-10', '2014-05-10', 0],
    // Born on 29 February: in a leap year the birthday is 29 Feb, otherwise the new age starts on 1 March.
    ['2012-02-29', '2024-02-28', 11],
    ['2012-02-29', '2024-02-29', 12],
    ['2012-02-29', '2025-02-28', 12],
    ['2012-02-29', '2025-03-01', 13],
    ['2008-02-29', '2024-02-28', 15],
    ['2008-02-29', '2024-02-29', 16],
    ['2008-02-29', '2025-02-28', 16],
    ['2008-02-29', '2025-03-01', 17],
  ])('geboren %s, op %s: %i jaar', (geboortedatum, peildatum, verwacht) => {
    expect(leeftijdOp(geboortedatum, peildatum)).toBe(verwacht);
  });
});

describe('schooljaar (vanaf 1 augustus)', () => {
  it.each([
    ['2026-07-31', 2025],
    ['2026-08-01', 2026],
    ['2026-11-23', 2026],
    ['2026-12-31', 2026],
    ['2027-01-01', 2026],
    ['2027-07-31', 2026],
    ['2027-08-01', 2027],
    ['2026-01-01', 2025],
  ])('%s hoort bij schooljaar %i', (datum, verwacht) => {
    expect(schooljaar(datum)).toBe(verwacht);
  });
});

describe('datumInAmsterdam en wandtijdInAmsterdam', () => {
  it('rekent in Europe/Amsterdam', () => {
    expect(TIJDZONE).toBe('Europe/Amsterdam');
  });

  it.each([
    // Winter (CET, UTC+1)
    ['2026-01-15T22:59:00Z', '2026-01-15', 23, 59],
    ['2026-01-15T23:00:00Z', '2026-01-16', 0, 0],
    ['2026-01-15T23:30:00Z', '2026-01-16', 0, 30],
    ['2026-01-16T00:00:00Z', '2026-01-16', 1, 0],
    ['2026-12-31T23:00:00Z', '2027-01-01', 0, 0],
    ['2026-12-31T22:59:59Z', '2026-12-31', 23, 59],
    // Summer (CEST, UTC+2)
    ['2026-07-15T21:59:00Z', '2026-07-15', 23, 59],
    ['2026-07-15T22:00:00Z', '2026-07-16', 0, 0],
    ['2026-07-15T23:30:00Z', '2026-07-16', 1, 30],
    ['2026-07-31T22:00:00Z', '2026-08-01', 0, 0],
    // Around the changes
    ['2026-03-28T23:30:00Z', '2026-03-29', 0, 30],
    ['2026-03-29T00:59:00Z', '2026-03-29', 1, 59],
    ['2026-03-29T01:00:00Z', '2026-03-29', 3, 0],
    ['2026-10-24T22:30:00Z', '2026-10-25', 0, 30],
    ['2026-10-25T00:30:00Z', '2026-10-25', 2, 30],
    ['2026-10-25T01:00:00Z', '2026-10-25', 2, 0],
    ['2026-10-25T01:30:00Z', '2026-10-25', 2, 30],
    ['2026-10-25T22:59:00Z', '2026-10-25', 23, 59],
    ['2026-10-25T23:00:00Z', '2026-10-26', 0, 0],
  ])('%s is %s %i:%i in Amsterdam', (moment, datum, uur, minuut) => {
    expect(datumInAmsterdam(new Date(moment))).toBe(datum);
    expect(wandtijdInAmsterdam(new Date(moment))).toEqual({ datum, uur, minuut });
  });

  it('geeft voor elk moment wat Intl zegt (elke 65 minuten en 13 seconden van 2025 tot 2028)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: TIJDZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    const afwijkend: string[] = [];
    for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 3_913_000) {
      const delen = intl.formatToParts(new Date(ms));
      const deel = (type: string) => delen.find((p) => p.type === type)?.value ?? '';
      const verwacht = { datum: `${deel('year')}-${deel('month')}-${deel('day')}`, uur: Number(deel('hour')), minuut: Number(deel('minute')) };
      if (JSON.stringify(wandtijdInAmsterdam(new Date(ms))) !== JSON.stringify(verwacht)) afwijkend.push(new Date(ms).toISOString());
    }
    expect(afwijkend).toEqual([]);
  });
});

describe('amsterdamNaarUtc', () => {
  it.each([
    ['2026-01-15', 9, 0, '2026-01-15T08:00:00.000Z'],
    ['2026-01-15', 0, 0, '2026-01-14T23:00:00.000Z'],
    ['2026-07-15', 0, 30, '2026-07-14T22:30:00.000Z'],
    ['2026-07-15', 23, 59, '2026-07-15T21:59:00.000Z'],
    // Before and after the spring change (29 March 2026, 02:00 CET → 03:00 CEST)
    ['2026-03-27', 9, 0, '2026-03-27T08:00:00.000Z'],
    ['2026-03-28', 9, 0, '2026-03-28T08:00:00.000Z'],
    ['2026-03-29', 0, 0, '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', 1, 59, '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', 3, 0, '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', 9, 0, '2026-03-29T07:00:00.000Z'],
    ['2026-03-30', 9, 0, '2026-03-30T07:00:00.000Z'],
    // Before and after the autumn change (25 October 2026, 03:00 CEST → 02:00 CET)
    ['2026-10-24', 9, 0, '2026-10-24T07:00:00.000Z'],
    ['2026-10-25', 0, 0, '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', 1, 59, '2026-10-24T23:59:00.000Z'],
    ['2026-10-25', 3, 0, '2026-10-25T02:00:00.000Z'],
    ['2026-10-25', 9, 0, '2026-10-25T08:00:00.000Z'],
    ['2026-10-26', 9, 0, '2026-10-26T08:00:00.000Z'],
  ])('%s %i:%i Amsterdam = %s', (datum, uur, minuut, verwacht) => {
    const moment = amsterdamNaarUtc(datum, uur, minuut);
    expect(moment.toISOString()).toBe(verwacht);
    expect(wandtijdInAmsterdam(moment)).toEqual({ datum, uur, minuut });
  });

  it('minuut is standaard 0', () => {
    expect(amsterdamNaarUtc('2026-03-30', 9).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it.each([
    // The skipped hour (02:00–02:59 on 29 March does not exist): the instant one hour later on the clock.
    ['2026-03-29', 2, 0, '2026-03-29T01:00:00.000Z', 3, 0],
    ['2026-03-29', 2, 30, '2026-03-29T01:30:00.000Z', 3, 30],
    ['2026-03-29', 2, 59, '2026-03-29T01:59:00.000Z', 3, 59],
  ])('%s %i:%i bestaat niet → %s (%i:%i CEST)', (datum, uur, minuut, verwacht, klokUur, klokMinuut) => {
    const moment = amsterdamNaarUtc(datum, uur, minuut);
    expect(moment.toISOString()).toBe(verwacht);
    expect(wandtijdInAmsterdam(moment)).toEqual({ datum, uur: klokUur, minuut: klokMinuut });
  });

  it.each([
    ['2026-10-25', 2, 0],
    ['2026-10-25', 2, 30],
    ['2026-10-25', 2, 59],
  ])('%s %i:%i komt twee keer voor → één vast moment dat die kloktijd toont', (datum, uur, minuut) => {
    const eerste = amsterdamNaarUtc(datum, uur, minuut);
    const tweede = amsterdamNaarUtc(datum, uur, minuut);
    expect(eerste.getTime()).toBe(tweede.getTime());
    expect(wandtijdInAmsterdam(eerste)).toEqual({ datum, uur, minuut });
    const kandidaten = [Date.UTC(2026, 9, 24, 22 + uur, minuut), Date.UTC(2026, 9, 24, 23 + uur, minuut)];
    expect(kandidaten).toContain(eerste.getTime());
  });

  it('02:30 op 25 oktober 2026 is het tweede moment (CET, 01:30Z)', () => {
    expect(amsterdamNaarUtc('2026-10-25', 2, 30).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('weigert een ongeldige datum', () => {
    expect(() => amsterdamNaarUtc('2026-02-30', 9)).toThrow(RangeError);
  });

  it('is de inverse van wandtijdInAmsterdam voor elk kwartier rond beide wisselingen', () => {
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z']) {
      for (let kwartier = 0; kwartier < 40; kwartier++) {
        const moment = new Date(new Date(start).getTime() + kwartier * 15 * 60_000);
        const klok = wandtijdInAmsterdam(moment);
        const terug = amsterdamNaarUtc(klok.datum, klok.uur, klok.minuut);
        // Every wall time maps back to an instant that shows the same wall time.
        expect(wandtijdInAmsterdam(terug)).toEqual(klok);
      }
    }
  });
});
