import { KaartModellen } from '../../src/teams/kaarten/modellen';
import { VERBS } from '../../src/teams/verbs';

/** Realistic data for every template; the type makes a new template without an example fail to compile. */
export const VOORBEELDKAARTEN: KaartModellen = {
  help: {
    titel: 'Schoolondersteuning in Teams',
    inleiding: 'Typ een van deze opdrachten.',
    commandos: [
      { naam: 'help', uitleg: 'Laat zien wat deze bot kan.' },
      { naam: 'nieuwe hulpvraag', uitleg: 'Registreer een hulpvraag.' },
    ],
    privacy: 'Alleen "dat"-informatie.',
    toonPrivacy: false,
    knopTekst: 'Privacy',
    verbPrivacy: VERBS.helpPrivacy,
  },
};
