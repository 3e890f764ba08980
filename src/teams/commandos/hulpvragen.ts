import { registratieDialoog, registratieStart } from '../dialogen/registratie-dialoog';
import { Commando, kaartOptiesVoor, wieVan } from '../context';
import { casussenKaart } from '../kaarten/casussen-kaart';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';

export const nieuweHulpvraag: Commando = {
  woorden: 'nieuwe hulpvraag',
  // Only in the 1:1 chat: a form with an error comes back with what was typed, which a channel or group must not see.
  bereik: ['personal'],
  uitleg: 'Registreer een hulpvraag voor een leerling (zonder naam).',
  async voerUit(context) {
    // Teams opens the form as a dialog from a one-button card; without dialogs (the Playground) the form is the card.
    const uitkomst = await registratieDialoog.open(context, {}, 'kaart');
    if (uitkomst.soort === 'bericht') await context.stuur(uitkomst.tekst);
    else await context.stuur({ kaarten: [context.diensten.dialogen ? registratieStart() : uitkomst.kaart] });
  },
};

export const mijnCasussen: Commando = {
  woorden: 'mijn casussen',
  bereik: ['personal'],
  uitleg: 'Laat de hulpvragen zien waarbij u betrokken bent, met status en volgende datum.',
  async voerUit(context) {
    const kaart = casussenKaart(await context.diensten.mijnHulpvragen(wieVan(context)), context.persoon, context.diensten.beurttermijnen);
    await context.stuur({ kaarten: [kaart] });
  },
};

export const casus: Commando = {
  woorden: 'casus',
  bereik: ['personal', 'team', 'groupChat'],
  uitleg: 'Bekijk één hulpvraag, bijvoorbeeld: casus HV-2026-0042.',
  async voerUit(context, rest) {
    const gezocht = await context.diensten.zoekOpNummer(wieVan(context), rest);
    if (gezocht.soort === 'ongeldig_nummer') {
      await context.stuur('Noem het nummer, bijvoorbeeld: casus HV-2026-0042.');
      return;
    }
    if (gezocht.soort === 'niet_gevonden') {
      await context.stuur(`Er is geen hulpvraag ${gezocht.nummer} waarbij u betrokken bent.`);
      return;
    }
    // Everyone in a channel or group chat sees what the bot posts there: only the base card, details via "Bekijken".
    const persoonlijk = context.gesprek.soort === 'persoonlijk';
    const kaarten = gezocht.hulpvragen.map(async (h) => {
      const kijker = persoonlijk ? { ...context.persoon, koppelrollen: gezocht.koppelrollen[h.id] } : undefined;
      return hulpvraagKaart(h, kijker, await kaartOptiesVoor(context, kijker && h));
    });
    await context.stuur({ kaarten: await Promise.all(kaarten) });
  },
};
