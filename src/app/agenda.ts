import { Agendaverzending, agendaId, isAgendaNogActueel, nieuweAgendaverzending, stelAgendaOp } from '../domain/agenda';
import { puntenVoor } from '../domain/agendapunten';
import { Schoolvakantie } from '../domain/schoolvakanties';
import { datumInAmsterdam } from '../domain/tijd';
import { verschuldigdeVergaderingen } from '../domain/vergaderritme';
import { Afronding } from '../domain/verzending';
import { Feestdagopties, Verzendvenster, inVenster } from '../domain/werkdagen';
import { AgendaOpmaak, AgendaOpslag, HulpvraagOpslag, KanaalOpslag, ProactieveVerzender, SchakelteamOpslag } from './ports';
import { Verzendinstellingen, Verzendsoort, afrondingVan, foutcode, verwerkVerschuldigde } from './verzendwerk';

/** What only the agenda needs; the sweep passes it along with its own dependencies. */
export interface AgendaOnderdelen {
  /**
   * Calendar days before a meeting that its agenda is due (AGENDA_DAGEN_VOORAF) and the school holidays without
   * meetings (SCHOOLVAKANTIES); the rhythm is each schakelteam's own.
   */
  readonly instellingen: { readonly dagenVooraf: number; readonly schoolvakanties: readonly Schoolvakantie[] };
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
  readonly verzending: Verzendinstellingen;
  readonly agenda: AgendaOnderdelen;
}

export interface Agendaverslag {
  verzonden: number;
  mislukt: number;
  onbruikbaar: number;
  /** Ids and codes only: what went wrong, for the log. */
  readonly fouten: string[];
}

/** Agendas as a kind of sending: composed at sending time, so it shows the cases as they are now. */
function agendaSoort(deps: AgendaDeps): Verzendsoort<Agendaverzending> {
  return {
    opslag: deps.agenda.opslag,
    async verstuur(a, nu, meld): Promise<Afronding> {
      if (!isAgendaNogActueel(a, datumInAmsterdam(nu))) return { uitkomst: 'vervallen', reden: 'overleg is geweest' };
      const kanaal = await deps.kanalen.lees(a.tenantId, a.kanaalId);
      const schakelteam = await deps.agenda.schakelteams.lees(a.tenantId, a.schakelteamId);
      const vergadering = { datum: a.vergaderdatum, tijd: schakelteam?.vergaderritme?.tijd ?? '' };
      const afronding: Afronding = kanaal
        ? afrondingVan(
            await deps.verzender.stuur(
              { kanaal },
              deps.agenda.opmaak.agenda(
                schakelteam?.naam ?? kanaal.naam,
                stelAgendaOp(await deps.hulpvragen.vanSchakelteam(a.schakelteamId), vergadering, puntenVoor(schakelteam?.agendapunten, a.vergaderdatum)),
              ),
            ),
            deps.verzending,
          )
        : { uitkomst: 'onbruikbaar', reden: 'kanaal niet meer gekoppeld' };
      // The channel itself is what is unreachable, so there is nobody in Teams to tell: the document and the sweep
      // report (logged by the planner, printed by the CLI) carry it; the channel is marked unusable by the sender.
      if (afronding.uitkomst !== 'verzonden') meld(`agenda ${a.id}: ${afronding.uitkomst} (${afronding.reden})`);
      return afronding;
    },
  };
}

/** Plans the agenda of every due meeting of every bound schakelteam channel (all tenants) by its own rhythm, once per id. */
async function planAgendas(deps: AgendaDeps, nu: Date, verslag: Agendaverslag): Promise<void> {
  const vandaag = datumInAmsterdam(nu);
  const { dagenVooraf, schoolvakanties } = deps.agenda.instellingen;
  for (const kanaal of await deps.kanalen.alleVanSoort('schakelteam')) {
    const schakelteamId = kanaal.schakelteamId;
    if (!schakelteamId) continue;
    const ritme = (await deps.agenda.schakelteams.lees(kanaal.tenantId, schakelteamId))?.vergaderritme;
    if (!ritme) continue;
    for (const vergadering of verschuldigdeVergaderingen(vandaag, ritme, dagenVooraf, { ...deps.instellingen.feestdagen, schoolvakanties })) {
      const nieuw = nieuweAgendaverzending({ tenantId: kanaal.tenantId, schakelteamId, kanaalId: kanaal.id }, vergadering.datum, nu);
      try {
        // Read first: during the days an agenda is due every sweep passes here, and a point read is cheaper than a 409.
        if (!(await deps.agenda.opslag.lees(nieuw.id))) await deps.agenda.opslag.maak(nieuw);
      } catch (fout) {
        verslag.fouten.push(`agenda ${agendaId(schakelteamId, vergadering.datum)}: ${foutcode(fout)}`);
      }
    }
  }
}

/**
 * Sends the agenda card to every bound schakelteam channel (all tenants) whose meeting's agenda is due: on the due
 * day or, when sweeps were missed, any later working day before the meeting; only inside the send window. Exactly
 * once per schakelteam and meeting, also with several instances sweeping (deterministic id + ETag lease).
 */
export async function stuurAgenda(deps: AgendaDeps, nu: Date): Promise<Agendaverslag> {
  const verslag: Agendaverslag = { verzonden: 0, mislukt: 0, onbruikbaar: 0, fouten: [] };
  if (!inVenster(nu, deps.instellingen.venster, deps.instellingen.feestdagen)) return verslag;
  await planAgendas(deps, nu, verslag);
  const werk = await verwerkVerschuldigde(agendaSoort(deps), deps, nu);
  verslag.verzonden += werk.verzonden;
  verslag.mislukt += werk.mislukt;
  verslag.onbruikbaar += werk.onbruikbaar;
  verslag.fouten.push(...werk.fouten);
  return verslag;
}
