/**
 * Calendar arithmetic for people in the Netherlands. Dates are ISO `YYYY-MM-DD` strings (no time, no zone);
 * instants are `Date`s in UTC. Conversions go through Intl with the Europe/Amsterdam zone so that daylight saving is
 * handled by the platform's tz database, not by us.
 */
export type LocalDate = string;

export const TIJDZONE = 'Europe/Amsterdam';
const DAG_MS = 86_400_000;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const match = ISO_DATUM.exec(value);
  if (!match) return false;
  const [jaar, maand, dag] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(jaar, maand - 1, dag));
  return probe.getUTCFullYear() === jaar && probe.getUTCMonth() === maand - 1 && probe.getUTCDate() === dag;
}

function delen(datum: LocalDate): [number, number, number] {
  const match = ISO_DATUM.exec(datum);
  if (!match || !isLocalDate(datum)) throw new RangeError(`Geen geldige datum: ${datum}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function alsDatum(jaar: number, maand: number, dag: number): LocalDate {
  const probe = new Date(Date.UTC(jaar, maand - 1, dag));
  return probe.toISOString().slice(0, 10);
}

/**
 * Dates as day numbers (days since 1 January 1970) and back, remembered per date: the domain counts working days
 * day by day (a stagnation term is weeks of them), for every deadline, card and sweep, and parsing and formatting a
 * date each time was most of a click's domain work. A few thousand distinct dates are in use at any time.
 */
const dagnummers = new Map<LocalDate, number>();
const datums = new Map<number, LocalDate>();
const MAX_ONTHOUDEN = 100_000;

function dagnummer(datum: LocalDate): number {
  const bekend = dagnummers.get(datum);
  if (bekend !== undefined) return bekend;
  const [jaar, maand, dag] = delen(datum);
  const nummer = Math.round(Date.UTC(jaar, maand - 1, dag) / DAG_MS);
  if (dagnummers.size >= MAX_ONTHOUDEN) dagnummers.clear();
  dagnummers.set(datum, nummer);
  return nummer;
}

function datumVan(nummer: number): LocalDate {
  const bekend = datums.get(nummer);
  if (bekend !== undefined) return bekend;
  const datum = new Date(nummer * DAG_MS).toISOString().slice(0, 10);
  if (datums.size >= MAX_ONTHOUDEN) datums.clear();
  datums.set(nummer, datum);
  return datum;
}

export function plusDagen(datum: LocalDate, dagen: number): LocalDate {
  return datumVan(dagnummer(datum) + dagen);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 jan + 1 = 28/29 feb). */
export function plusMaanden(datum: LocalDate, maanden: number): LocalDate {
  const [jaar, maand, dag] = delen(datum);
  const doelIndex = jaar * 12 + (maand - 1) + maanden;
  const doelJaar = Math.floor(doelIndex / 12);
  const doelMaand = (doelIndex % 12) + 1;
  const laatsteDag = new Date(Date.UTC(doelJaar, doelMaand, 0)).getUTCDate();
  return alsDatum(doelJaar, doelMaand, Math.min(dag, laatsteDag));
}

export function dagenTussen(van: LocalDate, tot: LocalDate): number {
  return dagnummer(tot) - dagnummer(van);
}

/** 1 = Monday … 7 = Sunday (day 0, 1 January 1970, was a Thursday). */
export function weekdag(datum: LocalDate): number {
  return ((((dagnummer(datum) + 3) % 7) + 7) % 7) + 1;
}

interface WandTijd {
  datum: LocalDate;
  uur: number;
  minuut: number;
}

const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIJDZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const UUR_MS = 3_600_000;

/**
 * Amsterdam's offset from UTC per UTC hour, asked of Intl once per hour seen: Intl is slow (the domain asks for wall
 * times thousands of times per sweep and a few hundred per click), and Amsterdam's offset only changes at a whole
 * UTC hour (01:00 UTC, EU rule), so it is the same for every moment within that hour.
 */
const verschuivingPerUur = new Map<number, number>();

function verschuivingInUur(uur: number): number {
  const bekend = verschuivingPerUur.get(uur);
  if (bekend !== undefined) return bekend;
  const delen = formatter.formatToParts(new Date(uur * UUR_MS));
  const deel = (type: string): number => Number(delen.find((p) => p.type === type)?.value ?? '');
  const verschuiving = Date.UTC(deel('year'), deel('month') - 1, deel('day'), deel('hour'), deel('minute')) - uur * UUR_MS;
  if (verschuivingPerUur.size >= 100_000) verschuivingPerUur.clear();
  verschuivingPerUur.set(uur, verschuiving);
  return verschuiving;
}

export function wandtijdInAmsterdam(moment: Date): WandTijd {
  const ms = moment.getTime();
  const wand = new Date(ms + verschuivingInUur(Math.floor(ms / UUR_MS)));
  return { datum: wand.toISOString().slice(0, 10), uur: wand.getUTCHours(), minuut: wand.getUTCMinutes() };
}

export function datumInAmsterdam(moment: Date): LocalDate {
  return wandtijdInAmsterdam(moment).datum;
}

/** The UTC instant of a wall-clock time in Amsterdam (for times skipped by DST, the instant one hour later). */
export function amsterdamNaarUtc(datum: LocalDate, uur: number, minuut = 0): Date {
  const [jaar, maand, dag] = delen(datum);
  const alsUtc = Date.UTC(jaar, maand - 1, dag, uur, minuut);
  /** Wall clock in Amsterdam minus UTC at `moment`, in ms (+1 h in winter, +2 h in summer). */
  const verschuiving = (moment: number): number => {
    const gezien = wandtijdInAmsterdam(new Date(moment));
    const [gj, gm, gd] = delen(gezien.datum);
    return Date.UTC(gj, gm - 1, gd, gezien.uur, gezien.minuut) - moment;
  };
  let gok = alsUtc - 60 * 60_000;
  for (let poging = 0; poging < 3; poging++) {
    const verschil = alsUtc - (gok + verschuiving(gok));
    if (verschil === 0) return new Date(gok);
    gok += verschil;
  }
  // No instant shows this wall time (skipped by DST; the guesses swing between both offsets): read it with the offset
  // from before the change, which lands one hour later on the clock (02:30 on 29 March 2026 becomes 03:30 CEST).
  return new Date(alsUtc - verschuiving(alsUtc - DAG_MS));
}

/** Full years of age on `peildatum`; the birthday itself counts as the new age. */
export function leeftijdOp(geboortedatum: LocalDate, peildatum: LocalDate): number {
  const [gj, gm, gd] = delen(geboortedatum);
  const [pj, pm, pd] = delen(peildatum);
  const jarigGeweest = pm > gm || (pm === gm && pd >= gd);
  return pj - gj - (jarigGeweest ? 0 : 1);
}

/** School years run from 1 August; the school year of 23 November 2026 is 2026 (2026–2027). */
export function schooljaar(datum: LocalDate): number {
  const [jaar, maand] = delen(datum);
  return maand >= 8 ? jaar : jaar - 1;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "4 januari 2027": how a date reads for people, on cards and in messages. */
export function datumNl(datum: LocalDate): string {
  const [jaar, maand, dag] = delen(datum);
  return `${dag} ${MAANDEN[maand - 1] ?? ''} ${jaar}`;
}

const DAGNAMEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/** "woensdag 2 december 2026". */
export function dagEnDatumNl(datum: LocalDate): string {
  return `${DAGNAMEN[weekdag(datum) - 1] ?? ''} ${datumNl(datum)}`;
}
