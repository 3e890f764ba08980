import { Gespreksreferentie, Kanaal, KanaalSoort } from '../domain/kanaal';
import { Betrokkene, Persoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';
import { Evaluatietermijnen } from '../domain/deadlines';
import { KanaalOpslag, Klok, SchakelteamOpslag } from './ports';

export type Koppelsoort = Exclude<KanaalSoort, 'persoonlijk'>;

export interface KoppelDeps {
  readonly kanalen: KanaalOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly klok: Klok;
  /** The configured terms: what an empty term box on the form means. */
  readonly termijnen: Evaluatietermijnen;
  /** One schakelteam per channel: its id follows from the channel, so binding again updates the same schakelteam. */
  schakelteamIdVoor(kanaalId: string): string;
}

/** A picked person (people picker), before the binding gives them a role. */
export type GekozenLid = Omit<Betrokkene, 'rol'>;

export interface Koppelverzoek {
  readonly soort: Koppelsoort;
  readonly naam: string;
  /** The channel being bound: its id and the opaque handle to reach it later. */
  readonly kanaal: { readonly id: string; readonly referentie: Gespreksreferentie; readonly teamId?: string };
  readonly scholen: readonly string[];
  readonly onderwijs?: 'PO' | 'VO';
  readonly ibCoo: readonly GekozenLid[];
  readonly schakelfunctionaris: readonly GekozenLid[];
  /** Members of a Team NO or Loket channel. */
  readonly leden: readonly GekozenLid[];
  readonly tussentijdsWeken?: number;
  readonly evaluatieMaanden?: number;
}

export type Koppeluitkomst =
  | { readonly soort: 'onvolledig'; readonly fout: string }
  | {
      readonly soort: 'gekoppeld';
      readonly kanaal: Kanaal;
      readonly leden: readonly Betrokkene[];
      readonly schakelteam?: Schakelteam;
      /** For a schakelteam: the evaluation terms that now apply, and whether they are its own or the defaults. */
      readonly termijnen?: { readonly waarden: Evaluatietermijnen; readonly eigen: boolean };
    };

const metRol = (personen: readonly GekozenLid[], rol: Betrokkene['rol']): Betrokkene[] => personen.map((p) => ({ ...p, rol }));

/**
 * Binds a Teams channel as a schakelteam (schools + IB'er/COO + schakelfunctionaris, optional own terms), as Team
 * NO or as Loket (members). Binding again replaces the earlier binding of that channel.
 */
export async function koppelKanaal(deps: KoppelDeps, door: Persoon, verzoek: Koppelverzoek): Promise<Koppeluitkomst> {
  const kanaal: Kanaal = {
    id: verzoek.kanaal.id,
    tenantId: door.tenantId,
    soort: verzoek.soort,
    naam: verzoek.naam,
    referentie: verzoek.kanaal.referentie,
    ...(verzoek.kanaal.teamId ? { teamId: verzoek.kanaal.teamId } : {}),
    bruikbaar: true,
    bijgewerkt: deps.klok.nu().toISOString(),
  };
  if (verzoek.soort === 'schakelteam') {
    const leden = [...metRol(verzoek.ibCoo, 'ib_coo'), ...metRol(verzoek.schakelfunctionaris, 'schakelfunctionaris')];
    if (verzoek.scholen.length === 0) return { soort: 'onvolledig', fout: 'Noem minstens één school.' };
    if (verzoek.ibCoo.length === 0 || verzoek.schakelfunctionaris.length === 0) {
      return { soort: 'onvolledig', fout: 'Kies een IB\'er/COO én een schakelfunctionaris.' };
    }
    // An empty box means the configured default; only a schakelteam with a term of its own stores terms.
    const eigen = verzoek.tussentijdsWeken !== undefined || verzoek.evaluatieMaanden !== undefined;
    const termijnen = { tussentijdsWeken: verzoek.tussentijdsWeken ?? deps.termijnen.tussentijdsWeken, maanden: verzoek.evaluatieMaanden ?? deps.termijnen.maanden };
    const schakelteam: Schakelteam = {
      id: deps.schakelteamIdVoor(kanaal.id),
      tenantId: door.tenantId,
      naam: verzoek.naam,
      scholen: [...verzoek.scholen],
      onderwijs: verzoek.onderwijs ?? 'PO',
      leden,
      ...(eigen ? { termijnen } : {}),
    };
    await deps.schakelteams.bewaar(schakelteam);
    const gekoppeld = { ...kanaal, schakelteamId: schakelteam.id };
    await deps.kanalen.bewaar(gekoppeld);
    return { soort: 'gekoppeld', kanaal: gekoppeld, leden, schakelteam, termijnen: { waarden: termijnen, eigen } };
  }
  const leden = metRol(verzoek.leden, verzoek.soort === 'team_no' ? 'team_no' : 'loket');
  if (leden.length === 0) return { soort: 'onvolledig', fout: 'Kies minstens één lid.' };
  const gekoppeld = { ...kanaal, leden };
  await deps.kanalen.bewaar(gekoppeld);
  return { soort: 'gekoppeld', kanaal: gekoppeld, leden };
}
