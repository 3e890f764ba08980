import { Hulpvraag, metRol } from '../domain/hulpvraag';
import { Kennisgeving } from '../domain/kennisgevingen';
import { Betrokkene, Persoon, zelfdePersoon } from '../domain/personen';
import { Status } from '../domain/route';
import { Kanaal } from '../domain/kanaal';
import { ZICHTEN, zichtVoor } from '../domain/zichtbaarheid';
import { KanaalOpslag, ProactieveVerzender, Verzenduitkomst } from './ports';

/** Renders the case for a channel (base card, safe for every member) or for one person. Implemented by Teams. */
export interface HulpvraagKaarten {
  voorKanaal(hulpvraag: Hulpvraag): object;
  voorPersoon(hulpvraag: Hulpvraag, persoon: Persoon, melding: string): object;
}

export interface MeldDeps {
  readonly verzender: ProactieveVerzender;
  readonly kanalen: KanaalOpslag;
  readonly kaarten: HulpvraagKaarten;
}

/** Who must act next when a case enters a state, and what they are told. */
const WIE_IS_AAN_DE_BEURT: Partial<Record<Status, { rol: Betrokkene['rol']; melding: string }>> = {
  wacht_op_toestemming: { rol: 'ib_coo', melding: 'Het schakelteam heeft besloten. Leg de toestemming vast.' },
  regierol_aangeboden: { rol: 'kandidaat_regierol', melding: 'U krijgt de regierol aangeboden. Accepteert u?' },
  terug_voor_afsluiting: { rol: 'ib_coo', melding: 'De regierolhouder meldt de hulpvraag terug. U kunt hem afsluiten.' },
};

/** The schakelteam's channel, read at most once per turn and only when someone needs it. */
export type SchakelteamKanaal = () => Promise<Kanaal | undefined>;

export function schakelteamKanaal(deps: MeldDeps, h: Hulpvraag): SchakelteamKanaal {
  let gelezen: Promise<Kanaal | undefined> | undefined;
  // A failed read is not remembered: the personal cards later in the turn try again, as they did on their own.
  return () =>
    (gelezen ??= deps.kanalen.vanSchakelteam(h.tenantId, h.schakelteamId).catch((fout: unknown) => {
      gelezen = undefined;
      throw fout;
    }));
}

/**
 * Everyone who sees less of the case than before (consent withdrawn or refused, case closed) is told so in their
 * own chat, with only the number: from now on their card shows what the visibility rule allows.
 */
export async function meldVerlorenToegang(
  deps: MeldDeps,
  vorige: Hulpvraag,
  h: Hulpvraag,
  door: Persoon,
  schakelteamkanaal: SchakelteamKanaal,
): Promise<Verzenduitkomst[]> {
  const verloren = vorige.betrokkenen.filter(
    (b, i, alle) =>
      alle.findIndex((a) => zelfdePersoon(a, b)) === i && !zelfdePersoon(b, door) && ZICHTEN.indexOf(zichtVoor(h, b)) < ZICHTEN.indexOf(zichtVoor(vorige, b)),
  );
  if (verloren.length === 0) return [];
  const kanaal = await schakelteamkanaal();
  if (!kanaal) return [];
  const reden = h.toestemming?.status === 'ingetrokken' ? 'de toestemming is ingetrokken' : h.toestemming?.status === 'geweigerd' ? 'de toestemming is geweigerd' : 'de hulpvraag is gesloten';
  const uitkomsten: Verzenduitkomst[] = [];
  for (const persoon of verloren) {
    const tekst = `Hulpvraag ${h.nummer}: ${reden}. U ziet de details van deze hulpvraag niet meer; neem voor vragen contact op met de IB'er/COO.`;
    uitkomsten.push(await deps.verzender.stuur({ persoon, via: kanaal }, { tekst }));
  }
  return uitkomsten;
}

/** The channel's card is replaced so every member sees the current state. */
export async function werkKanaalkaartBij(deps: MeldDeps, h: Hulpvraag, kanaalVan: SchakelteamKanaal): Promise<Verzenduitkomst | undefined> {
  if (!h.kanaalBericht) return undefined;
  const kanaal = await kanaalVan();
  if (!kanaal) return undefined;
  return deps.verzender.werkBij(kanaal, h.kanaalBericht.activityId, { kaart: deps.kaarten.voorKanaal(h) });
}

/** One personal message and what became of it (an offer that cannot be delivered must not wait unseen). */
export interface Persoonsbericht {
  readonly aan: Betrokkene;
  readonly uitkomst: Verzenduitkomst;
}

/**
 * The people whose turn it now is get a personal card (not the person who just acted: they already see the answer
 * to their click); a Team NO decision also goes back to the schakelteam channel and the regierol holder. Personal
 * messages go to each person's own 1:1 chat: they do not need the schakelteam's channel (the bot may have been
 * removed from that team); the channel is only a hint where to open a chat that does not exist yet.
 */
export async function meldBeurt(
  deps: MeldDeps,
  vorigeStatus: Status,
  h: Hulpvraag,
  door: Persoon,
  kanaalVan: SchakelteamKanaal,
): Promise<Persoonsbericht[]> {
  const personen: Persoonsbericht[] = [];
  const beurt = vorigeStatus !== h.status ? WIE_IS_AAN_DE_BEURT[h.status] : undefined;
  const teamNoBesloten = vorigeStatus === 'stagnatie_team_no' && h.status !== vorigeStatus && h.teamNoBesluit;
  if (!beurt && !teamNoBesloten) return personen;
  const kanaal = await kanaalVan();
  const stuurPersoonlijk = async (ontvangers: readonly Betrokkene[], melding: string) => {
    for (const ontvanger of ontvangers.filter((b) => !zelfdePersoon(b, door))) {
      const kaart = deps.kaarten.voorPersoon(h, ontvanger, melding);
      personen.push({ aan: ontvanger, uitkomst: await deps.verzender.stuur({ persoon: ontvanger, via: kanaal }, { kaart }) });
    }
  };
  if (beurt) await stuurPersoonlijk(metRol(h, beurt.rol), beurt.melding);
  if (teamNoBesloten && h.teamNoBesluit) {
    // A short post in the channel (details only on the cards of the involved), the full decision to the holder.
    if (kanaal) await deps.verzender.stuur({ kanaal }, { tekst: `Team NO heeft besloten over hulpvraag ${h.nummer}. Betrokkenen zien het besluit op de kaart (Bekijken).` });
    const { besluit, opdracht, aanbieder } = h.teamNoBesluit;
    await stuurPersoonlijk(metRol(h, 'regierolhouder'), `Besluit Team NO: ${besluit}. Opdracht: ${opdracht}. Aanbieder: ${aanbieder}.`);
  }
  return personen;
}

/** Notices from the domain (an offer that ended, a declined handover, consent to extend) go to each person 1:1. */
export async function meldKennisgevingen(
  deps: MeldDeps,
  kennisgevingen: readonly Kennisgeving[],
  kanaalVan: SchakelteamKanaal,
): Promise<Verzenduitkomst[]> {
  if (kennisgevingen.length === 0) return [];
  const kanaal = await kanaalVan();
  const uitkomsten: Verzenduitkomst[] = [];
  for (const k of kennisgevingen) {
    uitkomsten.push(await deps.verzender.stuur({ persoon: k.aan, via: kanaal }, { tekst: k.tekst }));
  }
  return uitkomsten;
}
