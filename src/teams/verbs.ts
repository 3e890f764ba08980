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
  /** Opens a form in place where the host has no Teams dialogs (the Agents Playground); dialoogOpslaan saves it. */
  dialoogOpenen: 'dialoog.openen',
  dialoogOpslaan: 'dialoog.opslaan',
} as const;

export type VerbNaam = keyof typeof VERBS;
export type Verb = (typeof VERBS)[VerbNaam];

/** The verbs the case card uses, passed to its template as `verbs`. */
export const HULPVRAAG_VERBS = {
  vernieuwen: VERBS.vernieuwen,
  besluiten: VERBS.besluiten,
  toestemming: VERBS.toestemming,
  toestemmingUitbreiden: VERBS.toestemmingUitbreiden,
  toestemmingIntrekken: VERBS.toestemmingIntrekken,
  accepteren: VERBS.accepteren,
  weigeren: VERBS.weigeren,
  uitvraag: VERBS.uitvraag,
  voortgang: VERBS.voortgang,
  expert: VERBS.expert,
  overdracht: VERBS.overdracht,
  overdrachtGoedkeuren: VERBS.overdrachtGoedkeuren,
  overdrachtAfwijzen: VERBS.overdrachtAfwijzen,
  terugmelden: VERBS.terugmelden,
  sluiten: VERBS.sluiten,
  stagnatie: VERBS.stagnatie,
  teamNoBesluit: VERBS.teamNoBesluit,
} as const;
