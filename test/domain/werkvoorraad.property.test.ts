/**
 * Property test of "whose turn" outside the case card: over random sequences of clicks (the route's own world,
 * route-wereld.ts), after every accepted click
 * - the tab's "wacht op mij" is set for exactly the participants who hold a role the domain's `volgendeStap` names
 *   (the rule the case card words), and each of them may take one of that step's actions now;
 * - someone at turn always sees the case's state in the tab (the visibility rule never hides their own turn);
 * - the key figures count the case under exactly the roles that step names (or the functional administrator), so a
 *   role counted there is the role of whoever has "wacht op mij".
 *
 * A failure prints fast-check's seed and path; rerun it with WACHT_SEED=<seed> WACHT_PAD=<path>.
 */
import fc from 'fast-check';
import { mag } from '../../src/domain/beleid';
import { Hulpvraag, rollenVan } from '../../src/domain/hulpvraag';
import { volgendeStap } from '../../src/domain/invarianten';
import { schakelteamKengetallen } from '../../src/domain/kengetallen';
import { Persoon, zelfdePersoon } from '../../src/domain/personen';
import { isToegestaan } from '../../src/domain/route';
import { werkrij } from '../../src/domain/werkvoorraad';
import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { SPELERS, Stap, Wereld, nieuweWereld, stapArb, wandel } from './route-wereld';
import { herhaal } from '../helpers/herhaal';

const REEKSEN = Number(process.env.WACHT_REEKSEN ?? 200);
const LENGTE = 60;
const OMGEVING = { limieten: INST.stagnatie, venster: INST.venster, feestdagen: INST.feestdagen };
const NORMEN = { loketWerkdagen: 5, hulpGestartWeken: 8 };
let gecontroleerd = 0;

/** Everyone who clicks in the world, and anyone the route put on the case besides. */
function deelnemers(h: Hulpvraag): Persoon[] {
  return [...SPELERS, ...h.betrokkenen.filter((b) => !SPELERS.some((p) => zelfdePersoon(p, b)))];
}

/** The roles the key figures should count the case under: those the next step names, or the administrator. */
function genoemdeSleutels(h: Hulpvraag): string[] {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem) return [];
  return stap.beheer ? ['beheer'] : [...stap.rollen];
}

function controleer(w: Wereld): void {
  const h = w.hulpvraag;
  const stap = volgendeStap(h);
  const genoemd = stap && !stap.systeem ? stap.rollen : [];
  const fout = (wat: string) => new Error(`${wat} in ${h.status} (volgende stap ${JSON.stringify(stap)})`);
  const geteld = schakelteamKengetallen([h], w.moment, NORMEN, OMGEVING).aanZet.map((t) => t.sleutel);
  const verwacht = genoemdeSleutels(h);
  if (geteld.length !== verwacht.length || verwacht.some((s) => !geteld.includes(s))) throw fout(`kengetallen tellen ${geteld.join(',')}`);
  for (const p of deelnemers(h)) {
    const rij = werkrij(h, p, w.moment, OMGEVING);
    const rollen = rollenVan(h, p);
    const aanDeBeurt = rollen.some((r) => genoemd.includes(r));
    if (aanDeBeurt && rij?.status === undefined) throw fout(`${p.naam} is aan zet maar ziet de stand van de casus niet`);
    if (rij?.status === undefined) continue;
    if (rij.vlaggen.includes('wacht_op_mij') !== aanDeBeurt) throw fout(`"wacht op mij" voor ${p.naam} (${rollen.join(',')}) is ${!aanDeBeurt}`);
    if (rij.aanZet?.join(',') !== genoemd.join(',')) throw fout(`de rij noemt ${rij.aanZet?.join(',')} aan zet`);
    if (!aanDeBeurt) continue;
    // Whoever the tab says the case waits for can take the step, and is counted in the figures under one of their roles.
    if (!stap?.acties.some((actie) => isToegestaan(h.status, actie) && mag(h, p, actie))) throw fout(`${p.naam} wacht op zichzelf maar kan de stap niet zetten`);
    if (!rollen.some((r) => geteld.includes(r))) throw fout(`${p.naam} is aan zet maar de kengetallen tellen die rol niet`);
  }
  gecontroleerd++;
}

function speel(teamNoAlGekoppeld: boolean, stappen: readonly Stap[]): void {
  const w = nieuweWereld({ leeftijd: 10, peildatum: '2026-03-02' }, teamNoAlGekoppeld);
  const standen: Hulpvraag[] = [w.hulpvraag];
  controleer(w);
  wandel(w, stappen, () => {
    controleer(w);
    standen.push(w.hulpvraag);
  });
  // Over every state the run passed through, as if they were the schakelteam's open cases: one count per named role.
  const totaal = schakelteamKengetallen(standen, w.moment, NORMEN, OMGEVING).aanZet;
  const verwacht = new Map<string, number>();
  for (const s of standen.flatMap(genoemdeSleutels)) verwacht.set(s, (verwacht.get(s) ?? 0) + 1);
  if (totaal.length !== verwacht.size || totaal.some((t) => verwacht.get(t.sleutel) !== t.aantal)) {
    throw new Error(`kengetallen ${JSON.stringify(totaal)} tegen ${JSON.stringify([...verwacht])}`);
  }
}

describe('wacht op mij en de kengetallen volgen de volgende stap van het domein', () => {
  afterAll(() => console.log(`wacht-op-mij-eigenschappen: ${gecontroleerd} standen gecontroleerd`));

  it(`${REEKSEN} reeksen van ${LENGTE} klikken: wie wacht, is wie de volgende stap noemt, en zo telt het kengetal`, () => {
    fc.assert(fc.property(fc.boolean(), fc.array(stapArb, { minLength: LENGTE, maxLength: LENGTE }), speel), {
      numRuns: REEKSEN,
      ...herhaal('WACHT'),
    });
  }, 120_000);
});
