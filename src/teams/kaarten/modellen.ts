import agendaSjabloon from '../../../cards/agenda.json';
import beurtSjabloon from '../../../cards/beurt.json';
import casussenSjabloon from '../../../cards/casussen.json';
import helpSjabloon from '../../../cards/help.json';
import hulpvraagSjabloon from '../../../cards/hulpvraag.json';
import koppelenSjabloon from '../../../cards/koppelen.json';
import evaluatieSjabloon from '../../../cards/evaluatie.json';
import formulierSjabloon from '../../../cards/formulier.json';
import dialoogstartSjabloon from '../../../cards/dialoogstart.json';
import detailsSjabloon from '../../../cards/details.json';
import meldingSjabloon from '../../../cards/melding.json';
import planSjabloon from '../../../cards/plan.json';
import planinzageSjabloon from '../../../cards/planinzage.json';
import registratieSjabloon from '../../../cards/registratie.json';
import teamnoSjabloon from '../../../cards/teamno.json';
import loketSjabloon from '../../../cards/loket.json';
import { HULPVRAAG_VERBS } from '../verbs';

/** The data each template in cards/ expects. Adding a card = a template, a model here, an entry in SJABLONEN. */
export interface Keuze {
  titel: string;
  waarde: string;
}

export interface Feit {
  titel: string;
  waarde: string;
}

export interface HelpKaart {
  titel: string;
  inleiding: string;
  commandos: { naam: string; uitleg: string }[];
  privacy: string;
  toonPrivacy: boolean;
  knopTekst: string;
  verbPrivacy: string;
}

export interface MeldingKaart {
  titel: string;
  tekst: string;
  feiten: Feit[];
}

export interface KoppelenKaart {
  titel: string;
  uitleg: string;
  fout: string;
  soort: 'schakelteam' | 'team_no' | 'loket';
  /** The region a Team NO is bound for (`koppel team no <regio>`); empty: none. */
  regio: string;
  isSchakelteam: boolean;
  verb: string;
  waarden: { naam: string; scholen: string; onderwijs: string; ibCoo: string; schakelfunctionaris: string; leden: string; tussentijdsWeken: string; evaluatieMaanden: string };
}

export const REGISTRATIE_VELDEN = [
  'schakelteamId',
  'school',
  'referentie',
  'geboortedatum',
  'leeftijd',
  'groep',
  'vraag',
  'signalen',
  'geprobeerd',
  'oudersOpDeHoogte',
  'alleenAdvies',
] as const;
export type RegistratieVeld = (typeof REGISTRATIE_VELDEN)[number];

export interface RegistratieKaart {
  /** Registreren: an Action.Submit in a Teams dialog, an Action.Execute on the card in place. */
  knoppen: { inDialoog: boolean; verb: string; data: Record<string, unknown> };
  schakelteams: Keuze[];
  waarden: Record<RegistratieVeld, string>;
  fouten: Record<RegistratieVeld, string>;
  foutSamenvatting: string;
}

export interface ActieData {
  hulpvraagId: string;
  schakelteamId: string;
  versie: number;
}


/** A button that opens a form: as a Teams dialog (Action.Submit with task/fetch) or in place (Action.Execute). */
export interface DialoogKnop {
  inDialoog: boolean;
  verb: string;
  data: Record<string, unknown>;
}

/** A card whose one button opens a form (e.g. "nieuwe hulpvraag" in Teams: the registration opens as a dialog). */
export interface DialoogstartKaart {
  titel: string;
  tekst: string;
  melding: string;
  meldingKleur: 'Default' | 'Good' | 'Attention' | 'Warning';
  knop: DialoogKnop & { titel: string };
}

export type Knop = DialoogKnop & { titel: string };

/**
 * The case card, a glance long: number, school, state; whose turn it is and by when; the next date; one primary
 * button for this viewer and the rarer ones behind "Meer" (in rows of at most five, the Adaptive Cards limit).
 * No facts and no people: those are in the details dialog (DetailsKaart).
 */
export interface HulpvraagKaart {
  nummer: string;
  statusNaam: string;
  school: string;
  onderwijs: string;
  aanZet: string;
  volgendeDatum: string;
  melding: string;
  meldingKleur: 'Default' | 'Good' | 'Attention' | 'Warning';
  volledig: boolean;
  actieData: ActieData;
  verbs: typeof HULPVRAAG_VERBS;
  /** Zero or one: the step this viewer is most likely here for. */
  primair: Knop[];
  meer: { knoppen: Knop[] }[];
  heeftRefresh: boolean;
  refreshUserIds: string[];
}

/**
 * A "your turn" card or a reminder in someone's 1:1 chat: what, by when, one button for that step and "Open casus"
 * (the details and timeline). Never the facts of the case.
 */
export interface BeurtKaart {
  titel: string;
  /** School and state; only the state for whom may not see the school. */
  kop: string;
  wat: string;
  /** "Toestemming vastleggen vóór 13 januari 2027"; empty when the step has no date. */
  wanneer: string;
  kleur: 'Default' | 'Good' | 'Attention' | 'Warning';
  /** The step's button (when this person may take it) and "Open casus". */
  knoppen: (Knop & { stijl: string })[];
}

/** The details and timeline of a case (a dialog, or in place): only what the visibility rule allows this viewer. */
export interface DetailsKaart {
  titel: string;
  uitleg: string;
  feiten: Feit[];
  betrokkenen: { naam: string; rol: string }[];
  tijdlijn: { datum: string; tekst: string }[];
  inDialoog: boolean;
  terugVerb: string;
  terugData: ActieData;
}

export interface CasussenKaart {
  titel: string;
  leeg: string;
  verbOpen: string;
  /** `kop` and `regel` carry school and status only where the visibility rule allows ("nummer · school", "status · rol"). */
  casussen: { kop: string; regel: string; volgende: string; actieData: ActieData }[];
}

export interface TeamNoKaart {
  titel: string;
  school: string;
  statusNaam: string;
  melding: string;
  feiten: Feit[];
  plan: Feit[];
  /** Zero or one: the button that opens Team NO's decision form, while the case waits for it. */
  besluit: Knop[];
  actieData: ActieData;
  verbBekijken: string;
}

/** A case sent to the Loket, in the Loket's channel: "dat" only, the consent state, whom to contact. */
export interface LoketKaart {
  titel: string;
  school: string;
  statusNaam: string;
  uitleg: string;
  feiten: Feit[];
  /** Zero or one: the button that opens the Loket's form (take the case and record the weighing). */
  oppakken: Knop[];
  actieData: ActieData;
  verbBekijken: string;
}

/** The schakelteam channel's meeting agenda: "dat"-information only (every channel member sees it). */
export interface AgendaKaart {
  titel: string;
  inleiding: string;
  /** Shown when every section is empty. */
  leeg: string;
  /** "Geschatte bespreektijd: …", empty when nobody estimated any. */
  bespreektijd: string;
  /** Only the sections that have items; `details`: date, consent known yes/no, estimated minutes. */
  secties: { titel: string; aantal: number; punten: { regel: string; datum: string }[] }[];
  /** General items: a fixed category and who brought it in, never typed text. */
  algemenePunten: { regel: string }[];
}

/**
 * The buttons under a form: in a Teams dialog an Action.Submit (Teams sends task/submit), on a card in place an
 * Action.Execute plus "Annuleren" back to the case card. The data says which dialog and which case version.
 */
export interface Formulierknoppen {
  inDialoog: boolean;
  opslaan: string;
  verb: string;
  data: Record<string, unknown>;
  annuleerVerb: string;
  /** The case (a case form) or what the form's own verb needs to cancel (a form of the schakelteam's meeting). */
  annuleerData: ActieData | { annuleren: true };
}

interface FormulierKop {
  titel: string;
  uitleg: string;
  melding: string;
  meldingKleur: 'Default' | 'Good' | 'Attention' | 'Warning';
  knoppen: Formulierknoppen;
}

/** One goal block of a form: the input ids, what is typed, and the problem per field (empty = none). */
export interface Doelblok<V extends string> {
  kop: string;
  ids: Record<V, string>;
  waarden: Record<V, string>;
  fouten: Record<V, string>;
}

export const PLAN_DOELVELDEN = ['doel', 'acties', 'termijn', 'verantwoordelijke'] as const;
export type PlanDoelveld = (typeof PLAN_DOELVELDEN)[number];

/** The plan van aanpak form: who (from the case's roles) and up to five goals. */
export interface PlanKaart extends FormulierKop {
  rollen: Feit[];
  doelen: Doelblok<PlanDoelveld>[];
}

/** The plan van aanpak to read (for whoever may see details but does not hold the regierol): goals and their last evaluation. */
export interface PlanInzageKaart {
  titel: string;
  uitleg: string;
  rollen: Feit[];
  doelen: { kop: string; feiten: Feit[] }[];
  inDialoog: boolean;
  terugVerb: string;
  terugData: ActieData;
}

export const EVALUATIE_DOELVELDEN = ['behaald', 'toelichting', 'vervolgSoort', 'vervolgTekst'] as const;
export type EvaluatieDoelveld = (typeof EVALUATIE_DOELVELDEN)[number];
export const EVALUATIE_VELDEN = ['evaluatieDoelBereikt', 'evaluatieToelichting', 'evaluatieVervolg', 'evaluatieVolgendeDatum'] as const;
export type EvaluatieVeld = (typeof EVALUATIE_VELDEN)[number];

/** The evaluation form: per goal of the plan (or one case-level answer while there is no plan). */
export interface EvaluatieKaart extends FormulierKop {
  metPlan: boolean;
  toelichtingLabel: string;
  doelen: (Doelblok<EvaluatieDoelveld> & { omschrijving: string; details: string })[];
  waarden: Record<EvaluatieVeld, string>;
  fouten: Record<EvaluatieVeld, string>;
}

/** How a field of a route form is shown: free text (one line or more), a date, a choice, or the people picker. */
export type VeldSoort = 'tekst' | 'lang' | 'datum' | 'keuze' | 'meerkeuze' | 'lijst' | 'persoon' | 'personen';

export interface FormulierVeld {
  id: string;
  soort: VeldSoort;
  label: string;
  /** What is typed or chosen (comma-separated for several); kept when the form comes back with problems. */
  waarde: string;
  /** The problem with this field (empty = none), shown right under it. */
  fout: string;
  uitleg: string;
  maxLengte: number;
  /** The options; for the people picker the people already chosen, so their names show, not their ids. */
  keuzes: Keuze[];
  /** The people picker's dataset (answered by the bot, see ZOEKSETS); empty for other fields. */
  zoekset: string;
}

/** A form for one step of the route (decision, consent, handover, offer): its fields and what it is about. */
export interface FormulierKaart extends FormulierKop {
  feiten: Feit[];
  velden: FormulierVeld[];
  voetnoot: string;
}

export interface KaartModellen {
  help: HelpKaart;
  melding: MeldingKaart;
  koppelen: KoppelenKaart;
  registratie: RegistratieKaart;
  hulpvraag: HulpvraagKaart;
  casussen: CasussenKaart;
  teamno: TeamNoKaart;
  loket: LoketKaart;
  agenda: AgendaKaart;
  plan: PlanKaart;
  evaluatie: EvaluatieKaart;
  planinzage: PlanInzageKaart;
  formulier: FormulierKaart;
  dialoogstart: DialoogstartKaart;
  details: DetailsKaart;
  beurt: BeurtKaart;
}

export type KaartNaam = keyof KaartModellen;

export const SJABLONEN: Record<KaartNaam, object> = {
  help: helpSjabloon,
  melding: meldingSjabloon,
  koppelen: koppelenSjabloon,
  registratie: registratieSjabloon,
  hulpvraag: hulpvraagSjabloon,
  casussen: casussenSjabloon,
  teamno: teamnoSjabloon,
  loket: loketSjabloon,
  agenda: agendaSjabloon,
  plan: planSjabloon,
  evaluatie: evaluatieSjabloon,
  planinzage: planinzageSjabloon,
  formulier: formulierSjabloon,
  dialoogstart: dialoogstartSjabloon,
  details: detailsSjabloon,
  beurt: beurtSjabloon,
};
