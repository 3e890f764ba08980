import { Commando } from '../context';
import { VERBS } from '../verbs';
import { AdaptiveCard, renderKaart } from './render';

/** The privacy note (AVG): who is responsible, what is kept, how long, which rights, whom to ask. Short, on purpose. */
const PRIVACY = [
  '**Privacy**',
  '- **Verantwoordelijk**: de school of het samenwerkingsverband dat deze bot gebruikt (verwerkingsverantwoordelijke).',
  '- **Wat de bot bewaart**: alleen "dat"-informatie: een leerlingreferentie zonder naam, school, groep, leeftijd, de korte hulpvraag, wie betrokken is, de stappen met hun data, de toestemming en wie wat deed. Geen diagnoses: de inhoud blijft in uw eigen dossier. Alleen betrokkenen zien een hulpvraag.',
  '- **Hoe lang**: zolang de hulpvraag loopt, en daarna zo lang als de bewaartermijn van de school of het samenwerkingsverband voorschrijft; de bot zelf gooit niets weg.',
  '- **Uw rechten**: ouders, leerling en professionals hebben recht op inzage, correctie en verwijdering.',
  "- **Vragen of een verzoek**: de IB'er/COO van de school, of de functionaris gegevensbescherming (FG) van de school of het samenwerkingsverband.",
].join('\n');

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
