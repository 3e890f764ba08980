/**
 * The tab page. `?weergave=` chooses the view: "mijn" (personal tab: Mijn casussen), "schakelteam" (channel tab of a
 * bound schakelteam channel) or "kwartaal" (coordinator view for functional administrators).
 */
import type { Kwartaaloverzicht, MijnCasussen, SchakelteamOverzicht } from '../../src/app/overzicht-tabs';
import { STAP_NAMEN, Verdeling } from '../../src/domain/routeklok';
import type { Werkrij } from '../../src/domain/werkvoorraad';
import { datum, el, tabel } from './dom';
import { staafgrafiek } from './grafiek';
import { Omgeving, openLink, verbind, zetThema } from './teams';

interface Meta {
  readonly gebruiker: string;
  readonly lokaal: boolean;
}

const VLAG_NAMEN: Record<Werkrij['vlaggen'][number], string> = {
  achterstallig: 'Te laat',
  binnenkort: 'Binnen 5 werkdagen',
  gestagneerd: 'Stagnatie',
  wacht_op_mij: 'Wacht op mij',
};

const hoofd = () => document.querySelector('main') ?? document.body;

function melding(tekst: string, soort: 'info' | 'fout' = 'info'): HTMLElement {
  return el('p', { class: `melding ${soort}`, role: soort === 'fout' ? 'alert' : 'status' }, tekst);
}

function kop(titel: string, meta: Meta, omgeving: Omgeving): HTMLElement {
  const wie = meta.lokaal
    ? melding(`Lokale modus: geen Teams gevonden. U ziet de pagina als de lokale ontwikkelgebruiker ${meta.gebruiker}.`)
    : el('p', { class: 'wie' }, `Aangemeld als ${meta.gebruiker}${omgeving.teamNaam ? ` · ${omgeving.teamNaam}` : ''}`);
  return el('header', {}, el('h1', {}, titel), wie);
}

async function lees<T>(omgeving: Omgeving, pad: string): Promise<(T & Meta) | { fout: number }> {
  const antwoord = await omgeving.haal(pad);
  if (!antwoord.ok) return { fout: antwoord.status };
  return (await antwoord.json()) as T & Meta;
}

function foutTekst(status: number): string {
  if (status === 401) return 'U bent niet aangemeld. Open dit tabblad in Microsoft Teams.';
  if (status === 403) return 'U mag deze cijfers niet zien: ze zijn alleen voor de leden van dit schakelteam en voor functioneel beheerders.';
  if (status === 404) return 'Dit kanaal is niet gekoppeld aan een schakelteam. Typ in het kanaal: @Schoolondersteuning koppel schakelteam.';
  return 'Er ging iets mis bij het ophalen. Probeer het later opnieuw.';
}

function deeplink(botId: string, nummer: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}&message=${encodeURIComponent(`casus ${nummer}`)}`;
}

function keuzelijst(label: string, id: string, waarden: readonly string[]): HTMLSelectElement {
  return el('select', { id, 'aria-label': label }, el('option', { value: '' }, `${label}: alle`), ...waarden.map((w) => el('option', { value: w }, w)));
}

async function mijn(omgeving: Omgeving): Promise<void> {
  const data = await lees<MijnCasussen & { botId: string }>(omgeving, '/api/tab/mijn');
  if ('fout' in data) return void hoofd().replaceChildren(melding(foutTekst(data.fout), 'fout'));
  const scholen = [...new Set(data.rijen.flatMap((r) => (r.school ? [r.school] : [])))].sort();
  const statussen = [...new Set(data.rijen.flatMap((r) => (r.statusNaam ? [r.statusNaam] : [])))];
  const school = keuzelijst('School', 'filter-school', scholen);
  const status = keuzelijst('Status', 'filter-status', statussen);
  const lijst = el('tbody');
  const uitleg = el('p', { class: 'uitleg', 'aria-live': 'polite' });
  const toon = () => {
    const rijen = data.rijen.filter((r) => (!school.value || r.school === school.value) && (!status.value || r.statusNaam === status.value));
    lijst.replaceChildren(...rijen.map((r) => rij(r)));
    uitleg.textContent = `${rijen.length} van ${data.rijen.length} casussen`;
  };
  const rij = (r: Werkrij) => {
    const open = el('button', { type: 'button', class: 'open' }, `Open ${r.nummer}`);
    open.addEventListener('click', () => {
      void openLink(deeplink(data.botId, r.nummer)).then((gelukt) => {
        if (!gelukt) uitleg.textContent = `Buiten Teams: typ in de chat met de bot "casus ${r.nummer}".`;
      });
    });
    return el(
      'tr',
      { 'data-nummer': r.nummer },
      el('th', { scope: 'row' }, open),
      el('td', {}, r.school ?? '—'),
      el('td', {}, r.statusNaam ?? 'Alleen het nummer en de contactpersoon'),
      el('td', {}, r.volgendeDeadline ? `${r.volgendeDeadline.wat}: ${datum(r.volgendeDeadline.datum)}` : '—'),
      el('td', {}, ...r.vlaggen.map((v) => el('span', { class: `vlag ${v}` }, VLAG_NAMEN[v]))),
    );
  };
  school.addEventListener('change', toon);
  status.addEventListener('change', toon);
  const teams = data.schakelteams.map((t) => el('li', {}, el('a', { href: `?weergave=schakelteam&schakelteam=${encodeURIComponent(t.id)}` }, `Cijfers van ${t.naam}`)));
  hoofd().replaceChildren(
    kop('Mijn casussen', data, omgeving),
    el('div', { class: 'filters' }, school, status),
    uitleg,
    el(
      'table',
      { class: 'casussen' },
      el('caption', {}, 'Casussen waarbij u betrokken bent, op volgorde van de eerstvolgende termijn'),
      el('thead', {}, el('tr', {}, ...['Casus', 'School', 'Status', 'Volgende termijn', 'Let op'].map((k) => el('th', { scope: 'col' }, k)))),
      lijst,
    ),
    ...(teams.length > 0 ? [el('nav', { 'aria-label': 'Schakelteams' }, el('ul', {}, ...teams))] : []),
    ...(data.beheerder ? [el('p', {}, el('a', { href: '?weergave=kwartaal' }, 'Kwartaalcijfers van alle schakelteams'))] : []),
  );
  toon();
}

function routeklok(verdelingen: readonly Verdeling[]): HTMLElement {
  const metData = verdelingen.filter((v) => v.aantal > 0);
  const eenheid = (v: Verdeling) => (v.stap === 'loket' ? 'werkdagen' : 'dagen');
  return el(
    'section',
    {},
    el('h2', {}, 'Routeklok: tijd per stap'),
    staafgrafiek(
      'Doorlooptijd per stap (dagen; het Loket in werkdagen)',
      metData.map((v) => STAP_NAMEN[v.stap]),
      [
        { naam: 'Mediaan', waarden: metData.map((v) => v.mediaan) },
        { naam: '90e percentiel', waarden: metData.map((v) => v.p90) },
      ],
      'Stap',
    ),
    tabel(
      'Tegen de norm',
      ['Stap', 'Aantal', 'Norm', 'Binnen de norm'],
      verdelingen.filter((v) => v.norm !== undefined).map((v) => [STAP_NAMEN[v.stap], v.aantal, `${v.norm ?? ''} ${eenheid(v)}`, `${v.binnenNorm ?? 0} van ${v.aantal}`]),
    ),
  );
}

async function schakelteam(omgeving: Omgeving): Promise<void> {
  const vraag = new URLSearchParams(window.location.search);
  const keuze = vraag.get('schakelteam') ? `schakelteam=${encodeURIComponent(vraag.get('schakelteam') ?? '')}` : `kanaal=${encodeURIComponent(omgeving.kanaalId ?? '')}`;
  const data = await lees<SchakelteamOverzicht>(omgeving, `/api/tab/schakelteam?${keuze}`);
  if ('fout' in data) return void hoofd().replaceChildren(melding(foutTekst(data.fout), 'fout'));
  const k = data.kengetallen;
  const blok = (titel: string, waarde: number) => el('div', { class: 'kengetal' }, el('span', { class: 'waarde' }, String(waarde)), el('span', {}, titel));
  hoofd().replaceChildren(
    kop(`Schakelteam ${data.schakelteam.naam}`, data, omgeving),
    el('p', { class: 'uitleg' }, `Peildatum ${datum(data.peildatum)} · scholen: ${data.schakelteam.scholen.join(', ')}`),
    el(
      'div',
      { class: 'kengetallen' },
      blok('Open casussen', k.open),
      blok('Evaluaties te laat', k.evaluatiesAchterstallig),
      blok('Stagnaties', k.stagnaties),
      blok('Besluiten Team NO', k.teamNoBesluiten),
    ),
    staafgrafiek('Open casussen per status', k.perStatus.map((t) => t.naam), [{ naam: 'Casussen', waarden: k.perStatus.map((t) => t.aantal) }], 'Status'),
    staafgrafiek('Open casussen per regierolhouder', k.perExpert.map((t) => t.naam), [{ naam: 'Casussen', waarden: k.perExpert.map((t) => t.aantal) }], 'Regierolhouder'),
    staafgrafiek('Wie is aan zet', k.aanZet.map((t) => t.naam), [{ naam: 'Casussen', waarden: k.aanZet.map((t) => t.aantal) }], 'Rol'),
    routeklok(k.routeklok),
  );
}

async function kwartaal(omgeving: Omgeving): Promise<void> {
  const gekozen = new URLSearchParams(window.location.search).get('kwartaal') ?? '';
  const pad = gekozen ? `kwartaal=${encodeURIComponent(gekozen)}` : '';
  const data = await lees<Kwartaaloverzicht>(omgeving, `/api/tab/kwartaal?${pad}`);
  if ('fout' in data) return void hoofd().replaceChildren(melding(data.fout === 403 ? 'De kwartaalcijfers zijn alleen voor functioneel beheerders.' : foutTekst(data.fout), 'fout'));
  const c = data.cijfers;
  const exporteer = el('button', { type: 'button' }, 'Exporteer als CSV');
  exporteer.addEventListener('click', () => {
    void omgeving.haal(`/api/tab/kwartaal.csv?kwartaal=${encodeURIComponent(c.kwartaal)}`).then(async (antwoord) => {
      const link = el('a', { href: URL.createObjectURL(await antwoord.blob()), download: `kwartaalcijfers-${c.kwartaal}.csv` });
      link.click();
    });
  });
  const besluiten = ['regierol', 'expertiseteam', 'loket', 'basisondersteuning', 'geen'] as const;
  const namen = ['Regierol', 'Expertiseteam', 'Loket', 'Basisondersteuning', 'Nog geen besluit'];
  hoofd().replaceChildren(
    kop(`Kwartaalcijfers ${c.kwartaal.replace('-K', ' kwartaal ')}`, data, omgeving),
    el('p', { class: 'uitleg' }, `Alleen totalen, geen gegevens van leerlingen. Peildatum ${datum(data.peildatum)}.`),
    exporteer,
    el(
      'div',
      { class: 'kengetallen' },
      el('div', { class: 'kengetal' }, el('span', { class: 'waarde' }, String(c.nieuw)), el('span', {}, 'Nieuwe hulpvragen')),
      el('div', { class: 'kengetal' }, el('span', { class: 'waarde' }, c.nieuw === 0 ? '—' : `${Math.round((100 * c.regierolActief) / c.nieuw)}%`), el('span', {}, 'Met actieve regierol')),
      el('div', { class: 'kengetal' }, el('span', { class: 'waarde' }, String(c.stagnaties)), el('span', {}, 'Stagnaties')),
      el('div', { class: 'kengetal' }, el('span', { class: 'waarde' }, String(c.teamNoBesluiten)), el('span', {}, 'Besluiten Team NO')),
    ),
    staafgrafiek(
      'Nieuwe hulpvragen per school en besluit',
      c.nieuwPerSchool.map((s) => s.school),
      besluiten.map((b, i) => ({ naam: namen[i] ?? b, waarden: c.nieuwPerSchool.map((s) => s.perBesluit[b]) })),
      'School',
    ),
    routeklok(c.doorlooptijden),
  );
}

async function start(): Promise<void> {
  const omgeving = await verbind();
  zetThema(omgeving.thema);
  const weergave = new URLSearchParams(window.location.search).get('weergave') ?? 'mijn';
  if (weergave === 'schakelteam') await schakelteam(omgeving);
  else if (weergave === 'kwartaal') await kwartaal(omgeving);
  else await mijn(omgeving);
  document.body.dataset.klaar = 'ja';
}

void start().catch(() => hoofd().replaceChildren(melding(foutTekst(0), 'fout')));
