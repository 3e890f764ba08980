import helpSjabloon from '../../../cards/help.json';

/** The data each template in cards/ expects. Adding a card = a template, a model here, an entry in SJABLONEN. */
export interface HelpKaart {
  titel: string;
  inleiding: string;
  commandos: { naam: string; uitleg: string }[];
  privacy: string;
  toonPrivacy: boolean;
  knopTekst: string;
  verbPrivacy: string;
}

export interface KaartModellen {
  help: HelpKaart;
}

export type KaartNaam = keyof KaartModellen;

export const SJABLONEN: Record<KaartNaam, object> = {
  help: helpSjabloon,
};
