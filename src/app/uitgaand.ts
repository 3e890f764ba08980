/**
 * The outbox's relay and its kind of sending. A change writes what it causes into the case (domain/uitgaand.ts);
 * `verplaats` moves those entries into the one send pipeline (app/verzendwerk.ts) and clears them from the case;
 * `postberichtSoort` sends one entry, rendered from the case as it is at sending time. After the last attempt the
 * case's history records what did not arrive and someone is told (the schakelteam channel, or the IB'er).
 */
import { FOUTCODES, isDomainError } from '../domain/errors';
import { Hulpvraag, metRol } from '../domain/hulpvraag';
import { Kanaal } from '../domain/kanaal';
import { Postbericht, meldNietAangekomen, metUitgaand, nieuwPostbericht, zonderUitgaand } from '../domain/uitgaand';
import { Afronding, isDefinitiefMislukt } from '../domain/verzending';
import { aanbodNietBezorgd } from './aanbod-bezorging';
import { HulpvraagKaarten } from './meldingen';
import { HulpvraagOpslag, KanaalOpslag, PostberichtOpslag, ProactieveVerzender, Versie, Verzenduitkomst } from './ports';
import { Verzendinstellingen, Verzendsoort, Verzendverslag, VerzendwerkDeps, afrondingVan, verwerkDeze, verwerkVerschuldigde } from './verzendwerk';
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
 * Moves the case's outbox entries into the send pipeline (create by their derived id: a second relay of the same
 * entry finds it there) and then clears them from the case with the ETag (no version bump). When clearing keeps
 * meeting concurrent writes, the entries stay and the next relay (the sweep) finds them already moved.
 */
export async function verplaats(deps: UitgaandDeps, bewaard: Versie<Hulpvraag>, nu: Date): Promise<string[]> {
  const uitgaand = bewaard.waarde.uitgaand ?? [];
  if (uitgaand.length === 0) return [];
  for (const u of uitgaand) await deps.postberichten.maak(nieuwPostbericht(bewaard.waarde, u, nu));
  const ids = new Set(uitgaand.map((u) => u.id));
  let huidig: Versie<Hulpvraag> | undefined = bewaard;
  for (let poging = 0; huidig && poging < MAX_POGINGEN_WISSEN; poging++) {
    if (!(huidig.waarde.uitgaand ?? []).some((u) => ids.has(u.id))) break;
    try {
      await deps.hulpvragen.vervang(zonderUitgaand(huidig.waarde, ids), huidig.etag);
      break;
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
      huidig = await deps.hulpvragen.lees(bewaard.waarde.schakelteamId, bewaard.waarde.id);
    }
  }
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

/**
 * Stores where a new case's card went, so every later change replaces it. A change made before the id was known
 * did not update the channel (there was no card to replace): the channel card then catches up through the outbox.
 */
async function bewaarKanaalBericht(deps: UitgaandDeps, geplaatst: Hulpvraag, kanaalBericht: NonNullable<Hulpvraag['kanaalBericht']>): Promise<void> {
  for (let poging = 0; poging < MAX_POGINGEN_WISSEN; poging++) {
    const gelezen = await deps.hulpvragen.lees(geplaatst.schakelteamId, geplaatst.id);
    if (!gelezen || gelezen.waarde.kanaalBericht) return;
    const met = { ...gelezen.waarde, kanaalBericht };
    const ingehaald = gelezen.waarde.versie === geplaatst.versie ? met : metUitgaand(met, [{ soort: 'kanaalkaart' }], `v${met.versie}.na-plaatsen`);
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
  throw new Error('kanaalbericht bewaren: te veel gelijktijdige wijzigingen');
}

/** A new case's first card in the schakelteam channel; once it has one, a retry (after a crash) posts no second. */
async function plaats(deps: UitgaandDeps, h: Hulpvraag, kanaal: Kanaal | undefined): Promise<Afronding> {
  if (h.kanaalBericht) return { uitkomst: 'vervallen', reden: 'kaart staat al in het kanaal' };
  if (!kanaal?.bruikbaar) return GEEN_KANAAL;
  const uitkomst = await deps.verzender.stuur({ kanaal }, { kaart: deps.kaarten.voorKanaal(h) });
  if (uitkomst.soort === 'verzonden' && uitkomst.activityId) await bewaarKanaalBericht(deps, h, { kanaalId: kanaal.id, activityId: uitkomst.activityId });
  return afrondingVan(uitkomst, deps.verzending);
}

async function stuur(deps: UitgaandDeps, b: Postbericht, h: Hulpvraag): Promise<Afronding> {
  const kanaal: Kanaal | undefined = await deps.kanalen.vanSchakelteam(h.tenantId, h.schakelteamId);
  const inhoud = b.inhoud;
  const naar = async (uitkomst: Promise<Verzenduitkomst>) => afrondingVan(await uitkomst, deps.verzending);
  switch (inhoud.soort) {
    case 'kanaalkaart_plaatsen':
      return plaats(deps, h, kanaal);
    case 'kanaalkaart':
      if (!h.kanaalBericht) return { uitkomst: 'vervallen', reden: 'geen kaart in het kanaal' };
      return kanaal?.bruikbaar ? naar(deps.verzender.werkBij(kanaal, h.kanaalBericht.activityId, { kaart: deps.kaarten.voorKanaal(h) })) : GEEN_KANAAL;
    case 'beurt':
      // The turn passed meanwhile (someone else acted, the offer ended): the card would ask for what is not theirs.
      if (!metRol(h, inhoud.aan.rol).some((b) => b.aadObjectId === inhoud.aan.aadObjectId)) return { uitkomst: 'vervallen', reden: 'niet meer aan de beurt' };
      return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { kaart: deps.kaarten.voorPersoon(h, inhoud.aan, inhoud.melding) }));
    case 'kennisgeving':
      return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { tekst: inhoud.tekst }));
    case 'kanaalbericht':
    case 'niet_aangekomen':
      if (inhoud.soort === 'niet_aangekomen' && inhoud.aan) return naar(deps.verzender.stuur({ persoon: inhoud.aan, via: kanaal }, { tekst: inhoud.tekst }));
      return kanaal?.bruikbaar ? naar(deps.verzender.stuur({ kanaal }, { tekst: inhoud.tekst })) : GEEN_KANAAL;
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
      const afronding = await stuur(deps, b, gelezen.waarde);
      if (afronding.uitkomst !== 'verzonden' && afronding.uitkomst !== 'vervallen') meld(`postbericht ${b.id}: ${afronding.uitkomst} (${afronding.reden})`);
      // Recorded (and told) before the attempt is: a crash in between repeats the attempt, and the note is kept once.
      if (afronding.uitkomst !== 'verzonden' && isDefinitiefMislukt(b, afronding)) nieuw(await naLaatstePoging(deps, b, afronding.reden, nu));
      return afronding;
    },
  };
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
