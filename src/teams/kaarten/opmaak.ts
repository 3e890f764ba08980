export function jaNee(waarde: boolean): string {
  return waarde ? 'Ja' : 'Nee';
}
