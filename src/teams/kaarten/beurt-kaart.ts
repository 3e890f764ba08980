import { Hulpvraag } from '../../domain/hulpvraag';
import { Persoon } from '../../domain/personen';
import { STATUS_NAMEN } from '../../domain/route';
import { magZien, zichtVoor } from '../../domain/zichtbaarheid';
import { beurt } from './aan-zet';
import { KaartOpties, dialoogKnop, knoppenVoor } from './hulpvraag-kaart';
import { BeurtKaart, Knop } from './modellen';
import { AdaptiveCard, renderKaart } from './render';

/** What a "your turn" card or a reminder says: the step, by when, and which form its one button opens. */
export interface Beurtinhoud {
  /** "Uw beurt" or "Herinnering". */
  readonly soort: string;
  readonly wat: string;
  /** By when, in words; undefined: the turn's own deadline (domain/beurttermijn.ts). */
  readonly wanneer?: string;
  /** The form the primary button opens; undefined: the step this person's case card offers first. */
  readonly stap?: string;
  readonly kleur?: BeurtKaart['kleur'];
}

export const metHoofdletter = (tekst: string): string => tekst.charAt(0).toUpperCase() + tekst.slice(1);

/** "Toestemming vastleggen vóór 13 januari 2027": the step of whoever's turn it is, by its deadline. */
function beurtWanneer(h: Hulpvraag, opties: Pick<KaartOpties, 'beurttermijnen'>): string {
  const b = beurt(h, false, opties.beurttermijnen);
  return b ? metHoofdletter(b.wat) : '';
}

/**
 * A "your turn" card or a reminder, a glance long: what, by when, one button for that step (only when this person
 * may take it) and "Open casus" (the details and timeline, as a dialog or in place). Never the facts of the case.
 */
export function beurtKaart(h: Hulpvraag, kijker: Persoon, inhoud: Beurtinhoud, opties: Omit<KaartOpties, 'melding' | 'meldingKleur'>): AdaptiveCard {
  const zicht = zichtVoor(h, kijker);
  const dialogen = opties.dialogen === true;
  const stappen = knoppenVoor(h, kijker, dialogen).filter((k) => k.data.dialoog !== 'details');
  const primair = inhoud.stap === undefined ? stappen[0] : stappen.find((k) => k.data.dialoog === inhoud.stap);
  const knoppen: (Knop & { stijl: string })[] = [];
  if (primair) knoppen.push({ ...primair, stijl: 'positive' });
  if (zicht !== 'niets') knoppen.push({ ...dialoogKnop('details', 'Open casus', h, dialogen), stijl: 'default' });
  return renderKaart('beurt', {
    titel: `${inhoud.soort} · ${h.nummer}`,
    kop: magZien(zicht, 'kern') ? `${h.school} · ${STATUS_NAMEN[h.status]}` : STATUS_NAMEN[h.status],
    wat: inhoud.wat,
    wanneer: inhoud.wanneer ?? beurtWanneer(h, opties),
    kleur: inhoud.kleur ?? 'Default',
    knoppen,
  });
}
