import { bekijkActie } from './acties/bekijken';
import { EVALUATIE_ACTIES, HULPVRAAG_ACTIES } from './acties/hulpvraag-acties';
import { koppelActie } from './acties/koppelen';
import { agendapuntActie, vergaderritmeActie } from './acties/overleg';
import { registreerActie } from './acties/registreren';
import { beheer } from './commandos/beheer';
import { helpCommando, helpPrivacyActie } from './commandos/help';
import { casus, mijnCasussen, nieuweHulpvraag } from './commandos/hulpvragen';
import { koppelLoket, koppelSchakelteam, koppelTeamNo } from './commandos/koppel';
import { agendapunt, bespreektijd, vergaderritme } from './commandos/overleg';
import { Register } from './bot';
import { Commando, KaartActie } from './context';
import { DIALOGEN, DIALOOG_ACTIES } from './dialogen/register';

/** The one list of commands (README and the manifest name the same ones). */
export const COMMANDOS: readonly Commando[] = [
  helpCommando,
  nieuweHulpvraag,
  mijnCasussen,
  casus,
  koppelSchakelteam,
  koppelTeamNo,
  koppelLoket,
  vergaderritme,
  agendapunt,
  bespreektijd,
  beheer,
];

/** The one list of card verbs: adding a button = a template change, a handler, and a line here. */
export const KAART_ACTIES: readonly KaartActie[] = [helpPrivacyActie, koppelActie, registreerActie, bekijkActie, vergaderritmeActie, agendapuntActie, ...HULPVRAAG_ACTIES, ...EVALUATIE_ACTIES, ...DIALOOG_ACTIES];

/** What the bot dispatches to: both lists, handed over together. */
export const REGISTER: Register = { commandos: COMMANDOS, acties: KAART_ACTIES, dialogen: DIALOGEN };
