import { ROLLEN, Rol } from '../../src/domain/personen';
import { STATUSSEN, Status } from '../../src/domain/route';
import { Toestemming } from '../../src/domain/toestemming';
import {
  PARTNERS,
  Situatie,
  VELDGROEPEN,
  Zicht,
  contactRegierol,
  magZien,
  organisatieVan,
  zichtVoor,
  zichtVoorRol,
} from '../../src/domain/zichtbaarheid';
import { ANDERE_TENANT, BUITENSTAANDER, EXPERT_A, IB, IB_BETROKKENE, SF_BETROKKENE, TEAM_NO_1, alsBetrokkene, persoon } from './fixtures';
import { DISCIPLINES } from '../../src/domain/personen';

/** The consent situations a case can be in, as columns of the table. */
const KOLOMMEN = ['zonder', 'gegeven_gedeeld', 'gegeven_niet_gedeeld', 'geweigerd', 'ingetrokken'] as const;
type Kolom = (typeof KOLOMMEN)[number];

function situatie(status: Status, kolom: Kolom): Situatie {
  switch (kolom) {
    case 'zonder':
      return { status, organisatieGedeeld: false };
    case 'gegeven_gedeeld':
      return { status, toestemming: 'gegeven', organisatieGedeeld: true };
    case 'gegeven_niet_gedeeld':
      return { status, toestemming: 'gegeven', organisatieGedeeld: false };
    case 'geweigerd':
    case 'ingetrokken':
      return { status, toestemming: kolom, organisatieGedeeld: false };
  }
}

/**
 * What each role sees while a case is open (every state but gesloten), per consent situation:
 *                       zonder      gegeven+gedeeld  gegeven, niet gedeeld  geweigerd           ingetrokken
 */
const OPEN: Record<Rol, Record<Kolom, Zicht>> = {
  ib_coo: { zonder: 'alles', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'alles', geweigerd: 'alles', ingetrokken: 'alles' },
  schakelfunctionaris: { zonder: 'alles', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'alles', geweigerd: 'alles', ingetrokken: 'alles' },
  kandidaat_regierol: { zonder: 'basis', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'basis', geweigerd: 'basis', ingetrokken: 'basis' },
  regierolhouder: { zonder: 'basis', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'basis', geweigerd: 'basis', ingetrokken: 'basis' },
  expert: { zonder: 'basis', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'basis', geweigerd: 'basis', ingetrokken: 'basis' },
  expertiseteam: { zonder: 'basis', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'basis', geweigerd: 'basis', ingetrokken: 'basis' },
  loket: { zonder: 'basis', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'basis', geweigerd: 'contact_regierol', ingetrokken: 'contact_regierol' },
  team_no: { zonder: 'dat', gegeven_gedeeld: 'alles', gegeven_niet_gedeeld: 'dat', geweigerd: 'dat', ingetrokken: 'dat' },
};

/** After closure the partners' need to know has ended, whatever the consent was. */
const GESLOTEN: Record<Rol, Zicht> = {
  ib_coo: 'alles',
  schakelfunctionaris: 'alles',
  kandidaat_regierol: 'basis',
  regierolhouder: 'basis',
  expert: 'basis',
  expertiseteam: 'basis',
  loket: 'niets',
  team_no: 'niets',
};

const CELLEN = ROLLEN.flatMap((rol) => STATUSSEN.flatMap((status) => KOLOMMEN.map((kolom) => [rol, status, kolom] as const)));

describe('wie ziet wat: elke rol × elke status × elke toestemmingssituatie', () => {
  it('dekt alle cellen', () => {
    expect(CELLEN).toHaveLength(ROLLEN.length * STATUSSEN.length * KOLOMMEN.length);
  });

  it.each(CELLEN)('%s in %s, toestemming %s', (rol, status, kolom) => {
    const verwacht = status === 'gesloten' ? GESLOTEN[rol] : OPEN[rol][kolom];
    expect(zichtVoorRol(rol, situatie(status, kolom))).toBe(verwacht);
  });
});

describe('wat elk zicht bevat', () => {
  it('vóór toestemming: nummer, school, status, data en de IB\'er als contact, geen inhoud', () => {
    expect(VELDGROEPEN.basis).toEqual(['nummer', 'kern', 'data', 'contactIb']);
  });

  it('na weigering krijgt het Loket het nummer en de contactgegevens van de regierolhouder, niets anders', () => {
    expect(VELDGROEPEN.contact_regierol).toEqual(['nummer', 'contactRegierol']);
  });

  it('een escalatie zonder toestemming draagt alleen "dat"-feiten', () => {
    expect(magZien('dat', 'datFeiten')).toBe(true);
    expect(magZien('dat', 'inhoud')).toBe(false);
  });

  it('alleen "alles" toont wat er over de leerling getypt is', () => {
    for (const zicht of ['niets', 'contact_regierol', 'basis', 'dat'] as const) expect(magZien(zicht, 'inhoud')).toBe(false);
    expect(magZien('alles', 'inhoud')).toBe(true);
  });
});

describe('organisaties', () => {
  it('koppelt iedere discipline aan een partner die in de toestemming genoemd kan worden', () => {
    for (const discipline of DISCIPLINES) expect(PARTNERS).toContain(organisatieVan({ rol: 'expert', discipline }));
    expect(organisatieVan({ rol: 'loket' })).toBe('Loket verbinding onderwijs en jeugdhulp');
    expect(organisatieVan({ rol: 'team_no' })).toBe('Team NO (gemeente en samenwerkingsverband)');
    expect(organisatieVan({ rol: 'ib_coo' })).toBeUndefined();
  });
});

describe('zichtVoor een persoon', () => {
  const PARTNER_SMW = persoon('aad-smw-partner', 'Pim Partner', 'tenant-partner-smw');
  const basis = {
    tenantId: IB.tenantId,
    status: 'regierol_actief' as const,
    betrokkenen: [
      IB_BETROKKENE,
      SF_BETROKKENE,
      alsBetrokkene(EXPERT_A, 'regierolhouder', 'schoolmaatschappelijk werker'),
      alsBetrokkene(PARTNER_SMW, 'expert', 'jeugdverpleegkundige'),
      alsBetrokkene(TEAM_NO_1, 'team_no'),
    ],
  };
  const toestemming = (partners: string[]): Toestemming => ({
    status: 'gegeven',
    antwoorden: { ouder1: true },
    partners,
    datum: '2026-10-01',
    wijze: 'papier',
    leeftijdBijVragen: 9,
  });

  it('geeft een expert details alleen als zijn organisatie in de toestemming staat', () => {
    const alleenSmw = { ...basis, toestemming: toestemming(['Schoolmaatschappelijk werk']) };
    expect(zichtVoor(alleenSmw, EXPERT_A)).toBe('alles');
    expect(zichtVoor(alleenSmw, PARTNER_SMW)).toBe('basis');
    expect(zichtVoor({ ...basis, toestemming: toestemming(['CJG / jeugdgezondheidszorg']) }, PARTNER_SMW)).toBe('alles');
  });

  it('een uitbreiding die wacht verandert niets aan de toestemming die al geldt: alleen de nieuwe organisatie wacht', () => {
    const wachtend = persoon('aad-bpo', 'Bo BPO');
    const h = {
      ...basis,
      toestemming: toestemming(['Schoolmaatschappelijk werk']),
      uitbreiding: { stap: 'expert' as const, persoon: alsBetrokkene(wachtend, 'expert', 'begeleider passend onderwijs'), partner: 'Samenwerkingsverband (BPO / expertiseteam)', sinds: '2026-10-02T09:00:00Z' },
    };
    expect(zichtVoor(h, EXPERT_A)).toBe('alles');
    expect(zichtVoor(h, wachtend)).toBe('niets');
  });

  it('een gebruiker van een partnertenant is herkend aan tenant én id; dezelfde id in een andere tenant ziet niets', () => {
    const cjg = { ...basis, toestemming: toestemming(['CJG / jeugdgezondheidszorg']) };
    expect(zichtVoor(cjg, PARTNER_SMW)).toBe('alles');
    expect(zichtVoor(cjg, { ...PARTNER_SMW, tenantId: ANDERE_TENANT })).toBe('niets');
    expect(zichtVoor(cjg, { ...IB, tenantId: ANDERE_TENANT })).toBe('niets');
  });

  it('een buitenstaander en een kijker zonder identiteit zien niets', () => {
    expect(zichtVoor(basis, BUITENSTAANDER)).toBe('niets');
    expect(zichtVoor(basis, undefined)).toBe('niets');
  });

  it('met meerdere rollen telt de ruimste', () => {
    const ibOokTeamNo = { ...basis, betrokkenen: [...basis.betrokkenen, alsBetrokkene(IB, 'team_no')] };
    expect(zichtVoor(ibOokTeamNo, IB)).toBe('alles');
  });

  it('het contact is de regierolhouder, of de IB\'er zolang er geen is', () => {
    expect(contactRegierol(basis)?.aadObjectId).toBe(EXPERT_A.aadObjectId);
    expect(contactRegierol({ betrokkenen: [IB_BETROKKENE, SF_BETROKKENE] })?.aadObjectId).toBe(IB.aadObjectId);
  });
});

describe('zichtVoor wie alleen via de koppeling van Team NO of het Loket handelt', () => {
  const LID = persoon('aad-lid', 'Lies Koppellid');
  const geen = {
    tenantId: IB.tenantId,
    betrokkenen: [IB_BETROKKENE, SF_BETROKKENE, alsBetrokkene(EXPERT_A, 'regierolhouder', 'schoolmaatschappelijk werker')],
  };
  const gegeven = (partners: string[]): Toestemming => ({ status: 'gegeven', antwoorden: { ouder1: true }, partners, datum: '2026-10-01', wijze: 'papier', leeftijdBijVragen: 9 });
  const geweigerd: Toestemming = { ...gegeven([]), status: 'geweigerd' };
  const teamNo = { ...LID, koppelrollen: ['team_no' as const] };
  const loket = { ...LID, koppelrollen: ['loket' as const] };
  const naarLoket = { ...geen, besluit: { soort: 'loket' as const, reden: 'r', verwijsindex: { nodig: false }, datum: '2026-10-01' } };

  it('Team NO ziet zolang de hulpvraag bij Team NO ligt wat de rol Team NO ziet: de "dat"-feiten, inhoud alleen met toestemming', () => {
    expect(zichtVoor({ ...geen, status: 'stagnatie_team_no' }, teamNo)).toBe('dat');
    expect(zichtVoor({ ...geen, status: 'stagnatie_team_no', toestemming: gegeven(['Schoolmaatschappelijk werk']) }, teamNo)).toBe('dat');
    expect(zichtVoor({ ...geen, status: 'stagnatie_team_no', toestemming: gegeven(['Team NO (gemeente en samenwerkingsverband)']) }, teamNo)).toBe('alles');
  });

  it('na het besluit van Team NO telt de koppeling niet meer: niets (wie de rol op de casus heeft, houdt zijn zicht)', () => {
    expect(zichtVoor({ ...geen, status: 'regierol_actief' }, teamNo)).toBe('niets');
    const metRol = { ...geen, status: 'regierol_actief' as const, betrokkenen: [...geen.betrokkenen, alsBetrokkene(LID, 'team_no')] };
    expect(zichtVoor(metRol, teamNo)).toBe('dat');
  });

  it('het Loket ziet een hulpvraag die naar het Loket ging zoals de toestemming het toestaat; een andere niet', () => {
    expect(zichtVoor({ ...naarLoket, status: 'wacht_op_toestemming' }, loket)).toBe('basis');
    expect(zichtVoor({ ...naarLoket, status: 'regierol_aangeboden', toestemming: gegeven(['Loket verbinding onderwijs en jeugdhulp']) }, loket)).toBe('alles');
    expect(zichtVoor({ ...naarLoket, status: 'regierol_aangeboden', toestemming: gegeven(['Schoolmaatschappelijk werk']) }, loket)).toBe('basis');
    expect(zichtVoor({ ...naarLoket, status: 'besloten_loket', toestemming: geweigerd }, loket)).toBe('contact_regierol');
    expect(zichtVoor({ ...naarLoket, status: 'gesloten', toestemming: geweigerd }, loket)).toBe('niets');
    expect(zichtVoor({ ...geen, status: 'regierol_actief', toestemming: gegeven(['Loket verbinding onderwijs en jeugdhulp']) }, loket)).toBe('niets');
  });

  it('een koppeling telt alleen in de eigen tenant, en wie niet in de koppeling zit ziet niets', () => {
    expect(zichtVoor({ ...geen, status: 'stagnatie_team_no' }, { ...teamNo, tenantId: ANDERE_TENANT })).toBe('niets');
    expect(zichtVoor({ ...geen, status: 'stagnatie_team_no' }, LID)).toBe('niets');
  });
});
