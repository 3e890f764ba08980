/** The expected route, written out by hand (not derived from GEBEURTENISSEN), shared by route and gebeurtenissen tests. */
import { GEBEURTENISSEN, GebeurtenisSoort, RouteContext, STATUSSEN, Status } from '../../src/domain/route';

export const SOORTEN = Object.keys(GEBEURTENISSEN) as GebeurtenisSoort[];

export interface Rij {
  readonly status: Status;
  readonly soort: GebeurtenisSoort;
  readonly context: RouteContext;
  readonly verwacht: Status;
  readonly toelichting: string;
}

export const GEEN: RouteContext = { heeftActieveRegierol: false };
const rij = (status: Status, soort: GebeurtenisSoort, verwacht: Status, context: RouteContext = GEEN, toelichting = ''): Rij => ({
  status,
  soort,
  context,
  verwacht,
  toelichting,
});

/** The route of domain.md, written out by hand: every allowed (status, gebeurtenis) pair and where it leads. */
export const TOEGESTAAN: readonly Rij[] = [
  rij('geregistreerd', 'doorgezet', 'bij_schakelteam'),

  rij('bij_schakelteam', 'besluit', 'besloten_regierol', { ...GEEN, besluit: 'regierol' }, 'besluit regierol'),
  rij('bij_schakelteam', 'besluit', 'besloten_expertiseteam', { ...GEEN, besluit: 'expertiseteam' }, 'besluit expertiseteam'),
  rij('bij_schakelteam', 'besluit', 'besloten_loket', { ...GEEN, besluit: 'loket' }, 'besluit loket'),
  rij('bij_schakelteam', 'besluit', 'besloten_basisondersteuning', { ...GEEN, besluit: 'basisondersteuning' }, 'besluit basisondersteuning'),

  rij('besloten_regierol', 'toestemming_gevraagd', 'wacht_op_toestemming'),
  rij('besloten_expertiseteam', 'toestemming_gevraagd', 'wacht_op_toestemming'),
  rij('besloten_loket', 'toestemming_gevraagd', 'wacht_op_toestemming'),

  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'regierol_aangeboden', { ...GEEN, besluit: 'regierol', toestemmingGegeven: true }, 'gegeven (regierol)'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'regierol_aangeboden', { ...GEEN, besluit: 'loket', toestemmingGegeven: true }, 'gegeven (loket)'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'regierol_actief', { heeftActieveRegierol: true, besluit: 'regierol', toestemmingGegeven: true }, 'opnieuw gegeven, houder zit er nog'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'regierol_aangeboden', { heeftActieveRegierol: true, heeftKandidaat: true, besluit: 'regierol', toestemmingGegeven: true }, 'opnieuw gegeven, overdracht liep'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'regierol_actief', { ...GEEN, besluit: 'expertiseteam', toestemmingGegeven: true }, 'gegeven (expertiseteam)'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'wacht_op_toestemming', { ...GEEN, besluit: 'regierol', toestemmingGegeven: false }, 'geweigerd (regierol)'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'wacht_op_toestemming', { ...GEEN, besluit: 'expertiseteam', toestemmingGegeven: false }, 'geweigerd (expertiseteam)'),
  rij('wacht_op_toestemming', 'toestemming_vastgelegd', 'wacht_op_toestemming', { ...GEEN, besluit: 'regierol' }, 'geen uitkomst bekend'),

  rij('regierol_aangeboden', 'toestemming_ingetrokken', 'wacht_op_toestemming'),
  rij('regierol_actief', 'toestemming_ingetrokken', 'wacht_op_toestemming'),
  rij('overdracht_aangevraagd', 'toestemming_ingetrokken', 'wacht_op_toestemming'),

  rij('regierol_aangeboden', 'regierol_geaccepteerd', 'regierol_actief'),

  rij('regierol_aangeboden', 'regierol_geweigerd', 'bij_schakelteam', { heeftActieveRegierol: false }, 'zonder houder: terug naar schakelteam'),
  rij('regierol_aangeboden', 'regierol_geweigerd', 'regierol_actief', { heeftActieveRegierol: true }, 'met houder (overdracht): houder blijft'),
  rij('regierol_aangeboden', 'aanbod_onbestelbaar', 'bij_schakelteam', { heeftActieveRegierol: false }, 'niet bezorgd, zonder houder: terug naar schakelteam'),
  rij('regierol_aangeboden', 'aanbod_onbestelbaar', 'regierol_actief', { heeftActieveRegierol: true }, 'niet bezorgd, met houder: houder blijft'),

  rij('regierol_actief', 'uitvraag_vastgelegd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'uitvraag_vastgelegd', 'overdracht_aangevraagd'),

  rij('regierol_actief', 'plan_vastgelegd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'plan_vastgelegd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'plan_vastgelegd', 'stagnatie_team_no'),

  rij('regierol_actief', 'voortgang_vastgelegd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'voortgang_vastgelegd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'voortgang_vastgelegd', 'stagnatie_team_no'),

  rij('regierol_actief', 'expert_toegevoegd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'expert_toegevoegd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'expert_toegevoegd', 'stagnatie_team_no'),

  rij('regierol_actief', 'evaluatie_vastgelegd', 'regierol_actief'),
  rij('stagnatie_team_no', 'evaluatie_vastgelegd', 'stagnatie_team_no'),

  rij('regierol_actief', 'overdracht_voorgesteld', 'overdracht_aangevraagd'),
  rij('overdracht_aangevraagd', 'overdracht_goedgekeurd', 'regierol_aangeboden'),
  rij('overdracht_aangevraagd', 'overdracht_goedgekeurd', 'overdracht_aangevraagd', { heeftActieveRegierol: true, wachtOpUitbreiding: true }, 'wacht op uitbreiding toestemming'),

  rij('regierol_actief', 'toestemming_uitgebreid', 'regierol_actief'),
  rij('stagnatie_team_no', 'toestemming_uitgebreid', 'stagnatie_team_no'),
  rij('overdracht_aangevraagd', 'toestemming_uitgebreid', 'overdracht_aangevraagd', { heeftActieveRegierol: true }, 'voor een expert'),
  rij('overdracht_aangevraagd', 'toestemming_uitgebreid', 'regierol_aangeboden', { heeftActieveRegierol: true, uitbreidingVoorOverdracht: true, toestemmingGegeven: true }, 'overdracht: gegeven'),
  rij('overdracht_aangevraagd', 'toestemming_uitgebreid', 'regierol_actief', { heeftActieveRegierol: true, uitbreidingVoorOverdracht: true, toestemmingGegeven: false }, 'overdracht: geweigerd'),
  rij('overdracht_aangevraagd', 'overdracht_afgewezen', 'regierol_actief'),

  rij('bij_schakelteam', 'stagnatie_gemeld', 'stagnatie_team_no'),
  rij('wacht_op_toestemming', 'stagnatie_gemeld', 'stagnatie_team_no'),
  rij('regierol_aangeboden', 'stagnatie_gemeld', 'stagnatie_team_no'),
  rij('regierol_actief', 'stagnatie_gemeld', 'stagnatie_team_no'),
  rij('overdracht_aangevraagd', 'stagnatie_gemeld', 'stagnatie_team_no'),

  rij('stagnatie_team_no', 'team_no_besluit', 'regierol_actief', { heeftActieveRegierol: true }, 'met houder'),
  rij('stagnatie_team_no', 'team_no_besluit', 'bij_schakelteam', GEEN, 'zonder houder: schakelteam beslist opnieuw'),
  rij('stagnatie_team_no', 'team_no_besluit', 'wacht_op_toestemming', { heeftActieveRegierol: true, zonderToestemming: true }, 'met houder, toestemming ingetrokken'),
  rij('stagnatie_team_no', 'team_no_besluit', 'overdracht_aangevraagd', { heeftActieveRegierol: true, lopendDoorgezet: 'overdracht' }, 'overdracht doorgezet'),
  rij('stagnatie_team_no', 'team_no_besluit', 'regierol_aangeboden', { heeftActieveRegierol: false, lopendDoorgezet: 'aanbod', toestemmingGegeven: true }, 'aanbod doorgezet'),
  rij('stagnatie_team_no', 'team_no_besluit', 'wacht_op_toestemming', { heeftActieveRegierol: false, lopendDoorgezet: 'aanbod' }, 'aanbod doorgezet, nog zonder toestemming'),
  rij('regierol_actief', 'teruggemeld', 'terug_voor_afsluiting'),
  rij('terug_voor_afsluiting', 'heropend', 'regierol_actief'),

  rij('besloten_basisondersteuning', 'gesloten', 'gesloten'),
  rij('wacht_op_toestemming', 'gesloten', 'gesloten'),
  rij('terug_voor_afsluiting', 'gesloten', 'gesloten'),

  // The schakelteam's binding changed: the roles follow it in every open state, the state stays.
  rij('geregistreerd', 'schakelteam_gewijzigd', 'geregistreerd'),
  rij('bij_schakelteam', 'schakelteam_gewijzigd', 'bij_schakelteam'),
  rij('besloten_regierol', 'schakelteam_gewijzigd', 'besloten_regierol'),
  rij('besloten_expertiseteam', 'schakelteam_gewijzigd', 'besloten_expertiseteam'),
  rij('besloten_loket', 'schakelteam_gewijzigd', 'besloten_loket'),
  rij('besloten_basisondersteuning', 'schakelteam_gewijzigd', 'besloten_basisondersteuning'),
  rij('wacht_op_toestemming', 'schakelteam_gewijzigd', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'schakelteam_gewijzigd', 'regierol_aangeboden'),
  rij('regierol_actief', 'schakelteam_gewijzigd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'schakelteam_gewijzigd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'schakelteam_gewijzigd', 'stagnatie_team_no'),
  rij('terug_voor_afsluiting', 'schakelteam_gewijzigd', 'terug_voor_afsluiting'),

  // The Loket's system steps (domain/loket.ts) keep the state: an inquiry while the case may still stagnate, the
  // help's start in every open state.
  rij('bij_schakelteam', 'loket_navraag', 'bij_schakelteam'),
  rij('wacht_op_toestemming', 'loket_navraag', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'loket_navraag', 'regierol_aangeboden'),
  rij('regierol_actief', 'loket_navraag', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'loket_navraag', 'overdracht_aangevraagd'),
  // Consent refused on a Loket case (issue 21): the Loket says it made contact; the state stays.
  rij('wacht_op_toestemming', 'loket_contact_opgenomen', 'wacht_op_toestemming'),
  // The Loket corrects its help's start date while the case runs (issue 21); the state stays.
  rij('regierol_actief', 'loket_start_gecorrigeerd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'loket_start_gecorrigeerd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'loket_start_gecorrigeerd', 'stagnatie_team_no'),
  rij('geregistreerd', 'loket_hulp_gestart', 'geregistreerd'),
  rij('bij_schakelteam', 'loket_hulp_gestart', 'bij_schakelteam'),
  rij('besloten_regierol', 'loket_hulp_gestart', 'besloten_regierol'),
  rij('besloten_expertiseteam', 'loket_hulp_gestart', 'besloten_expertiseteam'),
  rij('besloten_loket', 'loket_hulp_gestart', 'besloten_loket'),
  rij('besloten_basisondersteuning', 'loket_hulp_gestart', 'besloten_basisondersteuning'),
  rij('wacht_op_toestemming', 'loket_hulp_gestart', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'loket_hulp_gestart', 'regierol_aangeboden'),
  rij('regierol_actief', 'loket_hulp_gestart', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'loket_hulp_gestart', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'loket_hulp_gestart', 'stagnatie_team_no'),
  rij('terug_voor_afsluiting', 'loket_hulp_gestart', 'terug_voor_afsluiting'),

  // The meeting (seed 000): the IB'er/COO estimates the time per pupil in every open state after registration.
  rij('bij_schakelteam', 'bespreektijd_ingeschat', 'bij_schakelteam'),
  rij('besloten_regierol', 'bespreektijd_ingeschat', 'besloten_regierol'),
  rij('besloten_expertiseteam', 'bespreektijd_ingeschat', 'besloten_expertiseteam'),
  rij('besloten_loket', 'bespreektijd_ingeschat', 'besloten_loket'),
  rij('besloten_basisondersteuning', 'bespreektijd_ingeschat', 'besloten_basisondersteuning'),
  rij('wacht_op_toestemming', 'bespreektijd_ingeschat', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'bespreektijd_ingeschat', 'regierol_aangeboden'),
  rij('regierol_actief', 'bespreektijd_ingeschat', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'bespreektijd_ingeschat', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'bespreektijd_ingeschat', 'stagnatie_team_no'),
  rij('terug_voor_afsluiting', 'bespreektijd_ingeschat', 'terug_voor_afsluiting'),
  // … and records the meeting's agreements about the case (the schakelteam or the holder).
  rij('bij_schakelteam', 'afspraken_vastgelegd', 'bij_schakelteam'),
  rij('besloten_regierol', 'afspraken_vastgelegd', 'besloten_regierol'),
  rij('besloten_expertiseteam', 'afspraken_vastgelegd', 'besloten_expertiseteam'),
  rij('besloten_loket', 'afspraken_vastgelegd', 'besloten_loket'),
  rij('besloten_basisondersteuning', 'afspraken_vastgelegd', 'besloten_basisondersteuning'),
  rij('wacht_op_toestemming', 'afspraken_vastgelegd', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'afspraken_vastgelegd', 'regierol_aangeboden'),
  rij('regierol_actief', 'afspraken_vastgelegd', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'afspraken_vastgelegd', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'afspraken_vastgelegd', 'stagnatie_team_no'),
  rij('terug_voor_afsluiting', 'afspraken_vastgelegd', 'terug_voor_afsluiting'),
  // Someone of the schakelteam takes over its vacant other role: the state stays.
  rij('geregistreerd', 'rol_overgenomen', 'geregistreerd'),
  rij('bij_schakelteam', 'rol_overgenomen', 'bij_schakelteam'),
  rij('besloten_regierol', 'rol_overgenomen', 'besloten_regierol'),
  rij('besloten_expertiseteam', 'rol_overgenomen', 'besloten_expertiseteam'),
  rij('besloten_loket', 'rol_overgenomen', 'besloten_loket'),
  rij('besloten_basisondersteuning', 'rol_overgenomen', 'besloten_basisondersteuning'),
  rij('wacht_op_toestemming', 'rol_overgenomen', 'wacht_op_toestemming'),
  rij('regierol_aangeboden', 'rol_overgenomen', 'regierol_aangeboden'),
  rij('regierol_actief', 'rol_overgenomen', 'regierol_actief'),
  rij('overdracht_aangevraagd', 'rol_overgenomen', 'overdracht_aangevraagd'),
  rij('stagnatie_team_no', 'rol_overgenomen', 'stagnatie_team_no'),
  rij('terug_voor_afsluiting', 'rol_overgenomen', 'terug_voor_afsluiting'),
];

export const sleutel = (status: Status, soort: GebeurtenisSoort): string => `${status} × ${soort}`;
export const TOEGESTANE_PAREN = new Set(TOEGESTAAN.map((r) => sleutel(r.status, r.soort)));

/** The complement: every (status, gebeurtenis) pair that is not in the hand-written table. */
export const VERBODEN: ReadonlyArray<readonly [Status, GebeurtenisSoort]> = STATUSSEN.flatMap((status) =>
  SOORTEN.filter((soort) => !TOEGESTANE_PAREN.has(sleutel(status, soort))).map((soort) => [status, soort] as const),
);
