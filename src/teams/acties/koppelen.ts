import { z } from 'zod';
import { DomainError, FOUTCODES } from '../../domain/errors';
import { Koppelsoort } from '../../app/koppelen';
import { Betrokkene, ROL_NAMEN } from '../../domain/personen';
import { BeurtContext, InvokeAntwoord, KaartActie, splitsIds } from '../context';
import { KoppelenKaart } from '../kaarten/modellen';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { VERBS } from '../verbs';
import { kortetekst, leesInvoer, verplichteTekst } from './invoer';

const TITELS: Record<Koppelsoort, { titel: string; uitleg: string }> = {
  schakelteam: {
    titel: 'Dit kanaal koppelen aan een schakelteam',
    uitleg: 'Nieuwe hulpvragen van deze school of scholen verschijnen hier. Alleen de gekozen IB\'er/COO en schakelfunctionaris kunnen besluiten.',
  },
  team_no: { titel: 'Dit kanaal koppelen als Team NO', uitleg: 'Vastgelopen hulpvragen komen hier binnen. Alleen de gekozen leden kunnen besluiten.' },
  loket: { titel: 'Dit kanaal koppelen als Loket', uitleg: 'Hulpvragen die naar het Loket gaan komen hier binnen, voor de gekozen Loket-medewerkers.' },
};

export function koppelKaart(soort: Koppelsoort, fout = '', waarden: Partial<KoppelenKaart['waarden']> = {}): AdaptiveCard {
  return renderKaart('koppelen', {
    ...TITELS[soort],
    fout,
    soort,
    isSchakelteam: soort === 'schakelteam',
    verb: VERBS.kanaalKoppelen,
    waarden: { naam: '', scholen: '', onderwijs: 'PO', ibCoo: '', schakelfunctionaris: '', leden: '', tussentijdsWeken: '', evaluatieMaanden: '', ...waarden },
  });
}

/** An empty number box arrives as "" or (in some clients) 0: both mean "use the configured default". */
function optioneleTermijn(max: number, eenheid: string) {
  return z.preprocess(
    (waarde) => (waarde === '' || waarde === 0 || waarde === '0' ? undefined : waarde),
    z.coerce.number().int().min(1, `Minstens 1 (${eenheid})`).max(max, `Hoogstens ${max} ${eenheid}`).optional(),
  );
}

const koppelSchema = z.object({
  soort: z.enum(['schakelteam', 'team_no', 'loket']),
  naam: verplichteTekst(80, 'Geef een naam'),
  scholen: kortetekst(300).optional(),
  onderwijs: z.enum(['PO', 'VO']).optional(),
  ibCoo: z.string().optional(),
  schakelfunctionaris: z.string().optional(),
  leden: z.string().optional(),
  tussentijdsWeken: optioneleTermijn(26, 'weken'),
  evaluatieMaanden: optioneleTermijn(12, 'maanden'),
});

async function koppel(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  const invoer = leesInvoer(koppelSchema, data);
  if (context.gesprek.soort !== 'kanaal') {
    throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Koppelen kan alleen in een kanaal van een team.');
  }
  const kies = (ids: string | undefined) => context.kiesPersonen(splitsIds(ids));
  const schakelteam = invoer.soort === 'schakelteam';
  const uitkomst = await context.diensten.koppel(context.persoon, {
    soort: invoer.soort,
    naam: invoer.naam,
    kanaal: { id: context.gesprek.id, referentie: context.gesprek.referentie },
    scholen: (invoer.scholen ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    onderwijs: invoer.onderwijs,
    ibCoo: schakelteam ? await kies(invoer.ibCoo) : [],
    schakelfunctionaris: schakelteam ? await kies(invoer.schakelfunctionaris) : [],
    leden: schakelteam ? [] : await kies(invoer.leden),
    tussentijdsWeken: invoer.tussentijdsWeken,
    evaluatieMaanden: invoer.evaluatieMaanden,
  });
  if (uitkomst.soort === 'onvolledig') {
    return { soort: 'kaart', kaart: koppelKaart(invoer.soort, uitkomst.fout, schakelteam ? { naam: invoer.naam, scholen: invoer.scholen ?? '' } : { naam: invoer.naam }) };
  }
  if (uitkomst.schakelteam) {
    return bevestig(`Schakelteam "${invoer.naam}" is gekoppeld`, [
      { titel: 'Scholen', waarde: uitkomst.schakelteam.scholen.join(', ') },
      { titel: 'Leden', waarde: ledenlijst(uitkomst.leden) },
    ]);
  }
  return bevestig(`${invoer.soort === 'team_no' ? 'Team NO' : 'Loket'} "${invoer.naam}" is gekoppeld`, [
    { titel: 'Leden', waarde: uitkomst.leden.map((l) => l.naam).join(', ') },
  ]);
}

/** Each person once, with their roles: one person may be IB'er/COO and schakelfunctionaris at once. */
function ledenlijst(leden: readonly Betrokkene[]): string {
  const perPersoon = new Map<string, { naam: string; rollen: string[] }>();
  for (const lid of leden) {
    const bekend = perPersoon.get(lid.aadObjectId) ?? { naam: lid.naam, rollen: [] };
    bekend.rollen.push(ROL_NAMEN[lid.rol]);
    perPersoon.set(lid.aadObjectId, bekend);
  }
  return [...perPersoon.values()].map((p) => `${p.naam} (${p.rollen.join(', ')})`).join('; ');
}

function bevestig(titel: string, feiten: { titel: string; waarde: string }[]): InvokeAntwoord {
  return { soort: 'kaart', kaart: renderKaart('melding', { titel, tekst: 'Wijzigen? Typ het koppel-commando opnieuw in dit kanaal.', feiten }) };
}

export const koppelActie: KaartActie = { verb: VERBS.kanaalKoppelen, voerUit: koppel };
