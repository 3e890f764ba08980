import { Commando } from '../context';
import { VERBS } from '../verbs';
import { AdaptiveCard, renderKaart } from './render';

const PRIVACY =
  'Deze bot bewaart alleen "dat"-informatie: wie betrokken is, de status en de data. Geen namen van leerlingen, ' +
  'geen diagnoses. Alleen betrokkenen zien een hulpvraag.';

/** The command list, optionally with the privacy note opened. */
export function helpKaart(commandos: readonly Commando[], toonPrivacy: boolean): AdaptiveCard {
  return renderKaart('help', {
    titel: 'Schoolondersteuning in Teams',
    inleiding: 'Typ een van deze opdrachten (in een kanaal: noem eerst de bot met @).',
    commandos: commandos.map((c) => ({ naam: c.woorden, uitleg: c.uitleg })),
    privacy: PRIVACY,
    toonPrivacy,
    knopTekst: 'Hoe gaat de bot om met privacy?',
    verbPrivacy: VERBS.helpPrivacy,
  });
}
