import { Agendaverzending, agendaId, bespreektijdTotaal, nieuweAgendaverzending, stelAgendaOp } from '../../src/domain/agenda';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { claim as claimAgenda, isClaimbaar as isAgendaClaimbaar, rondAf as rondAgendaAf } from '../../src/domain/verzending';
import { Status } from '../../src/domain/route';
import { hulpvraagIn } from './fixtures';

const OVERLEG = { datum: '2026-04-21', tijd: '14:00' };

function zaak(status: Status, nummer: string, extra: Partial<Hulpvraag> = {}): Hulpvraag {
  return { ...hulpvraagIn(status, { metHouder: status === 'regierol_actief' || status === 'stagnatie_team_no', metToestemming: true }), nummer, ...extra };
}

describe('de indeling van de agenda', () => {
  const zaken = [
    zaak('geregistreerd', 'HV-2026-0003', { aangemaakt: '2026-04-01T22:30:00.000Z' }),
    zaak('bij_schakelteam', 'HV-2026-0002'),
    zaak('wacht_op_toestemming', 'HV-2026-0010', { bijgewerkt: '2026-03-25T10:00:00.000Z' }),
    zaak('besloten_loket', 'HV-2026-0011', { bijgewerkt: '2026-03-24T10:00:00.000Z' }),
    zaak('terug_voor_afsluiting', 'HV-2026-0012', { bijgewerkt: '2026-03-26T10:00:00.000Z' }),
    zaak('regierol_actief', 'HV-2026-0020'), // tussentijds 21 april: vóór het overleg van 21 april
    zaak('regierol_actief', 'HV-2026-0021', { evaluatiedata: { tussentijds: '2026-04-22', eind: '2026-06-10' } }),
    zaak('stagnatie_team_no', 'HV-2026-0030'),
    zaak('gesloten', 'HV-2026-0040'),
  ];

  it('groepeert per sectie, oudste eerst, iedere zaak één keer', () => {
    const agenda = stelAgendaOp(zaken, OVERLEG);
    const tabel = Object.fromEntries(agenda.secties.map((s) => [s.titel, s.punten.map((p) => `${p.nummer} ${p.datumSoort} ${p.datum}`)]));
    expect(tabel).toEqual({
      'Nieuwe hulpvragen (eerste bespreking)': ['HV-2026-0002 aangemeld 2026-03-02', 'HV-2026-0003 aangemeld 2026-04-02'],
      Vervolgbespreking: ['HV-2026-0011 gewijzigd 2026-03-24', 'HV-2026-0010 gewijzigd 2026-03-25', 'HV-2026-0012 gewijzigd 2026-03-26'],
      'Evaluaties vóór het overleg': ['HV-2026-0020 tussentijdse_evaluatie 2026-04-21'],
      'Escalaties bij Team NO': ['HV-2026-0030 bij_team_no 2026-03-20'],
    });
  });

  it('een vastgelegde tussentijdse evaluatie laat de eindevaluatie tellen', () => {
    const h = zaak('regierol_actief', 'HV-2026-0020', {
      evaluaties: [{ soort: 'tussentijds', datum: '2026-04-21', doelBereikt: true, toelichting: 'goed', vervolg: 'doorgaan' }],
    });
    expect(stelAgendaOp([h], { datum: '2026-04-28', tijd: '14:00' }).secties.flatMap((s) => s.punten)).toEqual([]);
    expect(stelAgendaOp([h], { datum: '2026-06-16', tijd: '14:00' }).secties[2]?.punten).toEqual([expect.objectContaining({ datumSoort: 'evaluatie', datum: '2026-06-10' })]);
  });

  it('bevat alleen "dat"-informatie: geen vraag, leerlingreferentie of namen', () => {
    const tekst = JSON.stringify(stelAgendaOp(zaken, OVERLEG));
    for (const h of zaken) {
      expect(tekst).not.toContain(h.vraag);
      expect(tekst).not.toContain(h.leerling.referentie);
      for (const b of h.betrokkenen) expect(tekst).not.toContain(b.naam);
    }
  });

  it('per leerling: toestemming bekend ja/nee (niet de inhoud) en de geschatte tijd; het totaal telt wat geschat is', () => {
    const agenda = stelAgendaOp([zaak('bij_schakelteam', 'HV-2026-0002', { bespreektijd: 20 }), zaak('wacht_op_toestemming', 'HV-2026-0010', { toestemming: undefined })], OVERLEG);
    expect(agenda.secties.flatMap((s) => s.punten).map((p) => [p.nummer, p.toestemming, p.bespreektijd])).toEqual([
      ['HV-2026-0002', true, 20],
      ['HV-2026-0010', false, undefined],
    ]);
    expect(bespreektijdTotaal(agenda)).toEqual({ minuten: 20, geschat: 1, leerlingen: 2 });
    expect(JSON.stringify(agenda)).not.toContain('partners');
  });

  it('zonder zaken: vier lege secties', () => {
    expect(stelAgendaOp([], OVERLEG).secties.map((s) => s.punten.length)).toEqual([0, 0, 0, 0]);
  });
});

describe('de verzending van een agenda', () => {
  const nu = new Date('2026-03-30T06:00:00Z');
  const nieuw = nieuweAgendaverzending({ tenantId: 't', schakelteamId: 'st-1', kanaalId: '19:k' }, '2026-04-07', nu);

  it('heeft een vaste id per schakelteam en overleg', () => {
    expect(nieuw.id).toBe('agenda:st-1:2026-04-07');
    expect(agendaId('st/1?#', '2026-04-07')).toBe('agenda:st_1__:2026-04-07');
  });

  it('een claim is een lease: na afloop mag een ander', () => {
    const geclaimd = claimAgenda(nieuw, 'A', nu, 600_000);
    expect(isAgendaClaimbaar(nieuw, nu)).toBe(true);
    expect(isAgendaClaimbaar(geclaimd, new Date('2026-03-30T06:09:59Z'))).toBe(false);
    expect(isAgendaClaimbaar(geclaimd, new Date('2026-03-30T06:10:00Z'))).toBe(true);
  });

  it.each([
    [{ uitkomst: 'verzonden', activityId: 'a1' } as const, 'verzonden', false],
    [{ uitkomst: 'onbruikbaar', reden: '403 BotNotInConversationRoster' } as const, 'mislukt', false],
    [{ uitkomst: 'mislukt', reden: '503', opnieuwNaMs: 900_000, maxPogingen: 3 } as const, 'gepland', true],
  ])('%j → %s', (uitkomst, status, opnieuw) => {
    const af: Agendaverzending = rondAgendaAf(claimAgenda(nieuw, 'A', nu, 600_000), uitkomst, 'A', nu);
    expect(af.status).toBe(status);
    expect(af.pogingen).toHaveLength(1);
    expect(af.pogingen[0]?.uitkomst).toBe(uitkomst.uitkomst);
    expect(isAgendaClaimbaar(af, new Date('2026-03-30T06:14:00Z'))).toBe(false);
    expect(isAgendaClaimbaar(af, new Date('2026-03-30T06:15:00Z'))).toBe(opnieuw);
  });
});
