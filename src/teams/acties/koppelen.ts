import { createHash } from 'node:crypto';
import { z } from 'zod';
import { DomainError, FOUTCODES } from '../../domain/errors';
import { Kanaal, KanaalSoort } from '../../domain/kanaal';
import { Betrokkene, ROL_NAMEN, Rol } from '../../domain/personen';
import { BeurtContext, InvokeAntwoord, KaartActie } from '../context';
import { gespreksId, isKanaal, referentieVan } from '../gesprekken';
import { KoppelenKaart } from '../kaarten/modellen';
import { AdaptiveCard, renderKaart } from '../kaarten/render';
import { kiesPersonen, splitsIds } from '../personen-kiezer';
import { VERBS } from '../verbs';
import { kortetekst, leesInvoer, verplichteTekst } from './invoer';

type Koppelsoort = Exclude<KanaalSoort, 'persoonlijk'>;

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

export function schakelteamIdVoor(kanaalId: string): string {
  return `st-${createHash('sha256').update(kanaalId).digest('hex').slice(0, 16)}`;
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

async function betrokkenen(context: BeurtContext, ids: string | undefined, rol: Rol): Promise<Betrokkene[]> {
  const personen = await kiesPersonen(context.turn, context.persoon.tenantId, splitsIds(ids));
  return personen.map((p) => ({ ...p, rol }));
}

async function koppel(context: BeurtContext, data: unknown): Promise<InvokeAntwoord> {
  const invoer = leesInvoer(koppelSchema, data);
  const activiteit = context.turn.activity;
  if (!isKanaal(activiteit)) {
    throw new DomainError(FOUTCODES.ongeldigeInvoer, 'Koppelen kan alleen in een kanaal van een team.');
  }
  const kanaalId = gespreksId(activiteit);
  const nu = context.diensten.route.klok.nu().toISOString();
  const kanaal: Kanaal = {
    id: kanaalId,
    tenantId: context.persoon.tenantId,
    soort: invoer.soort,
    naam: invoer.naam,
    referentie: referentieVan(activiteit),
    bruikbaar: true,
    bijgewerkt: nu,
  };
  if (invoer.soort === 'schakelteam') {
    const scholen = (invoer.scholen ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const leden = [...(await betrokkenen(context, invoer.ibCoo, 'ib_coo')), ...(await betrokkenen(context, invoer.schakelfunctionaris, 'schakelfunctionaris'))];
    const fout = scholen.length === 0 ? 'Noem minstens één school.' : !leden.some((l) => l.rol === 'ib_coo') || !leden.some((l) => l.rol === 'schakelfunctionaris') ? 'Kies een IB\'er/COO én een schakelfunctionaris.' : '';
    if (fout) return { soort: 'kaart', kaart: koppelKaart('schakelteam', fout, { naam: invoer.naam, scholen: invoer.scholen ?? '' }) };
    const schakelteamId = schakelteamIdVoor(kanaalId);
    await context.diensten.registratie.schakelteams.bewaar({
      id: schakelteamId,
      tenantId: context.persoon.tenantId,
      naam: invoer.naam,
      scholen,
      onderwijs: invoer.onderwijs ?? 'PO',
      leden,
      ...(invoer.tussentijdsWeken || invoer.evaluatieMaanden
        ? {
            termijnen: {
              tussentijdsWeken: invoer.tussentijdsWeken ?? context.diensten.route.termijnen.tussentijdsWeken,
              maanden: invoer.evaluatieMaanden ?? context.diensten.route.termijnen.maanden,
            },
          }
        : {}),
    });
    await context.diensten.kanalen.bewaar({ ...kanaal, schakelteamId });
    return bevestig(`Schakelteam "${invoer.naam}" is gekoppeld`, [
      { titel: 'Scholen', waarde: scholen.join(', ') },
      { titel: 'Leden', waarde: ledenlijst(leden) },
    ]);
  }
  const rol: Rol = invoer.soort === 'team_no' ? 'team_no' : 'loket';
  const leden = await betrokkenen(context, invoer.leden, rol);
  if (leden.length === 0) return { soort: 'kaart', kaart: koppelKaart(invoer.soort, 'Kies minstens één lid.', { naam: invoer.naam }) };
  await context.diensten.kanalen.bewaar({ ...kanaal, leden });
  return bevestig(`${invoer.soort === 'team_no' ? 'Team NO' : 'Loket'} "${invoer.naam}" is gekoppeld`, [
    { titel: 'Leden', waarde: leden.map((l) => l.naam).join(', ') },
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
