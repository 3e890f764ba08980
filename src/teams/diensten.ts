import { Commando } from './context';

/** The services the Teams edge may call; only src/index.ts builds this. */
export interface TeamsDiensten {
  readonly commandos: readonly Commando[];
}
