import { koppelrollenOp } from './beleid';
import { Hulpvraag } from './hulpvraag';
import { Betrokkene, Discipline, Persoon, Rol } from './personen';
import { Status } from './route';
import { ToestemmingsStatus } from './toestemming';

/**
 * The one rule that decides what each person sees of a case, by role, state and consent (seed 001, AVG
 * dataminimalisatie). Cards, exports and the coming tab all ask this file; none decides on its own.
 */

/** The organisations consent can name (the consent card offers exactly these). */
export const PARTNERS = [
  'CJG / jeugdgezondheidszorg',
  'Schoolmaatschappelijk werk',
  'Samenwerkingsverband (BPO / expertiseteam)',
  'Loket verbinding onderwijs en jeugdhulp',
  'Leerplicht',
  'Wijkteam',
  'Team NO (gemeente en samenwerkingsverband)',
] as const;
export type Partner = (typeof PARTNERS)[number];

const ORGANISATIE_VAN_DISCIPLINE: Record<Discipline, Partner> = {
  'schoolmaatschappelijk werker': 'Schoolmaatschappelijk werk',
  jeugdverpleegkundige: 'CJG / jeugdgezondheidszorg',
  jeugdarts: 'CJG / jeugdgezondheidszorg',
  'begeleider passend onderwijs': 'Samenwerkingsverband (BPO / expertiseteam)',
  'orthopedagoog/schoolpsycholoog': 'Samenwerkingsverband (BPO / expertiseteam)',
  onderwijsspecialist: 'Samenwerkingsverband (BPO / expertiseteam)',
  gezinsspecialist: 'Wijkteam',
  leerplichtambtenaar: 'Leerplicht',
  'Loket-medewerker': 'Loket verbinding onderwijs en jeugdhulp',
};

/** The organisation a role holder works for; the school's own people (IB'er/COO, schakelfunctionaris) have none. */
export function organisatieVan(betrokkene: Pick<Betrokkene, 'rol' | 'discipline'>): Partner | undefined {
  if (betrokkene.rol === 'loket') return 'Loket verbinding onderwijs en jeugdhulp';
  if (betrokkene.rol === 'team_no') return 'Team NO (gemeente en samenwerkingsverband)';
  if (betrokkene.rol === 'expertiseteam') return 'Samenwerkingsverband (BPO / expertiseteam)';
  return betrokkene.discipline ? ORGANISATIE_VAN_DISCIPLINE[betrokkene.discipline] : undefined;
}

/**
 * What a viewer sees, from least to most:
 * - niets: not involved (a channel member sees only the channel's own card, which never carries more than "kern");
 * - contact_regierol: the case number and whom to contact (the Loket after a refusal, seed 001);
 * - basis: number, school, state, dates and the IB'er/COO as contact (partners before consent);
 * - dat: basis plus who is involved and the "dat" facts as fixed categories (escalation without consent);
 * - alles: also what was typed about the pupil (question, signals, reasons, explanations).
 */
export const ZICHTEN = ['niets', 'contact_regierol', 'basis', 'dat', 'alles'] as const;
export type Zicht = (typeof ZICHTEN)[number];

/** Groups of fields; every field of a case belongs to exactly one (docs/privacy.md lists them). */
export type Veldgroep = 'nummer' | 'kern' | 'data' | 'contactIb' | 'contactRegierol' | 'betrokkenen' | 'datFeiten' | 'inhoud';

export const VELDGROEPEN: Record<Zicht, readonly Veldgroep[]> = {
  niets: [],
  contact_regierol: ['nummer', 'contactRegierol'],
  basis: ['nummer', 'kern', 'data', 'contactIb'],
  dat: ['nummer', 'kern', 'data', 'contactIb', 'contactRegierol', 'betrokkenen', 'datFeiten'],
  alles: ['nummer', 'kern', 'data', 'contactIb', 'contactRegierol', 'betrokkenen', 'datFeiten', 'inhoud'],
};

/** The facts of a case that the rule looks at. */
export interface Situatie {
  readonly status: Status;
  readonly toestemming?: ToestemmingsStatus;
  /** The viewer's organisation is among the partners the consent names. */
  readonly organisatieGedeeld: boolean;
}

const SCHOOL: readonly Rol[] = ['ib_coo', 'schakelfunctionaris'];

/** What one role sees in one situation. The table test in test/domain/zichtbaarheid.test.ts spells out every cell. */
export function zichtVoorRol(rol: Rol, situatie: Situatie): Zicht {
  // The school's own schakelteam registered the case and keeps the file: it sees everything in every state.
  if (SCHOOL.includes(rol)) return 'alles';
  const gegeven = situatie.toestemming === 'gegeven';
  // After closure the partners' need to know has ended; the school's file remains.
  if (situatie.status === 'gesloten') return rol === 'team_no' || rol === 'loket' ? 'niets' : 'basis';
  if (gegeven) return situatie.organisatieGedeeld ? 'alles' : rol === 'team_no' ? 'dat' : 'basis';
  const geweigerd = situatie.toestemming === 'geweigerd' || situatie.toestemming === 'ingetrokken';
  if (rol === 'loket') return geweigerd ? 'contact_regierol' : 'basis';
  // An escalation without consent carries only "dat" information.
  if (rol === 'team_no') return 'dat';
  return 'basis';
}

function meest(zichten: readonly Zicht[]): Zicht {
  return zichten.reduce<Zicht>((a, b) => (ZICHTEN.indexOf(b) > ZICHTEN.indexOf(a) ? b : a), 'niets');
}

/**
 * Who looks at a case: the person, and the roles they hold through a channel binding right now (Team NO, Loket:
 * app/koppelrollen.ts looks them up at the click, as for what they may do). Sight follows those roles where they count
 * on the case (domain/beleid.koppelrollenOp: Team NO while the case is escalated to them, the Loket once it was sent
 * there), within the case's own tenant, exactly as a role on the case would; consent still gates.
 */
export type Kijker = Persoon & { readonly koppelrollen?: readonly Rol[] };

type Gezien = Pick<Hulpvraag, 'betrokkenen' | 'tenantId' | 'status' | 'toestemming' | 'besluit' | 'loket'>;

/** The binding roles of this viewer that count on this case in its current state. */
export function telendeKoppelrollen(h: Gezien, kijker: Kijker): Rol[] {
  return kijker.tenantId === h.tenantId ? koppelrollenOp(h, kijker.koppelrollen ?? []) : [];
}

/** What this person sees of this case: the most any of their roles allows. Another tenant's user sees nothing. */
export function zichtVoor(h: Gezien, kijker: Kijker | undefined): Zicht {
  if (!kijker) return 'niets';
  const eigen = h.betrokkenen.filter((b) => b.tenantId === kijker.tenantId && b.aadObjectId === kijker.aadObjectId);
  const rollen: Pick<Betrokkene, 'rol' | 'discipline'>[] = [...eigen, ...telendeKoppelrollen(h, kijker).map((rol) => ({ rol }))];
  return meest(
    rollen.map((b) => {
      const organisatie = organisatieVan(b);
      const organisatieGedeeld = organisatie !== undefined && (h.toestemming?.partners ?? []).includes(organisatie);
      return zichtVoorRol(b.rol, { status: h.status, toestemming: h.toestemming?.status, organisatieGedeeld });
    }),
  );
}

export function magZien(zicht: Zicht, groep: Veldgroep): boolean {
  return VELDGROEPEN[zicht].includes(groep);
}

/** Whether this person may see what was typed about the pupil (question, plan van aanpak, …): 'inhoud'. */
export function magInhoudZien(h: Gezien, kijker: Kijker | undefined): boolean {
  return magZien(zichtVoor(h, kijker), 'inhoud');
}

/** Whom to contact about the case: the regierol holder, or the IB'er/COO while there is none. */
export function contactRegierol(h: Pick<Hulpvraag, 'betrokkenen'>): Betrokkene | undefined {
  return h.betrokkenen.find((b) => b.rol === 'regierolhouder') ?? h.betrokkenen.find((b) => b.rol === 'ib_coo');
}

/**
 * The people of a case a viewer with this sight may see: everyone involved ("dat", "alles"), or only whom to contact
 * (the IB'er/COO with "basis", the regierol holder after a refusal). Cards and the people picker both ask this.
 */
export function zichtbareBetrokkenen(h: Pick<Hulpvraag, 'betrokkenen'>, zicht: Zicht): Betrokkene[] {
  if (magZien(zicht, 'betrokkenen')) return [...h.betrokkenen];
  const contact = magZien(zicht, 'contactIb') ? h.betrokkenen.find((b) => b.rol === 'ib_coo') : magZien(zicht, 'contactRegierol') ? contactRegierol(h) : undefined;
  return contact ? [contact] : [];
}
