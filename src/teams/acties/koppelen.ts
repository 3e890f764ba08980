import { z } from 'zod';
import { DomainError, FOUTCODES } from '../../domain/errors';
import { BeurtContext, InvokeAntwoord, KaartActie, splitsIds, wieVan } from '../context';
import { koppelBevestiging, koppelKaart, ledenlijst } from '../kaarten/koppel-kaart';
import { VERBS } from '../verbs';
import { kortetekst, leesInvoer, verplichteTekst } from './invoer';

/** An empty number box arrives as "" or (in some clients) 0: both mean "use the configured default". */
function optioneleTermijn(max: number, eenheid: string) {
  return z.preprocess(
    (waarde) => (waarde === '' || waarde === 0 || waarde === '0' ? undefined : waarde),
    z.coerce.number().int().min(1, `Minstens 1 (${eenheid})`).max(max, `Hoogstens ${max} ${eenheid}`).optional(),
  );
}

/** The inputs of the koppelen form; which kind of binding it is comes with the button's data. */
const koppelFormulier = z.object({
  naam: verplichteTekst(80, 'Geef een naam'),
  scholen: kortetekst(300).optional(),
  onderwijs: z.enum(['PO', 'VO']).optional(),
  ibCoo: z.string().optional(),
  schakelfunctionaris: z.string().optional(),
  leden: z.string().optional(),
  tussentijdsWeken: optioneleTermijn(26, 'weken'),
  evaluatieMaanden: optioneleTermijn(12, 'maanden'),
});

const koppelData = z.object({ soort: z.enum(['schakelteam', 'team_no', 'loket']), regio: z.string().trim().max(40).optional() });

async function koppel(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  const invoer = { ...leesInvoer(koppelFormulier, data), ...leesInvoer(koppelData, data) };
  if (context.gesprek.soort !== 'kanaal') {
    throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Koppelen kan alleen in een kanaal van een team.');
  }
  const kies = (ids: string | undefined) => context.kiesPersonen(splitsIds(ids));
  const schakelteam = invoer.soort === 'schakelteam';
  const uitkomst = await context.diensten.koppel(wieVan(context), {
    soort: invoer.soort,
    naam: invoer.naam,
    kanaal: { id: context.gesprek.id, referentie: context.gesprek.referentie, teamId: context.gesprek.teamId },
    scholen: (invoer.scholen ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    onderwijs: invoer.onderwijs,
    ibCoo: schakelteam ? await kies(invoer.ibCoo) : [],
    schakelfunctionaris: schakelteam ? await kies(invoer.schakelfunctionaris) : [],
    leden: schakelteam ? [] : await kies(invoer.leden),
    ...(invoer.regio ? { regio: invoer.regio } : {}),
    tussentijdsWeken: invoer.tussentijdsWeken,
    evaluatieMaanden: invoer.evaluatieMaanden,
  });
  if (uitkomst.soort === 'geweigerd') return { soort: 'bericht', tekst: uitkomst.fout };
  // Everyone in the channel learns who changed the binding (the form's answer may only reach the clicker).
  if (uitkomst.soort === 'gekoppeld') {
    const als = invoer.soort === 'schakelteam' ? 'schakelteam' : invoer.soort === 'team_no' ? `Team NO${invoer.regio ? ` voor regio ${invoer.regio}` : ''}` : 'Loket';
    await context.stuur(`${context.persoon.naam} heeft dit kanaal gekoppeld als ${als}. Leden: ${ledenlijst(uitkomst.leden)}.`);
  }
  if (uitkomst.soort === 'onvolledig') {
    return { soort: 'kaart', kaart: koppelKaart(invoer.soort, uitkomst.fout, schakelteam ? { naam: invoer.naam, scholen: invoer.scholen ?? '' } : { naam: invoer.naam }, invoer.regio ?? '') };
  }
  if (uitkomst.schakelteam) {
    const termijnen = uitkomst.termijnen;
    return { soort: 'kaart', kaart: koppelBevestiging(`Schakelteam "${invoer.naam}" is gekoppeld`, [
      { titel: 'Scholen', waarde: uitkomst.schakelteam.scholen.join(', ') },
      { titel: 'Leden', waarde: ledenlijst(uitkomst.leden) },
      ...(termijnen
        ? [{ titel: 'Evaluaties', waarde: `tussentijds na ${termijnen.waarden.tussentijdsWeken} weken, evaluatie na ${termijnen.waarden.maanden} maanden${termijnen.eigen ? '' : ' (de standaard)'}` }]
        : []),
    ]) };
  }
  return { soort: 'kaart', kaart: koppelBevestiging(`${invoer.soort === 'team_no' ? 'Team NO' : 'Loket'} "${invoer.naam}" is gekoppeld${invoer.regio ? ` voor regio ${invoer.regio}` : ''}`, [
    { titel: 'Leden', waarde: uitkomst.leden.map((l) => l.naam).join(', ') },
  ]) };
}

export const koppelActie: KaartActie = { verb: VERBS.kanaalKoppelen, formulier: koppelFormulier, voerUit: koppel };
