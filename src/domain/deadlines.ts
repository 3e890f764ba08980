import { Evaluatiedata } from './hulpvraag';
import { LocalDate, datumInAmsterdam, plusDagen, plusMaanden } from './tijd';

export interface Evaluatietermijnen {
  readonly tussentijdsWeken: number;
  readonly maanden: number;
}

/** Evaluation dates count calendar days in Amsterdam from the day the regierol started, whatever the UTC offset. */
export function evaluatiedataVanaf(start: Date | LocalDate, termijnen: Evaluatietermijnen): Evaluatiedata {
  const startdatum = typeof start === 'string' ? start : datumInAmsterdam(start);
  return {
    tussentijds: plusDagen(startdatum, termijnen.tussentijdsWeken * 7),
    eind: plusMaanden(startdatum, termijnen.maanden),
  };
}

/** The next evaluation still to be recorded, if any: one answers its planned date (`voor`), a moved date is open again. */
export function volgendeEvaluatie(
  data: Evaluatiedata | undefined,
  vastgelegd: ReadonlyArray<{ soort: 'tussentijds' | 'eind'; voor?: LocalDate }>,
): { soort: 'tussentijds' | 'eind'; datum: LocalDate } | undefined {
  if (!data) return undefined;
  const beantwoord = (soort: 'tussentijds' | 'eind') => vastgelegd.some((e) => e.soort === soort && (e.voor === undefined || e.voor === data[soort]));
  if (!beantwoord('tussentijds')) return { soort: 'tussentijds', datum: data.tussentijds };
  if (!beantwoord('eind')) return { soort: 'eind', datum: data.eind };
  return undefined;
}
