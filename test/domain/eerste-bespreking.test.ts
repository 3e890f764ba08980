import { eersteBespreking } from '../../src/domain/eerste-bespreking';
import { Vergaderritme } from '../../src/domain/vergaderritme';
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
