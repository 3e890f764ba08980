/**
 * Property tests of the route (issue 10): random sequences of clicks by random people (every role, outsiders,
 * another tenant), on random days, with double clicks and stale cards, and a Team NO that may be bound late. After
 * every click (membership changes included: people leave the schakelteam's team, roles fall vacant and are taken over)
 * the rules of the route hold (invarianten.ts), every holder accepted, every change is in the history,
 * every superseded offer is told to its candidate, and whoever must take the next step can take it.
 *
 * A failure prints fast-check's seed and path; rerun it with ROUTE_SEED=<seed> ROUTE_PAD=<path>.
 */
import fc from 'fast-check';
import { volgendeStap, schendingen, KOPPELROLLEN, SCHAKELTEAMROLLEN } from '../../src/domain/invarianten';
import { Hulpvraag, MAX_HISTORIE, metRol } from '../../src/domain/hulpvraag';
import { Persoon, zelfdePersoon } from '../../src/domain/personen';
import { IB, SF, TEAM_NO_1, alsBetrokkene } from './fixtures';
import { Gebeurtenis } from '../../src/domain/gebeurtenissen';
import { lopendLoket } from '../../src/domain/loket';
import { STATUSSEN } from '../../src/domain/route';
import { Klikuitkomst, SOORTEN, SYSTEEM, Stap, Wereld, klik, kliksVan, maakGebeurtenis, nieuweWereld, stapArb, stapVooruit } from './route-wereld';
import { herhaal } from '../helpers/herhaal';

const REEKSEN = Number(process.env.ROUTE_REEKSEN ?? 1000);
const LENGTE = 100;
let totaal = 0;
/** What the random walks reached: a guard that the generator goes deep, not only bounces off refusals. */
const bereikt = new Set<string>();
const toegepast = new Map<string, number>();

const geboorteArb = fc.oneof(
  fc.date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2022-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => ({ geboortedatum: d.toISOString().slice(0, 10) })),
  fc.integer({ min: 2, max: 20 }).map((leeftijd) => ({ leeftijd, peildatum: '2026-03-02' })),
);

const sleutel = (p: Pick<Persoon, 'tenantId' | 'aadObjectId'>) => `${p.tenantId}/${p.aadObjectId}`;

/** Whoever must take the next step can: one of their canonical clicks is accepted (on a copy of the world). */
function kanVerderGaan(w: Wereld): boolean {
  const stap = volgendeStap(w.hulpvraag);
  if (!stap) return true;
  const teamNo = w.teamNo.length > 0 ? w.teamNo : [alsBetrokkene(TEAM_NO_1, 'team_no')];
  if (stap.beheer) {
    // Nobody of the schakelteam is left: a functional administrator binds it again with new members.
    const opnieuw: Gebeurtenis = { soort: 'schakelteam_gewijzigd', leden: [alsBetrokkene(IB, 'ib_coo'), alsBetrokkene(SF, 'schakelfunctionaris')] };
    return klik({ ...w, teamNo, geaccepteerd: new Set() }, SYSTEEM, w.hulpvraag.versie, opnieuw).soort === 'toegepast';
  }
  const goed = [[0, 1, 0, 2, 0, 55, 0, 0], [2, 2, 2, 0, 7, 55, 0, 0], [1, 1, 1, 0, 7, 55, 0, 0]];
  return stap.rollen.some((rol) => {
    const wie = KOPPELROLLEN.includes(rol) ? teamNo : metRol(w.hulpvraag, rol);
    return wie.some((door) =>
      stap.acties.some((soort) =>
        goed.some((k) => {
          const kopie: Wereld = { ...w, teamNo, geaccepteerd: new Set() };
          return klik(kopie, door, w.hulpvraag.versie, maakGebeurtenis(soort, k, kopie)).soort === 'toegepast';
        }),
      ),
    );
  });
}

/**
 * Overbruggingszorg (domain/loket.ts): the former holder stays involved until the help starts and no longer after
 * (unless they hold the regierol again); an inquiry per limit is asked once and then stays recorded; the arrival at
 * the Loket, once known, never moves.
 */
function controleerLoket(u: Klikuitkomst, h: Hulpvraag, fout: (wat: string) => Error): void {
  const voor = u.voor.loket;
  const vorige = voor?.vorigeHouder;
  const erbij = (b: Hulpvraag, p: Persoon) => b.betrokkenen.some((x) => zelfdePersoon(x, p));
  if (u.soort === 'toegepast' && vorige && lopendLoket(u.voor) && u.gebeurtenis !== 'loket_hulp_gestart' && u.gebeurtenis !== 'schakelteam_gewijzigd') {
    if (erbij(u.voor, vorige) && !erbij(h, vorige)) throw fout(`${vorige.naam} verloor de overbruggingszorg voordat de hulp startte`);
  }
  if (u.soort === 'toegepast' && u.gebeurtenis === 'loket_hulp_gestart') {
    if (!h.loket?.hulpGestart) throw fout('hulp gestart zonder dat het traject het vastlegt');
    const houder = metRol(h, 'regierolhouder')[0];
    if (vorige && !(houder && zelfdePersoon(houder, vorige)) && metRol(h, 'expert').some((b) => zelfdePersoon(b, vorige))) throw fout('de vorige houder bleef expert na de start van de hulp');
  }
  // A new decision starts a new traject, also in the same instant as the one the Loket declined (same `sinds`).
  if (voor && h.loket && voor.sinds === h.loket.sinds && !(u.soort === 'toegepast' && u.gebeurtenis === 'besluit')) {
    for (const grens of ['antwoord', 'start'] as const) {
      const eerder = voor.navragen?.[grens];
      if (eerder && h.loket.navragen?.[grens] !== eerder) throw fout(`navraag ${grens} overschreven`);
    }
    if (voor.aangekomen && h.loket.aangekomen !== voor.aangekomen) throw fout('aankomst bij het Loket verschoven');
  }
}

function controleer(w: Wereld, u: Klikuitkomst): void {
  const h: Hulpvraag = w.hulpvraag;
  // Plain checks in the hot loop (jest's matchers would dominate the run time); the message says what broke.
  const fout = (wat: string) => new Error(`${wat} na ${u.gebeurtenis ?? '?'} door ${u.door.naam} (${u.soort}) in ${h.status}`);
  const gebroken = schendingen(h);
  if (gebroken.length > 0) throw fout(`regels gebroken: ${gebroken.join('; ')}`);
  if (h.status.startsWith('besloten_')) throw fout('tussentoestand opgeslagen');
  for (const houder of metRol(h, 'regierolhouder')) if (!w.geaccepteerd.has(sleutel(houder))) throw fout(`houder ${houder.naam} accepteerde niet`);
  // History: every applied event is one line and one version; a stale card changes nothing; a refusal only notes itself.
  if (u.soort === 'toegepast') {
    // The case keeps its latest MAX_HISTORIE lines (the full trail is the audit log): the new lines are the last ones.
    const lengte = Math.min(MAX_HISTORIE, u.voor.geschiedenis.length + u.toegepast);
    const laatste = h.geschiedenis.at(-u.toegepast);
    if (h.versie !== u.voor.versie + u.toegepast || h.geschiedenis.length !== lengte || laatste?.wat !== u.gebeurtenis) throw fout('versie of geschiedenis klopt niet');
  } else {
    // Nothing but the history may differ (a refusal is noted); the same references prove it cheaply.
    const onveranderd = h.versie === u.voor.versie && h.status === u.voor.status && h.betrokkenen === u.voor.betrokkenen && h.toestemming === u.voor.toestemming;
    const genoteerd = h.geschiedenis === u.voor.geschiedenis || h.geschiedenis.at(-1)?.wat === 'geweigerd';
    if (!onveranderd || !genoteerd) throw fout('een geweigerde of verouderde klik veranderde iets');
  }
  // A candidate who lost the offer without accepting or declining it themselves is told.
  for (const k of metRol(u.voor, 'kandidaat_regierol')) {
    const nogErbij = h.betrokkenen.some((b) => zelfdePersoon(b, k) && (b.rol === 'kandidaat_regierol' || b.rol === 'regierolhouder'));
    if (!nogErbij && !zelfdePersoon(k, u.door) && !u.kennisgevingen.some((m) => zelfdePersoon(m.aan, k))) throw fout(`${k.naam} hoorde niet dat het aanbod verviel`);
  }
  // A declined offer reaches whoever must choose again: unless the decliner is the schakelteam's only one left (they
  // know), or nobody of it is left (it is bound again first; its channel card shows the declined offer).
  const kiestZelf = SCHAKELTEAMROLLEN.some((rol) => metRol(h, rol).some((b) => zelfdePersoon(b, u.door)));
  if (u.soort === 'toegepast' && u.gebeurtenis === 'regierol_geweigerd' && u.kennisgevingen.length === 0 && !kiestZelf && !volgendeStap(h)?.beheer) {
    throw fout('niemand hoorde van de weigering');
  }
  controleerLoket(u, h, fout);
  // The state only changes when a click was applied; an unchanged state was probed before.
  if (u.soort === 'toegepast' && !kanVerderGaan(w)) throw new Error(`doodlopend in ${h.status}`);
}

function speel(geboorte: Parameters<typeof nieuweWereld>[0], teamNoAlGekoppeld: boolean, stappen: readonly Stap[]): void {
  const w = nieuweWereld(geboorte, teamNoAlGekoppeld);
  for (const stap of stappen) {
    stapVooruit(w, stap);
    const versie = stap.verouderd && w.hulpvraag.versie > 1 ? w.hulpvraag.versie - 1 : w.hulpvraag.versie;
    for (const { door, soort } of kliksVan(stap, w)) {
      const u = klik(w, door, versie, maakGebeurtenis(soort, stap.keuzes, w));
      if (u.soort === 'toegepast' && soort === 'regierol_geaccepteerd') w.geaccepteerd.add(sleutel(door));
      if (u.soort === 'toegepast' && soort === 'toestemming_vastgelegd' && u.voor.besluit?.soort === 'expertiseteam' && metRol(u.voor, 'regierolhouder').length === 0) w.geaccepteerd.add(sleutel(door));
      w.gebeurtenissen++;
      bereikt.add(w.hulpvraag.status);
      if (u.soort === 'toegepast') toegepast.set(soort, (toegepast.get(soort) ?? 0) + 1);
      controleer(w, u);
    }
  }
  totaal += w.gebeurtenissen;
}

describe('de route houdt in elke volgorde van gebeurtenissen', () => {
  afterAll(() => {
    // The count is part of the CI log (issue 10 asks for at least 100,000 random events per run).
    console.log(`route-eigenschappen: ${totaal} willekeurige gebeurtenissen; toegepast: ${JSON.stringify(Object.fromEntries(toegepast))}`);
    if (REEKSEN < 1000) return;
    expect(totaal).toBeGreaterThanOrEqual(100_000);
    expect([...bereikt].sort()).toEqual(STATUSSEN.filter((s) => !s.startsWith('besloten_') && s !== 'geregistreerd').sort());
    expect([...toegepast.keys()].sort()).toEqual(SOORTEN.filter((s) => s !== 'doorgezet' && s !== 'toestemming_gevraagd').sort());
  });

  it(`${REEKSEN} reeksen van ${LENGTE} klikken: regels, geschiedenis, meldingen en geen doodlopende toestand`, () => {
    fc.assert(
      fc.property(geboorteArb, fc.boolean(), fc.array(stapArb, { minLength: LENGTE, maxLength: LENGTE }), speel),
      { numRuns: REEKSEN, ...herhaal('ROUTE'), endOnFailure: false },
    );
  }, 120_000);
});
