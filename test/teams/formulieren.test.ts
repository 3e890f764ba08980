import { KaartModellen, KaartNaam, SJABLONEN } from '../../src/teams/kaarten/modellen';
import { renderKaart } from '../../src/teams/kaarten/render';
import { KAART_ACTIES } from '../../src/teams/register';
import { VOORBEELDKAARTEN } from './voorbeeldkaarten';
import { DIALOGEN } from '../../src/teams/dialogen/register';
import { LOKET_START } from '../../src/teams/acties/hulpvraag-acties';
import { stelPlanOp } from '../../src/domain/plan-van-aanpak';
import { EXPERT_A, EXPERT_B, IB, SF, TEAM_NO_1, alsBetrokkene, hulpvraagIn } from '../domain/fixtures';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Persoon } from '../../src/domain/personen';
import { controleerKaart, technischeResten } from '../helpers/kaarten';
import { dialoogContext } from '../helpers/dialoog-context';

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

/** The verbs a template's buttons submit: `${verbs.x}`, `${veld}` or `${deel.veld}` resolved with the sample model. */
function verbsVan<K extends KaartNaam>(naam: K): string[] {
  const model: unknown = VOORBEELDKAARTEN[naam];
  const op = (waarde: unknown, sleutel: string): unknown => (waarde && typeof waarde === 'object' ? (waarde as Record<string, unknown>)[sleutel] : undefined);
  return [...JSON.stringify(SJABLONEN[naam]).matchAll(/"verb":"\$\{([\w.]+)\}"/g)].map(([, pad = '']) => String(pad.split('.').reduce(op, model)));
}

/** Dialog forms (cards/plan.json, …) are read by their dialog, not by a verb's schema: checked below. */
const dialoogSjablonen = new Set<KaartNaam>(DIALOGEN.map((d) => d.sjabloon));
const formulieren = (Object.keys(SJABLONEN) as KaartNaam[]).filter((naam) => invoerIds(SJABLONEN[naam]).length > 0 && !dialoogSjablonen.has(naam));

describe('formuliercontracten: één zod-schema per formulier', () => {
  it('er zijn formulieren om te controleren', () => {
    expect(formulieren.sort()).toEqual(['koppelen']);
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

describe('dialoogformulieren: wat het formulier toont is precies wat de dialoog leest', () => {
  const actief = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
  const doel = (n: number) => ({ doel: `Doel ${n}`, acties: 'Acties', termijn: '2026-06-01', verantwoordelijke: 'Ahmed SMW' });
  const metPlan = { ...actief, plan: stelPlanOp(undefined, [doel(1), doel(2)], new Set(), '2026-04-01').plan };
  const stagnerend = hulpvraagIn('stagnatie_team_no');
  const bijTeamNo = { ...stagnerend, betrokkenen: [...stagnerend.betrokkenen, alsBetrokkene(TEAM_NO_1, 'team_no')] };
  /** Per form: a case where the step is open, and who may take it. */
  const waar: Record<string, readonly (readonly [string, Hulpvraag, Persoon])[]> = {
    registratie: [['voor een lid van een schakelteam', actief, IB]],
    besluit: [['bij het schakelteam', hulpvraagIn('bij_schakelteam'), SF]],
    toestemming: [['wacht op toestemming', hulpvraagIn('wacht_op_toestemming'), IB]],
    aanbod: [['regierol aangeboden', hulpvraagIn('regierol_aangeboden'), EXPERT_B]],
    loket: [['naar het Loket, aangeboden', { ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket' }), loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' as const } }, EXPERT_B]],
    overdrachtbeoordeling: [['overdracht aangevraagd', hulpvraagIn('overdracht_aangevraagd'), SF]],
    overdracht: [['regierol actief', actief, EXPERT_A]],
    plan: [['zonder plan', actief, EXPERT_A], ['met een plan van twee doelen', metPlan, EXPERT_A]],
    evaluatie: [['zonder plan', actief, EXPERT_A], ['met een plan van twee doelen', metPlan, EXPERT_A]],
    uitvraag: [['regierol actief', actief, EXPERT_A]],
    voortgang: [['regierol actief', actief, EXPERT_A]],
    expert: [['regierol actief', actief, EXPERT_A]],
    terugmelden: [['regierol actief', actief, EXPERT_A]],
    stagnatie: [['regierol actief', actief, EXPERT_A]],
    sluiten: [['terug voor afsluiting', hulpvraagIn('terug_voor_afsluiting'), IB]],
    teamnobesluit: [['bij Team NO', bijTeamNo, TEAM_NO_1]],
    afspraken: [['na het overleg, regierol actief', actief, SF], ['bij het schakelteam', hulpvraagIn('bij_schakelteam'), IB]],
    // Issue 21: correcting the Loket's start date, while its help has not started.
    loketstart: [['hulp via het Loket nog niet gestart', { ...actief, loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' as const, aangekomen: '2026-03-05T09:00:00.000Z', genomen: '2026-03-06T09:00:00.000Z', weging: { lijn: 'eerste' as const, aanbieder: 'Jeugdhulp Zuid', start: '2026-04-20' } } }, EXPERT_A]],
    rolovername: [['de IB\'er vertrok', { ...hulpvraagIn('wacht_op_toestemming'), betrokkenen: hulpvraagIn('wacht_op_toestemming').betrokkenen.filter((b) => b.rol !== 'ib_coo') }, SF]],
  };

  it('elk formulier met velden staat in deze tabel', () => {
    expect(DIALOGEN.filter((d) => d.velden(actief).length > 0).map((d) => d.naam).sort()).toEqual(Object.keys(waar).sort());
  });

  it('de startdatum van het Loket: het zod-schema leest precies de velden van het formulier', () => {
    const [[, h]] = waar.loketstart ?? [];
    const dialoog = DIALOGEN.find((d) => d.naam === 'loketstart');
    if (!h || !dialoog) throw new Error('geen formulier loketstart');
    expect(Object.keys(LOKET_START.schema.shape).sort()).toEqual([...dialoog.velden(h)].sort());
    expect(LOKET_START.schema.safeParse({ loketStart: '2026-02-30' }).success).toBe(false);
  });

  // Reading the plan (planinzage) reads no fields: it has no inputs, which the browser test checks.
  it.each(DIALOGEN.flatMap((d) => (waar[d.naam] ?? []).map(([wat, h, wie]) => [d.naam, wat, d, h, wie] as const)))('%s, %s', async (_naam, _wat, dialoog, h, wie) => {
    const uitkomst = await dialoog.open(dialoogContext(h, wie), { dialoog: dialoog.naam, hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie }, 'dialoog');
    if (uitkomst.soort !== 'formulier') throw new Error(`geen formulier: ${JSON.stringify(uitkomst)}`);
    expect(controleerKaart(uitkomst.kaart).problemen).toEqual([]);
    expect(technischeResten(uitkomst.kaart)).toEqual([]);
    const getoond = invoerIds(uitkomst.kaart);
    expect(getoond.length).toBeGreaterThan(0);
    for (const id of getoond) expect(dialoog.velden(h)).toContain(id);
  });
});
