/** Card verbs: the templates in cards/ receive them as data, the handler registry is keyed by them. */
export const VERBS = {
  helpPrivacy: 'help.privacy',
  kanaalKoppelen: 'kanaal.koppelen',
  registreren: 'hulpvraag.registreren',
  vernieuwen: 'hulpvraag.vernieuwen',
  besluiten: 'hulpvraag.besluiten',
  toestemming: 'toestemming.vastleggen',
  toestemmingUitbreiden: 'toestemming.uitbreiden',
  toestemmingIntrekken: 'toestemming.intrekken',
  accepteren: 'regierol.accepteren',
  weigeren: 'regierol.weigeren',
  uitvraag: 'uitvraag.vastleggen',
  voortgang: 'voortgang.vastleggen',
  expert: 'expert.toevoegen',
  overdracht: 'overdracht.voorstellen',
  overdrachtGoedkeuren: 'overdracht.goedkeuren',
  overdrachtAfwijzen: 'overdracht.afwijzen',
  terugmelden: 'hulpvraag.terugmelden',
  sluiten: 'hulpvraag.sluiten',
  evaluatie: 'evaluatie.vastleggen',
  stagnatie: 'stagnatie.melden',
  teamNoBesluit: 'teamno.besluiten',
  /** The schakelteam's meeting, in its channel: its rhythm, and a general item on the agenda. */
  vergaderritme: 'overleg.ritme',
  agendapunt: 'overleg.agendapunt',
  /** Opens a form in place where the host has no Teams dialogs (the Agents Playground); dialoogOpslaan saves it. */
  dialoogOpenen: 'dialoog.openen',
  dialoogOpslaan: 'dialoog.opslaan',
} as const;

/**
 * The datasets of Data.Query people pickers the bot answers itself (application/search). Teams' own dataset with
 * scope=currentContext finds only the user in a 1:1 chat, where the route's forms are filled in.
 */
export const ZOEKSETS = {
  collegas: 'schoolondersteuning.collegas',
  /**
   * Teams' own dataset, for forms in place: the host without dialogs (the Agents Playground) answers it itself but
   * never forwards another dataset's search to the bot (verified 2026-12-02, Playground 0.2.28).
   */
  gesprek: 'graph.microsoft.com/users?scope=currentContext',
} as const;

export type VerbNaam = keyof typeof VERBS;
export type Verb = (typeof VERBS)[VerbNaam];

/** The verbs the case card uses, passed to its template as `verbs`. */
export const HULPVRAAG_VERBS = {
  vernieuwen: VERBS.vernieuwen,
} as const;
