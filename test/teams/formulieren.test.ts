import { KaartModellen, KaartNaam, SJABLONEN } from '../../src/teams/kaarten/modellen';
import { renderKaart } from '../../src/teams/kaarten/render';
import { KAART_ACTIES } from '../../src/teams/register';
import { VOORBEELDKAARTEN } from './voorbeeldkaarten';

/** Every `id` of an Input.* element in a card or template. */
function invoerIds(kaart: unknown): string[] {
  const ids: string[] = [];
  const loop = (knoop: unknown): void => {
    if (Array.isArray(knoop)) knoop.forEach(loop);
    else if (knoop && typeof knoop === 'object') {
      const { type, id } = knoop as { type?: unknown; id?: unknown };
      if (typeof type === 'string' && type.startsWith('Input.') && typeof id === 'string') ids.push(id);
      Object.values(knoop).forEach(loop);
    }
  };
  loop(kaart);
  return [...new Set(ids)].sort();
}

/** The verbs a template's buttons submit: `${verbs.x}` or `${veld}` resolved with the template's sample model. */
function verbsVan<K extends KaartNaam>(naam: K): string[] {
  const model = VOORBEELDKAARTEN[naam] as unknown as Record<string, unknown> & { verbs?: Record<string, string> };
  return [...JSON.stringify(SJABLONEN[naam]).matchAll(/"verb":"\$\{([\w.]+)\}"/g)].map(([, pad = '']) => {
    const [eerste = '', tweede] = pad.split('.');
    return String(tweede ? model.verbs?.[tweede] : model[eerste]);
  });
}

const formulieren = (Object.keys(SJABLONEN) as KaartNaam[]).filter((naam) => invoerIds(SJABLONEN[naam]).length > 0);

describe('formuliercontracten: één zod-schema per formulier', () => {
  it('er zijn formulieren om te controleren', () => {
    expect(formulieren.sort()).toEqual(['hulpvraag', 'koppelen', 'registratie', 'teamno']);
  });

  it.each(formulieren)('%s: de Input-ids van het sjabloon zijn precies de sleutels van de schema’s achter zijn knoppen', (naam) => {
    const verbs = new Set(verbsVan(naam));
    const schemaSleutels = KAART_ACTIES.filter((actie) => verbs.has(actie.verb)).flatMap((actie) => Object.keys(actie.formulier?.shape ?? {}));
    expect([...new Set(schemaSleutels)].sort()).toEqual(invoerIds(SJABLONEN[naam]));
    // What a rendered card shows is a part of that contract (sections without a use in a state are left out).
    const getoond = invoerIds(renderKaart(naam, VOORBEELDKAARTEN[naam] as KaartModellen[typeof naam]));
    expect(getoond.length).toBeGreaterThan(0);
    for (const id of getoond) expect(schemaSleutels).toContain(id);
  });
});
