import { KaartActie } from '../context';
import { alsKaartantwoord } from '../dialogen/dialoog';
import { registratieDialoog } from '../dialogen/registratie-dialoog';
import { VERBS } from '../verbs';
import { registratieSchema } from './registratie-invoer';

/** The registration form in place (hosts without Teams dialogs): the dialog's own handler, on the card. */
export const registreerActie: KaartActie = {
  verb: VERBS.registreren,
  formulier: registratieSchema,
  voerUit: async (context, data) => alsKaartantwoord(await registratieDialoog.verstuur(context, data, 'kaart')),
};
