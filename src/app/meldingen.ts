import { Hulpvraag } from '../domain/hulpvraag';
import { Persoon } from '../domain/personen';
import { KanaalOpslag, ProactieveVerzender } from './ports';

/** Renders the case for a channel (base card, safe for every member) or for one person. Implemented by Teams. */
export interface HulpvraagKaarten {
  voorKanaal(hulpvraag: Hulpvraag): object;
  /** A "your turn" card; `aanleiding`: why it is their turn (a notice), '' when the step says it all. */
  voorPersoon(hulpvraag: Hulpvraag, persoon: Persoon, aanleiding: string): object;
  /** The base card in the Loket's channel ("dat" only, the consent state; after a refusal only whom to contact). */
  voorLoket(hulpvraag: Hulpvraag): object;
}

/** What posting the case's first card in the schakelteam channel needs (registration, app/registreren.ts). */
export interface MeldDeps {
  readonly verzender: ProactieveVerzender;
  readonly kanalen: KanaalOpslag;
  readonly kaarten: HulpvraagKaarten;
}
