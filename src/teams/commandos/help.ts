import { BeurtContext, Commando, InvokeAntwoord, KaartActie } from '../context';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';

const PRIVACY =
  'Deze bot bewaart alleen "dat"-informatie: wie betrokken is, de status en de data. Geen namen van leerlingen, ' +
  'geen diagnoses. Alleen betrokkenen zien een hulpvraag.';

function helpKaart(context: BeurtContext, toonPrivacy: boolean): AdaptiveCard {
  return renderKaart('help', {
    titel: 'Schoolondersteuning in Teams',
    inleiding: 'Typ een van deze opdrachten (in een kanaal: noem eerst de bot met @).',
    commandos: context.commandos.map((c) => ({ naam: c.woorden, uitleg: c.uitleg })),
    privacy: PRIVACY,
    toonPrivacy,
    knopTekst: 'Hoe gaat de bot om met privacy?',
    verbPrivacy: VERBS.helpPrivacy,
  });
}

export const helpCommando: Commando = {
  woorden: 'help',
  uitleg: 'Laat zien wat deze bot kan.',
  async voerUit(context) {
    await context.stuur({ kaarten: [helpKaart(context, false)] });
  },
};

export const helpPrivacyActie: KaartActie = {
  verb: VERBS.helpPrivacy,
  async voerUit(context): Promise<InvokeAntwoord> {
    return { soort: 'kaart', kaart: helpKaart(context, true) };
  },
};
