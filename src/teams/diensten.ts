import { RegistreerDeps } from '../app/registreren';
import { RouteDeps } from '../app/route-acties';
import { KanaalOpslag } from '../app/ports';
import { Commando } from './context';

/** The services the Teams edge may call; only src/index.ts builds this. */
export interface TeamsDiensten {
  readonly commandos: readonly Commando[];
  readonly route: RouteDeps;
  readonly registratie: RegistreerDeps;
  readonly kanalen: KanaalOpslag;
}
