import { Koppelsoort } from '../../app/koppelen';
import { Betrokkene, ROL_NAMEN } from '../../domain/personen';
import { VERBS } from '../verbs';
import { KoppelenKaart } from './modellen';
import { AdaptiveCard, renderKaart } from './render';

const TITELS: Record<Koppelsoort, { titel: string; uitleg: string }> = {
  schakelteam: {
    titel: 'Dit kanaal koppelen aan een schakelteam',
    uitleg: 'Nieuwe hulpvragen van deze school of scholen verschijnen hier. Alleen de gekozen IB\'er/COO en schakelfunctionaris kunnen besluiten.',
  },
  team_no: { titel: 'Dit kanaal koppelen als Team NO', uitleg: 'Vastgelopen hulpvragen komen hier binnen. Alleen de gekozen leden kunnen besluiten.' },
  loket: { titel: 'Dit kanaal koppelen als Loket', uitleg: 'Hulpvragen die naar het Loket gaan komen hier binnen, voor de gekozen Loket-medewerkers.' },
};

export function koppelKaart(soort: Koppelsoort, fout = '', waarden: Partial<KoppelenKaart['waarden']> = {}, regio = ''): AdaptiveCard {
  return renderKaart('koppelen', {
    ...TITELS[soort],
    ...(regio ? { titel: `${TITELS[soort].titel} voor regio ${regio}` } : {}),
    regio,
    fout,
    soort,
    isSchakelteam: soort === 'schakelteam',
    verb: VERBS.kanaalKoppelen,
    waarden: { naam: '', scholen: '', onderwijs: 'PO', ibCoo: '', schakelfunctionaris: '', leden: '', tussentijdsWeken: '', evaluatieMaanden: '', ...waarden },
  });
}

/** Each person once, with their roles: one person may be IB'er/COO and schakelfunctionaris at once. */
export function ledenlijst(leden: readonly Betrokkene[]): string {
  const perPersoon = new Map<string, { naam: string; rollen: string[] }>();
  for (const lid of leden) {
    const bekend = perPersoon.get(lid.aadObjectId) ?? { naam: lid.naam, rollen: [] };
    bekend.rollen.push(ROL_NAMEN[lid.rol]);
    perPersoon.set(lid.aadObjectId, bekend);
  }
  return [...perPersoon.values()].map((p) => `${p.naam} (${p.rollen.join(', ')})`).join('; ');
}

/** The confirmation after binding: what was bound, and how to change it. */
export function koppelBevestiging(titel: string, feiten: { titel: string; waarde: string }[]): AdaptiveCard {
  return renderKaart('melding', { titel, tekst: 'Wijzigen? Typ het koppel-commando opnieuw in dit kanaal.', feiten });
}
