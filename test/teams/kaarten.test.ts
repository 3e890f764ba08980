import { readdirSync } from 'node:fs';
import path from 'node:path';
import { KaartModellen, KaartNaam, SJABLONEN } from '../../src/teams/kaarten/modellen';
import { renderKaart } from '../../src/teams/kaarten/render';
import { controleerKaart } from '../helpers/kaarten';
import { VOORBEELDKAARTEN } from './voorbeeldkaarten';

const namen = Object.keys(SJABLONEN) as KaartNaam[];

function render<K extends KaartNaam>(naam: K): unknown {
  return renderKaart(naam, VOORBEELDKAARTEN[naam] as KaartModellen[K]);
}

describe('kaartsjablonen', () => {
  it('elk bestand in cards/ is als sjabloon geregistreerd', () => {
    const bestanden = readdirSync(path.resolve(__dirname, '../../cards')).filter((b) => b.endsWith('.json'));
    expect(bestanden.map((b) => b.replace(/\.json$/, '')).sort()).toEqual([...namen].sort());
  });

  it.each(namen)('%s wordt met realistische gegevens een geldige Adaptive Card 1.5 zonder ${', (naam) => {
    expect(controleerKaart(render(naam)).problemen).toEqual([]);
  });

  it('de controle zelf vangt een ongebonden veld en een onbekend element', () => {
    const fout = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: '${naam}' }] };
    expect(controleerKaart(fout).problemen.length).toBeGreaterThanOrEqual(2);
  });
});
