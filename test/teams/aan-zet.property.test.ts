/**
 * Property test of "Aan zet" (issue 13): over random sequences of clicks (the route's own world, route-wereld.ts),
 * whoever the case card names as at turn is someone the domain's `volgendeStap` says can take the next step, and
 * every open case with a step for someone says by when; a new case's meeting is never past (issue 20), and a
 * product-default day has its one reminder, on that day, to whoever is at turn (functional administrators included).
 *
 * A failure prints fast-check's seed and path; rerun it with BEURT_SEED=<seed> BEURT_PAD=<path>.
 */
import fc from 'fast-check';
import { WIE_MAG } from '../../src/domain/beleid';
import { metRol } from '../../src/domain/hulpvraag';
import { KOPPELROLLEN, volgendeStap } from '../../src/domain/invarianten';
import { Rol } from '../../src/domain/personen';
import { isToegestaan } from '../../src/domain/route';
import { beurt } from '../../src/teams/kaarten/aan-zet';
import { beurtUiterlijk, wachtOpOverleg } from '../../src/domain/beurttermijn';
import { productTermijn, verschuldigdeHerinneringen } from '../../src/domain/herinneringen';
import { wachtOpEersteBesluit } from '../../src/domain/eerste-bespreking';
import { STANDAARD_HERINNERINGSINSTELLINGEN as OMGEVING, STANDAARD_OVERLEG } from '../helpers/instellingen';
import { datumInAmsterdam } from '../../src/domain/tijd';
import { Vergaderritme } from '../../src/domain/vergaderritme';
import { Stap, Wereld, nieuweWereld, stapArb, wandel } from '../domain/route-wereld';
import { herhaal } from '../helpers/herhaal';

const REEKSEN = Number(process.env.BEURT_REEKSEN ?? 300);
const LENGTE = 60;

/** What a user reads as "at turn", and the roles it stands for. */
const GENOEMD: Record<string, readonly Rol[]> = {
  "de IB'er/COO": ['ib_coo'],
  'de schakelfunctionaris O/JH': ['schakelfunctionaris'],
  'het schakelteam': ['ib_coo', 'schakelfunctionaris'],
  'de regierolhouder': ['regierolhouder'],
  'de voorgestelde regierolhouder': ['kandidaat_regierol'],
  // A case offered to the Loket (issue 15): every Loket member may take it, the one named among them.
  'het Loket': ['kandidaat_regierol', 'loket'],
  'Team NO': ['team_no'],
};

/** The team meets every week or every two weeks, or has no rhythm: the card is rendered as a Teams turn does it. */
const RITMES: readonly (Vergaderritme | undefined)[] = [
  { ritme: 'wekelijks', weekdag: 2, tijd: '14:00', vanaf: '2026-01-06' },
  { ritme: 'tweewekelijks', weekdag: 4, tijd: '09:00', vanaf: '2026-02-05' },
  undefined,
];

function controleer(w: Wereld, ritme: Vergaderritme | undefined): void {
  const h = w.hulpvraag;
  const stap = volgendeStap(h);
  const vandaag = datumInAmsterdam(w.moment);
  const omgeving = { ...OMGEVING, overleg: { ...STANDAARD_OVERLEG, ritme, vandaag } };
  const b = beurt(h, false, omgeving);
  const fout = (wat: string) => new Error(`${wat} in ${h.status}: ${JSON.stringify(b)} / ${JSON.stringify(stap)}`);
  if (!stap || stap.systeem) {
    if (b) throw fout('aan zet zonder stap');
    return;
  }
  if (!b) throw fout('een stap zonder aan zet');
  if (stap.beheer) {
    if (b.wie !== 'een functioneel beheerder') throw fout('beheer niet genoemd');
  } else {
    const rollen = GENOEMD[b.wie];
    if (!rollen) throw fout('onbekende rol genoemd');
    // The named role is one of the step's, held by someone (or bound), who may take one of its actions now.
    const kan = (rol: Rol) =>
      stap.rollen.includes(rol) &&
      (KOPPELROLLEN.includes(rol) || metRol(h, rol).length > 0) &&
      stap.acties.some((actie) => isToegestaan(h.status, actie) && WIE_MAG[actie].includes(rol));
    if (!rollen.some(kan)) throw fout('wie aan zet is, kan de stap niet zetten');
  }
  if (!/ (vóór|in het overleg van) \d{1,2}\s[a-z]+\s\d{4}$/.test(b.wat)) throw fout('geen datum');
  // A new case's meeting is never one already past: one that passed without a decision hands it to the next.
  const overleg = wachtOpOverleg(h, omgeving);
  if (overleg !== undefined && overleg < vandaag) throw fout(`overleg ${overleg} ligt voor ${vandaag}`);
  if (wachtOpEersteBesluit(h) && ritme && overleg === undefined) throw fout('geen overleg bij een ritme');
  // A product-default day (issue 20): the one reminder goes on the card's day to people at turn, or to the
  // functional administrators when nobody of the schakelteam is left.
  const dag = productTermijn(h, OMGEVING);
  if (dag === undefined) return;
  const termijn = verschuldigdeHerinneringen(h, undefined, new Date(`${dag}T23:00:00Z`), OMGEVING).filter((m) => m.soort === 'termijn_verstreken');
  for (const m of termijn) {
    if (m.datum !== beurtUiterlijk(h, omgeving)) throw fout(`herinnering op ${m.datum}`);
    // Nobody of the schakelteam left: the functional administrators, who bind it again (issue 21).
    if (stap.beheer ? m.ontvanger.soort !== 'beheer' : m.ontvanger.soort !== 'persoon' || !stap.rollen.includes(m.ontvanger.rol)) throw fout(`herinnering aan ${m.ontvanger.soort}`);
  }
  if (termijn.length === 0) throw fout('een standaardtermijn zonder herinnering');
}

function speel(teamNoAlGekoppeld: boolean, ritme: Vergaderritme | undefined, stappen: readonly Stap[]): void {
  const w = nieuweWereld({ leeftijd: 10, peildatum: '2026-03-02' }, teamNoAlGekoppeld);
  controleer(w, ritme);
  wandel(w, stappen, () => controleer(w, ritme));
}

describe('aan zet volgt de volgende stap van het domein', () => {
  it(`${REEKSEN} reeksen van ${LENGTE} klikken: wie aan zet is kan de stap zetten, en elke open stap heeft een datum`, () => {
    fc.assert(fc.property(fc.boolean(), fc.constantFrom(...RITMES), fc.array(stapArb, { minLength: LENGTE, maxLength: LENGTE }), speel), {
      numRuns: REEKSEN,
      ...herhaal('BEURT'),
    });
  }, 120_000);
});
