import { Herinnering, isNogActueel } from '../domain/herinnering-status';
import { Ontvanger } from '../domain/herinneringen';
import { Hulpvraag } from '../domain/hulpvraag';
import { Regioindeling, regioVan } from '../domain/regio';
import { metUitgaand, noteerNietAangekomen } from '../domain/uitgaand';
import { Afronding, isDefinitiefMislukt } from '../domain/verzending';
import { FOUTCODES, isDomainError } from '../domain/errors';
import { gekoppeldKanaal, teamNoKanaal } from './kanalen';
import { BeheerHerinneringDeps, stuurAanBeheer } from './herinnering-beheer';
import { ontvangerNaam } from './herinnering-opmaak';
import { HerinneringOpmaak, HerinneringOpslag, HulpvraagOpslag, KanaalOpslag, ProactieveVerzender, Verzenddoel } from './ports';
import { UitgaandDeps, bezorg, verplaats } from './uitgaand';
import { Verzendinstellingen, Verzendsoort, afrondingVan } from './verzendwerk';

export interface HerinneringVerzendDeps extends BeheerHerinneringDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly herinneringen: HerinneringOpslag;
  readonly kanalen: KanaalOpslag;
  readonly verzender: ProactieveVerzender;
  readonly opmaak: HerinneringOpmaak;
  readonly verzending: Verzendinstellingen;
  /** Schools per region (REGIOS): an escalation goes to its region's Team NO. */
  readonly regios?: Regioindeling;
  /** The outbox (app/uitgaand.ts): sends the "did not arrive" message right away; without it the sweep relays it. */
  readonly uitgaand?: UitgaandDeps;
}

async function doelVoor(deps: HerinneringVerzendDeps, r: Herinnering & { ontvanger: Exclude<Ontvanger, { soort: 'beheer' }> }, h: Hulpvraag): Promise<Verzenddoel | string> {
  if (r.ontvanger.soort === 'kanaal') {
    const kanaal =
      r.ontvanger.kanaalSoort === 'team_no'
        ? await teamNoKanaal(deps.kanalen, r.tenantId, regioVan(deps.regios, h.school))
        : await gekoppeldKanaal(deps.kanalen, r.tenantId, r.ontvanger.kanaalSoort);
    return kanaal ? { kanaal } : `geen bruikbaar ${r.ontvanger.kanaalSoort === 'loket' ? 'Loket' : 'Team NO'}-kanaal gekoppeld`;
  }
  const { tenantId, aadObjectId, naam } = r.ontvanger;
  return { persoon: { tenantId, aadObjectId, naam }, via: await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId) };
}

/**
 * Never drop silently: after its last attempt a reminder is recorded in the case's history (once per reminder), and
 * the message to the schakelteam channel is an outbox entry of the case written in that same change (id from the
 * reminder), so a crash or a failing channel neither loses nor repeats it; the outbox relays and sends it.
 */
async function meldOnbereikbaar(deps: HerinneringVerzendDeps, r: Herinnering, h: Hulpvraag, reden: string, nu: Date): Promise<void> {
  const kanaal = await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId);
  const details = { bericht: r.id, soort: `herinnering ${r.soort}`, pogingen: String(r.pogingen.length + 1), reden, gemeld: kanaal?.bruikbaar ? 'schakelteamkanaal' : 'niemand' };
  const tekst = `Een bericht over hulpvraag ${h.nummer} kon niet bij ${ontvangerNaam(r)} worden bezorgd (${reden}). Neem zelf contact op; de bot probeert dit gesprek niet meer.`;
  for (let poging = 0; poging < 3; poging++) {
    const gelezen = await deps.hulpvragen.lees(h.schakelteamId, h.id);
    const genoteerd = gelezen && noteerNietAangekomen(gelezen.waarde, details, nu);
    if (!gelezen || !genoteerd || genoteerd === gelezen.waarde) return;
    const na = kanaal?.bruikbaar ? metUitgaand(genoteerd, [{ soort: 'niet_aangekomen', tekst }], `${r.id}.gemeld`) : genoteerd;
    try {
      const bewaard = await deps.hulpvragen.vervang(na, gelezen.etag);
      if (deps.uitgaand) await bezorg(deps.uitgaand, nu, await verplaats(deps.uitgaand, bewaard, nu));
      return;
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
    }
  }
}

/** Reminders as a kind of sending: lapses when the case moved on, goes to the person or the Team NO channel. */
export function herinneringSoort(deps: HerinneringVerzendDeps): Verzendsoort<Herinnering> {
  return {
    opslag: deps.herinneringen,
    async verstuur(r, nu, meld): Promise<Afronding> {
      const hulpvraag = await deps.hulpvragen.lees(r.schakelteamId, r.hulpvraagId);
      if (!hulpvraag || !isNogActueel(r, hulpvraag.waarde)) {
        return { uitkomst: 'vervallen', reden: hulpvraag ? 'niet meer actueel' : 'hulpvraag bestaat niet meer' };
      }
      const ontvanger = r.ontvanger;
      if (ontvanger.soort === 'beheer') return stuurAanBeheer(deps, r, hulpvraag.waarde, nu, meld);
      const doel = await doelVoor(deps, { ...r, ontvanger }, hulpvraag.waarde);
      const afronding: Afronding =
        typeof doel === 'string'
          ? { uitkomst: 'onbruikbaar', reden: doel }
          : afrondingVan(await deps.verzender.stuur(doel, deps.opmaak.herinnering(r, hulpvraag.waarde)), deps.verzending);
      if (afronding.uitkomst !== 'verzonden' && isDefinitiefMislukt(r, afronding)) await meldOnbereikbaar(deps, r, hulpvraag.waarde, afronding.reden, nu);
      return afronding;
    },
  };
}
