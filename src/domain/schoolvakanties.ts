/**
 * School holidays: the schakelteam does not meet in them (seed 002's teams are school people; in a holiday the school
 * is closed). The dates differ per region (noord, midden, zuid) and per school year and are set by the Ministry of
 * OCW; the bot has none built in and reads them from SCHOOLVAKANTIES, which must be checked every school year.
 */
import { LocalDate, dagenTussen, isLocalDate } from './tijd';

/** From `van` up to and including `tot` (Amsterdam calendar dates, weekends included as the Ministry writes them). */
export interface Schoolvakantie {
  readonly van: LocalDate;
  readonly tot: LocalDate;
}

/** The summer holiday is six weeks plus two weekends; anything longer is a typing error, not a holiday. */
export const MAX_VAKANTIEDAGEN = 50;

export function inSchoolvakantie(datum: LocalDate, vakanties: readonly Schoolvakantie[]): boolean {
  return vakanties.some((v) => v.van <= datum && datum <= v.tot);
}

/**
 * "2026-12-19..2027-01-03,2027-04-24..2027-05-02" → the periods, in date order; or what is wrong, in Dutch. Empty text:
 * no school holidays (only the national holidays skip a meeting).
 */
export function leesSchoolvakanties(tekst: string): readonly Schoolvakantie[] | string {
  const vakanties: Schoolvakantie[] = [];
  for (const deel of tekst.split(',').map((d) => d.trim()).filter((d) => d !== '')) {
    const [van = '', tot = '', ...rest] = deel.split('..').map((d) => d.trim());
    if (rest.length > 0 || !isLocalDate(van) || !isLocalDate(tot)) return `"${deel}": schrijf een periode als 2026-12-19..2027-01-03`;
    if (tot < van) return `"${deel}": het einde ligt voor het begin`;
    if (dagenTussen(van, tot) >= MAX_VAKANTIEDAGEN) return `"${deel}": langer dan ${MAX_VAKANTIEDAGEN} dagen`;
    vakanties.push({ van, tot });
  }
  return vakanties.sort((a, b) => a.van.localeCompare(b.van));
}
