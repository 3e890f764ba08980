import { datumInAmsterdam } from '../../domain/tijd';
import { zichtVoor } from '../../domain/zichtbaarheid';
import { BeurtContext } from '../context';
import { betrokkenenVoor, feitenVoor } from '../kaarten/hulpvraag-feiten';
import { renderKaart } from '../kaarten/render';
import { tijdlijnVoor } from '../kaarten/tijdlijn';
import { VERBS } from '../verbs';
import { Container, Dialoog, Formulieruitkomst, leesbareCasus } from './dialoog';

/** The details of a case and its timeline, exactly as far as the one visibility rule lets this viewer see them. */
async function toon(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst> {
  const h = await leesbareCasus(context, data, 'details');
  if ('tekst' in h) return { soort: 'bericht', tekst: h.tekst };
  const zicht = zichtVoor(h, context.persoon);
  const titel = `${h.nummer} · details en tijdlijn`;
  return {
    soort: 'formulier',
    titel,
    kaart: renderKaart('details', {
      titel,
      uitleg: `${h.school}. Wat u hier ziet, hangt af van uw rol en van de toestemming.`,
      feiten: feitenVoor(h, zicht, datumInAmsterdam(context.diensten.nu())),
      betrokkenen: betrokkenenVoor(h, zicht),
      tijdlijn: tijdlijnVoor(h, zicht),
      inDialoog: container === 'dialoog',
      terugVerb: VERBS.vernieuwen,
      terugData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
    }),
  };
}

/** Nothing to save: "verstuur" shows it again. */
export const detailsDialoog: Dialoog = { naam: 'details', sjabloon: 'details', velden: () => [], open: toon, verstuur: toon };
