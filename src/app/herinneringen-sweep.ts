import { Evaluatietermijnen } from '../domain/deadlines';
import { FOUTCODES, isDomainError } from '../domain/errors';
import { inVenster } from '../domain/werkdagen';
import { nieuweHerinnering } from '../domain/herinnering-status';
import { Herinneringsinstellingen, noteerTermijnHerinnering, verschuldigdeHerinneringen } from '../domain/herinneringen';
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { Hulpvraag } from '../domain/hulpvraag';
import { LoketStap, loketStappen } from '../domain/loket';
import { StagnatieOmgeving, gestagneerd } from '../domain/stagnatie';
import { AgendaOnderdelen, stuurAgenda } from './agenda';
import { HerinneringVerzendDeps, herinneringSoort } from './herinneringen-verzenden';
import { teamNoLeden } from './kanalen';
import { regioVan } from '../domain/regio';
import { Versie } from './ports';
import { NietMeerNodig, systeem } from './systeem';
import { LidmaatschapDeps, bezorgLidmaatschap } from './lidmaatschap';
import { bezorg, verplaats } from './uitgaand';
import { foutcode, verwerkVerschuldigde } from './verzendwerk';
import { Auditor } from './audit';
import { wijzigHulpvraag } from './wijzigen';

export interface SweepDeps extends HerinneringVerzendDeps {
  readonly termijnen: Evaluatietermijnen;
  readonly instellingen: Herinneringsinstellingen;
  /** Unique per running process (e.g. host name + pid): recorded as `claimedBy` and on every attempt. */
  readonly instantie: string;
  /** The schakelteam agendas ride along with the sweep, so the planner and the CLI send them too. */
  readonly agenda?: AgendaOnderdelen;
  readonly auditor: Auditor;
  /** The outbox: relayed from cases a crash left it on, and sent (also outside the reminders' send window). */
  readonly uitgaand?: LidmaatschapDeps;
}

export interface Sweepverslag {
  readonly nu: string;
  hulpvragen: number;
  aangemaakt: number;
  verzonden: number;
  mislukt: number;
  onbruikbaar: number;
  vervallen: number;
  /** Reminders nobody could be reached for (functional administrators): planned again, not lost. */
  uitgesteld: number;
  stagnaties: number;
  /** Agenda cards sent to schakelteam channels (their failures count in mislukt/onbruikbaar). */
  agendas: number;
  /** Outbox messages sent (channel card updates, your-turn cards, notices); their failures count in mislukt/onbruikbaar. */
  berichten: number;
  /** Ids and codes only (no personal data): what went wrong, for the log. */
  readonly fouten: string[];
}


function omgeving(inst: Herinneringsinstellingen): StagnatieOmgeving {
  return { limieten: inst.stagnatie, venster: inst.venster, feestdagen: inst.feestdagen };
}

/**
 * A change the system makes by itself, judged on the case as it is at the write (ETag): `gebeurtenis` throws
 * NietMeerNodig when someone or another sweeper already made it unnecessary. Its outbox entries are relayed at once
 * and sent in this sweep. The case as it is after, or undefined when nothing was applied.
 */
async function systeemWijziging(deps: SweepDeps, h: Hulpvraag, nu: Date, gebeurtenis: (huidig: Hulpvraag) => Gebeurtenis): Promise<Versie<Hulpvraag> | undefined> {
  try {
    const uitkomst = await wijzigHulpvraag(
      { hulpvragen: deps.hulpvragen, klok: { nu: () => nu }, termijnen: deps.termijnen, auditor: deps.auditor },
      { schakelteamId: h.schakelteamId, id: h.id },
      { door: systeem(h.tenantId), actie: 'systeem', gebeurtenis },
    );
    if (uitkomst.soort !== 'toegepast') return undefined;
    if (deps.uitgaand && (uitkomst.bewaard.waarde.uitgaand ?? []).length > 0) await verplaats(deps.uitgaand, uitkomst.bewaard, nu);
    return await deps.hulpvragen.lees(h.schakelteamId, h.id);
  } catch (fout) {
    if (fout instanceof NietMeerNodig) return undefined;
    throw fout;
  }
}

/** Flags automatic stagnation, at most once: on a case already at Team NO the rule no longer applies. */
async function meldStagnatie(deps: SweepDeps, h: Hulpvraag, nu: Date): Promise<Versie<Hulpvraag> | undefined> {
  const teamNo = await teamNoLeden(deps.kanalen, h.tenantId, regioVan(deps.regios, h.school));
  return systeemWijziging(deps, h, nu, (huidig) => {
    const signaal = gestagneerd(huidig, nu, omgeving(deps.instellingen));
    if (!signaal) throw new NietMeerNodig();
    return { soort: 'stagnatie_gemeld', reden: signaal.reden, toelichting: signaal.toelichting, regel: signaal.regel, teamNo };
  });
}

function loketOmgeving(inst: Herinneringsinstellingen) {
  return { limieten: inst.stagnatie.loket, venster: inst.venster, feestdagen: inst.feestdagen };
}

const zelfdeStap = (a: LoketStap, b: LoketStap) => a.soort === b.soort && (a.soort !== 'navraag' || (b.soort === 'navraag' && a.grens === b.grens));

/**
 * The Loket's due steps (domain/loket.ts), each a change of its own: the schakelfunctionaris O/JH asked to inquire
 * (once per limit: the case records it, so a second sweep or a restart finds it done), the help started.
 */
async function loketStappenUit(deps: SweepDeps, gelezen: Versie<Hulpvraag>, nu: Date): Promise<Versie<Hulpvraag> | undefined> {
  let huidig: Versie<Hulpvraag> | undefined = gelezen;
  const due = loketStappen(gelezen.waarde, loketOmgeving(deps.instellingen)).filter((s) => s.vanaf.getTime() <= nu.getTime());
  for (const { stap } of due) {
    const na = await systeemWijziging(deps, gelezen.waarde, nu, (h) => {
      if (!loketStappen(h, loketOmgeving(deps.instellingen)).some((s) => zelfdeStap(s.stap, stap) && s.vanaf.getTime() <= nu.getTime())) throw new NietMeerNodig();
      return stap.soort === 'navraag' ? { soort: 'loket_navraag', grens: stap.grens } : { soort: 'loket_hulp_gestart' };
    });
    huidig = na ?? (await deps.hulpvragen.lees(gelezen.waarde.schakelteamId, gelezen.waarde.id));
  }
  return huidig;
}

/**
 * One case whose deadline has come: stagnation first (its escalation is then planned in the same pass), then the
 * due reminders, then the bookkeeping `gecontroleerdTot = nu`, which moves the case's `volgendeDeadline` forward.
 */
async function planHulpvraag(deps: SweepDeps, gelezen: Versie<Hulpvraag>, nu: Date, verslag: Sweepverslag): Promise<void> {
  let { waarde: h, etag } = gelezen;
  // Outbox entries whose writer died before they went out (relayed only once its hold has passed).
  if (deps.uitgaand && (await verplaats(deps.uitgaand, gelezen, nu)).length > 0) {
    const vers = await deps.hulpvragen.lees(h.schakelteamId, h.id);
    if (!vers) return;
    ({ waarde: h, etag } = vers);
  }
  // The Loket's steps come before stagnation: the inquiry is asked (and the help's start recorded) first.
  if (loketStappen(h, loketOmgeving(deps.instellingen)).some((s) => s.vanaf.getTime() <= nu.getTime())) {
    const vers = await loketStappenUit(deps, { waarde: h, etag }, nu);
    if (!vers) return;
    ({ waarde: h, etag } = vers);
  }
  if (gestagneerd(h, nu, omgeving(deps.instellingen))) {
    // The stagnation's own messages (the channel card) are relayed at once and sent below in this sweep.
    const vers = await meldStagnatie(deps, h, nu);
    if (vers) {
      verslag.stagnaties++;
      ({ waarde: h, etag } = vers);
    }
  }
  const sinds = h.gecontroleerdTot ? new Date(h.gecontroleerdTot) : undefined;
  const momenten = verschuldigdeHerinneringen(h, sinds, nu, deps.instellingen);
  for (const moment of momenten) {
    // The id is deterministic: a second sweeper planning the same occurrence gets "exists" instead of a duplicate.
    if (await deps.herinneringen.maak(nieuweHerinnering(h, moment, nu))) verslag.aangemaakt++;
  }
  if (sinds && sinds.getTime() >= nu.getTime()) return;
  try {
    // Not a change of the case: the version stays, so cards people have open stay valid. A passed product-default
    // day gets its history line in this write; lost in a conflict, the next sweep plans it again and writes it then.
    await deps.hulpvragen.vervang({ ...noteerTermijnHerinnering(h, momenten, systeem(h.tenantId), nu), gecontroleerdTot: nu.toISOString() }, etag);
  } catch (fout) {
    // Someone changed the case meanwhile: its deadline was recomputed from the old gecontroleerdTot, so the next
    // sweep looks again; the reminders planned now are not planned twice (deterministic ids).
    if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
  }
}

/**
 * One sweep at `nu`: (a) every case whose `volgendeDeadline` has passed is planned (stagnation, reminders);
 * (b) every due reminder is claimed and sent, only inside the send window. "Due" is everything at or before `nu`,
 * so a missed sweep is caught up by the next one; several instances may sweep at once (ids and leases).
 */
export async function sweepHerinneringen(deps: SweepDeps, nu: Date): Promise<Sweepverslag> {
  const verslag: Sweepverslag = {
    nu: nu.toISOString(),
    hulpvragen: 0,
    aangemaakt: 0,
    verzonden: 0,
    mislukt: 0,
    onbruikbaar: 0,
    vervallen: 0,
    uitgesteld: 0,
    stagnaties: 0,
    agendas: 0,
    berichten: 0,
    fouten: [],
  };
  for (const gelezen of await deps.hulpvragen.tePlannen(nu, deps.verzending.maxPerRonde)) {
    verslag.hulpvragen++;
    try {
      await planHulpvraag(deps, gelezen, nu, verslag);
    } catch (fout) {
      verslag.fouten.push(`plannen ${gelezen.waarde.id}: ${foutcode(fout)}`);
    }
  }
  if (deps.uitgaand) {
    // Messages caused by a change are not reminders: they go now, whatever the time of day.
    for (const werk of [await bezorg(deps.uitgaand, nu), await bezorgLidmaatschap(deps.uitgaand, nu)]) {
      verslag.berichten += werk.verzonden;
      verslag.mislukt += werk.mislukt;
      verslag.onbruikbaar += werk.onbruikbaar;
      verslag.fouten.push(...werk.fouten);
    }
  }
  // Outside the send window no reminder is sent: it waits for the window.
  if (inVenster(nu, deps.instellingen.venster, deps.instellingen.feestdagen)) {
    const werk = await verwerkVerschuldigde(herinneringSoort(deps), deps, nu);
    verslag.verzonden += werk.verzonden;
    verslag.mislukt += werk.mislukt;
    verslag.onbruikbaar += werk.onbruikbaar;
    verslag.vervallen += werk.vervallen;
    verslag.uitgesteld += werk.uitgesteld;
    verslag.fouten.push(...werk.fouten);
  }
  if (deps.agenda) {
    try {
      const agenda = await stuurAgenda({ ...deps, agenda: deps.agenda }, nu);
      verslag.agendas += agenda.verzonden;
      verslag.mislukt += agenda.mislukt;
      verslag.onbruikbaar += agenda.onbruikbaar;
      verslag.fouten.push(...agenda.fouten);
    } catch (fout) {
      verslag.fouten.push(`agenda: ${foutcode(fout)}`);
    }
  }
  return verslag;
}

export function samenvatting(v: Sweepverslag): string {
  return (
    `Sweep ${v.nu}: ${v.verzonden} herinneringen verstuurd, ${v.mislukt} mislukt, ${v.onbruikbaar} onbereikbaar, ` +
    `${v.vervallen} vervallen, ${v.uitgesteld > 0 ? `${v.uitgesteld} uitgesteld, ` : ''}${v.stagnaties} stagnatie${v.stagnaties === 1 ? '' : 's'} gemeld` +
    (v.agendas > 0 ? `, ${v.agendas} agenda${v.agendas === 1 ? '' : "'s"} verstuurd` : '') +
    (v.berichten > 0 ? `, ${v.berichten} bericht${v.berichten === 1 ? '' : 'en'} uit de wachtrij verstuurd` : '') +
    (v.fouten.length > 0 ? `, ${v.fouten.length} fout(en)` : '')
  );
}
