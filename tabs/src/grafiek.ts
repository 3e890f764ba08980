/**
 * Bar charts with Chart.js, coloured from the page's theme variables (light, dark, high contrast), without
 * animation. Each chart sits in a <figure> with its table as the accessible alternative (shown under the chart).
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { el, tabel } from './dom';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface Reeks {
  readonly naam: string;
  readonly waarden: readonly number[];
}

const grafieken: Chart[] = [];

function kleur(naam: string): string {
  return getComputedStyle(document.body).getPropertyValue(naam).trim() || '#000';
}

function opmaak(): { tekst: string; raster: string; reeksen: string[] } {
  return { tekst: kleur('--tekst'), raster: kleur('--raster'), reeksen: ['--reeks-1', '--reeks-2', '--reeks-3', '--reeks-4', '--reeks-5'].map(kleur) };
}

function pasToe(grafiek: Chart): void {
  const o = opmaak();
  grafiek.data.datasets.forEach((d, i) => {
    d.backgroundColor = o.reeksen[i % o.reeksen.length];
    d.borderColor = o.tekst;
  });
  for (const schaal of Object.values(grafiek.options.scales ?? {})) {
    if (!schaal) continue;
    schaal.ticks = { ...schaal.ticks, color: o.tekst };
    schaal.grid = { ...schaal.grid, color: o.raster };
  }
  if (grafiek.options.plugins?.legend) grafiek.options.plugins.legend.labels = { ...grafiek.options.plugins.legend.labels, color: o.tekst };
  grafiek.update();
}

window.addEventListener('themawissel', () => grafieken.forEach(pasToe));

/** A figure with a bar chart (horizontal when the labels are long) and the same figures as a table. */
export function staafgrafiek(titel: string, labels: readonly string[], reeksen: readonly Reeks[], eersteKolom: string): HTMLElement {
  const canvas = el('canvas', { role: 'img', 'aria-label': `${titel}; de tabel eronder geeft dezelfde cijfers` });
  const figuur = el(
    'figure',
    { class: 'grafiek' },
    el('figcaption', {}, titel),
    el('div', { class: 'tekenvlak' }, canvas),
    tabel(titel, [eersteKolom, ...reeksen.map((r) => r.naam)], labels.map((label, i) => [label, ...reeksen.map((r) => r.waarden[i] ?? 0)])),
  );
  const grafiek = new Chart(canvas, {
    type: 'bar',
    data: { labels: [...labels], datasets: reeksen.map((r) => ({ label: r.naam, data: [...r.waarden], borderWidth: 1 })) },
    options: {
      indexAxis: labels.some((l) => l.length > 14) ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: 'nl-NL',
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: reeksen.length > 1 } },
    },
  });
  grafieken.push(grafiek);
  pasToe(grafiek);
  return figuur;
}
