import { LocalDate, schooljaar } from './tijd';

const NUMMER = /^HV-(\d{4})-(\d{4,})$/i;

/** The counter document behind the numbers of one school in one school year. */
export function tellerSleutel(school: string, datum: LocalDate): string {
  const schoolSleutel = school.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${schoolSleutel}:${schooljaar(datum)}`;
}

export function formatteerNummer(datum: LocalDate, volgnummer: number): string {
  return `HV-${schooljaar(datum)}-${String(volgnummer).padStart(4, '0')}`;
}

export function isHulpvraagnummer(tekst: string): boolean {
  return NUMMER.test(tekst.trim());
}

export function normaliseerNummer(tekst: string): string {
  return tekst.trim().toUpperCase();
}
