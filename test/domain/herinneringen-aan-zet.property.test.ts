/**
 * Property test: a reminder of a wait goes to whoever the case card names. Over random sequences of clicks (the
 * route's own world, route-wereld.ts), after every accepted click, with the wait's reminder day reached:
 * - the persons reminded are exactly the holders, on the case, of the roles the domain's `volgendeStap` names
 *   (including its fallback when a role is vacant: whoever of the schakelteam is left takes it over);
 * - with nobody of the schakelteam left (`beheer`), exactly one reminder goes to the functional administrators;
 * - whenever that step names a role someone on the case holds, the reminder reaches at least one person.
 * The Loket's wait keeps its own clock and recipients (the Loket channel and its named member, loket.ts), and the
 * card, tab and figures name the Loket then too: to take the case, or, consent refused, to contact the person named.
 *
 * A failure prints fast-check's seed and path; rerun it with HERINNER_SEED=<seed> HERINNER_PAD=<path>.
 */
import fc from 'fast-check';
import { Hulpvraag, metRol } from '../../src/domain/hulpvraag';
import { verschuldigdeHerinneringen, WACHT_HERINNERINGEN } from '../../src/domain/herinneringen';
import { volgendeStap } from '../../src/domain/invarianten';
import { bijHetLoket, contactNodig } from '../../src/domain/loket';
import { aanZet } from '../../src/domain/werkvoorraad';
import { huidigeWacht } from '../../src/domain/wachten';
import { vensterbegin } from '../../src/domain/werkdagen';
import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { Stap, Wereld, nieuweWereld, stapArb, wandel } from './route-wereld';
import { herhaal } from '../helpers/herhaal';

const REEKSEN = Number(process.env.HERINNER_REEKSEN ?? 150);
const LENGTE = 60;
const WACHTSOORTEN: readonly string[] = Object.values(WACHT_HERINNERINGEN);
let gecontroleerd = 0;
let metHerinnering = 0;
let metBeheer = 0;
let metLoketContact = 0;

function controleer(w: Wereld): void {
  const h: Hulpvraag = w.hulpvraag;
  const wacht = huidigeWacht(h, INST.stagnatie.wachten, INST.stagnatie.loket, INST.feestdagen);
  gecontroleerd++;
  if (wacht?.soort === 'loket') return controleerLoket(h, wacht.herinnering);
  if (!wacht || bijHetLoket(h)) return;
  // The day of the reminder, inside the send window: exactly the wait's reminder is due.
  const tot = vensterbegin(wacht.herinnering, INST.venster);
  const due = verschuldigdeHerinneringen(h, new Date(tot.getTime() - 1), tot, INST).filter((m) => WACHTSOORTEN.includes(m.soort));
  const personen = due.flatMap((m) => (m.ontvanger.soort === 'persoon' ? [m.ontvanger.aadObjectId] : []));
  const stap = volgendeStap(h);
  const genoemd = stap && !stap.systeem && !stap.beheer ? stap.rollen : [];
  const verwacht = [...new Set(genoemd.flatMap((rol) => metRol(h, rol).map((b) => b.aadObjectId)))];
  const fout = (wat: string) => new Error(`${wat} in ${h.status} (volgende stap ${JSON.stringify(stap)}, herinnerd ${personen.join(',')})`);
  if (due.some((m) => m.ontvanger.soort === 'kanaal')) throw fout('een wachtherinnering gaat naar een kanaal');
  // Nobody of the schakelteam left: exactly one reminder, to the functional administrators who bind it again.
  const beheer = due.filter((m) => m.ontvanger.soort === 'beheer');
  if (stap?.beheer ? beheer.length !== 1 || personen.length > 0 : beheer.length > 0) throw fout(`functioneel beheer ${beheer.length} keer herinnerd`);
  if (stap?.beheer) {
    metBeheer++;
    return;
  }
  if (personen.length !== new Set(personen).size) throw fout('iemand krijgt dezelfde herinnering twee keer');
  if (personen.length !== verwacht.length || verwacht.some((id) => !personen.includes(id))) throw fout(`herinnerd wordt niet wie aan zet is (${verwacht.join(',')})`);
  if (verwacht.length > 0 && personen.length === 0) throw fout('niemand wordt herinnerd terwijl de kaart iemand noemt');
  if (personen.length > 0) metHerinnering++;
}

/**
 * The Loket's wait (taking the case, or after a refused consent contacting the person on its card, issue 21): the
 * card, the tab's "wacht op mij" and the figures name the Loket (volgendeStap), and its reminder goes to the Loket
 * channel and the Loket member named, nobody else.
 */
function controleerLoket(h: Hulpvraag, dag: string): void {
  const stap = volgendeStap(h);
  const tot = vensterbegin(dag, INST.venster);
  const due = verschuldigdeHerinneringen(h, new Date(tot.getTime() - 1), tot, INST).filter((m) => WACHTSOORTEN.includes(m.soort));
  const fout = (wat: string) => new Error(`${wat} in ${h.status}, toestemming ${h.toestemming?.status ?? '-'} (volgende stap ${JSON.stringify(stap)})`);
  if (!stap?.rollen.includes('loket') || aanZet(h) !== stap.rollen) throw fout('het Loket wordt herinnerd, maar de kaart noemt het niet');
  if (stap.stap !== (contactNodig(h) ? 'contact_opnemen' : 'oppakken_en_wegen')) throw fout('de stap van het Loket klopt niet');
  const goed = (m: (typeof due)[number]) => (m.ontvanger.soort === 'kanaal' ? m.ontvanger.kanaalSoort === 'loket' : m.ontvanger.soort === 'persoon' && stap.rollen.includes(m.ontvanger.rol));
  if (!due.some((m) => m.ontvanger.soort === 'kanaal') || !due.every(goed)) throw fout('de Loket-herinnering gaat naar de verkeerde');
  if (contactNodig(h)) metLoketContact++;
}

function speel(teamNoAlGekoppeld: boolean, stappen: readonly Stap[]): void {
  const w = nieuweWereld({ leeftijd: 10, peildatum: '2026-03-02' }, teamNoAlGekoppeld);
  controleer(w);
  wandel(w, stappen, () => controleer(w));
}

describe('herinneringen gaan naar wie de volgende stap van het domein noemt', () => {
  afterAll(() => console.log(`herinner-eigenschappen: ${gecontroleerd} standen gecontroleerd, ${metHerinnering} met een wachtherinnering, ${metBeheer} aan functioneel beheer, ${metLoketContact} aan het Loket na een weigering`));

  it(`${REEKSEN} reeksen van ${LENGTE} klikken: wie herinnerd wordt, is wie aan zet is, en nooit niemand`, () => {
    fc.assert(fc.property(fc.boolean(), fc.array(stapArb, { minLength: LENGTE, maxLength: LENGTE }), speel), {
      numRuns: REEKSEN,
      ...herhaal('HERINNER'),
    });
  }, 120_000);
});
