import {
  Agendainstellingen,
  Agendauitkomst,
  Agendaverzending,
  Vergadering,
  agendaId,
  claimAgenda,
  isAgendaClaimbaar,
  nieuweAgendaverzending,
  rondAgendaAf,
  stelAgendaOp,
  verschuldigdeVergaderingen,
} from '../domain/agenda';
import { isDomainError } from '../domain/errors';
import { Kanaal } from '../domain/kanaal';
import { datumInAmsterdam } from '../domain/tijd';
import { Feestdagopties, Verzendvenster, inVenster } from '../domain/werkdagen';
import { AgendaOpmaak, AgendaOpslag, HulpvraagOpslag, KanaalOpslag, ProactieveVerzender, SchakelteamOpslag, Versie } from './ports';

/** What only the agenda needs; the sweep passes it along with its own dependencies. */
export interface AgendaOnderdelen {
  /** Undefined: no meeting weekday configured (the default), so no agendas. */
  readonly instellingen?: Agendainstellingen;
  readonly opslag: AgendaOpslag;
  readonly schakelteams: SchakelteamOpslag;
  readonly opmaak: AgendaOpmaak;
}

export interface AgendaDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly kanalen: KanaalOpslag;
  readonly verzender: ProactieveVerzender;
  readonly instellingen: { readonly venster: Verzendvenster; readonly feestdagen: Feestdagopties };
  /** Unique per running process: recorded as `claimedBy` and on every attempt. */
  readonly instantie: string;
  readonly leaseMs?: number;
  readonly opnieuwNaMs?: number;
  readonly maxVerzendpogingen?: number;
  readonly agenda: AgendaOnderdelen;
}

export interface Agendaverslag {
  verzonden: number;
  mislukt: number;
  onbruikbaar: number;
  /** Ids and codes only: what went wrong, for the log. */
  readonly fouten: string[];
}

const STANDAARD_LEASE_MS = 10 * 60_000;

function foutcode(fout: unknown): string {
  if (isDomainError(fout)) return fout.code;
  return fout instanceof Error ? fout.name : 'onbekend';
}

/** Our claim on this agenda, or undefined when it is sent, failed for good, or someone else is on it. */
async function claim(deps: AgendaDeps, nieuw: Agendaverzending, nu: Date): Promise<Versie<Agendaverzending> | undefined> {
  const { opslag } = deps.agenda;
  // Read first: during the days an agenda is due every sweep passes here, and a point read is cheaper than a 409.
  const gelezen = (await opslag.lees(nieuw.id)) ?? (await opslag.maak(nieuw)) ?? (await opslag.lees(nieuw.id));
  if (!gelezen || !isAgendaClaimbaar(gelezen.waarde, nu)) return undefined;
  return opslag.vervang(claimAgenda(gelezen.waarde, deps.instantie, nu, deps.leaseMs ?? STANDAARD_LEASE_MS), gelezen.etag);
}

async function verwerk(deps: AgendaDeps, kanaal: Kanaal, schakelteamId: string, vergadering: Vergadering, nu: Date, verslag: Agendaverslag): Promise<void> {
  const geclaimd = await claim(deps, nieuweAgendaverzending({ tenantId: kanaal.tenantId, schakelteamId, kanaalId: kanaal.id }, vergadering.datum, nu), nu);
  if (!geclaimd) return;
  // Composed at sending time, so it shows the cases as they are now, not as they were when it was planned.
  const agenda = stelAgendaOp(await deps.hulpvragen.vanSchakelteam(schakelteamId), vergadering.datum);
  const naam = (await deps.agenda.schakelteams.lees(kanaal.tenantId, schakelteamId))?.naam ?? kanaal.naam;
  const uitkomst = await deps.verzender.stuur({ kanaal }, deps.agenda.opmaak.agenda(naam, agenda));
  const afronding: Agendauitkomst =
    uitkomst.soort === 'verzonden'
      ? { uitkomst: 'verzonden', activityId: uitkomst.activityId }
      : uitkomst.soort === 'onbruikbaar'
        ? { uitkomst: 'onbruikbaar', reden: uitkomst.reden }
        : { uitkomst: 'mislukt', reden: uitkomst.reden, opnieuwNaMs: deps.opnieuwNaMs ?? 15 * 60_000, maxPogingen: deps.maxVerzendpogingen ?? 3 };
  verslag[afronding.uitkomst]++;
  // The channel itself is what is unreachable, so there is nobody in Teams to tell: the document and the sweep
  // report (logged by the planner, printed by the CLI) carry it; the channel is marked unusable by the sender.
  if (afronding.uitkomst !== 'verzonden') verslag.fouten.push(`agenda ${geclaimd.waarde.id}: ${afronding.uitkomst} (${afronding.reden})`);
  const bewaard = await deps.agenda.opslag.vervang(rondAgendaAf(geclaimd.waarde, afronding, deps.instantie, nu), geclaimd.etag);
  if (!bewaard) verslag.fouten.push(`uitkomst ${geclaimd.waarde.id}: lease verlopen tijdens verzenden`);
}

/**
 * Sends the agenda card to every bound schakelteam channel (all tenants) whose meeting's agenda is due: on the due
 * day or, when sweeps were missed, any later working day before the meeting; only inside the send window. Exactly
 * once per schakelteam and meeting, also with several instances sweeping (deterministic id + ETag lease).
 */
export async function stuurAgenda(deps: AgendaDeps, nu: Date): Promise<Agendaverslag> {
  const verslag: Agendaverslag = { verzonden: 0, mislukt: 0, onbruikbaar: 0, fouten: [] };
  const instellingen = deps.agenda.instellingen;
  if (!instellingen) return verslag;
  const { venster, feestdagen } = deps.instellingen;
  if (!inVenster(nu, venster, feestdagen)) return verslag;
  const vergaderingen = verschuldigdeVergaderingen(datumInAmsterdam(nu), instellingen, feestdagen);
  if (vergaderingen.length === 0) return verslag;
  for (const kanaal of await deps.kanalen.alleVanSoort('schakelteam')) {
    const schakelteamId = kanaal.schakelteamId;
    if (!schakelteamId) continue;
    for (const vergadering of vergaderingen) {
      try {
        await verwerk(deps, kanaal, schakelteamId, vergadering, nu, verslag);
      } catch (fout) {
        verslag.fouten.push(`agenda ${agendaId(schakelteamId, vergadering.datum)}: ${foutcode(fout)}`);
      }
    }
  }
  return verslag;
}
