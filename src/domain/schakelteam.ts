import { Betrokkene } from './personen';
import { Onderwijs } from './hulpvraag';
import { Evaluatietermijnen } from './deadlines';
import { AlgemeenPunt } from './agendapunten';
import { Vergaderritme } from './vergaderritme';

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
  /** When it meets; absent: never set, so no agendas (as with rhythm "geen"). */
  readonly vergaderritme?: Vergaderritme;
  /** General items for coming meetings (domain/agendapunten.ts: a category and who, never typed text). */
  readonly agendapunten?: readonly AlgemeenPunt[];
  /**
   * When this binding was made ("koppel schakelteam"): the notices about a re-binding are keyed on the binding they
   * replace, and completing a re-binding after a crash only happens while this is still that one. Absent on
   * schakelteams bound before it was recorded.
   */
  readonly gekoppeld?: string;
}
