import fc from 'fast-check';
import { eersteBespreking, overlegVoor } from '../../src/domain/eerste-bespreking';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { LocalDate, datumInAmsterdam, plusDagen } from '../../src/domain/tijd';
import { Vergaderritme, vergaderingNa, wordtVergaderd } from '../../src/domain/vergaderritme';
import { eersteVensterVanaf } from '../../src/domain/werkdagen';
import { hulpvraagIn } from './fixtures';
import { STANDAARD_OVERLEG as INST } from '../helpers/instellingen';

/* The meeting a new case waits for: the first whose agenda (composed when the send window opens on its due day,
   AGENDA_DAGEN_VOORAF = 7 days ahead) can still carry it. */

const DINSDAG: Vergaderritme = { ritme: 'wekelijks', weekdag: 2, tijd: '14:00', vanaf: '2026-01-06' };

describe('het eerste overleg van een nieuwe hulpvraag', () => {
  it.each([
    ['maandag 2 maart: de agenda van 10 maart komt op 3 maart', '2026-03-02T09:00:00Z', '2026-03-10'],
    ['dinsdag 3 maart 07:59, vóór het venster: nog op die agenda', '2026-03-03T06:59:00Z', '2026-03-10'],
    ['dinsdag 3 maart 08:00: die agenda is weg, dus 17 maart', '2026-03-03T07:00:00Z', '2026-03-17'],
    // Summer time from 29 March: the agenda of 7 April comes on 31 March at 08:00 CEST, 06:00 UTC.
    ['zomertijd: 31 maart 07:59 CEST', '2026-03-31T05:59:00Z', '2026-04-07'],
    ['zomertijd: 31 maart 08:00 CEST', '2026-03-31T06:00:00Z', '2026-04-14'],
    // Winter time from 25 October: the agenda of 3 November comes on 27 October at 08:00 CET, 07:00 UTC.
    ['wintertijd: 27 oktober 07:59 CET (06:59 UTC, in zomertijd zou dat al 08:59 zijn)', '2026-10-27T06:59:00Z', '2026-11-03'],
    ['wintertijd: 27 oktober 08:00 CET', '2026-10-27T07:00:00Z', '2026-11-10'],
  ])('%s', (_naam, moment, overleg) => {
    expect(eersteBespreking(new Date(moment), DINSDAG, INST)).toBe(overleg);
  });

  it('om de week, en zonder ritme geen overleg', () => {
    const tweewekelijks: Vergaderritme = { ...DINSDAG, ritme: 'tweewekelijks', vanaf: '2026-03-03' };
    expect(eersteBespreking(new Date('2026-03-04T09:00:00Z'), tweewekelijks, INST)).toBe('2026-03-17');
    expect(eersteBespreking(new Date('2026-03-10T09:00:00Z'), tweewekelijks, INST)).toBe('2026-03-31');
    expect(eersteBespreking(new Date('2026-03-04T09:00:00Z'), undefined, INST)).toBeUndefined();
    expect(eersteBespreking(new Date('2026-03-04T09:00:00Z'), { ...DINSDAG, ritme: 'geen' }, INST)).toBeUndefined();
  });

  it('een agenda die op een vrije dag moet komen, komt op de eerste werkdag erna; een overleg in de schoolvakantie vervalt', () => {
    // Monday meetings: the agenda of Monday 4 May is due on Koningsdag (27 April), so it comes on 28 April at 08:00.
    const maandag: Vergaderritme = { ...DINSDAG, weekdag: 1 };
    expect(eersteBespreking(new Date('2026-04-27T10:00:00Z'), maandag, INST)).toBe('2026-05-04');
    expect(eersteBespreking(new Date('2026-04-28T06:00:00Z'), maandag, INST)).toBe('2026-05-11');
    const vrijdag: Vergaderritme = { ...DINSDAG, weekdag: 5 };
    const meivakantie = { ...INST, kalender: { ...INST.kalender, schoolvakanties: [{ van: '2026-04-25', tot: '2026-05-03' }] } };
    expect(eersteBespreking(new Date('2026-04-20T09:00:00Z'), vrijdag, meivakantie)).toBe('2026-05-08');
    // Tuesday 29 December 2026 falls in the Kerstvakantie: after 15 December's agenda, the next is 5 January.
    const kerst = { ...INST, kalender: { ...INST.kalender, schoolvakanties: [{ van: '2026-12-19', tot: '2027-01-03' }] } };
    expect(eersteBespreking(new Date('2026-12-15T09:00:00Z'), DINSDAG, kerst)).toBe('2027-01-05');
  });
});

/* The date is derived where it is shown, from the rhythm the team has then (issue 20), not stored at registration. */
describe('het overleg van een nieuwe hulpvraag, afgeleid van het ritme van nu', () => {
  const nieuw = (doorgezet: string): Hulpvraag => ({ ...hulpvraagIn('bij_schakelteam'), statusSinds: doorgezet });
  const stand = (ritme: Vergaderritme | undefined, vandaag: LocalDate) => ({ ...INST, ritme, vandaag });

  it('volgt een ander ritme: doorgezet op maandag 2 maart, het team gaat van dinsdag naar donderdag', () => {
    const h = nieuw('2026-03-02T09:00:00.000Z');
    expect(overlegVoor(h, stand(DINSDAG, '2026-03-02'))).toBe('2026-03-10');
    // The Thursday agenda of 5 March came on 26 February, before the case: its first Thursday is 12 March.
    expect(overlegVoor(h, stand({ ...DINSDAG, weekdag: 4 }, '2026-03-03'))).toBe('2026-03-12');
    expect(overlegVoor(h, stand(undefined, '2026-03-03'))).toBeUndefined();
  });

  it('een overleg dat voorbij is zonder besluit: het volgende (de dag zelf telt nog); met een besluit geen overleg meer', () => {
    const h = nieuw('2026-03-02T09:00:00.000Z');
    expect(overlegVoor(h, stand(DINSDAG, '2026-03-10'))).toBe('2026-03-10');
    expect(overlegVoor(h, stand(DINSDAG, '2026-03-11'))).toBe('2026-03-17');
    const besluit = { soort: 'regierol', reden: 'x', verwijsindex: { nodig: false }, datum: '2026-03-10' } as const;
    expect(overlegVoor({ ...h, besluit }, stand(DINSDAG, '2026-03-11'))).toBeUndefined();
    // Tuesday 29 December 2026 falls in the Kerstvakantie: a case not decided on 22 December goes to 5 January.
    const kerst = { ...stand(DINSDAG, '2026-12-23'), kalender: { ...INST.kalender, schoolvakanties: [{ van: '2026-12-19', tot: '2027-01-03' }] } };
    expect(overlegVoor(nieuw('2026-12-01T09:00:00.000Z'), kerst)).toBe('2027-01-05');
  });

  /** The first held meeting from `vandaag` on whose agenda comes after `moment`, by walking the calendar day by day. */
  function eersteMogelijke(moment: Date, r: Vergaderritme, vandaag: LocalDate): LocalDate | undefined {
    for (let d = vandaag, i = 0; i < 500; d = plusDagen(d, 1), i++) {
      const vergadering = vergaderingNa(plusDagen(d, -1), r, INST.dagenVooraf, INST.kalender);
      if (vergadering?.datum === d && eersteVensterVanaf(vergadering.agendaOp, INST.venster, INST.kalender) > moment) return d;
    }
    return undefined;
  }

  const ritmeArb: fc.Arbitrary<Vergaderritme> = fc.record({
    ritme: fc.constantFrom('wekelijks' as const, 'tweewekelijks' as const),
    weekdag: fc.integer({ min: 1, max: 5 }),
    tijd: fc.constant('14:00'),
    vanaf: fc.integer({ min: 0, max: 400 }).map((n) => plusDagen('2026-01-01', n)),
  });

  it('zolang de hulpvraag wacht: nooit een datum vóór vandaag, altijd een overleg dat doorgaat en waarvan de agenda haar draagt, de eerste zo', () => {
    fc.assert(
      fc.property(
        ritmeArb,
        fc.integer({ min: 0, max: 500 * 24 * 60 }),
        fc.integer({ min: 0, max: 120 }),
        (ritme, minuten, dagenLater) => {
          const moment = new Date(Date.parse('2026-01-01T00:00:00Z') + minuten * 60_000);
          const h = nieuw(moment.toISOString());
          const vandaag = plusDagen(datumInAmsterdam(moment), dagenLater);
          // Whatever rhythm the team had when the case was passed on: only the rhythm it has now is given.
          const datum = overlegVoor(h, stand(ritme, vandaag));
          expect(datum).toBeDefined();
          if (!datum) return;
          expect(datum >= vandaag).toBe(true);
          expect(wordtVergaderd(datum, INST.kalender)).toBe(true);
          expect(datum).toBe(eersteMogelijke(moment, ritme, vandaag));
        },
      ),
      { numRuns: 300 },
    );
  });
});
