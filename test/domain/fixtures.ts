import { STANDAARD_TERMIJNEN } from '../helpers/instellingen';
/** Small builders for domain tests: people, a registered hulpvraag, a hulpvraag in any status, sample events. */
import { Evaluatietermijnen } from '../../src/domain/deadlines';
import { Gebeurtenis, Omgeving } from '../../src/domain/gebeurtenissen';
import { Hulpvraag, NieuweHulpvraag, registreer } from '../../src/domain/hulpvraag';
import { Betrokkene, Discipline, Persoon, Rol } from '../../src/domain/personen';
import { BesluitSoort, GebeurtenisSoort, Status } from '../../src/domain/route';
import { ToestemmingInvoer } from '../../src/domain/toestemming';
import { PARTNERS } from '../../src/domain/zichtbaarheid';

export const TENANT = 'tenant-swv-noord';
export const ANDERE_TENANT = 'tenant-elders';

export function persoon(aadObjectId: string, naam: string, tenantId: string = TENANT): Persoon {
  return { tenantId, aadObjectId, naam };
}

export function alsBetrokkene(p: Persoon, rol: Rol, discipline?: Discipline): Betrokkene {
  return discipline ? { ...p, rol, discipline } : { ...p, rol };
}

/** The cast of the tests. */
export const IB = persoon('aad-ib', 'Ineke IB');
export const SF = persoon('aad-sf', 'Sanne Schakel');
export const EXPERT_A = persoon('aad-smw', 'Ahmed SMW');
export const EXPERT_B = persoon('aad-jvk', 'Bea JVK');
export const EXPERT_C = persoon('aad-ortho', 'Cor Ortho');
export const EXPERTISE_1 = persoon('aad-et1', 'Eva Expertiseteam');
export const EXPERTISE_2 = persoon('aad-et2', 'Erik Expertiseteam');
export const TEAM_NO_1 = persoon('aad-tno1', 'Tom TeamNO');
export const TEAM_NO_2 = persoon('aad-tno2', 'Tess TeamNO');
export const BUITENSTAANDER = persoon('aad-outsider', 'Olaf Onbekend');
export const SYSTEEM = persoon('systeem', 'Schoolondersteuning');

export const IB_BETROKKENE = alsBetrokkene(IB, 'ib_coo');
export const SF_BETROKKENE = alsBetrokkene(SF, 'schakelfunctionaris', 'begeleider passend onderwijs');
export const EXPERT_A_BETROKKENE = alsBetrokkene(EXPERT_A, 'expert', 'schoolmaatschappelijk werker');
export const EXPERT_B_BETROKKENE = alsBetrokkene(EXPERT_B, 'expert', 'jeugdverpleegkundige');
export const EXPERT_C_BETROKKENE = alsBetrokkene(EXPERT_C, 'expert', 'orthopedagoog/schoolpsycholoog');

/** Born 15 June 2013: 12 in the spring of 2026, so parents and pupil both answer. */
export const GEBOORTEDATUM = '2013-06-15';

export function nieuweHulpvraag(overrides: Partial<NieuweHulpvraag> = {}): NieuweHulpvraag {
  return {
    id: 'hv-1',
    nummer: 'HV-2025-0042',
    tenantId: TENANT,
    schakelteamId: 'st-regenboog',
    school: 'De Regenboog',
    onderwijs: 'PO',
    leerling: { referentie: 'LL-1234', groep: '8b', leeftijd: { geboortedatum: GEBOORTEDATUM } },
    vraag: 'Veel verzuim en onrust in de klas.',
    signalen: 'verzuim, onrust',
    geprobeerd: 'gesprekken met ouders',
    oudersOpDeHoogte: true,
    alleenAdvies: false,
    schakelteamLeden: [IB_BETROKKENE, SF_BETROKKENE],
    ...overrides,
  };
}

export const REGISTRATIEMOMENT = new Date('2026-03-02T08:15:00Z');

export function geregistreerdeHulpvraag(overrides: Partial<NieuweHulpvraag> = {}): Hulpvraag {
  return registreer(nieuweHulpvraag(overrides), IB, REGISTRATIEMOMENT);
}

export function omgeving(moment: string | Date, termijnen: Evaluatietermijnen = STANDAARD_TERMIJNEN): Omgeving {
  return { moment: typeof moment === 'string' ? new Date(moment) : moment, termijnen };
}

export function toestemmingInvoer(overrides: Partial<ToestemmingInvoer> = {}): ToestemmingInvoer {
  return {
    antwoorden: { ouder1: true, leerling: true },
    eenOuderMetGezag: true,
    partners: [...PARTNERS],
    datum: '2026-03-02',
    wijze: 'digitaal',
    ...overrides,
  };
}

export interface HulpvraagInOpties {
  readonly besluit?: BesluitSoort;
  /** Whether someone holds the regierol already (EXPERT_A). */
  readonly metHouder?: boolean;
  /** Whether someone is offered the regierol (EXPERT_B). */
  readonly metKandidaat?: boolean;
  readonly metToestemming?: boolean;
}

/**
 * A consistent-enough hulpvraag in any status, for table tests on pasToe. Data that the status implies (a besluit
 * after the schakelteam, a pending overdracht in overdracht_aangevraagd, a stagnation in stagnatie_team_no) is filled.
 */
export function hulpvraagIn(status: Status, gevraagd: HulpvraagInOpties = {}): Hulpvraag {
  const opties = { ...standaardOpties(status, gevraagd), ...definieerd(gevraagd) };
  const basis = geregistreerdeHulpvraag();
  const betrokkenen: Betrokkene[] = [...basis.betrokkenen];
  if (opties.metHouder) betrokkenen.push({ ...alsBetrokkene(EXPERT_A, 'regierolhouder', 'schoolmaatschappelijk werker'), geaccepteerd: '2026-03-10T09:00:00.000Z' });
  if (opties.metKandidaat) betrokkenen.push(alsBetrokkene(EXPERT_B, 'kandidaat_regierol', 'jeugdverpleegkundige'));
  const besluitSoort = opties.besluit ?? 'regierol';
  const naSchakelteam = status !== 'geregistreerd' && status !== 'bij_schakelteam';
  return {
    ...basis,
    status,
    betrokkenen,
    ...(naSchakelteam
      ? { besluit: { soort: besluitSoort, reden: 'passend bij de vraag', verwijsindex: { nodig: false }, datum: '2026-03-05' } }
      : {}),
    ...(opties.metToestemming
      ? {
          toestemming: {
            status: 'gegeven' as const,
            antwoorden: { ouder1: true, leerling: true },
            partners: [...PARTNERS],
            datum: '2026-03-06',
            wijze: 'papier' as const,
            leeftijdBijVragen: 12,
          },
        }
      : {}),
    ...(opties.metHouder
      ? { regierolSinds: '2026-03-10T09:00:00.000Z', evaluatiedata: { tussentijds: '2026-04-21', eind: '2026-06-10' }, uitvraag: { gedaan: true, toelichting: 'GIZ-methodiek' } }
      : {}),
    ...(status === 'overdracht_aangevraagd' ? { overdracht: { naar: EXPERT_C_BETROKKENE, reden: 'andere expertise nodig' } } : {}),
    ...(status === 'stagnatie_team_no' ? { stagnatie: { reden: 'wachtlijst', toelichting: 'geen plek', sinds: '2026-03-20T09:00:00.000Z' } } : {}),
  };
}

const MET_HOUDER: readonly Status[] = ['regierol_actief', 'overdracht_aangevraagd', 'terug_voor_afsluiting'];
const NA_TOESTEMMING: readonly Status[] = ['regierol_aangeboden', ...MET_HOUDER];

/** What a consistent case in `status` has unless the test says otherwise: a holder, a candidate, consent. */
function standaardOpties(status: Status, gevraagd: HulpvraagInOpties): HulpvraagInOpties {
  const metHouder = gevraagd.metHouder ?? MET_HOUDER.includes(status);
  const besluit = gevraagd.besluit ?? 'regierol';
  const wachtOpKandidaat = status === 'wacht_op_toestemming' && !metHouder && besluit !== 'basisondersteuning';
  return {
    metHouder,
    metKandidaat: status === 'regierol_aangeboden' || wachtOpKandidaat,
    metToestemming: NA_TOESTEMMING.includes(status),
  };
}

function definieerd(opties: HulpvraagInOpties): HulpvraagInOpties {
  return Object.fromEntries(Object.entries(opties).filter(([, waarde]) => waarde !== undefined));
}

type GebeurtenisVan<S extends GebeurtenisSoort> = Extract<Gebeurtenis, { soort: S }>;

/** One valid sample of every event, so tables can apply any soort. */
export const VOORBEELD: { readonly [S in GebeurtenisSoort]: GebeurtenisVan<S> } = {
  doorgezet: { soort: 'doorgezet' },
  besluit: {
    soort: 'besluit',
    besluit: 'regierol',
    reden: 'SMW past bij de vraag',
    verwijsindex: { nodig: false },
    personen: [EXPERT_A_BETROKKENE],
  },
  toestemming_gevraagd: { soort: 'toestemming_gevraagd' },
  toestemming_vastgelegd: { soort: 'toestemming_vastgelegd', invoer: toestemmingInvoer() },
  toestemming_ingetrokken: { soort: 'toestemming_ingetrokken' },
  toestemming_uitgebreid: { soort: 'toestemming_uitgebreid', invoer: toestemmingInvoer({ partners: ['Leerplicht'] }) },
  regierol_geaccepteerd: { soort: 'regierol_geaccepteerd' },
  regierol_geweigerd: { soort: 'regierol_geweigerd', reden: 'caseload vol' },
  aanbod_onbestelbaar: { soort: 'aanbod_onbestelbaar', reden: '403 BotNotInConversationRoster' },
  schakelteam_gewijzigd: { soort: 'schakelteam_gewijzigd', leden: [alsBetrokkene(IB, 'ib_coo'), alsBetrokkene(SF, 'schakelfunctionaris')] },
  loket_navraag: { soort: 'loket_navraag', grens: 'start' },
  loket_hulp_gestart: { soort: 'loket_hulp_gestart' },
  loket_contact_opgenomen: { soort: 'loket_contact_opgenomen' },
  loket_start_gecorrigeerd: { soort: 'loket_start_gecorrigeerd', start: '2026-04-20' },
  bespreektijd_ingeschat: { soort: 'bespreektijd_ingeschat', minuten: 20 },
  afspraken_vastgelegd: {
    soort: 'afspraken_vastgelegd',
    afspraken: {
      acties: [{ wat: 'gesprek met ouders over schoolgang', wie: IB, wanneer: '2027-12-01' }],
      terugkoppelingSchool: IB,
      terugkoppelingOuders: IB,
      casuscoordinator: IB,
      verwijsindex: { melden: false },
      vervolgbespreking: '2027-12-08',
    },
  },
  rol_overgenomen: { soort: 'rol_overgenomen', rol: 'schakelfunctionaris' },
  uitvraag_vastgelegd: { soort: 'uitvraag_vastgelegd', uitvraag: { gedaan: true, toelichting: 'alle leefgebieden' } },
  plan_vastgelegd: {
    soort: 'plan_vastgelegd',
    doelen: [{ doel: 'Weer elke dag naar school', acties: 'Dagstart met mentor; criterium: 4 van 5 dagen aanwezig', termijn: '2026-06-01', verantwoordelijke: 'Ahmed SMW' }],
  },
  voortgang_vastgelegd: { soort: 'voortgang_vastgelegd', notitie: 'gesprek gevoerd' },
  expert_toegevoegd: { soort: 'expert_toegevoegd', expert: EXPERT_C_BETROKKENE },
  evaluatie_vastgelegd: {
    soort: 'evaluatie_vastgelegd',
    evaluatie: { doelBereikt: false, toelichting: 'op weg', vervolg: 'doorgaan' },
  },
  overdracht_voorgesteld: { soort: 'overdracht_voorgesteld', naar: EXPERT_C_BETROKKENE, reden: 'andere expertise nodig' },
  overdracht_goedgekeurd: { soort: 'overdracht_goedgekeurd' },
  overdracht_afgewezen: { soort: 'overdracht_afgewezen', reden: 'nog niet nodig' },
  stagnatie_gemeld: {
    soort: 'stagnatie_gemeld',
    reden: 'wachtlijst',
    toelichting: 'geen plek bij de aanbieder',
    teamNo: [alsBetrokkene(TEAM_NO_1, 'team_no'), alsBetrokkene(TEAM_NO_2, 'team_no')],
  },
  team_no_besluit: {
    soort: 'team_no_besluit',
    besluit: 'overbruggingszorg inzetten',
    opdracht: 'gezinscoach',
    aanbieder: 'Jeugdhulp Noord',
    datum: '2026-04-02',
  },
  teruggemeld: { soort: 'teruggemeld', toelichting: 'doel bereikt' },
  heropend: { soort: 'heropend', reden: 'nieuwe signalen' },
  gesloten: { soort: 'gesloten', uitkomst: 'doel bereikt' },
};

export function regierolhouders(h: Pick<Hulpvraag, 'betrokkenen'>): Betrokkene[] {
  return h.betrokkenen.filter((b) => b.rol === 'regierolhouder');
}

export function rollenVanId(h: Pick<Hulpvraag, 'betrokkenen'>, p: Persoon): Rol[] {
  return h.betrokkenen.filter((b) => b.tenantId === p.tenantId && b.aadObjectId === p.aadObjectId).map((b) => b.rol);
}

/** The error an action throws (or undefined), so a test can assert on its code. */
export function foutVan(actie: () => unknown): unknown {
  try {
    actie();
  } catch (fout) {
    return fout;
  }
  return undefined;
}
