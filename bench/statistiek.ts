/** Small statistics helpers: nearest-rank percentiles over a copy of the samples. */
export function percentiel(waarden: readonly number[], p: number): number {
  if (waarden.length === 0) return Number.NaN;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const rang = Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil((p / 100) * gesorteerd.length) - 1));
  return gesorteerd[rang] ?? Number.NaN;
}

export const mediaan = (waarden: readonly number[]): number => percentiel(waarden, 50);

export function ms(waarde: number): string {
  return Number.isFinite(waarde) ? waarde.toFixed(waarde < 10 ? 2 : 1) : '–';
}

export function getal(waarde: number, decimalen = 0): string {
  return Number.isFinite(waarde) ? waarde.toFixed(decimalen) : '–';
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function tabel(koppen: readonly string[], rijen: ReadonlyArray<readonly string[]>): string {
  const lijn = (cellen: readonly string[]) => `| ${cellen.join(' | ')} |`;
  return [lijn(koppen), lijn(koppen.map(() => '---')), ...rijen.map(lijn)].join('\n');
}
