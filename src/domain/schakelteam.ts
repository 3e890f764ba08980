import { Betrokkene } from './personen';
import { Onderwijs } from './hulpvraag';
import { Evaluatietermijnen } from './deadlines';

/** A schakelteam as bound to one Teams channel: its schools and the people who hold its two roles. */
export interface Schakelteam {
  readonly id: string;
  readonly tenantId: string;
  readonly naam: string;
  readonly scholen: readonly string[];
  readonly onderwijs: Onderwijs;
  readonly leden: readonly Betrokkene[];
  /** This schakelteam's own evaluation terms; absent means the configured defaults. */
  readonly termijnen?: Evaluatietermijnen;
}
