/**
 * The route clock: how long each case spent per step of the route, as distributions against norms. Milestones come
 * from the case's own fields (not its capped history), so a long-running case keeps its clock:
 *
 * - geregistreerd: `aangemaakt`; besloten: `besluit.datum`; toestemming: the day consent was given;
 * - regierol actief: `regierolSinds` (for a case sent to the Loket: the day a Loket employee accepted it, i.e. the
 *   day the Loket's help started); eerste evaluatie: the earliest recorded evaluation; gesloten: the day it closed.
 *
 * Steps count calendar days in Amsterdam; the Loket's answer counts working days (holidays included, werkdagen.ts).
 * Overbruggingszorg is the wait of cases sent to the Loket whose help has not started yet, up to today.
 */
import { Hulpvraag } from './hulpvraag';
import { LocalDate, dagenTussen, datumInAmsterdam } from './tijd';
import { Feestdagopties, werkdagenNa } from './werkdagen';

export interface Normen {
  /** The Loket answers (a Loket employee accepts the case) within this many working days after the decision. */
  readonly loketWerkdagen: number;
  /** Help has started (the regierol is active) within this many weeks of registration. */
  readonly hulpGestartWeken: number;
}

export const STAPPEN = ['besluit', 'toestemming', 'regierol', 'evaluatie', 'afsluiting', 'hulp_gestart', 'loket', 'overbrugging'] as const;
export type Stap = (typeof STAPPEN)[number];

export const STAP_NAMEN: Record<Stap, string> = {
  besluit: 'Geregistreerd → besloten',
  toestemming: 'Besloten → toestemming',
  regierol: 'Toestemming → regierol actief',
  evaluatie: 'Regierol actief → eerste evaluatie',
  afsluiting: 'Eerste evaluatie → gesloten',
  hulp_gestart: 'Geregistreerd → hulp gestart',
  loket: 'Antwoord van het Loket',
  overbrugging: 'Overbruggingszorg (lopend)',
};

export interface Mijlpalen {
  readonly geregistreerd: LocalDate;
  readonly besloten?: LocalDate;
  readonly toestemming?: LocalDate;
  readonly regierolActief?: LocalDate;
  readonly eersteEvaluatie?: LocalDate;
  readonly gesloten?: LocalDate;
}

type Bron = Pick<Hulpvraag, 'aangemaakt' | 'besluit' | 'toestemming' | 'regierolSinds' | 'evaluaties' | 'status' | 'geschiedenis' | 'bijgewerkt'>;

/** The day the case closed: its "gesloten" history line, or (history trimmed) the last change, which was the closing. */
function geslotenOp(h: Bron): LocalDate | undefined {
  if (h.status !== 'gesloten') return undefined;
  const regel = [...h.geschiedenis].reverse().find((r) => r.wat === 'gesloten');
  return datumInAmsterdam(new Date(regel?.tijdstip ?? h.bijgewerkt));
}

export function mijlpalen(h: Bron): Mijlpalen {
  const evaluaties = h.evaluaties.map((e) => e.datum).sort();
  return {
    geregistreerd: datumInAmsterdam(new Date(h.aangemaakt)),
    besloten: h.besluit?.datum,
    toestemming: h.toestemming?.status === 'gegeven' ? h.toestemming.datum : undefined,
    regierolActief: h.regierolSinds ? datumInAmsterdam(new Date(h.regierolSinds)) : undefined,
    eersteEvaluatie: evaluaties[0],
    gesloten: geslotenOp(h),
  };
}

export interface Duur {
  readonly stap: Stap;
  /** Days (working days for the Loket step). */
  readonly waarde: number;
  /** The day the step ended (today for the running overbruggingszorg): quarterly figures count a step in its quarter. */
  readonly tot: LocalDate;
}

/** Every completed step of one case (and the running overbruggingszorg) on `vandaag`. */
export function duren(h: Bron, vandaag: LocalDate, feestdagen: Feestdagopties): Duur[] {
  const m = mijlpalen(h);
  const uit: Duur[] = [];
  const tussen = (stap: Stap, van: LocalDate | undefined, tot: LocalDate | undefined) => {
    if (van !== undefined && tot !== undefined && tot >= van) uit.push({ stap, waarde: dagenTussen(van, tot), tot });
  };
  tussen('besluit', m.geregistreerd, m.besloten);
  tussen('toestemming', m.besloten, m.toestemming);
  tussen('regierol', m.toestemming, m.regierolActief);
  tussen('evaluatie', m.regierolActief, m.eersteEvaluatie);
  tussen('afsluiting', m.eersteEvaluatie, m.gesloten);
  tussen('hulp_gestart', m.geregistreerd, m.regierolActief);
  if (h.besluit?.soort === 'loket' && m.besloten !== undefined) {
    if (m.regierolActief !== undefined) uit.push({ stap: 'loket', waarde: werkdagenNa(m.besloten, m.regierolActief, feestdagen), tot: m.regierolActief });
    else if (h.status !== 'gesloten') uit.push({ stap: 'overbrugging', waarde: dagenTussen(m.besloten, vandaag), tot: vandaag });
  }
  return uit;
}

export interface Verdeling {
  readonly stap: Stap;
  readonly aantal: number;
  readonly mediaan: number;
  /** The 90th percentile (nearest rank). */
  readonly p90: number;
  readonly max: number;
  /** The norm in the step's unit, where one applies. */
  readonly norm?: number;
  readonly binnenNorm?: number;
}

function percentiel(gesorteerd: readonly number[], p: number): number {
  if (gesorteerd.length === 0) return 0;
  return gesorteerd[Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1)] ?? 0;
}

/** The norm of a step in its own unit: the Loket in working days; help started (and bridging care) in days. */
export function normVan(stap: Stap, normen: Normen): number | undefined {
  if (stap === 'loket') return normen.loketWerkdagen;
  if (stap === 'hulp_gestart' || stap === 'overbrugging') return normen.hulpGestartWeken * 7;
  return undefined;
}

/** Per step: count, median, 90th percentile, maximum and how many stayed within the norm. */
export function verdelingen(alle: readonly Duur[], normen: Normen): Verdeling[] {
  return STAPPEN.map((stap) => {
    const waarden = alle.filter((d) => d.stap === stap).map((d) => d.waarde).sort((a, b) => a - b);
    const norm = normVan(stap, normen);
    return {
      stap,
      aantal: waarden.length,
      mediaan: percentiel(waarden, 50),
      p90: percentiel(waarden, 90),
      max: waarden[waarden.length - 1] ?? 0,
      ...(norm === undefined ? {} : { norm, binnenNorm: waarden.filter((w) => w <= norm).length }),
    };
  });
}
