/**
 * Property test: a "your turn" card goes to whoever the case card names, and only when that changed. Over random
 * sequences of clicks (the route's own world, route-wereld.ts), after every accepted click, what the change makes the
 * bot send (`berichtenNa`, as the app writes it into the outbox):
 * - every "your turn" card goes to a person on the case who holds a role the domain's `volgendeStap` names for the
 *   new state (not a Team NO or Loket binding role: those see the case in their channel), for that step, never to
 *   the one who clicked, at most one per person;
 * - whoever the change put at turn (named now, not named for the same step before, not the clicker) gets one;
 * - nobody gets a card for a step that was already theirs, and a notice of the change for someone who gets a card is
 *   its reason, not a second message.
 *
 * A failure prints fast-check's seed and path; rerun it with BEURT_SEED=<seed> BEURT_PAD=<path>.
 */
import fc from 'fast-check';
import { Hulpvraag, metRol } from '../../src/domain/hulpvraag';
import { KOPPELROLLEN, volgendeStap } from '../../src/domain/invarianten';
import { Persoon, zelfdePersoon } from '../../src/domain/personen';
import { berichtenNa } from '../../src/domain/uitgaand';
import { herhaal } from '../helpers/herhaal';
import { Klikuitkomst, Stap, Wereld, nieuweWereld, stapArb, wandel } from './route-wereld';

const REEKSEN = Number(process.env.BEURT_REEKSEN ?? 150);
const LENGTE = 60;
let gecontroleerd = 0;
let kaarten = 0;

/** The step and the people the case card names, independently of the code under test. */
function genoemd(h: Hulpvraag): { stap?: string; wie: string[] } {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem || stap.beheer) return { wie: [] };
  const wie = stap.rollen.filter((rol) => !KOPPELROLLEN.includes(rol)).flatMap((rol) => metRol(h, rol).map((b) => `${b.tenantId}/${b.aadObjectId}`));
  return { stap: stap.stap, wie: [...new Set(wie)] };
}

function controleer(uitkomst: Klikuitkomst, na: Hulpvraag, door: Persoon): void {
  gecontroleerd++;
  const inhoud = berichtenNa(uitkomst.voor, na, door, uitkomst.kennisgevingen);
  const beurten = inhoud.flatMap((u) => (u.soort === 'beurt' ? [u] : []));
  const ontvangers = beurten.map((b) => `${b.aan.tenantId}/${b.aan.aadObjectId}`);
  const nu = genoemd(na);
  const eerder = genoemd(uitkomst.voor);
  const klikker = `${door.tenantId}/${door.aadObjectId}`;
  const fout = (wat: string) =>
    new Error(`${wat} na ${uitkomst.gebeurtenis} door ${door.naam}: ${uitkomst.voor.status} -> ${na.status} (stap ${eerder.stap} -> ${nu.stap}; aan zet ${nu.wie.join(',')}; kaarten ${ontvangers.join(',')})`);
  if (beurten.some((b) => b.stap !== nu.stap)) throw fout('een kaart noemt een andere stap dan de kaart van de hulpvraag');
  if (ontvangers.some((o) => !nu.wie.includes(o))) throw fout('een kaart gaat naar iemand die niet aan zet is');
  if (ontvangers.includes(klikker)) throw fout('wie klikte krijgt een kaart');
  if (new Set(ontvangers).size !== ontvangers.length) throw fout('iemand krijgt twee kaarten');
  const nieuw = nu.wie.filter((p) => p !== klikker && !(eerder.stap === nu.stap && eerder.wie.includes(p)));
  if (nieuw.some((p) => !ontvangers.includes(p))) throw fout('wie nu aan zet is, krijgt geen kaart');
  if (ontvangers.some((o) => !nieuw.includes(o))) throw fout('een kaart voor een stap die al bij die persoon lag');
  const los = inhoud.flatMap((u) => (u.soort === 'kennisgeving' ? [u.tekst] : []));
  const gevouwen = uitkomst.kennisgevingen.filter((k) => beurten.some((b) => zelfdePersoon(b.aan, k.aan)));
  if (gevouwen.some((k) => los.includes(k.tekst))) throw fout('een kennisgeving naast de kaart in plaats van als haar aanleiding');
  kaarten += beurten.length;
}

function speel(teamNoAlGekoppeld: boolean, stappen: readonly Stap[]): void {
  const w: Wereld = nieuweWereld({ leeftijd: 10, peildatum: '2026-03-02' }, teamNoAlGekoppeld);
  wandel(w, stappen, (uitkomst) => controleer(uitkomst, w.hulpvraag, uitkomst.door));
}

describe('"uw beurt"-kaarten volgen de volgende stap van het domein', () => {
  afterAll(() => console.log(`beurt-eigenschappen: ${gecontroleerd} wijzigingen gecontroleerd, ${kaarten} beurtkaarten`));

  it(`${REEKSEN} reeksen van ${LENGTE} klikken: een kaart gaat naar wie nu aan zet is, en alleen als dat veranderde`, () => {
    fc.assert(fc.property(fc.boolean(), fc.array(stapArb, { minLength: LENGTE, maxLength: LENGTE }), speel), {
      numRuns: REEKSEN,
      ...herhaal('BEURT'),
    });
  }, 120_000);
});
