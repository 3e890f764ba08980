import { Herinnering, isNogActueel } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { Regioindeling, regioVan } from '../domain/regio';
import { noteerNietAangekomen } from '../domain/uitgaand';
import { Afronding, isDefinitiefMislukt } from '../domain/verzending';
import { FOUTCODES, isDomainError } from '../domain/errors';
import { gekoppeldKanaal, teamNoKanaal } from './kanalen';
import { HerinneringOpmaak, HerinneringOpslag, HulpvraagOpslag, KanaalOpslag, ProactieveVerzender, Verzenddoel } from './ports';
import { Verzendinstellingen, Verzendsoort, afrondingVan } from './verzendwerk';

export interface HerinneringVerzendDeps {
  readonly hulpvragen: HulpvraagOpslag;
  readonly herinneringen: HerinneringOpslag;
  readonly kanalen: KanaalOpslag;
  readonly verzender: ProactieveVerzender;
  readonly opmaak: HerinneringOpmaak;
  readonly verzending: Verzendinstellingen;
  /** Schools per region (REGIOS): an escalation goes to its region's Team NO. */
  readonly regios?: Regioindeling;
}

async function doelVoor(deps: HerinneringVerzendDeps, r: Herinnering, h: Hulpvraag): Promise<Verzenddoel | string> {
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
 * Never drop silently: after its last attempt a reminder is recorded in the case's history (once per reminder) and
 * told to the schakelteam channel (if that one still works).
 */
async function meldOnbereikbaar(deps: HerinneringVerzendDeps, r: Herinnering, h: Hulpvraag, reden: string, nu: Date, meld: (fout: string) => void): Promise<void> {
  const kanaal = await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId);
  const details = { bericht: r.id, soort: `herinnering ${r.soort}`, pogingen: String(r.pogingen.length + 1), reden, gemeld: kanaal?.bruikbaar ? 'schakelteamkanaal' : 'niemand' };
  for (let poging = 0; poging < 3; poging++) {
    const gelezen = await deps.hulpvragen.lees(h.schakelteamId, h.id);
    const na = gelezen && noteerNietAangekomen(gelezen.waarde, details, nu);
    if (!gelezen || !na || na === gelezen.waarde) break;
    try {
      await deps.hulpvragen.vervang(na, gelezen.etag);
      break;
    } catch (fout) {
      if (!isDomainError(fout, FOUTCODES.conflict)) throw fout;
    }
  }
  const uitkomst = kanaal ? await deps.verzender.stuur({ kanaal }, deps.opmaak.onbereikbaar(r, h, reden)) : undefined;
  if (uitkomst?.soort !== 'verzonden') meld(`melding schakelteam ${r.schakelteamId}: ${uitkomst?.soort ?? 'geen kanaal'}`);
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
      const doel = await doelVoor(deps, r, hulpvraag.waarde);
      const afronding: Afronding =
        typeof doel === 'string'
          ? { uitkomst: 'onbruikbaar', reden: doel }
          : afrondingVan(await deps.verzender.stuur(doel, deps.opmaak.herinnering(r, hulpvraag.waarde)), deps.verzending);
      if (afronding.uitkomst !== 'verzonden' && isDefinitiefMislukt(r, afronding)) await meldOnbereikbaar(deps, r, hulpvraag.waarde, afronding.reden, nu, meld);
      return afronding;
    },
  };
}
