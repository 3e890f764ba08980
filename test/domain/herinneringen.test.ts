import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { volgendeDeadline } from '../../src/domain/bewaking';
import { isNogActueel, nieuweHerinnering } from '../../src/domain/herinnering-status';
import { claim, isClaimbaar, rondAf } from '../../src/domain/verzending';
import { TERMIJN_HERINNERD, herinneringId, noteerTermijnHerinnering, ontvangerAlsTekst, verschuldigdeHerinneringen } from '../../src/domain/herinneringen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { gestagneerd, stagnatieKandidaten } from '../../src/domain/stagnatie';
import { hulpvraagIn } from './fixtures';

const OMGEVING = { limieten: INST.stagnatie, venster: INST.venster, feestdagen: INST.feestdagen };

/** A running case: regierol since 16 Feb, tussentijdse evaluatie on `tussentijds`, recent progress. */
function lopend(tussentijds: string, extra: Partial<Hulpvraag> = {}): Hulpvraag {
  return {
    ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }),
    regierolSinds: '2026-02-16T09:00:00.000Z',
    laatsteVoortgang: '2026-04-10T09:00:00.000Z',
    evaluatiedata: { tussentijds, eind: '2026-12-31' },
    ...extra,
  };
}

const iso = (d: Date | undefined) => d?.toISOString();

describe('herinneringsplan voor een evaluatie', () => {
  it.each<[string, string, string | undefined, string, string | undefined]>([
    // evaluatie, na (al gepland tot), nu, verwacht: soort@verzendOp van de laatste verschuldigde
    ['3 werkdagen vooraf (wo 25 maart, 08:00 CET)', '2026-03-30', undefined, '2026-03-25T07:00:00Z', 'evaluatie_vooraf@2026-03-25T07:00:00.000Z'],
    ['nog niets op di 24 maart', '2026-03-30', undefined, '2026-03-24T12:00:00Z', undefined],
    ['op de dag, na de zomertijdwissel (ma 30 maart 08:00 CEST)', '2026-03-30', '2026-03-25T07:00:00Z', '2026-03-30T06:00:00Z', 'evaluatie_vandaag@2026-03-30T06:00:00.000Z'],
    ['zondag: niets nieuws na de vooraf-herinnering', '2026-03-30', '2026-03-25T07:00:00Z', '2026-03-29T12:00:00Z', undefined],
    ['achterstallig na 5 werkdagen, Tweede Paasdag telt niet', '2026-03-30', '2026-03-30T06:00:00Z', '2026-04-07T06:00:00Z', 'evaluatie_achterstallig@2026-04-07T06:00:00.000Z'],
    ['zaterdag-deadline: op vrijdag herinnerd (zomertijd)', '2026-10-24', '2026-10-20T06:00:00Z', '2026-10-23T06:00:00Z', 'evaluatie_vandaag@2026-10-23T06:00:00.000Z'],
    ['achterstallig na de wintertijdwissel (vr 30 okt 08:00 CET)', '2026-10-24', '2026-10-23T06:00:00Z', '2026-10-30T07:00:00Z', 'evaluatie_achterstallig@2026-10-30T07:00:00.000Z'],
    ['gemiste sweeps: alleen de laatste herinnering, geen stapel', '2026-03-30', undefined, '2026-04-20T10:00:00Z', 'evaluatie_achterstallig@2026-04-14T06:00:00.000Z'],
  ])('%s', (_naam, datum, na, nu, verwacht) => {
    const h = lopend(datum, { laatsteVoortgang: '2026-10-01T09:00:00.000Z' });
    const momenten = verschuldigdeHerinneringen(h, na ? new Date(na) : undefined, new Date(nu), INST).filter((m) => m.evaluatie?.soort === 'tussentijds');
    const gezien = momenten.map((m) => `${m.soort}@${m.verzendOp.toISOString()}`);
    expect([...new Set(gezien)]).toEqual(verwacht ? [verwacht] : []);
  });

  it('gaat naar de regierolhouder en de IB-er, elk één keer', () => {
    const momenten = verschuldigdeHerinneringen(lopend('2026-03-30'), undefined, new Date('2026-03-30T06:00:00Z'), INST);
    expect(momenten.map((m) => (m.ontvanger.soort === 'persoon' ? `${m.ontvanger.rol}` : 'kanaal')).sort()).toEqual(['ib_coo', 'regierolhouder']);
    expect(herinneringId({ id: 'hv-1', schakelteamId: 'st-1' }, momenten[0] ?? fail('geen moment'))).toBe('hv-1:evaluatie_vandaag:tussentijds-2026-03-30:2026-03-30:aad-smw');
  });

  it('herinnert geen evaluaties buiten de lopende route: wacht de hulpvraag op toestemming, dan alleen de IB-er daaraan', () => {
    const h = { ...lopend('2026-03-30'), status: 'wacht_op_toestemming' as const, statusSinds: '2026-03-02T10:00:00.000Z' };
    const momenten = verschuldigdeHerinneringen(h, undefined, new Date('2026-04-30T10:00:00Z'), INST);
    expect(momenten.map((m) => `${m.soort}@${m.datum}:${m.ontvanger.soort === 'persoon' ? m.ontvanger.rol : ''}`)).toEqual(['toestemming_open@2026-03-09:ib_coo']);
    expect(verschuldigdeHerinneringen({ ...h, status: 'gesloten' }, undefined, new Date('2026-04-30T10:00:00Z'), INST)).toEqual([]);
  });

  it('escaleert naar Team NO en herinnert Team NO elke 5 werkdagen tot het besluit', () => {
    const h: Hulpvraag = {
      ...hulpvraagIn('stagnatie_team_no', { metHouder: true }),
      stagnatie: { reden: 'wachtlijst', toelichting: '', sinds: '2026-03-27T19:00:00.000Z' },
    };
    const [eerste] = verschuldigdeHerinneringen(h, undefined, new Date('2026-03-30T06:00:00Z'), INST);
    expect(eerste).toMatchObject({ soort: 'escalatie_team_no', datum: '2026-03-30', ontvanger: { soort: 'kanaal', kanaalSoort: 'team_no' } });
    const [tweede] = verschuldigdeHerinneringen(h, new Date('2026-03-30T06:00:00Z'), new Date('2026-04-07T06:00:00Z'), INST);
    expect(tweede?.datum).toBe('2026-04-07');
  });
});

describe('stagnatieregels', () => {
  it.each<[string, Hulpvraag, string, string]>([
    ['evaluatie > 10 werkdagen over de datum', lopend('2026-03-30'), 'evaluatie_achterstallig', '2026-04-15T06:00:00.000Z'],
    [
      // 30 days after 25 Sept is Sunday 25 Oct: reminded on Monday 26 Oct, stagnation after 10 more working days.
      'geen voortgang: pas als de herinnering van 26 oktober meer dan 10 werkdagen oud is',
      lopend('2027-06-01', { laatsteVoortgang: '2026-09-25T10:00:00.000Z', regierolSinds: '2026-09-01T10:00:00.000Z' }),
      'geen_voortgang',
      '2026-11-10T07:00:00.000Z',
    ],
    [
      // 10 weeks after arrival is Thursday 14 May 2026, Ascension Day: stagnation on the next working day.
      'Loket: 10 weken nadat de hulpvraag bij het Loket kwam nog niet gestart',
      {
        ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket', metKandidaat: true }),
        besluit: { soort: 'loket', reden: 'zwaar', verwijsindex: { nodig: false }, datum: '2026-03-05' },
        loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit', aangekomen: '2026-03-05T10:00:00.000Z' },
      },
      'loket_niet_gestart',
      '2026-05-15T06:00:00.000Z',
    ],
    [
      '4 maanden na de start van de regierol nog open',
      { ...lopend('2026-09-11'), evaluatiedata: undefined, regierolSinds: '2026-07-31T10:00:00.000Z', laatsteVoortgang: '2026-11-20T10:00:00.000Z' },
      'lang_open',
      '2026-11-30T07:00:00.000Z',
    ],
  ])('%s', (_naam, h, regel, vanaf) => {
    const [eerste] = stagnatieKandidaten(h, OMGEVING);
    expect(eerste?.regel).toBe(regel);
    expect(iso(eerste?.vanaf)).toBe(vanaf);
    expect(gestagneerd(h, new Date(new Date(vanaf).getTime() - 60_000), OMGEVING)).toBeUndefined();
    expect(gestagneerd(h, new Date(vanaf), OMGEVING)?.regel).toBe(regel);
  });

  it('na een Team NO-besluit begint de klok opnieuw', () => {
    const h = { ...lopend('2026-03-30'), teamNoBesluit: { besluit: 'door', opdracht: 'x', aanbieder: 'y', datum: '2026-05-01' } };
    const regels = stagnatieKandidaten(h, OMGEVING).map((s) => `${s.regel}@${iso(s.vanaf)}`);
    expect(regels[0]).toBe('evaluatie_achterstallig@2026-05-20T06:00:00.000Z' /* 5 mei en Hemelvaart tellen niet */);
  });

  it('README: een sweep 3 werkdagen voor de tussentijdse evaluatie herinnert en escaleert niet (ook zonder voortgang sinds de start)', () => {
    // Regierol accepted Monday 23 Nov 2026, nothing recorded since; tussentijdse evaluatie Monday 4 Jan 2027.
    const h = lopend('2027-01-04', { regierolSinds: '2026-11-23T09:00:00.000Z', laatsteVoortgang: '2026-11-23T09:00:00.000Z', evaluatiedata: { tussentijds: '2027-01-04', eind: '2027-02-23' } });
    const nu = new Date('2026-12-29T10:00:00+01:00');
    expect(gestagneerd(h, nu, OMGEVING)).toBeUndefined();
    const soorten = verschuldigdeHerinneringen(h, undefined, nu, INST).map((m) => `${m.soort}:${m.datum}`);
    expect([...new Set(soorten)].sort()).toEqual(['evaluatie_vooraf:2026-12-29', 'voortgang_gevraagd:2026-12-23']);
  });

  it.each(['2026-01-05', '2026-04-24', '2026-07-17', '2026-12-18'])('geen voortgang (laatste voortgang %s) vuurt nooit vóór de herinnering erover', (dag) => {
    const h = lopend('2027-12-31', { regierolSinds: `${dag}T09:00:00.000Z`, laatsteVoortgang: `${dag}T09:00:00.000Z` });
    const signaal = stagnatieKandidaten(h, OMGEVING).find((s) => s.regel === 'geen_voortgang') ?? fail('geen regel');
    const herinnering = verschuldigdeHerinneringen(h, undefined, signaal.vanaf, INST).find((m) => m.soort === 'voortgang_gevraagd') ?? fail('geen herinnering');
    expect(herinnering.verzendOp.getTime()).toBeLessThan(signaal.vanaf.getTime());
  });

  it('de voortgangsherinnering vervalt zodra er voortgang is vastgelegd', () => {
    const h = lopend('2027-12-31', { regierolSinds: '2026-09-01T09:00:00.000Z', laatsteVoortgang: '2026-09-01T09:00:00.000Z' });
    const [moment] = verschuldigdeHerinneringen(h, undefined, new Date('2026-10-01T10:00:00Z'), INST).filter((m) => m.soort === 'voortgang_gevraagd');
    const r = nieuweHerinnering(h, moment ?? fail('geen herinnering'), new Date('2026-10-01T10:00:00Z'));
    expect(isNogActueel(r, h)).toBe(true);
    expect(isNogActueel(r, { ...h, laatsteVoortgang: '2026-10-01T09:30:00.000Z' })).toBe(false);
  });

  it('niets als er al een stagnatie loopt of de zaak gesloten is', () => {
    expect(stagnatieKandidaten(hulpvraagIn('stagnatie_team_no', { metHouder: true }), OMGEVING)).toEqual([]);
    expect(stagnatieKandidaten({ ...lopend('2026-03-30'), status: 'gesloten' }, OMGEVING)).toEqual([]);
  });
});

describe('volgendeDeadline', () => {
  it.each<[string, string | undefined, string]>([
    ['nog nooit bekeken: de eerste herinnering', undefined, '2026-03-25T07:00:00.000Z'],
    ['vooraf gepland: de dag zelf', '2026-03-25T07:00:00.000Z', '2026-03-30T06:00:00.000Z'],
    ['ver achterstallig: de stagnatieregel komt eerder dan de volgende herinnering', '2026-04-14T06:00:00.000Z', '2026-04-15T06:00:00.000Z'],
  ])('%s', (_naam, gecontroleerdTot, verwacht) => {
    expect(iso(volgendeDeadline(lopend('2026-03-30', { gecontroleerdTot }), INST))).toBe(verwacht);
  });
  it('een gesloten zaak heeft geen deadline', () => {
    expect(volgendeDeadline({ ...lopend('2026-03-30'), status: 'gesloten' }, INST)).toBeUndefined();
  });
  it('berichten op de zaak: aan de beurt zodra niemand ze meer zelf verstuurt, ook gesloten', () => {
    const bericht = { id: 'h.v2.1', soort: 'kanaalkaart' } as const;
    const vastgehouden = { ...bericht, doorsturenVanaf: '2026-03-20T10:00:00.000Z' };
    expect(iso(volgendeDeadline({ ...lopend('2026-03-30'), uitgaand: [vastgehouden] }, INST))).toBe('2026-03-20T10:00:00.000Z');
    expect(iso(volgendeDeadline({ ...lopend('2026-03-30'), status: 'gesloten', uitgaand: [vastgehouden] }, INST))).toBe('2026-03-20T10:00:00.000Z');
    // Held past the next reminder: the reminder comes first.
    expect(iso(volgendeDeadline({ ...lopend('2026-03-30'), uitgaand: [{ ...bericht, doorsturenVanaf: '2026-05-01T00:00:00.000Z' }] }, INST))).toBe('2026-03-25T07:00:00.000Z');
  });
});

describe('levensloop van een herinnering', () => {
  const [moment] = verschuldigdeHerinneringen(lopend('2026-03-30'), undefined, new Date('2026-03-30T06:00:00Z'), INST);
  const nu = new Date('2026-03-30T06:01:00Z');
  const r = nieuweHerinnering(lopend('2026-03-30'), moment ?? fail('geen moment'), nu);

  it('claim met lease; na afloop van de lease weer claimbaar', () => {
    expect(isClaimbaar(r, nu)).toBe(true);
    const geclaimd = claim(r, 'A', nu, 60_000);
    expect(isClaimbaar(geclaimd, new Date(nu.getTime() + 59_000))).toBe(false);
    expect(isClaimbaar(geclaimd, new Date(nu.getTime() + 60_000))).toBe(true);
  });

  it('tijdelijke fout: opnieuw gepland, na het maximum definitief mislukt', () => {
    let huidig = claim(r, 'A', nu, 60_000);
    huidig = rondAf(huidig, { uitkomst: 'mislukt', reden: '503', opnieuwNaMs: 900_000, maxPogingen: 2 }, 'A', nu);
    expect(huidig).toMatchObject({ status: 'gepland', verzendOp: '2026-03-30T06:16:00.000Z' });
    huidig = rondAf(claim(huidig, 'B', nu, 60_000), { uitkomst: 'mislukt', reden: '503', opnieuwNaMs: 900_000, maxPogingen: 2 }, 'B', nu);
    expect(huidig.status).toBe('mislukt');
    expect(huidig.pogingen.map((p) => p.door)).toEqual(['A', 'B']);
  });

  it('vervalt als de evaluatie intussen is vastgelegd', () => {
    expect(isNogActueel(r, lopend('2026-03-30'))).toBe(true);
    const vastgelegd = lopend('2026-03-30', {
      evaluaties: [{ soort: 'tussentijds', datum: '2026-03-30', doelBereikt: true, toelichting: '', vervolg: 'doorgaan' }],
    });
    expect(isNogActueel(r, vastgelegd)).toBe(false);
  });
});

/*
 * The product defaults (issue 20): a handover to judge and a return to close are due within 10 working days. On that
 * day whoever the domain puts at turn is reminded once; nothing more is sent about it, and nothing is escalated.
 */
describe('een verstreken standaardtermijn: één herinnering aan wie aan zet is', () => {
  /** Monday 2 March 2026, 10:00 in Amsterdam: 10 working days later is Monday 16 March (08:00 CET: 07:00 UTC). */
  const SINDS = '2026-03-02T09:00:00.000Z';
  const DAG = new Date('2026-03-16T07:00:00Z');
  const termijn = (h: Hulpvraag, na?: Date, tot = new Date('2026-06-01T10:00:00Z')) =>
    verschuldigdeHerinneringen(h, na, tot, INST)
      .filter((m) => m.soort === 'termijn_verstreken')
      .map((m) => `${m.datum}@${m.verzendOp.toISOString()}:${ontvangerAlsTekst(m.ontvanger)}`);
  const overdracht = { ...hulpvraagIn('overdracht_aangevraagd', { metHouder: true, metToestemming: true }), statusSinds: SINDS, laatsteVoortgang: SINDS };
  const terug = { ...hulpvraagIn('terug_voor_afsluiting', { metHouder: true, metToestemming: true }), statusSinds: SINDS };
  const zonder = (h: Hulpvraag, ...rollen: string[]): Hulpvraag => ({ ...h, betrokkenen: h.betrokkenen.filter((b) => !rollen.includes(b.rol)) });

  it.each<[string, Hulpvraag, string[]]>([
    ['een overdracht: het schakelteam (IB-er en schakelfunctionaris)', overdracht, ['Ineke IB', 'Sanne Schakel']],
    ['een overdracht, de schakelfunctionaris vertrokken: de IB-er (die de rol overneemt)', zonder(overdracht, 'schakelfunctionaris'), ['Ineke IB']],
    // Issue 21: the step is binding the schakelteam again, so it goes to whoever can, as every reminder of that step.
    ['een overdracht, niemand van het schakelteam meer: functioneel beheer', zonder(overdracht, 'schakelfunctionaris', 'ib_coo'), ['functioneel beheer']],
    ['teruggemeld voor afsluiting: de IB-er', terug, ['Ineke IB']],
    ['teruggemeld, de IB-er vertrokken: de schakelfunctionaris (die de rol overneemt)', zonder(terug, 'ib_coo'), ['Sanne Schakel']],
  ])('%s', (_naam, h, namen) => {
    expect(termijn(h)).toEqual(namen.map((naam) => `2026-03-16@${DAG.toISOString()}:${naam}`));
    // Not the day before, and once: a later sweep plans nothing more.
    expect(termijn(h, undefined, new Date('2026-03-16T06:59:00Z'))).toEqual([]);
    expect(termijn(h, DAG)).toEqual([]);
    expect(volgendeDeadline({ ...h, gecontroleerdTot: SINDS }, INST)?.getTime()).toBeLessThanOrEqual(DAG.getTime());
  });

  it('vervalt als de stap gezet is of iemand anders aan zet is; een nieuwe overdracht heeft een eigen herinnering', () => {
    const [moment] = verschuldigdeHerinneringen(overdracht, undefined, DAG, INST).filter((m) => m.soort === 'termijn_verstreken' && m.ontvanger.soort === 'persoon' && m.ontvanger.naam === 'Sanne Schakel');
    const r = nieuweHerinnering(overdracht, moment ?? fail('geen herinnering'), DAG);
    expect(isNogActueel(r, overdracht)).toBe(true);
    expect(isNogActueel(r, { ...overdracht, status: 'regierol_actief', overdracht: undefined, statusSinds: '2026-03-16T09:00:00.000Z' })).toBe(false);
    expect(isNogActueel(r, zonder(overdracht, 'schakelfunctionaris'))).toBe(false);
    // Waiting for an extension of consent, the IB'er is at turn for the same day.
    const uitbreiding = { ...overdracht, uitbreiding: { stap: 'overdracht' as const, persoon: overdracht.betrokkenen[0] ?? fail('geen betrokkene'), partner: 'GGD', sinds: SINDS } };
    expect(isNogActueel(r, uitbreiding)).toBe(false);
    expect(termijn(uitbreiding)).toEqual([`2026-03-16@${DAG.toISOString()}:Ineke IB`]);
    const opnieuw = { ...overdracht, statusSinds: '2026-03-20T09:00:00.000Z' };
    expect(isNogActueel(r, opnieuw)).toBe(false);
    expect(termijn(opnieuw, DAG)).toEqual([`2026-04-03@2026-04-03T06:00:00.000Z:Ineke IB`, `2026-04-03@2026-04-03T06:00:00.000Z:Sanne Schakel`]);
  });

  it('de geschiedenis krijgt één regel, met de dag en wie herinnerd is', () => {
    const momenten = verschuldigdeHerinneringen(overdracht, undefined, DAG, INST);
    const systeem = { tenantId: overdracht.tenantId, aadObjectId: 'systeem', naam: 'Schoolondersteuning (automatisch)' };
    const een = noteerTermijnHerinnering(overdracht, momenten, systeem, DAG);
    expect(een.geschiedenis.at(-1)).toMatchObject({ wat: TERMIJN_HERINNERD, details: { termijn: '2026-03-16', aan: 'Ineke IB, Sanne Schakel' } });
    expect(noteerTermijnHerinnering(een, momenten, systeem, DAG)).toBe(een);
    expect(noteerTermijnHerinnering(lopend('2026-03-30'), momenten.filter((m) => m.soort !== 'termijn_verstreken'), systeem, DAG).geschiedenis).toHaveLength(lopend('2026-03-30').geschiedenis.length);
  });
});

/*
 * Issue 21: nobody of the schakelteam is left on the case (everyone left its team). Every reminder of the
 * schakelteam's step then goes to the functional administrators (who bind it again), once a day per schakelteam,
 * and lapses as soon as the case has schakelteam members again.
 */
describe('niemand van het schakelteam meer: functioneel beheer wordt herinnerd', () => {
  const SINDS = '2026-03-02T09:00:00.000Z';
  const zonderSchakelteam = (h: Hulpvraag): Hulpvraag => ({ ...h, statusSinds: SINDS, betrokkenen: h.betrokkenen.filter((b) => b.rol !== 'ib_coo' && b.rol !== 'schakelfunctionaris') });
  const toestemming = zonderSchakelteam(hulpvraagIn('wacht_op_toestemming'));
  const wacht = (h: Hulpvraag) => verschuldigdeHerinneringen(h, undefined, new Date('2026-06-01T10:00:00Z'), INST).filter((m) => m.soort !== 'termijn_verstreken');

  it('de wachtherinnering (toestemming) gaat naar functioneel beheer, naar niemand anders', () => {
    const momenten = wacht(toestemming);
    expect(momenten.map((m) => `${m.soort}:${ontvangerAlsTekst(m.ontvanger)}`)).toEqual(['toestemming_open:functioneel beheer']);
  });

  it('één herinnering per schakelteam per dag, hoeveel hulpvragen er ook wachten', () => {
    const [moment] = wacht(toestemming);
    if (!moment) throw new Error('geen herinnering');
    const ander = { ...toestemming, id: 'hv-ander', nummer: 'HV-2026-0099' };
    expect(nieuweHerinnering(ander, moment, new Date(SINDS)).id).toBe(nieuweHerinnering(toestemming, moment, new Date(SINDS)).id);
    expect(nieuweHerinnering({ ...ander, schakelteamId: 'st-ander' }, moment, new Date(SINDS)).id).not.toBe(nieuweHerinnering(toestemming, moment, new Date(SINDS)).id);
  });

  it('vervalt zodra het schakelteam opnieuw gekoppeld is', () => {
    const [moment] = wacht(toestemming);
    const r = nieuweHerinnering(toestemming, moment ?? fail('geen herinnering'), new Date(SINDS));
    expect(isNogActueel(r, toestemming)).toBe(true);
    expect(isNogActueel(r, { ...hulpvraagIn('wacht_op_toestemming'), statusSinds: SINDS })).toBe(false);
  });

  it('niemand bereikt: uitgesteld tot het opgegeven moment, zo vaak als nodig, nooit definitief mislukt', () => {
    const [moment] = wacht(toestemming);
    const r = nieuweHerinnering(toestemming, moment ?? fail('geen herinnering'), new Date(SINDS));
    const nu = new Date('2026-03-09T07:00:00Z');
    const opnieuwOp = new Date('2026-03-10T07:00:00Z');
    let v = r;
    for (let i = 0; i < 10; i++) v = rondAf(claim(v, 'i1', nu, 60_000), { uitkomst: 'uitgesteld', reden: 'geen beheerder', opnieuwOp }, 'i1', nu);
    expect(v).toMatchObject({ status: 'gepland', verzendOp: opnieuwOp.toISOString() });
    expect(v.pogingen.map((p) => p.uitkomst)).toEqual(Array(10).fill('uitgesteld'));
    expect(isClaimbaar(v, opnieuwOp)).toBe(true);
  });
});
