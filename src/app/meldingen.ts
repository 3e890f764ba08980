import { Hulpvraag, metRol } from '../domain/hulpvraag';
import { Betrokkene, Persoon, zelfdePersoon } from '../domain/personen';
import { Status } from '../domain/route';
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

export interface Meldresultaat {
  readonly kanaal?: Verzenduitkomst;
  readonly personen: Verzenduitkomst[];
}

/**
 * After a change: the channel card is replaced so every member sees the current state, and the people whose turn it
 * now is get a personal card (not the person who just acted: they already see the answer to their click).
 */
export async function meldWijziging(deps: MeldDeps, vorigeStatus: Status, h: Hulpvraag, door: Persoon): Promise<Meldresultaat> {
  const kanaal = await deps.kanalen.vanSchakelteam(h.tenantId, h.schakelteamId);
  let kanaalUitkomst: Verzenduitkomst | undefined;
  if (kanaal && h.kanaalBericht) {
    kanaalUitkomst = await deps.verzender.werkBij(kanaal, h.kanaalBericht.activityId, { kaart: deps.kaarten.voorKanaal(h) });
  }
  const beurt = vorigeStatus !== h.status ? WIE_IS_AAN_DE_BEURT[h.status] : undefined;
  const personen: Verzenduitkomst[] = [];
  if (beurt && kanaal) {
    for (const ontvanger of metRol(h, beurt.rol).filter((b) => !zelfdePersoon(b, door))) {
      personen.push(
        await deps.verzender.stuur(
          { persoon: ontvanger, serviceUrl: kanaal.referentie.serviceUrl },
          { kaart: deps.kaarten.voorPersoon(h, ontvanger, beurt.melding) },
        ),
      );
    }
  }
  if (vorigeStatus === 'stagnatie_team_no' && h.status !== vorigeStatus && h.teamNoBesluit && kanaal) {
    // Team NO's decision goes back to the schakelteam (a short post: details only on the cards of the involved)
    // and to the regierol holder.
    await deps.verzender.stuur({ kanaal }, { tekst: `Team NO heeft besloten over hulpvraag ${h.nummer}. Betrokkenen zien het besluit op de kaart (Bekijken).` });
    const melding = `Besluit Team NO: ${h.teamNoBesluit.besluit}. Opdracht: ${h.teamNoBesluit.opdracht}. Aanbieder: ${h.teamNoBesluit.aanbieder}.`;
    for (const houder of metRol(h, 'regierolhouder').filter((b) => !zelfdePersoon(b, door))) {
      personen.push(await deps.verzender.stuur({ persoon: houder, serviceUrl: kanaal.referentie.serviceUrl }, { kaart: deps.kaarten.voorPersoon(h, houder, melding) }));
    }
  }
  return { kanaal: kanaalUitkomst, personen };
}
