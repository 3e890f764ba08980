import { Vergaderkalender, Vergaderritme, ritmeTekst, vergaderingNa, verschuldigdeVergaderingen } from '../../src/domain/vergaderritme';
import { STANDAARD_FEESTDAGEN } from '../../src/domain/werkdagen';

const ritme = (r: Vergaderritme['ritme'], weekdag: number, vanaf: string): Vergaderritme => ({ ritme: r, weekdag, tijd: '14:00', vanaf });
const data = (r: Vergaderritme, na: string, aantal: number, kalender: Vergaderkalender = STANDAARD_FEESTDAGEN): string[] => {
  const uit: string[] = [];
  for (let v = vergaderingNa(na, r, 7, kalender); v && uit.length < aantal; v = vergaderingNa(v.datum, r, 7, kalender)) uit.push(v.datum);
  return uit;
};

describe('vergaderdata per ritme', () => {
  it('om de week: vanaf het eerste overleg, over de zomertijd (28 maart 2027) heen op dezelfde weekdag; Koningsdag vervalt', () => {
    // Tuesday 27 April 2027 is Koningsdag: that meeting is not held, the next one keeps the rhythm.
    expect(data(ritme('tweewekelijks', 2, '2027-03-10'), '2027-03-01', 5)).toEqual(['2027-03-16', '2027-03-30', '2027-04-13', '2027-05-11', '2027-05-25']);
  });

  it('om de week over de wintertijd (31 oktober 2027) heen', () => {
    expect(data(ritme('tweewekelijks', 4, '2027-10-14'), '2027-10-20', 3)).toEqual(['2027-10-28', '2027-11-11', '2027-11-25']);
  });

  it('elke week; een overleg op een feestdag vervalt (Tweede Paasdag 29 maart 2027, Koningsdag dinsdag 27 april 2027)', () => {
    expect(data(ritme('wekelijks', 1, '2027-03-01'), '2027-03-20', 3)).toEqual(['2027-03-22', '2027-04-05', '2027-04-12']);
    expect(data(ritme('wekelijks', 2, '2027-04-01'), '2027-04-19', 2)).toEqual(['2027-04-20', '2027-05-04']);
  });

  it('om de week over Kerst en Nieuwjaar: een overleg op 1 januari vervalt, het ritme blijft', () => {
    expect(data(ritme('tweewekelijks', 5, '2026-12-18'), '2026-12-17', 3)).toEqual(['2026-12-18', '2027-01-15', '2027-01-29']);
  });

  it('op de vergaderdag zelf telt het volgende overleg; geen ritme: geen overleg', () => {
    expect(vergaderingNa('2026-12-08', ritme('wekelijks', 2, '2026-12-01'), 7)).toEqual({ datum: '2026-12-15', tijd: '14:00', agendaOp: '2026-12-08' });
    expect(vergaderingNa('2026-12-08', ritme('geen', 2, '2026-12-01'), 7)).toBeUndefined();
  });
});

describe('schoolvakanties (SCHOOLVAKANTIES): geen overleg, het ritme loopt door', () => {
  const kalender: Vergaderkalender = {
    ...STANDAARD_FEESTDAGEN,
    schoolvakanties: [
      { van: '2026-12-19', tot: '2027-01-03' },
      { van: '2027-04-24', tot: '2027-05-02' },
      { van: '2027-10-23', tot: '2027-10-31' },
    ],
  };

  it('om de week over de kerstvakantie: 29 december vervalt, het volgende overleg is 12 januari', () => {
    expect(data(ritme('tweewekelijks', 2, '2026-12-01'), '2026-11-30', 4, kalender)).toEqual(['2026-12-01', '2026-12-15', '2027-01-12', '2027-01-26']);
  });

  it('elke week over de meivakantie (Koningsdag in de vakantie) en over de herfstvakantie met het einde van de zomertijd', () => {
    expect(data(ritme('wekelijks', 2, '2027-04-06'), '2027-04-15', 3, kalender)).toEqual(['2027-04-20', '2027-05-04', '2027-05-11']);
    expect(data(ritme('wekelijks', 4, '2027-10-07'), '2027-10-15', 3, kalender)).toEqual(['2027-10-21', '2027-11-04', '2027-11-11']);
  });

  it('de eerste en de laatste dag van een vakantie horen erbij; zonder vakanties vervallen alleen de feestdagen', () => {
    const voorjaar: Vergaderkalender = { ...STANDAARD_FEESTDAGEN, schoolvakanties: [{ van: '2027-02-15', tot: '2027-02-19' }] };
    expect(data(ritme('wekelijks', 1, '2027-02-01'), '2027-02-07', 2, voorjaar)).toEqual(['2027-02-08', '2027-02-22']);
    expect(data(ritme('wekelijks', 5, '2027-02-01'), '2027-02-07', 2, voorjaar)).toEqual(['2027-02-12', '2027-02-26']);
    expect(data(ritme('tweewekelijks', 2, '2026-12-01'), '2026-11-30', 3)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('de agenda van het overleg na de vakantie komt 7 dagen ervoor, ook als dat in de vakantie valt', () => {
    const r = ritme('tweewekelijks', 2, '2026-12-01');
    expect(verschuldigdeVergaderingen('2026-12-22', r, 7, kalender)).toEqual([]);
    expect(verschuldigdeVergaderingen('2027-01-05', r, 7, kalender).map((v) => v.datum)).toEqual(['2027-01-12']);
  });
});

describe('welke agenda\'s verschuldigd zijn (7 kalenderdagen vooraf)', () => {
  const r = ritme('tweewekelijks', 2, '2026-12-01');
  it.each([
    ['2026-11-23', []],
    ['2026-11-24', ['2026-12-01']],
    ['2026-11-30', ['2026-12-01']],
    ['2026-12-01', []],
    ['2026-12-08', ['2026-12-15']],
  ])('op %s: overleg %j', (vandaag, verwacht) => {
    expect(verschuldigdeVergaderingen(vandaag, r, 7).map((v) => v.datum)).toEqual(verwacht);
  });

  it('met meer dagen vooraf dan het ritme lang is, zijn er twee tegelijk', () => {
    expect(verschuldigdeVergaderingen('2026-11-20', ritme('wekelijks', 2, '2026-11-01'), 14).map((v) => v.datum)).toEqual(['2026-11-24', '2026-12-01']);
  });
});

it('het ritme in woorden', () => {
  expect(ritmeTekst(ritme('tweewekelijks', 2, '2026-12-01'))).toBe('om de week op dinsdag om 14:00');
  expect(ritmeTekst(ritme('wekelijks', 5, '2026-12-01'))).toBe('elke week op vrijdag om 14:00');
  expect(ritmeTekst(undefined)).toBe('geen vast overleg');
});
