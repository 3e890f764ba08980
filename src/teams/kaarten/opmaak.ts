import { LocalDate } from '../../domain/tijd';

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "4 januari 2027": how dates read for people on cards. */
export function datumNl(datum: LocalDate): string {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return `${dag} ${MAANDEN[(maand ?? 1) - 1] ?? ''} ${jaar}`;
}

export function jaNee(waarde: boolean): string {
  return waarde ? 'Ja' : 'Nee';
}
