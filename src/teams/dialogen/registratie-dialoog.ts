import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BeurtContext, kaartOpties, kaartOptiesVoor, wieVan } from '../context';
import { hulpvraagKaart } from '../kaarten/hulpvraag-kaart';
import { FOUTCODES } from '../../domain/errors';
import { MELDINGEN } from '../fouten';
import { REGISTRATIE_VELDEN } from '../kaarten/modellen';
import { registratieKaart } from '../kaarten/registratie-kaart';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { leesInvoer } from '../acties/invoer';
import { leesRegistratie } from '../acties/registratie-invoer';
import { VERBS } from '../verbs';
import { Container, Dialoog, Formulieruitkomst } from './dialoog';

const NAAM = 'registratie';
const TITEL = 'Nieuwe hulpvraag';
/** The same sentence as when such a person saves a form anyway (the use case refuses it with this code). */
const GEEN_TEAM = MELDINGEN[FOUTCODES.geenSchakelteamlid];

/** The form's own id: submitting the same form twice (a retry, a double click) registers one hulpvraag. */
const formulierSchema = z.object({ formulierId: z.string().uuid('Dit formulier is niet (meer) geldig; typ "nieuwe hulpvraag".') });

/** Registreren: in a Teams dialog an Action.Submit (task/submit), in place the card verb hulpvraag.registreren. */
function knoppen(formulierId: string, container: Container, waarschuwingGezien = '') {
  // waarschuwingGezien: the texts were warned about once; sent again unchanged they are registered as they are.
  const data = { formulierId, waarschuwingGezien };
  return container === 'dialoog'
    ? { inDialoog: true, verb: VERBS.dialoogOpslaan, data: { dialoog: NAAM, ...data } }
    : { inDialoog: false, verb: VERBS.registreren, data };
}

/** What "nieuwe hulpvraag" posts in Teams: one button that opens the registration as a dialog. */
export function registratieStart(formulierId: string = randomUUID()): AdaptiveCard {
  return renderKaart('dialoogstart', {
    titel: TITEL,
    tekst: 'Registreer de hulpvraag voor één leerling: zonder naam, alleen "dat"-informatie. Het formulier opent in een venster.',
    melding: '',
    meldingKleur: 'Default',
    knop: { titel: 'Hulpvraag registreren', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: NAAM, formulierId } },
  });
}

async function open(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst> {
  const teams = await context.diensten.mijnSchakelteams(context.persoon);
  if (teams.length === 0) return { soort: 'bericht', tekst: GEEN_TEAM };
  const gelezen = formulierSchema.safeParse(data);
  const formulierId = gelezen.success ? gelezen.data.formulierId : randomUUID();
  return { soort: 'formulier', titel: TITEL, kaart: registratieKaart(teams, {}, knoppen(formulierId, container)) };
}

async function verstuur(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst> {
  const { formulierId } = leesInvoer(formulierSchema, data);
  const gelezen = leesRegistratie(data, kaartOpties(context).vandaag, formulierId);
  if (!gelezen.geldig) {
    const teams = await context.diensten.mijnSchakelteams(context.persoon);
    const gezien = gelezen.waarschuwingGezien ?? '';
    return { soort: 'formulier', titel: TITEL, kaart: registratieKaart(teams, gelezen.waarden, knoppen(formulierId, container, gezien), gelezen.fouten, gezien) };
  }
  const uitkomst = await context.diensten.registreer(wieVan(context), gelezen.registratie);
  if (uitkomst.soort === 'al_geregistreerd') {
    const { hulpvraag } = uitkomst;
    return { soort: 'klaar', kaart: hulpvraagKaart(hulpvraag, context.persoon, { ...(await kaartOptiesVoor(context, hulpvraag)), melding: `Al geregistreerd als ${hulpvraag.nummer}.` }) };
  }
  const { hulpvraag, kanaalBereikt } = uitkomst;
  const melding = kanaalBereikt
    ? `Geregistreerd als ${hulpvraag.nummer}. De kaart staat in het kanaal van het schakelteam.`
    : `Geregistreerd als ${hulpvraag.nummer}, maar het kanaal van het schakelteam was niet bereikbaar. De bot plaatst de kaart daar alsnog zodra dat lukt; tot dan ziet het schakelteam de hulpvraag via "mijn casussen".`;
  return { soort: 'klaar', kaart: hulpvraagKaart(hulpvraag, context.persoon, { ...(await kaartOptiesVoor(context, hulpvraag)), melding, meldingKleur: kanaalBereikt ? 'Good' : 'Warning' }) };
}

/**
 * Registering a hulpvraag (route step 1). Only members of a bound schakelteam can open it (the use case checks
 * again on saving). Invalid input returns the same form with the problems marked and everything typed kept.
 */
export const registratieDialoog: Dialoog = { naam: NAAM, sjabloon: 'registratie', velden: () => REGISTRATIE_VELDEN, open, verstuur };
