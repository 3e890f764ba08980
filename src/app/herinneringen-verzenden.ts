import { DomainError } from '../domain/errors';
import { Afronding, Herinnering, claim, isClaimbaar, isNogActueel, rondAf } from '../domain/herinnering-status';
import { Hulpvraag } from '../domain/hulpvraag';
import { inVenster } from '../domain/werkdagen';
import type { SweepDeps, Sweepverslag } from './herinneringen-sweep';
import { Verzenddoel, Versie } from './ports';

const STANDAARD_LEASE_MS = 10 * 60_000;

/** Runs `werk` over `items` with at most `max` at a time. */
async function metMaximaal<T>(items: readonly T[], max: number, werk: (item: T) => Promise<void>): Promise<void> {
  let volgende = 0;
  const lopers = Array.from({ length: Math.max(1, Math.min(max, items.length)) }, async () => {
    while (volgende < items.length) {
      const item = items[volgende++];
      if (item !== undefined) await werk(item);
    }
  });
  await Promise.all(lopers);
}

async function doelVoor(deps: SweepDeps, r: Herinnering): Promise<Verzenddoel | string> {
  if (r.ontvanger.soort === 'kanaal') {
    const kanaal = (await deps.kanalen.vanSoort(r.tenantId, 'team_no')).find((k) => k.bruikbaar);
    return kanaal ? { kanaal } : 'geen bruikbaar Team NO-kanaal gekoppeld';
  }
  const schakelteam = await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId);
  const serviceUrl = schakelteam?.referentie.serviceUrl ?? deps.standaardServiceUrl;
  if (!serviceUrl) return 'geen serviceUrl bekend om een 1:1-gesprek te openen';
  const { tenantId, aadObjectId, naam } = r.ontvanger;
  return { persoon: { tenantId, aadObjectId, naam }, serviceUrl };
}

/** Never drop silently: an undeliverable reminder is told to the schakelteam channel (if that one still works). */
async function meldOnbereikbaar(deps: SweepDeps, r: Herinnering, h: Hulpvraag, reden: string, verslag: Sweepverslag): Promise<void> {
  const kanaal = await deps.kanalen.vanSchakelteam(r.tenantId, r.schakelteamId);
  const uitkomst = kanaal ? await deps.verzender.stuur({ kanaal }, deps.opmaak.onbereikbaar(r, h, reden)) : undefined;
  if (uitkomst?.soort !== 'verzonden') verslag.fouten.push(`melding schakelteam ${r.schakelteamId}: ${uitkomst?.soort ?? 'geen kanaal'}`);
}

/** Claims one reminder, sends it and records the outcome on the document. */
async function verwerk(deps: SweepDeps, gelezen: Versie<Herinnering>, nu: Date, verslag: Sweepverslag): Promise<void> {
  if (!isClaimbaar(gelezen.waarde, nu)) return;
  const geclaimd = await deps.herinneringen.vervang(claim(gelezen.waarde, deps.instantie, nu, deps.leaseMs ?? STANDAARD_LEASE_MS), gelezen.etag);
  // Another instance claimed it between our query and our write: it is theirs.
  if (!geclaimd) return;
  const r = geclaimd.waarde;
  const hulpvraag = await deps.hulpvragen.lees(r.schakelteamId, r.hulpvraagId);
  let afronding: Afronding;
  if (!hulpvraag || !isNogActueel(r, hulpvraag.waarde)) {
    afronding = { uitkomst: 'vervallen', reden: hulpvraag ? 'niet meer actueel' : 'hulpvraag bestaat niet meer' };
  } else {
    const doel = await doelVoor(deps, r);
    if (typeof doel === 'string') {
      afronding = { uitkomst: 'onbruikbaar', reden: doel };
    } else {
      const uitkomst = await deps.verzender.stuur(doel, deps.opmaak.herinnering(r, hulpvraag.waarde));
      afronding =
        uitkomst.soort === 'verzonden'
          ? { uitkomst: 'verzonden', activityId: uitkomst.activityId }
          : uitkomst.soort === 'onbruikbaar'
            ? { uitkomst: 'onbruikbaar', reden: uitkomst.reden }
            : { uitkomst: 'mislukt', reden: uitkomst.reden, opnieuwNaMs: deps.opnieuwNaMs ?? 15 * 60_000, maxPogingen: deps.maxVerzendpogingen ?? 3 };
    }
    if (afronding.uitkomst === 'onbruikbaar') await meldOnbereikbaar(deps, r, hulpvraag.waarde, afronding.reden, verslag);
  }
  const tellers = { verzonden: 'verzonden', onbruikbaar: 'onbruikbaar', mislukt: 'mislukt', vervallen: 'vervallen' } as const;
  verslag[tellers[afronding.uitkomst]]++;
  const bewaard = await deps.herinneringen.vervang(rondAf(r, afronding, deps.instantie, nu), geclaimd.etag);
  // Only possible when our lease ran out during the send and someone else claimed it: then it may go out twice.
  if (!bewaard) verslag.fouten.push(`uitkomst ${r.id}: lease verlopen tijdens verzenden`);
}

/** Claims and sends everything due; outside the send window nothing is sent (it waits for the window). */
export async function verstuurVerschuldigde(deps: SweepDeps, nu: Date, verslag: Sweepverslag): Promise<void> {
  if (!inVenster(nu, deps.instellingen.venster, deps.instellingen.feestdagen)) return;
  const verschuldigd = await deps.herinneringen.verschuldigd(nu, deps.maxPerSweep ?? 200);
  await metMaximaal(verschuldigd, deps.parallel ?? 8, async (gelezen) => {
    try {
      await verwerk(deps, gelezen, nu, verslag);
    } catch (fout) {
      const code = fout instanceof DomainError ? fout.code : fout instanceof Error ? fout.name : 'onbekend';
      verslag.fouten.push(`verzenden ${gelezen.waarde.id}: ${code}`);
    }
  });
}
