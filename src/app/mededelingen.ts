/**
 * Notices that belong to no single case (domain/mededeling.ts) as a kind of sending in the one send pipeline:
 * stored first under their deterministic ids, then sent with a lease; what fails is retried with backoff by the
 * sweep, across restarts.
 */
import { Mededeling } from '../domain/mededeling';
import { Afronding } from '../domain/verzending';
import { KanaalOpslag, MededelingOpslag, ProactieveVerzender } from './ports';
import { Verzendsoort, Verzendverslag, VerzendwerkDeps, afrondingVan, verwerkDeze, verwerkVerschuldigde } from './verzendwerk';

export interface MededelingDeps extends VerzendwerkDeps {
  readonly mededelingen: MededelingOpslag;
  readonly kanalen: KanaalOpslag;
  readonly verzender: ProactieveVerzender;
}

/** Completes what a notice announces before it is sent (a departure written ahead, app/lidmaatschap.ts). */
export type Voorwerk = (m: Mededeling) => Promise<void>;

/** Sent right after the change itself was made: nothing to complete first. */
export const geenVoorwerk: Voorwerk = async () => undefined;

/** Stores the notices; one that exists already (a retry of the same cause) stays as it is. Their ids. */
export async function planMededelingen(deps: MededelingDeps, mededelingen: readonly Mededeling[]): Promise<string[]> {
  for (const m of mededelingen) await deps.mededelingen.maak(m);
  return mededelingen.map((m) => m.id);
}

function mededelingSoort(deps: MededelingDeps, voorwerk: Voorwerk): Verzendsoort<Mededeling> {
  return {
    opslag: deps.mededelingen,
    async verstuur(m, _nu, meld): Promise<Afronding> {
      await voorwerk(m);
      const kanaal = m.schakelteamId ? await deps.kanalen.vanSchakelteam(m.tenantId, m.schakelteamId) : undefined;
      const { doel } = m;
      let afronding: Afronding;
      if (doel.soort === 'persoon') {
        afronding = afrondingVan(await deps.verzender.stuur({ persoon: doel.aan, via: doel.via ?? kanaal }, { tekst: m.tekst }), deps.verzending);
      } else {
        // The members hear the same in their own chats; a channel that is gone is nobody's news.
        afronding = kanaal?.bruikbaar
          ? afrondingVan(await deps.verzender.stuur({ kanaal }, { tekst: m.tekst }), deps.verzending)
          : { uitkomst: 'vervallen', reden: 'geen bruikbaar schakelteamkanaal' };
      }
      if (afronding.uitkomst !== 'verzonden' && afronding.uitkomst !== 'vervallen') meld(`mededeling ${m.id}: ${afronding.uitkomst} (${afronding.reden})`);
      return afronding;
    },
  };
}

/** Sends these notices now (`ids`), or every one that is due. */
export function bezorgMededelingen(deps: MededelingDeps, nu: Date, voorwerk: Voorwerk, ids?: readonly string[]): Promise<Verzendverslag> {
  const soort = mededelingSoort(deps, voorwerk);
  return ids ? verwerkDeze(soort, deps, ids, nu) : verwerkVerschuldigde(soort, deps, nu);
}
