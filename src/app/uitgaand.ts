/**
 * The outbox's sender, relay and kind of sending. A change writes what it causes into the case (domain/uitgaand.ts).
 * A click sends those entries itself from the case as written (`verstuurDirect`) and clears them with one write;
 * only what did not go out is handed to the one send pipeline (app/verzendwerk.ts). `verplaats` is the relay for
 * entries nobody sends themselves (any more): it moves them into the pipeline and clears them from the case;
 * `postberichtSoort` sends one pipeline entry, rendered from the case as it is at sending time. After the last
 * attempt the case's history records what did not arrive and someone is told (the schakelteam channel, or the IB'er).
 */
import { FOUTCODES, isDomainError } from '../domain/errors';
import { Hulpvraag } from '../domain/hulpvraag';
import { Kanaal } from '../domain/kanaal';
import { Postbericht, Uitgaand, UitgaandInhoud, doorTeSturen, meldNietAangekomen, nogAanZet, metUitgaand, nieuwPostbericht } from '../domain/uitgaand';
import { Afronding, isDefinitiefMislukt, rondAf } from '../domain/verzending';
import { aanbodNietBezorgd } from './aanbod-bezorging';
import { gekoppeldKanaal } from './kanalen';
import { HulpvraagKaarten } from './meldingen';
import { HulpvraagOpslag, KanaalOpslag, PostberichtOpslag, ProactieveVerzender, Versie, Verzenduitkomst } from './ports';
import { Verzendinstellingen, Verzendsoort, Verzendverslag, VerzendwerkDeps, afrondingVan, foutcode, nieuwVerslag, verwerkDeze, verwerkVerschuldigde } from './verzendwerk';
import { WijzigDeps } from './wijzigen';

/** The relay and sender; WijzigDeps because a final failure may change the case (history, an offer that ends). */
export interface UitgaandDeps extends VerzendwerkDeps, WijzigDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly postberichten: PostberichtOpslag;
  readonly verzender: ProactieveVerzender;
  readonly kanalen: KanaalOpslag;
  readonly kaarten: HulpvraagKaarten;
  /** The outbox's own retries: a click's messages are retried sooner than a reminder. */
  readonly verzending: Verzendinstellingen;
}

const MAX_POGINGEN_WISSEN = 5;

/**
 * Clears entries from the case with the ETag (no version bump). When clearing keeps meeting concurrent writes, the
 * entries stay: a relay later finds them already sent or moved (the pipeline's ids make a second move a no-op).
 */
async function wis(deps: UitgaandDeps, bewaard: Versie<Hulpvraag>, ids: ReadonlySet<string>): Promise<void> {
  let huidig: Versie<Hulpvraag> | undefined = bewaard;
  for (let poging = 0; huidig && poging < MAX_POGINGEN_WISSEN; poging++) {
    if (!(huidig.waarde.uitgaand ?? []).some((u) => ids.has(u.id))) return;
    try {
      await deps.hulpvragen.wisUitgaand(huidig, ids);
      return;
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
      huidig = await deps.hulpvragen.lees(bewaard.waarde.schakelteamId, bewaard.waarde.id);
    }
  }
}

/**
 * Moves the case's outbox entries that nobody sends themselves (any more) into the send pipeline (create by their
 * derived id: a second relay of the same entry finds it there) and then clears them from the case.
 */
export async function verplaats(deps: UitgaandDeps, bewaard: Versie<Hulpvraag>, nu: Date): Promise<string[]> {
  const uitgaand = doorTeSturen(bewaard.waarde, nu);
  if (uitgaand.length === 0) return [];
  for (const u of uitgaand) await deps.postberichten.maak(nieuwPostbericht(bewaard.waarde, u, nu));
  const ids = new Set(uitgaand.map((u) => u.id));
  await wis(deps, bewaard, ids);
  return [...ids];
}

/** Records on the case what did not arrive and relays whom that is told to; the ids of those new entries. */
async function noteerNietAangekomen(deps: UitgaandDeps, b: Postbericht, reden: string, nu: Date): Promise<string[]> {
  for (let poging = 0; poging < MAX_POGINGEN_WISSEN; poging++) {
    const gelezen = await deps.hulpvragen.lees(b.schakelteamId, b.hulpvraagId);
    if (!gelezen) return [];
    const na = meldNietAangekomen(gelezen.waarde, b, reden, nu);
    if (na === gelezen.waarde) return [];
    try {
      return await verplaats(deps, await deps.hulpvragen.vervang(na, gelezen.etag), nu);
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
    }
  }
  throw new Error('niet-aangekomen-melding: te veel gelijktijdige wijzigingen');
}

/**
 * An offer card that never reached the candidate ends the offer (its own history line and notices); anything else
 * that did not arrive is recorded and told as such. The ids of the new outbox entries, to send in the same pass.
 */
async function naLaatstePoging(deps: UitgaandDeps, b: Postbericht, reden: string, nu: Date): Promise<string[]> {
  if (b.inhoud.soort === 'beurt' && b.inhoud.aan.rol === 'kandidaat_regierol') {
    const beeindigd = await aanbodNietBezorgd(deps, { schakelteamId: b.schakelteamId, id: b.hulpvraagId }, b.inhoud.aan, reden);
    if (beeindigd) return verplaats(deps, beeindigd, nu);
  }
  return noteerNietAangekomen(deps, b, reden, nu);
}

/**
 * No bound or no usable schakelteam channel: there is nothing to update or post, and whoever must know was told
 * when the channel was lost (the removal of the bot, or the first send that met 403/404). Not a new failure.
 */
const GEEN_KANAAL: Afronding = { uitkomst: 'vervallen', reden: 'geen bruikbaar schakelteamkanaal' };

type KaartPlek = NonNullable<Hulpvraag['kanaalBericht']>;

/** A card the case keeps up to date in a channel: where its message id is kept, and the entry that replaces it. */
interface BijgehoudenKaart {
  /** The case with the id stored, or undefined when there is nothing (left) to store it on. */
  readonly met: (h: Hulpvraag, geplaatst: Hulpvraag, bericht: KaartPlek) => Hulpvraag | undefined;
  readonly bijwerken: UitgaandInhoud;
}

const SCHAKELTEAMKAART: BijgehoudenKaart = {
  met: (h, _geplaatst, kanaalBericht) => (h.kanaalBericht ? undefined : { ...h, kanaalBericht }),
  bijwerken: { soort: 'kanaalkaart' },
};

/** The Loket card belongs to the traject it was posted for. */
const LOKETKAART: BijgehoudenKaart = {
  met: (h, geplaatst, bericht) => (h.loket && !h.loket.bericht && h.loket.sinds === geplaatst.loket?.sinds ? { ...h, loket: { ...h.loket, bericht } } : undefined),
  bijwerken: { soort: 'loketkaart' },
};

/**
 * Stores where a case's card went, so every later change replaces it. A change made before the id was known did not
 * update the card (there was none to replace): the card then catches up through the outbox.
 */
async function bewaarBericht(deps: UitgaandDeps, geplaatst: Hulpvraag, kaart: BijgehoudenKaart, bericht: KaartPlek): Promise<void> {
  for (let poging = 0; poging < MAX_POGINGEN_WISSEN; poging++) {
    const gelezen = await deps.hulpvragen.lees(geplaatst.schakelteamId, geplaatst.id);
    const met = gelezen && kaart.met(gelezen.waarde, geplaatst, bericht);
    if (!gelezen || !met) return;
    const ingehaald = gelezen.waarde.versie === geplaatst.versie ? met : metUitgaand(met, [kaart.bijwerken], `v${met.versie}.na-plaatsen-${kaart.bijwerken.soort}`);
    try {
      // Bookkeeping, not a change of the case: the version stays, so open cards stay valid.
      const bewaard = await deps.hulpvragen.vervang(ingehaald, gelezen.etag);
      if (ingehaald !== met) {
        const nu = deps.klok.nu();
        await bezorg(deps, nu, await verplaats(deps, bewaard, nu));
      }
      return;
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
    }
  }
  throw new Error('bericht bewaren: te veel gelijktijdige wijzigingen');
}

/** A new case's first card in the schakelteam channel; once it has one, a retry (after a crash) posts no second. */
async function plaats(deps: UitgaandDeps, h: Hulpvraag, kanaal: Kanaal | undefined, vanaf?: Promise<void>): Promise<Afronding> {
  if (h.kanaalBericht) return { uitkomst: 'vervallen', reden: 'kaart staat al in het kanaal' };
  if (!kanaal?.bruikbaar) return GEEN_KANAAL;
  const uitkomst = await deps.verzender.stuur({ kanaal }, { kaart: deps.kaarten.voorKanaal(h) }, vanaf);
  if (uitkomst.soort === 'verzonden' && uitkomst.activityId) await bewaarBericht(deps, h, SCHAKELTEAMKAART, { kanaalId: kanaal.id, activityId: uitkomst.activityId });
  return afrondingVan(uitkomst, deps.verzending);
}

/**
 * The case's card in the Loket channel: posted once per traject (its id kept on the traject), then replaced with the
 * current state. A card in a channel no longer bound as the Loket is not replaced: the bound channel gets a new one.
 */
async function toonBijLoket(deps: UitgaandDeps, h: Hulpvraag, vanaf?: Promise<void>): Promise<Afronding> {
  const loket = await gekoppeldKanaal(deps.kanalen, h.tenantId, 'loket');
  if (!loket) return { uitkomst: 'vervallen', reden: 'geen bruikbaar Loket-kanaal' };
  const bericht = { kaart: deps.kaarten.voorLoket(h) };
  const staat = h.loket?.bericht;
  if (staat && staat.kanaalId === loket.id) return afrondingVan(await deps.verzender.werkBij(loket, staat.activityId, bericht, vanaf), deps.verzending);
  const uitkomst = await deps.verzender.stuur({ kanaal: loket }, bericht, vanaf);
  if (uitkomst.soort === 'verzonden' && uitkomst.activityId) await bewaarBericht(deps, h, LOKETKAART, { kanaalId: loket.id, activityId: uitkomst.activityId });
  return afrondingVan(uitkomst, deps.verzending);
}

/** One entry sent; its request to Teams waits for `vanaf` (see ProactieveVerzender), its card is rendered before. */
async function stuur(deps: UitgaandDeps, b: Postbericht, h: Hulpvraag, kanaal: Kanaal | undefined, vanaf?: Promise<void>): Promise<Afronding> {
  const inhoud = b.inhoud;
  const naar = async (uitkomst: Promise<Verzenduitkomst>) => afrondingVan(await uitkomst, deps.verzending);
  switch (inhoud.soort) {
    case 'kanaalkaart_plaatsen':
      return plaats(deps, h, kanaal, vanaf);
    case 'kanaalkaart':
      if (!h.kanaalBericht) return { uitkomst: 'vervallen', reden: 'geen kaart in het kanaal' };
      return kanaal?.bruikbaar ? naar(deps.verzender.werkBij(kanaal, h.kanaalBericht.activityId, { kaart: deps.kaarten.voorKanaal(h) }, vanaf)) : GEEN_KANAAL;
    case 'loketkaart':
      return toonBijLoket(deps, h, vanaf);
    case 'beurt':
      // The turn passed meanwhile (someone else acted, the offer ended): the card would ask for what is not theirs.
      if (!nogAanZet(h, inhoud.aan, inhoud.stap)) return { uitkomst: 'vervallen', reden: 'niet meer aan de beurt' };
      return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { kaart: deps.kaarten.voorPersoon(h, inhoud.aan, inhoud.aanleiding ?? '') }, vanaf));
    case 'kennisgeving':
      return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { tekst: inhoud.tekst }, vanaf));
    case 'kanaalbericht':
    case 'niet_aangekomen':
      if (inhoud.soort === 'niet_aangekomen' && inhoud.aan) return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { tekst: inhoud.tekst }, vanaf));
      return kanaal?.bruikbaar ? naar(deps.verzender.stuur({ kanaal }, { tekst: inhoud.tekst }, vanaf)) : GEEN_KANAAL;
  }
}

/**
 * The outbox as a kind of sending. `nieuw` receives the ids of "did not arrive" messages relayed on the way, so
 * the caller sends them in the same pass.
 */
export function postberichtSoort(deps: UitgaandDeps, nieuw: (ids: readonly string[]) => void): Verzendsoort<Postbericht> {
  return {
    opslag: deps.postberichten,
    async verstuur(b, nu, meld): Promise<Afronding> {
      const gelezen = await deps.hulpvragen.lees(b.schakelteamId, b.hulpvraagId);
      if (!gelezen) return { uitkomst: 'vervallen', reden: 'hulpvraag bestaat niet meer' };
      const h = gelezen.waarde;
      const afronding = await stuur(deps, b, h, await deps.kanalen.vanSchakelteam(h.tenantId, h.schakelteamId));
      if (afronding.uitkomst !== 'verzonden' && afronding.uitkomst !== 'vervallen') meld(`postbericht ${b.id}: ${afronding.uitkomst} (${afronding.reden})`);
      // Recorded (and told) before the attempt is: a crash in between repeats the attempt, and the note is kept once.
      if (afronding.uitkomst !== 'verzonden' && isDefinitiefMislukt(b, afronding)) nieuw(await naLaatstePoging(deps, b, afronding.reden, nu));
      return afronding;
    },
  };
}

/** One entry sent by the writer of its change: how it went, or nothing when the attempt itself broke. */
interface DirectVerzonden {
  readonly u: Uitgaand;
  readonly afronding?: Afronding;
}

/**
 * The entries `ids` of the case as just written, sent by the process that wrote them (they carry its hold, see
 * `Uitgaand.doorsturenVanaf`): no pipeline documents, no second read of the case. `eerst` go out first (a click
 * waits for them: its channel card); `alles` resolves when every entry is done: what went out is cleared from the
 * case with one write, only what did not is handed to the pipeline (with this attempt recorded, so its retries and
 * the last-attempt notice follow from there). `daarna` resolves once the work already queued has run: the others are
 * prepared after the first requests left and go out after the first ones are done and `daarna` (a click: after its
 * answer).
 * A crash before the clearing write loses nothing: after the hold the sweep relays the entries (a message Teams had
 * accepted then arrives twice).
 */
export function verstuurDirect(
  deps: UitgaandDeps,
  bewaard: Versie<Hulpvraag>,
  ids: ReadonlySet<string>,
  nu: Date,
  eerst: (u: Uitgaand) => boolean,
  daarna: () => Promise<void> = async () => undefined,
): { readonly eerst: Promise<void>; readonly alles: Promise<Verzendverslag> } {
  const h = bewaard.waarde;
  const eigen = (h.uitgaand ?? []).filter((u) => ids.has(u.id));
  const verslag = nieuwVerslag();
  if (eigen.length === 0) return { eerst: Promise.resolve(), alles: Promise.resolve(verslag) };
  // Read once for all entries; a failed read fails each attempt (caught below), never unhandled.
  const kanaal = deps.kanalen.vanSchakelteam(h.tenantId, h.schakelteamId);
  kanaal.catch(() => undefined);
  const stuurEen = async (u: Uitgaand, vanaf?: Promise<void>): Promise<DirectVerzonden> => {
    try {
      return { u, afronding: await stuur(deps, nieuwPostbericht(h, u, nu), h, await kanaal, vanaf) };
    } catch (fout) {
      verslag.fouten.push(`postbericht ${u.id}: ${foutcode(fout)}`);
      return { u };
    }
  };
  const voorop = Promise.all(eigen.filter(eerst).map((u) => stuurEen(u)));
  // The others are prepared (card rendered, 1:1 chat looked up) once the first requests are on their way, while they
  // are answered; their own requests to Teams go out after those and `daarna` (a click: after its answer).
  const rest = eigen.filter((u) => !eerst(u));
  const overige =
    rest.length === 0
      ? Promise.resolve([])
      : daarna().then(() => {
          const naVoorop = voorop.then(daarna);
          return Promise.all(rest.map((u) => stuurEen(u, naVoorop)));
        });
  const alles = (async () => {
    const uitkomsten = [...(await voorop), ...(await overige)];
    const meldingen = await naarPijplijn(deps, h, uitkomsten, nu, verslag);
    await wis(deps, bewaard, new Set(eigen.map((u) => u.id)));
    if (meldingen.length > 0) telOp(verslag, await bezorg(deps, nu, meldingen));
    return verslag;
  })();
  return { eerst: voorop.then(() => undefined), alles };
}

/**
 * What did not go out directly goes into the pipeline: with the attempt recorded (retried after the backoff; after
 * the last attempt recorded and told first, as the pipeline does), or untried when the attempt itself broke. The ids
 * of "did not arrive" messages that caused.
 */
async function naarPijplijn(deps: UitgaandDeps, h: Hulpvraag, uitkomsten: readonly DirectVerzonden[], nu: Date, verslag: Verzendverslag): Promise<string[]> {
  const meldingen: string[] = [];
  for (const { u, afronding } of uitkomsten) {
    const b = nieuwPostbericht(h, u, nu);
    if (!afronding) {
      await deps.postberichten.maak(b);
      continue;
    }
    verslag[afronding.uitkomst]++;
    if (afronding.uitkomst === 'verzonden' || afronding.uitkomst === 'vervallen') continue;
    verslag.fouten.push(`postbericht ${b.id}: ${afronding.uitkomst} (${afronding.reden})`);
    if (isDefinitiefMislukt(b, afronding)) meldingen.push(...(await naLaatstePoging(deps, b, afronding.reden, nu)));
    await deps.postberichten.maak(rondAf(b, afronding, deps.instantie, nu));
  }
  return meldingen;
}

function telOp(totaal: Verzendverslag, deel: Verzendverslag): void {
  totaal.verzonden += deel.verzonden;
  totaal.mislukt += deel.mislukt;
  totaal.onbruikbaar += deel.onbruikbaar;
  totaal.vervallen += deel.vervallen;
  totaal.fouten.push(...deel.fouten);
}

/** Sends these outbox entries now (`ids`, else everything due), then the "did not arrive" messages that caused. */
export async function bezorg(deps: UitgaandDeps, nu: Date, ids?: readonly string[]): Promise<Verzendverslag> {
  let meldingen: string[] = [];
  const soort = postberichtSoort(deps, (nieuw) => meldingen.push(...nieuw));
  const verslag = ids ? await verwerkDeze(soort, deps, ids, nu) : await verwerkVerschuldigde(soort, deps, nu);
  // A failed "did not arrive" message creates nothing new, so this ends after at most two rounds.
  while (meldingen.length > 0) {
    const deze = meldingen;
    meldingen = [];
    telOp(verslag, await verwerkDeze(soort, deps, deze, nu));
  }
  return verslag;
}
