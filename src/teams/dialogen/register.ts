import { InvokeAntwoord, KaartActie } from '../context';
import { VERBS } from '../verbs';
import { Dialoog, alsKaartantwoord } from './dialoog';
import { evaluatieDialoog } from './evaluatie-dialoog';
import { planDialoog } from './plan-dialoog';
import { planInzageDialoog } from './plan-inzage';
import { detailsDialoog } from './details';
import { afsprakenDialoog } from './afspraken-dialoog';
import { registratieDialoog } from './registratie-dialoog';
import { rolovernameDialoog } from './rol-formulier';
import { aanbodDialoog, besluitDialoog, loketContactDialoog, loketDialoog, loketStartDialoog, overdrachtBeoordelingDialoog, overdrachtDialoog, toestemmingDialoog } from './route-formulieren';
import {
  expertDialoog,
  intrekkenDialoog,
  sluitenDialoog,
  stagnatieDialoog,
  teamNoBesluitDialoog,
  terugmeldenDialoog,
  uitvraagDialoog,
  voortgangDialoog,
} from './werk-formulieren';

/** Every form that opens as a dialog (or in place): the card data's `dialoog` names one. */
export const DIALOGEN: readonly Dialoog[] = [
  registratieDialoog,
  besluitDialoog,
  toestemmingDialoog,
  aanbodDialoog,
  loketDialoog,
  loketContactDialoog,
  loketStartDialoog,
  overdrachtDialoog,
  overdrachtBeoordelingDialoog,
  uitvraagDialoog,
  voortgangDialoog,
  expertDialoog,
  terugmeldenDialoog,
  sluitenDialoog,
  stagnatieDialoog,
  teamNoBesluitDialoog,
  intrekkenDialoog,
  planDialoog,
  evaluatieDialoog,
  planInzageDialoog,
  detailsDialoog,
  afsprakenDialoog,
  rolovernameDialoog,
];

export const ONBEKEND_FORMULIER = 'Dit formulier ken ik niet (meer). Open de hulpvraag opnieuw.';

export function vindDialoog(dialogen: readonly Dialoog[], data: unknown): Dialoog | undefined {
  const naam = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).dialoog : undefined;
  return dialogen.find((d) => d.naam === naam);
}

function inPlaats(verb: string, stap: 'open' | 'verstuur'): KaartActie {
  return {
    verb,
    async voerUit(context, data): Promise<InvokeAntwoord> {
      const dialoog = vindDialoog(DIALOGEN, data);
      if (!dialoog) return { soort: 'bericht', tekst: ONBEKEND_FORMULIER };
      return alsKaartantwoord(await dialoog[stap](context, data, 'kaart'));
    },
  };
}

/**
 * Hosts without Teams dialogs (the Agents Playground): the same forms open in place on the card for the clicker,
 * and are saved from there; the handlers are the dialogs' own.
 */
export const DIALOOG_ACTIES: readonly KaartActie[] = [inPlaats(VERBS.dialoogOpenen, 'open'), inPlaats(VERBS.dialoogOpslaan, 'verstuur')];
