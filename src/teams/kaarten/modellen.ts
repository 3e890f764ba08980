import agendaSjabloon from '../../../cards/agenda.json';
import casussenSjabloon from '../../../cards/casussen.json';
import helpSjabloon from '../../../cards/help.json';
import hulpvraagSjabloon from '../../../cards/hulpvraag.json';
import koppelenSjabloon from '../../../cards/koppelen.json';
import meldingSjabloon from '../../../cards/melding.json';
import registratieSjabloon from '../../../cards/registratie.json';
import teamnoSjabloon from '../../../cards/teamno.json';
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
  verb: string;
  formulierId: string;
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

export type HulpvraagMag = Record<
  | 'besluiten'
  | 'toestemming'
  | 'accepteren'
  | 'uitvraag'
  | 'voortgang'
  | 'expert'
  | 'overdracht'
  | 'overdrachtBeoordelen'
  | 'terugmelden'
  | 'sluiten'
  | 'evaluatie'
  | 'stagnatie'
  | 'teamNoBesluit',
  boolean
>;

export interface HulpvraagKaart {
  nummer: string;
  statusNaam: string;
  school: string;
  onderwijs: string;
  melding: string;
  meldingKleur: 'Default' | 'Good' | 'Attention' | 'Warning';
  volledig: boolean;
  feiten: Feit[];
  betrokkenen: { naam: string; rol: string }[];
  actieData: ActieData;
  verbs: typeof HULPVRAAG_VERBS;
  mag: HulpvraagMag;
  disciplines: Keuze[];
  toestemming: { uitleg: string; ouders: boolean; leerling: boolean; partners: Keuze[]; vandaag: string; verklaring: string; gevolg: string };
  evaluatie: { uitleg: string };
  stagnatieRedenen: Keuze[];
  heeftRefresh: boolean;
  refreshUserIds: string[];
}

export interface CasussenKaart {
  titel: string;
  leeg: string;
  verbOpen: string;
  casussen: { nummer: string; school: string; status: string; rol: string; volgende: string; actieData: ActieData }[];
}

export interface TeamNoKaart {
  titel: string;
  school: string;
  statusNaam: string;
  melding: string;
  feiten: Feit[];
  plan: Feit[];
  /** False once Team NO decided: the card then only shows the outcome. */
  open: boolean;
  vandaag: string;
  actieData: ActieData;
  verbBesluit: string;
  verbBekijken: string;
}

/** The schakelteam channel's meeting agenda: "dat"-information only (every channel member sees it). */
export interface AgendaKaart {
  titel: string;
  inleiding: string;
  /** Shown when every section is empty. */
  leeg: string;
  /** Only the sections that have items. */
  secties: { titel: string; aantal: number; punten: { regel: string; datum: string }[] }[];
}

export interface KaartModellen {
  help: HelpKaart;
  melding: MeldingKaart;
  koppelen: KoppelenKaart;
  registratie: RegistratieKaart;
  hulpvraag: HulpvraagKaart;
  casussen: CasussenKaart;
  teamno: TeamNoKaart;
  agenda: AgendaKaart;
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
  agenda: agendaSjabloon,
};
