import { Actie, WIE_MAG, eis, koppelrollenOp, mag } from '../../src/domain/beleid';
import { DomainError, FOUTCODES, isDomainError } from '../../src/domain/errors';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { ROLLEN, Rol } from '../../src/domain/personen';
import { GEBEURTENISSEN } from '../../src/domain/route';
import { ANDERE_TENANT, BUITENSTAANDER, TENANT, alsBetrokkene, persoon, foutVan } from './fixtures';

type Zaak = Pick<Hulpvraag, 'betrokkenen' | 'tenantId'>;

const ACTIES = Object.keys(WIE_MAG) as Actie[];

/** The policy written out by hand: which roles may do what. */
const VERWACHT: Record<Actie, readonly Rol[]> = {
  lezen: ROLLEN,
  doorgezet: ['ib_coo'],
  besluit: ['ib_coo', 'schakelfunctionaris'],
  toestemming_gevraagd: ['ib_coo'],
  toestemming_vastgelegd: ['ib_coo'],
  toestemming_ingetrokken: ['ib_coo'],
  toestemming_uitgebreid: ['ib_coo'],
  // A case sent to the Loket is the Loket's to take (issue 15): each member of its bound channel, at the click.
  regierol_geaccepteerd: ['kandidaat_regierol', 'loket'],
  regierol_geweigerd: ['kandidaat_regierol'],
  aanbod_onbestelbaar: [],
  schakelteam_gewijzigd: [],
  // The system's own steps on a case at the Loket (domain/loket.ts): nobody clicks them.
  loket_navraag: [],
  loket_hulp_gestart: [],
  // Consent refused (issue 21): the Loket (its members, and the one named) records that it made contact.
  loket_contact_opgenomen: ['loket', 'kandidaat_regierol'],
  // Correcting the help's start date (issue 21): a Loket member, or the Loket's regierol holder.
  loket_start_gecorrigeerd: ['loket', 'regierolhouder'],
  bespreektijd_ingeschat: ['ib_coo'],
  afspraken_vastgelegd: ['ib_coo', 'schakelfunctionaris', 'regierolhouder'],
  rol_overgenomen: ['ib_coo', 'schakelfunctionaris'],
  uitvraag_vastgelegd: ['regierolhouder'],
  plan_vastgelegd: ['regierolhouder'],
  voortgang_vastgelegd: ['regierolhouder'],
  expert_toegevoegd: ['regierolhouder'],
  evaluatie_vastgelegd: ['regierolhouder'],
  overdracht_voorgesteld: ['regierolhouder'],
  overdracht_goedgekeurd: ['ib_coo', 'schakelfunctionaris'],
  overdracht_afgewezen: ['ib_coo', 'schakelfunctionaris'],
  stagnatie_gemeld: ROLLEN,
  team_no_besluit: ['team_no'],
  teruggemeld: ['regierolhouder'],
  heropend: ['ib_coo'],
  gesloten: ['ib_coo'],
};

/** One case per role, with a single person holding that role. */
function zaakMet(rol: Rol, tenantId: string = TENANT): { zaak: Zaak; wie: ReturnType<typeof persoon> } {
  const wie = persoon(`aad-${rol}`, `Persoon ${rol}`, tenantId);
  return { zaak: { tenantId: TENANT, betrokkenen: [alsBetrokkene(wie, rol)] }, wie };
}

describe('WIE_MAG', () => {
  it('kent precies lezen plus elke gebeurtenis', () => {
    expect(new Set(ACTIES)).toEqual(new Set(['lezen', ...Object.keys(GEBEURTENISSEN)]));
    expect(ACTIES).toHaveLength(Object.keys(VERWACHT).length);
  });

  it.each(ACTIES)('%s heeft de verwachte rollen', (actie) => {
    expect([...WIE_MAG[actie]].sort()).toEqual([...VERWACHT[actie]].sort());
  });
});

const PAREN = ACTIES.flatMap((actie) => ROLLEN.map((rol) => [actie, rol, VERWACHT[actie].includes(rol)] as const));

describe('mag en eis: elke actie × elke rol', () => {
  it('dekt alle combinaties', () => {
    expect(PAREN).toHaveLength(ACTIES.length * ROLLEN.length);
  });

  it.each(PAREN)('%s door %s → %s', (actie, rol, verwacht) => {
    const { zaak, wie } = zaakMet(rol);
    expect(mag(zaak, wie, actie)).toBe(verwacht);
    const fout = foutVan(() => eis(zaak, wie, actie));
    if (verwacht) {
      expect(fout).toBeUndefined();
    } else {
      expect(fout).toBeInstanceOf(DomainError);
      expect(isDomainError(fout, FOUTCODES.actieNietToegestaan)).toBe(true);
      expect((fout as DomainError).code).toBe('AUTORISATIE.ACTIE_NIET_TOEGESTAAN');
      expect((fout as DomainError).message).toContain(actie);
    }
  });

  it.each(PAREN)('%s door %s uit een andere tenant (zelfde aadObjectId) → geweigerd als niet betrokken', (actie, rol) => {
    const { zaak } = zaakMet(rol);
    const indringer = persoon(`aad-${rol}`, `Persoon ${rol}`, ANDERE_TENANT);
    expect(mag(zaak, indringer, actie)).toBe(false);
    const fout = foutVan(() => eis(zaak, indringer, actie));
    expect(isDomainError(fout, FOUTCODES.nietBetrokken)).toBe(true);
  });
});

describe('mag en eis: bijzondere gevallen', () => {
  const ib = persoon('aad-ib', 'IB');
  const expert = persoon('aad-expert', 'Expert');

  it.each(ACTIES)('een buitenstaander krijgt AUTORISATIE.NIET_BETROKKEN voor %s', (actie) => {
    const zaak: Zaak = { tenantId: TENANT, betrokkenen: [alsBetrokkene(ib, 'ib_coo'), alsBetrokkene(expert, 'regierolhouder')] };
    expect(mag(zaak, BUITENSTAANDER, actie)).toBe(false);
    const fout = foutVan(() => eis(zaak, BUITENSTAANDER, actie));
    expect(fout).toBeInstanceOf(DomainError);
    expect((fout as DomainError).code).toBe('AUTORISATIE.NIET_BETROKKEN');
  });

  it('iemand met meerdere rollen mag wat één van die rollen mag', () => {
    const zaak: Zaak = { tenantId: TENANT, betrokkenen: [alsBetrokkene(ib, 'ib_coo'), alsBetrokkene(ib, 'regierolhouder')] };
    expect(mag(zaak, ib, 'gesloten')).toBe(true);
    expect(mag(zaak, ib, 'voortgang_vastgelegd')).toBe(true);
    expect(mag(zaak, ib, 'team_no_besluit')).toBe(false);
    expect(isDomainError(foutVan(() => eis(zaak, ib, 'team_no_besluit')), FOUTCODES.actieNietToegestaan)).toBe(true);
  });

  it('een rol van een gebruiker uit een partnertenant telt (gast of gedeeld kanaal); dezelfde id uit weer een andere tenant niet', () => {
    const partner = persoon('aad-partner', 'Pim Partner', ANDERE_TENANT);
    const zaak: Zaak = { tenantId: TENANT, betrokkenen: [alsBetrokkene(ib, 'ib_coo'), alsBetrokkene(partner, 'regierolhouder')] };
    expect(mag(zaak, partner, 'voortgang_vastgelegd')).toBe(true);
    expect(mag(zaak, partner, 'gesloten')).toBe(false);
    expect(mag(zaak, { ...partner, tenantId: 'tenant-derde' }, 'lezen')).toBe(false);
    expect(isDomainError(foutVan(() => eis(zaak, { ...partner, tenantId: 'tenant-derde' }, 'lezen')), FOUTCODES.nietBetrokken)).toBe(true);
  });

  it('de naam telt niet, alleen tenant en aadObjectId', () => {
    const zaak: Zaak = { tenantId: TENANT, betrokkenen: [alsBetrokkene(ib, 'ib_coo')] };
    expect(mag(zaak, { ...ib, naam: 'Andere Naam' }, 'gesloten')).toBe(true);
    expect(mag(zaak, { ...BUITENSTAANDER, naam: ib.naam }, 'lezen')).toBe(false);
  });

  it('zonder betrokkenen mag niemand iets', () => {
    const zaak: Zaak = { tenantId: TENANT, betrokkenen: [] };
    for (const actie of ACTIES) {
      expect(mag(zaak, ib, actie)).toBe(false);
      expect(isDomainError(foutVan(() => eis(zaak, ib, actie)), FOUTCODES.nietBetrokken)).toBe(true);
    }
  });

  it('een koppelrol telt alleen waar de koppeling over gaat: Team NO bij stagnatie, het Loket bij een Loket-besluit', () => {
    const besluit = (soort: 'loket' | 'regierol') => ({ soort, reden: 'x', verwijsindex: { nodig: false }, datum: '2026-03-02' });
    expect(koppelrollenOp({ status: 'regierol_aangeboden', besluit: besluit('loket') }, ['loket', 'team_no'])).toEqual(['loket']);
    expect(koppelrollenOp({ status: 'regierol_aangeboden', besluit: besluit('regierol') }, ['loket', 'team_no'])).toEqual([]);
    expect(koppelrollenOp({ status: 'stagnatie_team_no', besluit: besluit('regierol') }, ['loket', 'team_no'])).toEqual(['team_no']);
  });
});
