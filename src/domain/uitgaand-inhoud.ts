/** What an outbox entry of a case describes (domain/uitgaand.ts); its own file so the case can hold it. */
import { Stapcode } from './stapcode';
import { Betrokkene } from './personen';

export type UitgaandInhoud =
  /** Post a new case's first card in the schakelteam channel; its message id is stored on the case once known. */
  | { readonly soort: 'kanaalkaart_plaatsen' }
  /** Replace the case's card in the schakelteam channel with the current state. */
  | { readonly soort: 'kanaalkaart' }
  /**
   * The case's base card in the bound Loket channel: posted when it becomes the Loket's to take (or, without consent,
   * to call), replaced with the current state once it is there.
   */
  | { readonly soort: 'loketkaart' }
  /** A short text in the schakelteam channel. */
  | { readonly soort: 'kanaalbericht'; readonly tekst: string }
  /**
   * A "your turn" card for one person: the step (`volgendeStap`'s code, worded where the case card's "Aan zet" is)
   * and, when the change also brought them a notice, that notice as the reason, so they get one message.
   */
  | { readonly soort: 'beurt'; readonly aan: Betrokkene; readonly stap: Stapcode; readonly aanleiding?: string }
  /** A notice from the domain (domain/kennisgevingen.ts), 1:1. */
  | { readonly soort: 'kennisgeving'; readonly aan: Betrokkene; readonly tekst: string }
  /** Something did not arrive: to the schakelteam channel, or (when that is what failed) to the IB'er 1:1. */
  | { readonly soort: 'niet_aangekomen'; readonly aan?: Betrokkene; readonly tekst: string };

/**
 * An entry on the case. `doorsturenVanaf` (ISO instant): until then the process that wrote the change sends it
 * itself (app/uitgaand.verstuurDirect); only after it, when that process died, does a relay move it into the
 * pipeline. Absent: relay at once.
 */
export type Uitgaand = UitgaandInhoud & { readonly id: string; readonly doorsturenVanaf?: string };
