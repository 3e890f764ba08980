import { Commando, InvokeAntwoord, KaartActie } from '../context';
import { helpKaart } from '../kaarten/help-kaart';
import { VERBS } from '../verbs';

export const helpCommando: Commando = {
  woorden: 'help',
  bereik: ['personal', 'team', 'groupChat'],
  uitleg: 'Laat zien wat deze bot kan.',
  async voerUit(context) {
    await context.stuur({ kaarten: [helpKaart(context.commandos, false)] });
  },
};

export const helpPrivacyActie: KaartActie = {
  verb: VERBS.helpPrivacy,
  async voerUit(context): Promise<InvokeAntwoord> {
    return { soort: 'kaart', kaart: helpKaart(context.commandos, true) };
  },
};
