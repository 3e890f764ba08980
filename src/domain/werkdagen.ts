/**
 * Dutch working days and the send window. People get proactive messages only on working days, during office hours
 * in Amsterdam: a reminder is a nudge, not an alarm.
 *
 * Holidays: the fixed national ones (Nieuwjaarsdag, Koningsdag, Eerste/Tweede Kerstdag) and the ones that follow
 * Easter (Tweede Paasdag, Hemelvaartsdag, Tweede Pinksterdag). Two are choices:
 * - Goede Vrijdag: not a general day off; many schools are open. Default: a working day (configurable).
 * - Bevrijdingsdag (5 May): a national holiday every year, but a paid day off in many CAOs only in lustrum years
 *   (2025, 2030, ...). Default: every year, because most schools are closed (meivakantie or a free day) and a
 *   reminder one working day later costs little, while a message on a day off is what we promise not to send.
 */
import { LocalDate, amsterdamNaarUtc, plusDagen, wandtijdInAmsterdam, weekdag } from './tijd';

export interface Feestdagopties {
  readonly goedeVrijdag: boolean;
  readonly bevrijdingsdag: 'jaarlijks' | 'lustrum' | 'nooit';
}

export const STANDAARD_FEESTDAGEN: Feestdagopties = { goedeVrijdag: false, bevrijdingsdag: 'jaarlijks' };

/** Office hours in Amsterdam wall-clock time: from `beginUur` (inclusive) to `eindUur` (exclusive). */
export interface Verzendvenster {
  readonly beginUur: number;
  readonly eindUur: number;
}

export const STANDAARD_VENSTER: Verzendvenster = { beginUur: 8, eindUur: 17 };

const twee = (n: number): string => String(n).padStart(2, '0');

/** Easter Sunday, Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function paaszondag(jaar: number): LocalDate {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return `${jaar}-${twee(maand)}-${twee(dag)}`;
}

/** The holidays of one year with their names; memoised per year and options because every date check uses it. */
const cache = new Map<string, ReadonlyMap<LocalDate, string>>();

export function feestdagen(jaar: number, opties: Feestdagopties = STANDAARD_FEESTDAGEN): ReadonlyMap<LocalDate, string> {
  const sleutel = `${jaar}:${opties.goedeVrijdag}:${opties.bevrijdingsdag}`;
  const bekend = cache.get(sleutel);
  if (bekend) return bekend;
  const pasen = paaszondag(jaar);
  const dagen = new Map<LocalDate, string>();
  dagen.set(`${jaar}-01-01`, 'Nieuwjaarsdag');
  if (opties.goedeVrijdag) dagen.set(plusDagen(pasen, -2), 'Goede Vrijdag');
  dagen.set(plusDagen(pasen, 1), 'Tweede Paasdag');
  // Koningsdag moves to the Saturday before when 27 April is a Sunday.
  const koningsdag = `${jaar}-04-27`;
  dagen.set(weekdag(koningsdag) === 7 ? `${jaar}-04-26` : koningsdag, 'Koningsdag');
  if (opties.bevrijdingsdag === 'jaarlijks' || (opties.bevrijdingsdag === 'lustrum' && jaar % 5 === 0)) {
    dagen.set(`${jaar}-05-05`, 'Bevrijdingsdag');
  }
  dagen.set(plusDagen(pasen, 39), 'Hemelvaartsdag');
  dagen.set(plusDagen(pasen, 50), 'Tweede Pinksterdag');
  dagen.set(`${jaar}-12-25`, 'Eerste Kerstdag');
  dagen.set(`${jaar}-12-26`, 'Tweede Kerstdag');
  cache.set(sleutel, dagen);
  return dagen;
}

/** The answer per date, per holiday options (configured once): working days are counted one day at a time. */
const werkdagen = new WeakMap<Feestdagopties, Map<LocalDate, boolean>>();
const MAX_ONTHOUDEN = 100_000;

export function isWerkdag(datum: LocalDate, opties: Feestdagopties = STANDAARD_FEESTDAGEN): boolean {
  let bekend = werkdagen.get(opties);
  if (!bekend) {
    bekend = new Map();
    werkdagen.set(opties, bekend);
  }
  const antwoord = bekend.get(datum);
  if (antwoord !== undefined) return antwoord;
  const werkdag = weekdag(datum) <= 5 && !feestdagen(Number(datum.slice(0, 4)), opties).has(datum);
  if (bekend.size >= MAX_ONTHOUDEN) bekend.clear();
  bekend.set(datum, werkdag);
  return werkdag;
}

/** Moves `aantal` working days forward (or backward when negative); 0 returns the date itself, working day or not. */
export function plusWerkdagen(datum: LocalDate, aantal: number, opties: Feestdagopties = STANDAARD_FEESTDAGEN): LocalDate {
  const stap = aantal < 0 ? -1 : 1;
  let over = Math.abs(aantal);
  let dag = datum;
  while (over > 0) {
    dag = plusDagen(dag, stap);
    if (isWerkdag(dag, opties)) over--;
  }
  return dag;
}

export function werkdagOpOfNa(datum: LocalDate, opties: Feestdagopties = STANDAARD_FEESTDAGEN): LocalDate {
  return isWerkdag(datum, opties) ? datum : plusWerkdagen(datum, 1, opties);
}

export function werkdagOpOfVoor(datum: LocalDate, opties: Feestdagopties = STANDAARD_FEESTDAGEN): LocalDate {
  return isWerkdag(datum, opties) ? datum : plusWerkdagen(datum, -1, opties);
}

/** The number of working days after `van` up to and including `tot` (0 when `tot` is not after `van`). */
export function werkdagenNa(van: LocalDate, tot: LocalDate, opties: Feestdagopties = STANDAARD_FEESTDAGEN): number {
  let aantal = 0;
  for (let dag = plusDagen(van, 1); dag <= tot; dag = plusDagen(dag, 1)) {
    if (isWerkdag(dag, opties)) aantal++;
  }
  return aantal;
}

/** The instant the window opens on `datum` (08:00 Amsterdam is 07:00Z in winter and 06:00Z in summer). */
export function vensterbegin(datum: LocalDate, venster: Verzendvenster = STANDAARD_VENSTER): Date {
  return amsterdamNaarUtc(datum, venster.beginUur);
}

export function inVenster(moment: Date, venster: Verzendvenster = STANDAARD_VENSTER, opties: Feestdagopties = STANDAARD_FEESTDAGEN): boolean {
  const { datum, uur, minuut } = wandtijdInAmsterdam(moment);
  const minuten = uur * 60 + minuut;
  return isWerkdag(datum, opties) && minuten >= venster.beginUur * 60 && minuten < venster.eindUur * 60;
}

/** `moment` itself when the window is open, otherwise the next opening (later today, or the next working day). */
export function volgendVensterbegin(moment: Date, venster: Verzendvenster = STANDAARD_VENSTER, opties: Feestdagopties = STANDAARD_FEESTDAGEN): Date {
  if (inVenster(moment, venster, opties)) return moment;
  const { datum, uur } = wandtijdInAmsterdam(moment);
  if (isWerkdag(datum, opties) && uur < venster.beginUur) return vensterbegin(datum, venster);
  return vensterbegin(plusWerkdagen(datum, 1, opties), venster);
}

/** The first window opening on or after the start of `datum` (a date that follows from a term, e.g. +6 weeks). */
export function eersteVensterVanaf(datum: LocalDate, venster: Verzendvenster = STANDAARD_VENSTER, opties: Feestdagopties = STANDAARD_FEESTDAGEN): Date {
  return vensterbegin(werkdagOpOfNa(datum, opties), venster);
}
