import { AlgemeneCategorie, MAX_ALGEMENE_PUNTEN, nogActueel, puntenVoor } from '../domain/agendapunten';
import { agendaId } from '../domain/agenda';
import { Overleginstellingen, Overlegstand, wachtOpEersteBesluit } from '../domain/eerste-bespreking';
import { Hulpvraag } from '../domain/hulpvraag';
import { Kanaal } from '../domain/kanaal';
import { Persoon } from '../domain/personen';
import { Schakelteam } from '../domain/schakelteam';
import { datumInAmsterdam } from '../domain/tijd';
import { Vergadering, Vergaderkalender, Vergaderritme, vergaderingNa } from '../domain/vergaderritme';
import { Auditor } from './audit';
import { isLidVanKoppeling } from './koppelen';
import { Lezer } from './overzicht';
import { AgendaOpslag, IsBeheerder, KanaalOpslag, Klok, SchakelteamOpslag } from './ports';

/* The schakelteam's meeting (seed 000 stap 0): its rhythm and the general items on its agenda. */

export interface OverlegDeps {
  readonly kanalen: KanaalOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly agendas: AgendaOpslag;
  readonly isBeheerder: IsBeheerder;
  readonly auditor: Auditor;
  readonly klok: Klok;
  readonly dagenVooraf: number;
  /** National holidays and the configured school holidays: no meeting on those days. */
  readonly kalender: Vergaderkalender;
}

export type Overleguitkomst =
  | { readonly soort: 'geweigerd'; readonly fout: string }
  | { readonly soort: 'gedaan'; readonly schakelteam: Schakelteam; readonly volgende?: Vergadering };

type Toegang = { readonly soort: 'geweigerd'; readonly fout: string } | { readonly soort: 'ok'; readonly kanaal: Kanaal; readonly schakelteamId: string };

const NIET_GEKOPPELD = 'Dit kanaal is niet gekoppeld aan een schakelteam. Koppel het eerst met "koppel schakelteam".';
const GEEN_LID = 'Alleen de leden van dit schakelteam (IB\'er/COO en schakelfunctionaris) of een functioneel beheerder kunnen dit.';

/** The channel's schakelteam, for one of its members or a functional administrator (the same rule as binding it). */
async function toegang(deps: OverlegDeps, wie: Lezer, kanaalId: string, wat: string): Promise<Toegang> {
  const door = wie.persoon;
  const kanaal = await deps.kanalen.lees(door.tenantId, kanaalId);
  if (!kanaal || kanaal.soort !== 'schakelteam' || !kanaal.schakelteamId) return { soort: 'geweigerd', fout: NIET_GEKOPPELD };
  if (!(await deps.isBeheerder(door)) && !(await isLidVanKoppeling(deps, door, kanaal))) {
    await deps.auditor.weigering({ wie: door, onderwerp: onderwerp(door, kanaalId), wat, via: wie.via });
    return { soort: 'geweigerd', fout: GEEN_LID };
  }
  return { soort: 'ok', kanaal, schakelteamId: kanaal.schakelteamId };
}

const onderwerp = (door: Persoon, kanaalId: string) => ({ soort: 'koppeling', tenantId: door.tenantId, kanaalId }) as const;

/** The rhythm as it is now, for the form (members and administrators only, like changing it). */
export async function huidigRitme(deps: OverlegDeps, wie: Lezer, kanaalId: string): Promise<Overleguitkomst> {
  const t = await toegang(deps, wie, kanaalId, 'vergaderritme bekijken');
  if (t.soort === 'geweigerd') return t;
  const schakelteam = await deps.schakelteams.lees(t.kanaal.tenantId, t.schakelteamId);
  return schakelteam ? { soort: 'gedaan', schakelteam, ...volgende(deps, schakelteam) } : { soort: 'geweigerd', fout: NIET_GEKOPPELD };
}

function volgende(deps: OverlegDeps, s: Schakelteam): { volgende?: Vergadering } {
  const v = s.vergaderritme ? vergaderingNa(datumInAmsterdam(deps.klok.nu()), s.vergaderritme, deps.dagenVooraf, deps.kalender) : undefined;
  return v ? { volgende: v } : {};
}

/** Sets the schakelteam's meeting rhythm (or "geen": no agendas), ETag-guarded and in the audit log. */
export async function stelVergaderritmeIn(deps: OverlegDeps, wie: Lezer, kanaalId: string, ritme: Vergaderritme): Promise<Overleguitkomst> {
  const t = await toegang(deps, wie, kanaalId, 'vergaderritme');
  if (t.soort === 'geweigerd') return t;
  const schakelteam = await deps.schakelteams.wijzig(t.kanaal.tenantId, t.schakelteamId, (s) => ({ ...s, vergaderritme: ritme }));
  if (!schakelteam) return { soort: 'geweigerd', fout: NIET_GEKOPPELD };
  await deps.auditor.leg({
    wie: wie.persoon,
    onderwerp: onderwerp(wie.persoon, kanaalId),
    handeling: 'wijzigen',
    wat: 'vergaderritme',
    via: wie.via,
    gegevens: { ritme: ritme.ritme, weekdag: String(ritme.weekdag), tijd: ritme.tijd, vanaf: ritme.vanaf },
  });
  return { soort: 'gedaan', schakelteam, ...volgende(deps, schakelteam) };
}

/**
 * Adds a general item (a fixed category, never typed text) to the next meeting whose agenda has not been posted
 * yet: an agenda already in the channel is not changed behind its readers' backs.
 */
export async function voegAgendapuntToe(deps: OverlegDeps, wie: Lezer, kanaalId: string, categorie: AlgemeneCategorie): Promise<Overleguitkomst> {
  const t = await toegang(deps, wie, kanaalId, 'agendapunt');
  if (t.soort === 'geweigerd') return t;
  const huidig = await deps.schakelteams.lees(t.kanaal.tenantId, t.schakelteamId);
  const vandaag = datumInAmsterdam(deps.klok.nu());
  let vergadering = huidig?.vergaderritme ? vergaderingNa(vandaag, huidig.vergaderritme, deps.dagenVooraf, deps.kalender) : undefined;
  const geenOverleg = { soort: 'geweigerd', fout: 'Dit schakelteam heeft geen vast overleg. Stel eerst het vergaderritme in met "vergaderritme".' } as const;
  if (!huidig || !vergadering) return geenOverleg;
  const ritme = huidig.vergaderritme;
  while (ritme && vergadering && (await deps.agendas.lees(agendaId(t.schakelteamId, vergadering.datum)))?.waarde.status === 'verzonden') {
    vergadering = vergaderingNa(vergadering.datum, ritme, deps.dagenVooraf, deps.kalender);
  }
  if (!vergadering) return geenOverleg;
  const datum = vergadering.datum;
  if (puntenVoor(huidig.agendapunten, datum).length >= MAX_ALGEMENE_PUNTEN) {
    return { soort: 'geweigerd', fout: `Het overleg heeft al ${MAX_ALGEMENE_PUNTEN} algemene punten; bespreek eerst die.` };
  }
  const nu = deps.klok.nu().toISOString();
  const door = { tenantId: wie.persoon.tenantId, aadObjectId: wie.persoon.aadObjectId, naam: wie.persoon.naam };
  const punt = { id: `${datum}:${nu}:${door.aadObjectId}`, categorie, door, vergaderdatum: datum, toegevoegd: nu };
  const schakelteam = await deps.schakelteams.wijzig(t.kanaal.tenantId, t.schakelteamId, (s) => ({ ...s, agendapunten: [...nogActueel(s.agendapunten, vandaag), punt] }));
  if (!schakelteam) return { soort: 'geweigerd', fout: NIET_GEKOPPELD };
  await deps.auditor.leg({ wie: wie.persoon, onderwerp: onderwerp(wie.persoon, kanaalId), handeling: 'wijzigen', wat: 'agendapunt', via: wie.via, gegevens: { vergadering: datum, categorie } });
  return { soort: 'gedaan', schakelteam, volgende: vergadering };
}

/**
 * What a card of `h` needs to name the meeting that decides on it: its schakelteam's rhythm as the binding holds it
 * now (domain/eerste-bespreking.ts). Read only for a case waiting for its first decision; undefined for any other.
 */
export async function overlegstandVoor(
  deps: { readonly schakelteams: SchakelteamOpslag; readonly klok: Klok; readonly instellingen: Overleginstellingen },
  h: Hulpvraag,
): Promise<Overlegstand | undefined> {
  if (!wachtOpEersteBesluit(h)) return undefined;
  const schakelteam = await deps.schakelteams.lees(h.tenantId, h.schakelteamId);
  return { ...deps.instellingen, ritme: schakelteam?.vergaderritme, vandaag: datumInAmsterdam(deps.klok.nu()) };
}
