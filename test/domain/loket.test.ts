import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { DomainError } from '../../src/domain/errors';
import { pasToeMetGevolgen } from '../../src/domain/gebeurtenissen';
import { Hulpvraag, LoketTraject } from '../../src/domain/hulpvraag';
import { loketStappen, loketTermijnen, loketWacht, metAankomstUitHistorie } from '../../src/domain/loket';
import { EXPERT_A, EXPERT_B, SF, SYSTEEM, alsBetrokkene, foutVan, hulpvraagIn, omgeving } from './fixtures';

const OMGEVING = { limieten: INST.stagnatie.loket, venster: INST.venster, feestdagen: INST.feestdagen };
/** Thursday 24 December 2026, 10:00 in Amsterdam. */
const AANGEKOMEN = '2026-12-24T09:00:00.000Z';
const traject = (extra: Partial<LoketTraject> = {}): LoketTraject => ({ sinds: AANGEKOMEN, via: 'besluit', aangekomen: AANGEKOMEN, ...extra });
const bijLoket = (extra: Partial<LoketTraject> = {}): Hulpvraag => ({ ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket' }), loket: traject(extra) });
/** Taken by the Loket employee (EXPERT_B here), with Mila (EXPERT_A) as former holder giving overbruggingszorg. */
const genomen = (start: string): Hulpvraag => {
  const h = hulpvraagIn('regierol_actief', { metHouder: false });
  return {
    ...h,
    betrokkenen: [...h.betrokkenen, { ...alsBetrokkene(EXPERT_B, 'regierolhouder', 'Loket-medewerker'), geaccepteerd: AANGEKOMEN }, alsBetrokkene(EXPERT_A, 'expert', 'schoolmaatschappelijk werker')],
    loket: traject({ via: 'overdracht', vorigeHouder: alsBetrokkene(EXPERT_A, 'regierolhouder', 'schoolmaatschappelijk werker'), genomen: '2026-12-28T09:00:00.000Z', weging: { lijn: 'eerste', aanbieder: 'Jan Arends', start } }),
  };
};
const stappen = (h: Hulpvraag) => loketStappen(h, OMGEVING).map((s) => `${s.stap.soort === 'navraag' ? `navraag_${s.stap.grens}` : s.stap.soort}@${s.vanaf.toISOString()}`);

describe('overbruggingszorg: de termijnen van het Loket', () => {
  it('een hulpvraag van vóór het bewaren van de aankomst krijgt die uit de historie: de toestemming na het sturen, anders het sturen', () => {
    const zonder = (h: Hulpvraag): Hulpvraag => ({ ...h, loket: { sinds: AANGEKOMEN, via: 'besluit', ...(h.loket?.genomen ? { genomen: h.loket.genomen } : {}) } });
    const regel = (wat: string, tijdstip: string) => ({ tijdstip, door: SYSTEEM, wat, details: {} });
    const metRegels = (h: Hulpvraag, ...regels: ReturnType<typeof regel>[]): Hulpvraag => ({ ...h, geschiedenis: [...h.geschiedenis, ...regels] });
    const toestemming = regel('toestemming_vastgelegd', '2026-12-29T09:00:00.000Z');
    // Consent recorded after it was sent: it reached the Loket then. Without such a line, when it was sent.
    expect(metAankomstUitHistorie(metRegels(zonder(bijLoket()), regel('besluit', AANGEKOMEN), toestemming)).loket?.aangekomen).toBe(toestemming.tijdstip);
    expect(metAankomstUitHistorie(zonder(bijLoket())).loket?.aangekomen).toBe(AANGEKOMEN);
    // Taken by the Loket: a consent line after it was taken is not its arrival.
    expect(metAankomstUitHistorie(metRegels(zonder(genomen('2027-01-11')), toestemming)).loket?.aangekomen).toBe(AANGEKOMEN);
    // Still waiting for consent: not at the Loket yet, so no arrival; one that has it keeps it.
    const wacht = { ...zonder(bijLoket()), status: 'wacht_op_toestemming' as const };
    expect(metAankomstUitHistorie(wacht)).toBe(wacht);
    const bewaard = bijLoket({ aangekomen: '2026-12-30T09:00:00.000Z' });
    expect(metAankomstUitHistorie(metRegels(bewaard, toestemming))).toEqual(metRegels(bewaard, toestemming));
  });

  it('telt vanaf de aankomst bij het Loket, in werkdagen met feestdagen voor het antwoord en in weken voor de start', () => {
    // 25/26 December and 1 January are no working days: the fifth working day after 24 December is 4 January.
    expect(loketTermijnen(bijLoket(), INST.stagnatie.loket, INST.feestdagen)).toEqual({ antwoord: '2027-01-04', start: '2027-02-18', stagnatie: '2027-03-04' });
    expect(loketWacht(bijLoket(), INST.stagnatie.loket, INST.feestdagen)).toMatchObject({ wat: 'antwoord', uiterlijk: '2027-01-04' });
  });

  it('zonder aankomst (nog geen toestemming) of na de start van de hulp loopt er geen klok', () => {
    expect(stappen({ ...bijLoket(), loket: { sinds: AANGEKOMEN, via: 'besluit' } })).toEqual([]);
    expect(stappen({ ...genomen('2027-01-11'), loket: { ...traject(), hulpGestart: '2027-01-11T07:00:00.000Z' } })).toEqual([]);
  });

  it('niet opgepakt: navraag om het antwoord en om de start; opgepakt met een late start: de hulp start en de navraag om de start', () => {
    expect(stappen(bijLoket())).toEqual(['navraag_antwoord@2027-01-04T07:00:00.000Z', 'navraag_start@2027-02-18T07:00:00.000Z']);
    expect(stappen(bijLoket({ navragen: { antwoord: '2027-01-04T07:00:00.000Z' } }))).toEqual(['navraag_start@2027-02-18T07:00:00.000Z']);
    expect(stappen(genomen('2027-01-11'))).toEqual(['hulp_gestart@2027-01-11T07:00:00.000Z']);
    expect(stappen(genomen('2027-03-01'))).toEqual(['navraag_start@2027-02-18T07:00:00.000Z', 'hulp_gestart@2027-03-01T07:00:00.000Z']);
  });

  it('de navraag gaat naar de schakelfunctionaris O/JH, één keer per termijn; zonder schakelfunctionaris naar de IB-er', () => {
    const moment = omgeving('2027-01-04T07:00:00Z');
    const eerste = pasToeMetGevolgen(bijLoket(), { soort: 'loket_navraag', grens: 'antwoord' }, SYSTEEM, moment);
    expect(eerste.kennisgevingen.map((k) => [k.aan.aadObjectId, k.soort])).toEqual([[SF.aadObjectId, 'loket_navraag']]);
    expect(eerste.hulpvraag.geschiedenis.at(-1)?.details).toMatchObject({ grens: 'antwoord van het Loket', navraagDoor: SF.naam });
    expect(foutVan(() => pasToeMetGevolgen(eerste.hulpvraag, { soort: 'loket_navraag', grens: 'antwoord' }, SYSTEEM, moment))).toBeInstanceOf(DomainError);
    const zonderSf = { ...bijLoket(), betrokkenen: bijLoket().betrokkenen.filter((b) => b.rol !== 'schakelfunctionaris') };
    expect(pasToeMetGevolgen(zonderSf, { soort: 'loket_navraag', grens: 'antwoord' }, SYSTEEM, moment).kennisgevingen.map((k) => k.aan.rol)).toEqual(['ib_coo']);
  });

  it('de hulp start op de startdatum, niet eerder: de betrokkenheid van de vorige houder eindigt', () => {
    const h = genomen('2027-01-11');
    expect(foutVan(() => pasToeMetGevolgen(h, { soort: 'loket_hulp_gestart' }, SYSTEEM, omgeving('2027-01-10T12:00:00Z')))).toBeInstanceOf(DomainError);
    const na = pasToeMetGevolgen(h, { soort: 'loket_hulp_gestart' }, SYSTEEM, omgeving('2027-01-11T07:00:00Z')).hulpvraag;
    expect(na.betrokkenen.some((b) => b.aadObjectId === EXPERT_A.aadObjectId)).toBe(false);
    expect(na.loket?.hulpGestart).toBe('2027-01-11T07:00:00.000Z');
    expect(na.geschiedenis.at(-1)?.details).toMatchObject({ start: '2027-01-11', overbruggingszorg: EXPERT_A.naam, betrokkenheidBeeindigd: EXPERT_A.naam });
  });
});

/*
 * Issue 21: the Loket corrects the start date of its help. The same rule as at the weighing (an existing day, not
 * before the arrival, within a year), a new date only, before the help started; the clocks read the new date.
 */
describe('de startdatum van de hulp corrigeren', () => {
  const LOKET_MEDEWERKER = EXPERT_B;
  const corrigeer = (h: Hulpvraag, start: string, nu = '2027-01-04T09:00:00Z') => pasToeMetGevolgen(h, { soort: 'loket_start_gecorrigeerd', start }, LOKET_MEDEWERKER, omgeving(nu));
  const tekst = (fout: unknown) => (fout instanceof Error ? fout.message : '');
  const melding = (h: Hulpvraag, start: string) => tekst(foutVan(() => corrigeer(h, start)));

  it('weigert een datum die niet bestaat, vóór de aankomst ligt, verder dan een jaar vooruit, of die al staat', () => {
    const h = genomen('2027-01-11');
    expect(melding(h, '2027-02-30')).toBe('Kies een bestaande startdatum van de hulp');
    expect(melding(h, '2026-12-23')).toBe('De hulp kan niet starten voordat de hulpvraag bij het Loket kwam (24 december 2026): kies 24 december 2026 of later');
    expect(melding(h, '2028-01-05')).toBe('Kies een startdatum binnen een jaar (uiterlijk 4 januari 2028); duurt het langer, meld dan stagnatie');
    expect(melding(h, '2027-01-11')).toBe('11 januari 2027 is al de startdatum: kies een andere datum');
    // The weighing itself follows the same rule.
    const aanbod = { ...bijLoket(), betrokkenen: [...bijLoket().betrokkenen, alsBetrokkene(LOKET_MEDEWERKER, 'loket')] };
    const weging = (start: string) => tekst(foutVan(() => pasToeMetGevolgen(aanbod, { soort: 'regierol_geaccepteerd', loket: { lijn: 'eerste', aanbieder: 'Jan Arends', start } }, LOKET_MEDEWERKER, omgeving('2027-01-04T09:00:00Z'))));
    expect(weging('2026-12-01')).toContain('De hulp kan niet starten voordat de hulpvraag bij het Loket kwam');
  });

  it('de klokken volgen de nieuwe datum: de start, de navraag over de start en de stagnatie', () => {
    const h = genomen('2027-01-11');
    expect(stappen(h)).toEqual(['hulp_gestart@2027-01-11T07:00:00.000Z']);
    const later = corrigeer(h, '2027-03-15');
    // Later than the start limit (18 February): the schakelfunctionaris O/JH is asked then, and it becomes stagnation.
    expect(stappen(later.hulpvraag)).toEqual(['navraag_start@2027-02-18T07:00:00.000Z', 'hulp_gestart@2027-03-15T07:00:00.000Z']);
    expect(loketWacht(later.hulpvraag, INST.stagnatie.loket, INST.feestdagen)).toMatchObject({ wat: 'start', datum: '2027-03-15' });
    const eerder = corrigeer(later.hulpvraag, '2027-01-20', '2027-01-05T09:00:00Z');
    expect(stappen(eerder.hulpvraag)).toEqual(['hulp_gestart@2027-01-20T07:00:00.000Z']);
  });

  it('geschiedenis met beide data, en de IB-er en wie overbruggingszorg geeft horen het', () => {
    const { hulpvraag, kennisgevingen } = corrigeer(genomen('2027-01-11'), '2027-01-25');
    expect(hulpvraag.loket?.weging?.start).toBe('2027-01-25');
    expect(hulpvraag.geschiedenis.at(-1)).toMatchObject({ wat: 'loket_start_gecorrigeerd', details: { van: '2027-01-11', naar: '2027-01-25' } });
    expect(kennisgevingen.map((k) => [k.aan.rol, k.soort])).toEqual([['ib_coo', 'loket_start_gewijzigd'], ['regierolhouder', 'loket_start_gewijzigd']]);
    expect(kennisgevingen[0]?.tekst).toContain('van 11 januari 2027 naar 25 januari 2027');
  });

  it('niet meer als de hulp gestart is', () => {
    const gestart = pasToeMetGevolgen(genomen('2027-01-11'), { soort: 'loket_hulp_gestart' }, SYSTEEM, omgeving('2027-01-11T07:00:00Z')).hulpvraag;
    expect(melding(gestart, '2027-01-25')).toBe('De startdatum van de hulp kan nu niet meer gewijzigd worden');
  });
});
