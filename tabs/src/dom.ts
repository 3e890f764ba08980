/** Builds DOM nodes with text content only (never innerHTML), so nothing from the API can become markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  eigenschappen: Record<string, string> = {},
  ...kinderen: Array<Node | string | undefined>
): HTMLElementTagNameMap[K] {
  const knoop = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen)) knoop.setAttribute(naam, waarde);
  for (const kind of kinderen) if (kind !== undefined) knoop.append(kind);
  return knoop;
}

const MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "4 jan 2027" from an ISO day (the server sends days in Europe/Amsterdam already). */
export function datum(iso: string): string {
  const [jaar, maand, dag] = iso.slice(0, 10).split('-').map(Number);
  return `${dag ?? ''} ${MAANDEN[(maand ?? 1) - 1] ?? ''} ${jaar ?? ''}`;
}

/** A table with a caption: the accessible alternative of every chart, and the figures themselves. */
export function tabel(titel: string, kolommen: readonly string[], rijen: ReadonlyArray<ReadonlyArray<string | number>>): HTMLTableElement {
  return el(
    'table',
    {},
    el('caption', {}, titel),
    el('thead', {}, el('tr', {}, ...kolommen.map((k) => el('th', { scope: 'col' }, k)))),
    el('tbody', {}, ...rijen.map((r) => el('tr', {}, ...r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, String(c)) : el('td', {}, String(c))))))),
  );
}
