/**
 * A notice the bot sends on its own that belongs to no single case: someone left a schakelteam (which cases lost a
 * role, who must act), or the bot was removed from a team. Like the outbox of a case (domain/uitgaand.ts) it is a
 * stored sending in the one send pipeline (leases, backoff, every attempt recorded), created under a deterministic
 * id before or with the change that causes it, so neither a retry nor a restart loses or repeats it.
 */
import { Kanaal } from './kanaal';
import { Betrokkene } from './personen';
import { Verzending, nieuweVerzending } from './verzending';

export type MededelingDoel =
  /** The schakelteam's channel as it is bound when the notice is sent. */
  | { readonly soort: 'schakelteamkanaal' }
  /**
   * A person's 1:1 chat. `via`: the channel to open that chat from when there is none yet, kept on the notice when
   * the binding itself is gone (the bot was removed); otherwise the schakelteam's channel at sending time.
   */
  | { readonly soort: 'persoon'; readonly aan: Betrokkene; readonly via?: Kanaal };

export interface Mededeling extends Verzending {
  readonly tenantId: string;
  /** The schakelteam it concerns; absent for a Team NO or Loket binding. */
  readonly schakelteamId?: string;
  readonly doel: MededelingDoel;
  readonly tekst: string;
  /**
   * Written ahead of the change it announces: this person left the schakelteam's team. Before the notice is sent the
   * change is made complete (they leave the binding, the open cases follow it), so a crash in between is repaired
   * by whoever sends the notice, and the notice never announces what did not happen.
   */
  readonly vertrek?: { readonly aadObjectId: string };
  /**
   * Written ahead of a re-binding of the schakelteam that replaces the binding made at `vorige` ('' when that was not
   * recorded): before the notice is sent, a binding that is still that one gets the new members (`leden`, bound at
   * `gekoppeld`), because the click died between writing the notices and the binding; then the open cases follow it.
   */
  readonly herkoppeling?: { readonly vorige: string; readonly gekoppeld: string; readonly leden: readonly Betrokkene[] };
}

/** One notice per recipient; `sleutel` names the cause (e.g. the removal's activity), so the ids repeat with it. */
export function nieuweMededelingen(
  basis: Pick<Mededeling, 'tenantId' | 'schakelteamId' | 'tekst' | 'vertrek' | 'herkoppeling'>,
  sleutel: string,
  doelen: readonly MededelingDoel[],
  nu: Date,
): Mededeling[] {
  // Cosmos ids may not hold / \ ? #; activity and conversation ids can.
  const id = (doel: MededelingDoel) => `${sleutel}.${doel.soort === 'persoon' ? doel.aan.aadObjectId : 'kanaal'}`.replace(/[/\\?#]/g, '_');
  return doelen.map((doel) => ({
    ...nieuweVerzending(id(doel), nu, nu),
    ...basis,
    doel,
  }));
}
