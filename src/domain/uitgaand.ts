/**
 * The outbox of a case: what a change makes the bot send on its own (the card in the schakelteam channel, "your
 * turn" cards, notices). It is written into the case document in the same ETag-guarded write as the change, so a
 * crash after that write loses nothing. The click that wrote them sends them itself and clears them (app/uitgaand.ts);
 * what did not go out, and what a dead process left, moves into the send pipeline (a `Postbericht`,
 * domain/verzending.ts) under an id derived from case id + version + position.
 * What is sent is described, not rendered: cards are rendered from the case as it is when they are sent.
 */
import { Hulpvraag, metHistorie, metRol } from './hulpvraag';
import { KOPPELROLLEN, Stapcode, volgendeStap } from './invarianten';
import { Kennisgeving } from './kennisgevingen';
import { Betrokkene, Persoon, zelfdePersoon } from './personen';
import { Uitgaand, UitgaandInhoud } from './uitgaand-inhoud';
import { Verzending, nieuweVerzending } from './verzending';
import { ZICHTEN, magInhoudZien, zichtVoor } from './zichtbaarheid';

export type { Uitgaand, UitgaandInhoud };

/** One outbox entry in the send pipeline: claimed with a lease, retried with backoff, every attempt recorded. */
export interface Postbericht extends Verzending {
  readonly tenantId: string;
  readonly schakelteamId: string;
  readonly hulpvraagId: string;
  readonly nummer: string;
  readonly inhoud: UitgaandInhoud;
}

/**
 * What a change from `vorig` to `na` by `door` makes the bot send: the channel card (when the case has one that
 * predates this change), Team NO's decision to the channel and the holder, a "your turn" card for whoever the change
 * put at turn (not the person who acted: they see the answer to their click), the domain's notices, and a word to
 * whoever lost sight of the case. A notice for someone who also gets a "your turn" card is its reason, not a second
 * message.
 */
export function berichtenNa(vorig: Hulpvraag, na: Hulpvraag, door: Persoon, kennisgevingen: readonly Kennisgeving[]): UitgaandInhoud[] {
  const uit: UitgaandInhoud[] = [];
  if (na.kanaalBericht && vorig.kanaalBericht) uit.push({ soort: 'kanaalkaart' });
  if (naarHetLoket(vorig, na) || loketkaartVerouderd(vorig, na)) uit.push({ soort: 'loketkaart' });
  const meldingen: { aan: Betrokkene; tekst: string }[] = [...kennisgevingen];
  if (vorig.status === 'stagnatie_team_no' && na.status !== vorig.status && na.teamNoBesluit) {
    // A short post in the channel (details only on the cards of the involved), the decision to the holder: for them
    // information, whoever's turn it is now; what Team NO typed only when the visibility rule lets them read it.
    uit.push({ soort: 'kanaalbericht', tekst: `Team NO heeft besloten over hulpvraag ${na.nummer}. Betrokkenen zien het besluit op de kaart (Bekijken).` });
    const { besluit, opdracht, aanbieder } = na.teamNoBesluit;
    for (const aan of metRol(na, 'regierolhouder').filter((b) => !zelfdePersoon(b, door))) {
      const tekst = magInhoudZien(na, aan)
        ? `Besluit Team NO: ${besluit} (hulpvraag ${na.nummer}). Opdracht: ${opdracht}. Aanbieder: ${aanbieder}.`
        : `Team NO heeft besloten over hulpvraag ${na.nummer}.`;
      meldingen.push({ aan, tekst });
    }
  }
  const beurten = nieuwAanZet(vorig, na, door);
  for (const { aan, stap } of beurten) {
    const reden = meldingen.filter((m) => zelfdePersoon(m.aan, aan)).map((m) => m.tekst);
    uit.push({ soort: 'beurt', aan, stap, ...(reden.length > 0 ? { aanleiding: reden.join(' ') } : {}) });
  }
  for (const { aan, tekst } of meldingen) if (!beurten.some((b) => zelfdePersoon(b.aan, aan))) uit.push({ soort: 'kennisgeving', aan, tekst });
  uit.push(...verlorenToegang(vorig, na, door, kennisgevingen));
  return uit;
}

/**
 * Who is at turn, person by person: those on the case who hold a role the domain's next step names (invarianten.ts
 * `volgendeStap`, what the case card's "Aan zet" says, including its fallback when a role is vacant). The roles of a
 * binding (Team NO, the Loket) are their channel's: they see the case there, not in a 1:1 chat. Undefined when no
 * person is at turn (closed, the bot's own step, or a functional administrator must bind the schakelteam again).
 */
export function aanZetPersonen(h: Hulpvraag): { readonly stap: Stapcode; readonly wie: readonly Betrokkene[] } | undefined {
  const stap = volgendeStap(h);
  if (!stap || stap.systeem || stap.beheer) return undefined;
  const wie = stap.rollen.filter((rol) => !KOPPELROLLEN.includes(rol)).flatMap((rol) => metRol(h, rol));
  return { stap: stap.stap, wie: wie.filter((b, i) => wie.findIndex((a) => zelfdePersoon(a, b)) === i) };
}

/** Whether `aan` is still at turn for `stap`: a "your turn" card that waited in the outbox goes out only then. */
export function nogAanZet(h: Hulpvraag, aan: Persoon, stap: Stapcode): boolean {
  const nu = aanZetPersonen(h);
  return nu?.stap === stap && nu.wie.some((b) => zelfdePersoon(b, aan));
}

/**
 * Whom the change put at turn: at turn now, and not already at turn for the same step before it (a change that
 * leaves the step with them, such as a progress note, sends nothing), other than the one who made it.
 */
function nieuwAanZet(vorig: Hulpvraag, na: Hulpvraag, door: Persoon): readonly { readonly aan: Betrokkene; readonly stap: Stapcode }[] {
  const nu = aanZetPersonen(na);
  if (!nu) return [];
  return nu.wie.filter((b) => !zelfdePersoon(b, door) && !nogAanZet(vorig, b, nu.stap)).map((aan) => ({ aan, stap: nu.stap }));
}

/**
 * The case reaches the Loket's channel once it is the Loket's to act on: offered to the Loket after consent, or (the
 * consent refused) with only whom to contact (seed 001).
 */
function naarHetLoket(vorig: Hulpvraag, na: Hulpvraag): boolean {
  if (!na.loket || na.loket.genomen) return false;
  const aangeboden = na.status === 'regierol_aangeboden' && (vorig.status !== 'regierol_aangeboden' || !vorig.loket);
  const geweigerd = na.toestemming?.status === 'geweigerd' && vorig.toestemming?.status !== 'geweigerd';
  return aangeboden || geweigerd;
}

/**
 * The Loket's card shows something that changed: the state (taken, escalated, closed), the consent, the Loket's
 * contact after a refusal, the help's (corrected) start date, whether the help started. Only for the card of this traject; a case sent to the Loket again gets a card of its own.
 */
function loketkaartVerouderd(vorig: Hulpvraag, na: Hulpvraag): boolean {
  const [v, n] = [vorig.loket, na.loket];
  if (!v?.bericht || !n || n.sinds !== v.sinds) return false;
  return vorig.status !== na.status || vorig.toestemming?.status !== na.toestemming?.status || v.genomen !== n.genomen || v.hulpGestart !== n.hulpGestart || v.contact !== n.contact || v.weging?.start !== n.weging?.start;
}

/**
 * Everyone who sees less of the case than before (consent withdrawn or refused, case closed, overbruggingszorg
 * ended) is told so in their own chat, with only the number: from now on their card shows what the visibility rule
 * allows. Someone whose part simply ended (an offer another Loket member took over) already heard why in a notice.
 */
function verlorenToegang(vorig: Hulpvraag, na: Hulpvraag, door: Persoon, kennisgevingen: readonly Kennisgeving[]): UitgaandInhoud[] {
  const reden = waaromMinder(vorig, na);
  const verloren = vorig.betrokkenen.filter(
    (b, i, alle) =>
      alle.findIndex((a) => zelfdePersoon(a, b)) === i &&
      !zelfdePersoon(b, door) &&
      ZICHTEN.indexOf(zichtVoor(na, b)) < ZICHTEN.indexOf(zichtVoor(vorig, b)) &&
      (reden !== undefined || !kennisgevingen.some((k) => zelfdePersoon(k.aan, b))),
  );
  const tekst = `Hulpvraag ${na.nummer}: ${reden ?? 'u bent niet meer betrokken'}. U ziet de details van deze hulpvraag niet meer; neem voor vragen contact op met de IB'er/COO.`;
  return verloren.map((aan) => ({ soort: 'kennisgeving', aan, tekst }));
}

function waaromMinder(vorig: Hulpvraag, na: Hulpvraag): string | undefined {
  if (na.status === 'gesloten' && vorig.status !== 'gesloten') return 'de hulpvraag is gesloten';
  if (na.loket?.hulpGestart && !vorig.loket?.hulpGestart) return 'de hulp via het Loket is gestart en uw overbruggingszorg is beëindigd';
  if (na.toestemming?.status === 'ingetrokken' && vorig.toestemming?.status !== 'ingetrokken') return 'de toestemming is ingetrokken';
  if (na.toestemming?.status === 'geweigerd' && vorig.toestemming?.status !== 'geweigerd') return 'de toestemming is geweigerd';
  return undefined;
}

/**
 * Adds entries to the case's outbox; ids follow from case id + version (+ `sleutel`) + position, so a relay is
 * idempotent. With `zelfTot` the writer sends them itself until that moment (see `Uitgaand.doorsturenVanaf`).
 */
export function metUitgaand(h: Hulpvraag, inhoud: readonly UitgaandInhoud[], sleutel = `v${h.versie}`, zelfTot?: Date): Hulpvraag {
  if (inhoud.length === 0) return h;
  const vanaf = zelfTot ? { doorsturenVanaf: zelfTot.toISOString() } : {};
  return { ...h, uitgaand: [...(h.uitgaand ?? []), ...inhoud.map((u, i) => ({ ...u, id: `${h.id}.${sleutel}.${i + 1}`, ...vanaf }))] };
}

/** The entries a relay may move into the pipeline at `nu`: those nobody is sending themselves (any more). */
export function doorTeSturen(h: Hulpvraag, nu: Date): readonly Uitgaand[] {
  return (h.uitgaand ?? []).filter((u) => u.doorsturenVanaf === undefined || Date.parse(u.doorsturenVanaf) <= nu.getTime());
}

/** When the earliest entry may be relayed (the sweep looks at the case then); undefined without entries. */
export function eersteDoorsturen(h: Hulpvraag): Date | undefined {
  const momenten = (h.uitgaand ?? []).map((u) => Date.parse(u.doorsturenVanaf ?? h.bijgewerkt));
  return momenten.length > 0 ? new Date(Math.min(...momenten)) : undefined;
}

/** The case without the entries that have been moved into the send pipeline (no version bump: nothing changed). */
export function zonderUitgaand(h: Hulpvraag, verplaatst: ReadonlySet<string>): Hulpvraag {
  const { uitgaand, ...rest } = h;
  const over = (uitgaand ?? []).filter((u) => !verplaatst.has(u.id));
  return over.length > 0 ? { ...rest, uitgaand: over } : rest;
}

export function nieuwPostbericht(h: Hulpvraag, u: Uitgaand, nu: Date): Postbericht {
  const { id, doorsturenVanaf: _vanaf, ...inhoud } = u;
  return {
    ...nieuweVerzending(id, nu, nu),
    tenantId: h.tenantId,
    schakelteamId: h.schakelteamId,
    hulpvraagId: h.id,
    nummer: h.nummer,
    inhoud,
  };
}

export const NIET_AANGEKOMEN = 'bericht_niet_aangekomen';

function watNietAankwam(b: Postbericht): string {
  switch (b.inhoud.soort) {
    case 'kanaalkaart_plaatsen':
      return `Hulpvraag ${b.nummer} kon niet in het schakelteamkanaal worden geplaatst; het schakelteam ziet haar daar niet.`;
    case 'kanaalkaart':
      return `De kaart van hulpvraag ${b.nummer} in het schakelteamkanaal kon niet worden bijgewerkt; het kanaal toont mogelijk een oude stand.`;
    case 'kanaalbericht':
      return `Een bericht over hulpvraag ${b.nummer} kwam niet aan in het schakelteamkanaal.`;
    case 'loketkaart':
      return `De kaart van hulpvraag ${b.nummer} kwam niet aan in het Loket-kanaal; het Loket ziet de hulpvraag daar niet.`;
    case 'beurt':
      // Not the card's own text: it may carry what someone typed, and the whole channel reads this.
      return `${b.inhoud.aan.naam} heeft de kaart van hulpvraag ${b.nummer} niet ontvangen, waarmee om de volgende stap werd gevraagd.`;
    case 'kennisgeving':
    case 'niet_aangekomen':
      return `Een bericht aan ${b.inhoud.aan?.naam ?? 'het schakelteam'} over hulpvraag ${b.nummer} kwam niet aan.`;
  }
}

/**
 * After the last attempt: the case's history records what did not arrive, and someone is told what to do. A
 * message for a person goes to the schakelteam channel; a message for the channel goes to the IB'er/COO 1:1. A
 * failed "did not arrive" message itself is only recorded (there is nobody left to tell through Teams). Applying it
 * twice (a retry after a crash) changes nothing the second time.
 */
export function meldNietAangekomen(h: Hulpvraag, b: Postbericht, reden: string, moment: Date): Hulpvraag {
  if (isGenoteerd(h, b.id)) return h;
  const aanPersoon = b.inhoud.soort === 'beurt' || b.inhoud.soort === 'kennisgeving' || (b.inhoud.soort === 'niet_aangekomen' && b.inhoud.aan);
  const meldingen: UitgaandInhoud[] = [];
  const wat = watNietAankwam(b);
  if (b.inhoud.soort === 'niet_aangekomen') {
    // Nobody left to tell through Teams: the history and the log carry it.
  } else if (aanPersoon) {
    const naam = 'aan' in b.inhoud ? b.inhoud.aan.naam : '';
    meldingen.push({
      soort: 'niet_aangekomen',
      tekst: `${wat} Neem zelf contact op met ${naam} en wijs op de kaart (typ "mijn casussen" in de chat met de bot). Komt het vaker niet aan, dan heeft ${naam} de bot misschien niet geïnstalleerd of geblokkeerd.`,
    });
  } else {
    const tekst = `${wat} Open de hulpvraag met "mijn casussen" voor de actuele stand en vraag de beheerder van het team na te gaan of de bot nog lid is van het team.`;
    for (const aan of metRol(h, 'ib_coo')) meldingen.push({ soort: 'niet_aangekomen', aan, tekst });
  }
  const gemeld = b.inhoud.soort === 'niet_aangekomen' ? 'niemand' : aanPersoon ? 'schakelteamkanaal' : "IB'er/COO";
  const genoteerd = noteerNietAangekomen(h, { bericht: b.id, soort: b.inhoud.soort, pogingen: String(b.pogingen.length + 1), reden, gemeld }, moment);
  return metUitgaand(genoteerd, meldingen, `${b.id.slice(h.id.length + 1)}.gemeld`);
}

function isGenoteerd(h: Hulpvraag, id: string): boolean {
  return h.geschiedenis.some((r) => r.wat === NIET_AANGEKOMEN && r.details.bericht === id);
}

/**
 * The history line of a sending that did not arrive after its last attempt (an outbox message or a reminder): which
 * one, what kind, how many attempts, why, and whom that was told to. Once per sending, however often it is applied.
 */
export function noteerNietAangekomen(
  h: Hulpvraag,
  details: { readonly bericht: string; readonly soort: string; readonly pogingen: string; readonly reden: string; readonly gemeld: string },
  moment: Date,
): Hulpvraag {
  if (isGenoteerd(h, details.bericht)) return h;
  const regel = { tijdstip: moment.toISOString(), door: { tenantId: h.tenantId, aadObjectId: 'systeem', naam: 'Schoolondersteuning (automatisch)' }, wat: NIET_AANGEKOMEN, details };
  return { ...h, geschiedenis: metHistorie(h.geschiedenis, regel) };
}
