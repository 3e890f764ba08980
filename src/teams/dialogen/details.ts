import { datumInAmsterdam } from '../../domain/tijd';
import { BeurtContext } from '../context';
import { detailsKaart, detailsTitel } from '../kaarten/details-kaart';
import { Container, Dialoog, Formulieruitkomst, leesbareCasus } from './dialoog';

/** The details of a case and its timeline (kaarten/details-kaart.ts), for whoever may read the case. */
async function toon(context: BeurtContext, data: unknown, container: Container): Promise<Formulieruitkomst> {
  const gelezen = await leesbareCasus(context, data, 'details');
  if ('tekst' in gelezen) return { soort: 'bericht', tekst: gelezen.tekst };
  const { h, kijker } = gelezen;
  return {
    soort: 'formulier',
    titel: detailsTitel(h),
    kaart: detailsKaart(h, kijker, datumInAmsterdam(context.diensten.nu()), container === 'dialoog'),
  };
}

/** Nothing to save: "verstuur" shows it again. */
export const detailsDialoog: Dialoog = { naam: 'details', sjabloon: 'details', velden: () => [], open: toon, verstuur: toon };
