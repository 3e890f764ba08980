import { Actieafspraak, Afspraken } from './afspraken';
import { DomainError, FOUTCODES } from './errors';
import { LocalDate, datumNl, isLocalDate } from './tijd';

/**
 * The plan van aanpak of seed 002: goals, each with what is done (acties, including the criteria that tell
 * whether it worked), by when, and who is responsible for the result. The casusregisseur and the betrokkenen are
 * not stored here: they are the case's roles (regierolhouder, the others involved), so the plan never disagrees
 * with who actually holds the case. Everything typed here is "wat" information (zichtbaarheid.ts: 'inhoud').
 */
export interface Doel {
  /** Stable within the plan ("d1", "d2", …): evaluations and the history refer to a goal by it. */
  readonly id: string;
  readonly doel: string;
  readonly acties: string;
  readonly termijn: LocalDate;
  readonly verantwoordelijke: string;
  /**
   * Set when the goal is an agreement of a schakelteam meeting (seed 000 stap 4): newer agreements replace it, like
   * they replace the agreements themselves, unless it was evaluated or the casusregisseur edited it (then it is a
   * goal of the plan like any other).
   */
  readonly uitOverleg?: { readonly overleg: LocalDate; readonly afspraak: string };
}

export interface PlanVanAanpak {
  readonly opgesteld: LocalDate;
  readonly gewijzigd: LocalDate;
  readonly doelen: readonly Doel[];
}

/** A goal as typed in the form; without `id` it is a new goal. */
export interface DoelInvoer {
  readonly id?: string;
  readonly doel: string;
  readonly acties: string;
  readonly termijn: LocalDate;
  readonly verantwoordelijke: string;
}

/** Seed 002 has three goal blocks; five keeps the plan a plan and the form one screen per goal. */
export const MAX_DOELEN = 5;
export const MAX_TEKST = { doel: 300, acties: 600, verantwoordelijke: 100 } as const;

/** Per goal at an evaluation (seed 002): reached yes/no with an explanation; if not, extra actions or an adjusted goal. */
export interface DoelEvaluatie {
  readonly doelId: string;
  readonly behaald: boolean;
  readonly toelichting: string;
  readonly vervolg?: { readonly soort: 'aanvullende_acties' | 'doel_bijgesteld'; readonly tekst: string };
}

export const VERVOLG_NAMEN: Record<NonNullable<DoelEvaluatie['vervolg']>['soort'], string> = {
  aanvullende_acties: 'Aanvullende acties',
  doel_bijgesteld: 'Doel bijgesteld',
};

function ongeldig(bericht: string): DomainError {
  return new DomainError(FOUTCODES.ongeldigeInvoer, bericht);
}

function controleerDoel(d: DoelInvoer, nummer: number): void {
  const tekstOk = (waarde: string, max: number) => waarde.trim().length > 0 && waarde.length <= max;
  if (!tekstOk(d.doel, MAX_TEKST.doel)) throw ongeldig(`Doel ${nummer}: beschrijf het doel (maximaal ${MAX_TEKST.doel} tekens)`);
  if (!tekstOk(d.acties, MAX_TEKST.acties)) throw ongeldig(`Doel ${nummer}: noem de acties en criteria (maximaal ${MAX_TEKST.acties} tekens)`);
  if (!isLocalDate(d.termijn)) throw ongeldig(`Doel ${nummer}: kies een termijn`);
  if (!tekstOk(d.verantwoordelijke, MAX_TEKST.verantwoordelijke)) throw ongeldig(`Doel ${nummer}: noem wie verantwoordelijk is voor het resultaat`);
}

export interface Planwijziging {
  readonly plan: PlanVanAanpak;
  /** For the history: which goals were added, changed (and in which parts) or removed; never their content. */
  readonly samenvatting: Readonly<Record<string, string>>;
}

const DOELVELDEN = ['doel', 'acties', 'termijn', 'verantwoordelijke'] as const;

function volgnummer(id: string): number {
  return Number(id.slice(1));
}

/**
 * Draws up a new plan or edits the current one. Invariants: 1 to MAX_DOELEN goals, every part filled in, a goal keeps
 * its id, a goal that was already evaluated is never removed (adjust it instead), and a new or moved termijn is
 * not in the past.
 */
export function stelPlanOp(
  huidig: PlanVanAanpak | undefined,
  invoer: readonly DoelInvoer[],
  geevalueerd: ReadonlySet<string>,
  vandaag: LocalDate,
): Planwijziging {
  if (invoer.length === 0) throw ongeldig('Een plan van aanpak heeft minstens één doel');
  if (invoer.length > MAX_DOELEN) throw ongeldig(`Een plan van aanpak heeft hoogstens ${MAX_DOELEN} doelen`);
  const bestaand = new Map((huidig?.doelen ?? []).map((d) => [d.id, d]));
  let hoogste = Math.max(0, ...[...bestaand.keys()].map(volgnummer));
  const doelen: Doel[] = [];
  const samenvatting: Record<string, string> = {};
  invoer.forEach((d, index) => {
    controleerDoel(d, index + 1);
    const vorig = d.id === undefined ? undefined : bestaand.get(d.id);
    if (d.id !== undefined && !vorig) throw ongeldig('Dit plan is intussen gewijzigd; open het opnieuw');
    if ((!vorig || vorig.termijn !== d.termijn) && d.termijn < vandaag) throw ongeldig(`Doel ${index + 1}: de termijn ligt in het verleden`);
    const id = vorig?.id ?? `d${++hoogste}`;
    const doel: Doel = { id, doel: d.doel.trim(), acties: d.acties.trim(), termijn: d.termijn, verantwoordelijke: d.verantwoordelijke.trim() };
    const anders = vorig ? DOELVELDEN.filter((veld) => vorig[veld] !== doel[veld]) : [];
    doelen.push(vorig?.uitOverleg && anders.length === 0 ? { ...doel, uitOverleg: vorig.uitOverleg } : doel);
    if (!vorig) samenvatting[`doel ${volgnummer(id)}`] = 'toegevoegd';
    else if (anders.length > 0) samenvatting[`doel ${volgnummer(id)}`] = `gewijzigd: ${anders.join(', ')}`;
  });
  const blijft = new Set(doelen.map((d) => d.id));
  for (const id of bestaand.keys()) {
    if (blijft.has(id)) continue;
    if (geevalueerd.has(id)) throw ongeldig(`Doel ${volgnummer(id)} is al geëvalueerd en blijft in het plan; pas het aan in plaats van het te schrappen`);
    samenvatting[`doel ${volgnummer(id)}`] = 'geschrapt';
  }
  if (huidig && Object.keys(samenvatting).length === 0) throw ongeldig('Er is niets gewijzigd');
  return {
    plan: { opgesteld: huidig?.opgesteld ?? vandaag, gewijzigd: vandaag, doelen },
    samenvatting: { wijziging: huidig ? 'gewijzigd' : 'opgesteld', ...samenvatting },
  };
}

/** An agreement as a goal: what will be done, by when, who answers for it, and where it was agreed (the criterion). */
export function doelVanAfspraak(a: Actieafspraak, overleg: LocalDate): Omit<Doel, 'id'> {
  return {
    doel: a.wat,
    acties: `Afgesproken in het schakelteamoverleg van ${datumNl(overleg)}; klaar als ${a.wie.naam} het uiterlijk ${datumNl(a.wanneer)} heeft gedaan.`,
    termijn: a.wanneer,
    verantwoordelijke: a.wie.naam.slice(0, MAX_TEKST.verantwoordelijke),
    uitOverleg: { overleg, afspraak: a.id },
  };
}

/**
 * The meeting's agreements feed the plan (seed 000 stap 4: "vastgelegd in het plan van aanpak"): each becomes a goal
 * with its date as termijn and its owner as resultaatverantwoordelijke. Goals from earlier agreements that nobody
 * evaluated or edited make way for them; a full plan (MAX_DOELEN) takes what fits and the history says what did not.
 */
export function neemAfsprakenOp(plan: PlanVanAanpak, afspraken: Afspraken, geevalueerd: ReadonlySet<string>): Planwijziging {
  const vervallen = plan.doelen.filter((d) => d.uitOverleg && !geevalueerd.has(d.id));
  const blijft = plan.doelen.filter((d) => !vervallen.includes(d));
  let hoogste = Math.max(0, ...plan.doelen.map((d) => volgnummer(d.id)));
  const nieuw: Doel[] = afspraken.acties.slice(0, MAX_DOELEN - blijft.length).map((a) => ({ id: `d${++hoogste}`, ...doelVanAfspraak(a, afspraken.overleg) }));
  const lijst = (doelen: readonly Doel[]) => doelen.map((d) => volgnummer(d.id)).join(', ');
  const samenvatting: Record<string, string> = {};
  if (nieuw.length > 0) samenvatting['plan'] = `afspraken als doel ${lijst(nieuw)} in het plan van aanpak`;
  if (vervallen.length > 0) samenvatting['planVervangen'] = `doel ${lijst(vervallen)} (eerdere afspraken) vervalt`;
  const teVeel = afspraken.acties.length - nieuw.length;
  if (teVeel > 0) samenvatting['planVol'] = `${teVeel} afspra${teVeel === 1 ? 'ak' : 'ken'} niet in het plan: het heeft al ${MAX_DOELEN} doelen`;
  return { plan: { ...plan, gewijzigd: afspraken.overleg, doelen: [...blijft, ...nieuw] }, samenvatting };
}

/**
 * Checks the per-goal answers of one evaluation against the plan: exactly one answer per goal, an explanation for
 * each, and for a goal not reached what happens next. The case-level "doel bereikt" follows: all goals reached.
 */
export function beoordeelDoelen(plan: PlanVanAanpak, antwoorden: readonly DoelEvaluatie[]): { readonly doelBereikt: boolean } {
  const ids = plan.doelen.map((d) => d.id);
  const beantwoord = antwoorden.map((a) => a.doelId);
  if (beantwoord.length !== ids.length || ids.some((id) => !beantwoord.includes(id))) {
    throw ongeldig('Beantwoord de evaluatie voor elk doel van het plan');
  }
  antwoorden.forEach((a) => {
    const nummer = ids.indexOf(a.doelId) + 1;
    if (a.toelichting.trim().length === 0) throw ongeldig(`Doel ${nummer}: geef een korte toelichting`);
    if (!a.behaald && (!a.vervolg || a.vervolg.tekst.trim().length === 0)) {
      throw ongeldig(`Doel ${nummer}: niet behaald — noem de aanvullende acties of hoe het doel wordt bijgesteld`);
    }
  });
  return { doelBereikt: antwoorden.every((a) => a.behaald) };
}

/** Goals that were answered in some evaluation: they stay in the plan (their evaluations refer to them). */
export function geevalueerdeDoelen(evaluaties: ReadonlyArray<{ readonly doelen?: readonly DoelEvaluatie[] }>): Set<string> {
  return new Set(evaluaties.flatMap((e) => (e.doelen ?? []).map((d) => d.doelId)));
}
