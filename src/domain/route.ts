import { DomainError, FOUTCODES } from './errors';

/** Every state of the route in domain.md. */
export const STATUSSEN = [
  'geregistreerd',
  'bij_schakelteam',
  'besloten_regierol',
  'besloten_expertiseteam',
  'besloten_loket',
  'besloten_basisondersteuning',
  'wacht_op_toestemming',
  'regierol_aangeboden',
  'regierol_actief',
  'overdracht_aangevraagd',
  'stagnatie_team_no',
  'terug_voor_afsluiting',
  'gesloten',
] as const;
export type Status = (typeof STATUSSEN)[number];

export const STATUS_NAMEN: Record<Status, string> = {
  geregistreerd: 'Geregistreerd',
  bij_schakelteam: 'Bij het schakelteam',
  besloten_regierol: 'Besloten: regierol naar expert',
  besloten_expertiseteam: 'Besloten: expertiseteam erbij',
  besloten_loket: 'Besloten: naar het Loket',
  besloten_basisondersteuning: 'Besloten: basisondersteuning',
  wacht_op_toestemming: 'Wacht op toestemming',
  regierol_aangeboden: 'Regierol aangeboden',
  regierol_actief: 'Regierol actief',
  overdracht_aangevraagd: 'Overdracht aangevraagd',
  stagnatie_team_no: 'Stagnatie: bij Team NO',
  terug_voor_afsluiting: 'Terug voor afsluiting',
  gesloten: 'Gesloten',
};

export type BesluitSoort = 'regierol' | 'expertiseteam' | 'loket' | 'basisondersteuning';

/** Every state in which the case is still open. */
const OPEN_STATUSSEN: readonly Status[] = STATUSSEN.filter((status) => status !== 'gesloten');

/** Where the schakelteam's meeting can discuss a case: open and past registration. */
const IN_OVERLEG: readonly Status[] = OPEN_STATUSSEN.filter((status) => status !== 'geregistreerd');

/** What can happen to a case; each has the states it may happen in. */
export const GEBEURTENISSEN = {
  doorgezet: ['geregistreerd'],
  besluit: ['bij_schakelteam'],
  toestemming_gevraagd: ['besloten_regierol', 'besloten_expertiseteam', 'besloten_loket'],
  toestemming_vastgelegd: ['wacht_op_toestemming'],
  toestemming_ingetrokken: ['regierol_aangeboden', 'regierol_actief', 'overdracht_aangevraagd'],
  /** The IB'er/COO extends the consent to another organisation, so a waiting step (expert, handover) can go on. */
  toestemming_uitgebreid: ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no'],
  regierol_geaccepteerd: ['regierol_aangeboden'],
  regierol_geweigerd: ['regierol_aangeboden'],
  /** The system: the schakelteam's binding changed (someone left its team or was replaced); roles follow it. */
  schakelteam_gewijzigd: OPEN_STATUSSEN,
  /**
   * A member of the schakelteam takes over its other role, which nobody holds any more (its holder left the team):
   * nobody waits on a vacant role.
   */
  rol_overgenomen: OPEN_STATUSSEN,
  /** The system: the offer could not be delivered to the candidate (Teams refused it, or every retry failed). */
  aanbod_onbestelbaar: ['regierol_aangeboden'],
  /** The IB'er/COO estimates the minutes this pupil needs in the meeting (the agenda shows it). */
  bespreektijd_ingeschat: IN_OVERLEG,
  /** The meeting's agreements about the case (seed 000 stap 4–5): the schakelteam or the holder records them. */
  afspraken_vastgelegd: IN_OVERLEG,
  uitvraag_vastgelegd: ['regierol_actief', 'overdracht_aangevraagd'],
  plan_vastgelegd: ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no'],
  voortgang_vastgelegd: ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no'],
  expert_toegevoegd: ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no'],
  evaluatie_vastgelegd: ['regierol_actief', 'stagnatie_team_no'],
  overdracht_voorgesteld: ['regierol_actief'],
  overdracht_goedgekeurd: ['overdracht_aangevraagd'],
  overdracht_afgewezen: ['overdracht_aangevraagd'],
  stagnatie_gemeld: ['bij_schakelteam', 'wacht_op_toestemming', 'regierol_aangeboden', 'regierol_actief', 'overdracht_aangevraagd'],
  /** The system: a Loket limit passed, the schakelfunctionaris O/JH is asked to inquire (domain/loket.ts). */
  loket_navraag: ['bij_schakelteam', 'wacht_op_toestemming', 'regierol_aangeboden', 'regierol_actief', 'overdracht_aangevraagd'],
  /** The system: the Loket's help started on its start date; the overbruggingszorg ends. */
  loket_hulp_gestart: OPEN_STATUSSEN,
  /** Consent refused: the Loket contacted the contact person on its card (seed 001); the IB'er/COO goes on. */
  loket_contact_opgenomen: ['wacht_op_toestemming'],
  /** The Loket corrects the start date of its help, while the case runs and the help has not started. */
  loket_start_gecorrigeerd: ['regierol_actief', 'overdracht_aangevraagd', 'stagnatie_team_no'],
  team_no_besluit: ['stagnatie_team_no'],
  teruggemeld: ['regierol_actief'],
  heropend: ['terug_voor_afsluiting'],
  gesloten: ['besloten_basisondersteuning', 'wacht_op_toestemming', 'terug_voor_afsluiting'],
} as const satisfies Record<string, readonly Status[]>;
export type GebeurtenisSoort = keyof typeof GEBEURTENISSEN;

/** Facts about the case that decide where an allowed event leads. */
export interface RouteContext {
  readonly besluit?: BesluitSoort;
  readonly toestemmingGegeven?: boolean;
  readonly heeftActieveRegierol: boolean;
  readonly heeftKandidaat?: boolean;
  /** The approved handover waits until the consent covers the new holder's organisation. */
  readonly wachtOpUitbreiding?: boolean;
  /** The waiting step that an extension of consent settles is a handover (else an expert, or nothing). */
  readonly uitbreidingVoorOverdracht?: boolean;
  /** Team NO makes a pending offer or handover again. */
  readonly lopendDoorgezet?: 'aanbod' | 'overdracht';
  /** The consent was withdrawn or refused while the case was at Team NO: nobody may act as holder without it. */
  readonly zonderToestemming?: boolean;
  /** Where the case goes when a departure from the schakelteam's team ended its regierol or offer. */
  readonly naVertrek?: Status;
}

function doelStatus(huidig: Status, soort: GebeurtenisSoort, context: RouteContext): Status {
  switch (soort) {
    case 'doorgezet':
      return 'bij_schakelteam';
    case 'regierol_geweigerd':
    case 'aanbod_onbestelbaar':
      // A declined handover leaves the case with the holder who is still in place.
      return context.heeftActieveRegierol ? 'regierol_actief' : 'bij_schakelteam';
    case 'besluit':
      if (!context.besluit) throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Een besluit heeft een soort nodig');
      return `besloten_${context.besluit}`;
    case 'toestemming_gevraagd':
    case 'toestemming_ingetrokken':
      return 'wacht_op_toestemming';
    case 'toestemming_vastgelegd':
      if (!context.toestemmingGegeven) return 'wacht_op_toestemming';
      // With the expertiseteam the regierol stays with the IB'er/COO, so there is nobody to accept it; after a
      // withdrawal the sitting holder simply goes on.
      if (context.besluit === 'expertiseteam' && !context.heeftActieveRegierol) return 'regierol_actief';
      return context.heeftActieveRegierol && !context.heeftKandidaat ? 'regierol_actief' : 'regierol_aangeboden';
    case 'overdracht_goedgekeurd':
      return context.wachtOpUitbreiding ? 'overdracht_aangevraagd' : 'regierol_aangeboden';
    case 'toestemming_uitgebreid':
      if (!context.uitbreidingVoorOverdracht) return huidig;
      return context.toestemmingGegeven ? 'regierol_aangeboden' : 'regierol_actief';
    case 'overdracht_voorgesteld':
      return 'overdracht_aangevraagd';
    case 'stagnatie_gemeld':
      return 'stagnatie_team_no';
    case 'teruggemeld':
      return 'terug_voor_afsluiting';
    case 'gesloten':
      return 'gesloten';
    case 'team_no_besluit':
      return naTeamNo(context);
    case 'regierol_geaccepteerd':
    case 'overdracht_afgewezen':
    case 'heropend':
      return 'regierol_actief';
    case 'schakelteam_gewijzigd':
      return context.naVertrek ?? huidig;
    case 'rol_overgenomen':
    case 'loket_navraag':
    case 'loket_hulp_gestart':
    case 'loket_contact_opgenomen':
    case 'loket_start_gecorrigeerd':
    case 'bespreektijd_ingeschat':
    case 'afspraken_vastgelegd':
    case 'uitvraag_vastgelegd':
    case 'plan_vastgelegd':
    case 'voortgang_vastgelegd':
    case 'expert_toegevoegd':
    case 'evaluatie_vastgelegd':
      return huidig;
  }
}

/**
 * After Team NO: a pending handover goes back to the schakelteam, a pending offer is made again (once consent
 * allows it). Otherwise the holder goes on, with consent; without a holder the schakelteam decides again, now with
 * Team NO's decision on the case.
 */
function naTeamNo(context: RouteContext): Status {
  if (context.lopendDoorgezet === 'overdracht') return 'overdracht_aangevraagd';
  if (context.lopendDoorgezet === 'aanbod') return context.toestemmingGegeven ? 'regierol_aangeboden' : 'wacht_op_toestemming';
  if (!context.heeftActieveRegierol) return 'bij_schakelteam';
  return context.zonderToestemming ? 'wacht_op_toestemming' : 'regierol_actief';
}

export function isToegestaan(huidig: Status, soort: GebeurtenisSoort): boolean {
  return (GEBEURTENISSEN[soort] as readonly Status[]).includes(huidig);
}

export function eisToegestaan(huidig: Status, soort: GebeurtenisSoort): void {
  if (!isToegestaan(huidig, soort)) {
    throw new DomainError(FOUTCODES.transitieNietToegestaan, `"${soort}" kan niet in de status "${STATUS_NAMEN[huidig]}"`);
  }
}

/** The state after `soort`, or a coded refusal when the route does not allow it from `huidig`. */
export function volgendeStatus(huidig: Status, soort: GebeurtenisSoort, context: RouteContext): Status {
  eisToegestaan(huidig, soort);
  return doelStatus(huidig, soort, context);
}
