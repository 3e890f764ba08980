import { Hulpvraag } from '../../domain/hulpvraag';
import { LocalDate } from '../../domain/tijd';
import { Kijker, magZien, zichtVoor } from '../../domain/zichtbaarheid';
import { VERBS } from '../verbs';
import { afsprakenVoor, betrokkenenVoor, feitenVoor } from './hulpvraag-feiten';
import { AdaptiveCard, renderKaart } from './render';
import { tijdlijnVoor } from './tijdlijn';

/**
 * The details of a case and its timeline, exactly as far as the one visibility rule lets this viewer see them: the
 * facts and the people involved live here, not on the case card (which is a glance long).
 */
export function detailsKaart(h: Hulpvraag, kijker: Kijker, vandaag: LocalDate, inDialoog: boolean): AdaptiveCard {
  const zicht = zichtVoor(h, kijker);
  return renderKaart('details', {
    titel: detailsTitel(h),
    // The school is "kern": the Loket after a refusal sees only the number and whom to contact.
    uitleg: `${magZien(zicht, 'kern') ? `${h.school}. ` : ''}Wat u hier ziet, hangt af van uw rol en van de toestemming.`,
    feiten: [...feitenVoor(h, zicht, vandaag), ...afsprakenVoor(h, zicht)],
    betrokkenen: betrokkenenVoor(h, zicht),
    tijdlijn: tijdlijnVoor(h, zicht),
    inDialoog,
    terugVerb: VERBS.vernieuwen,
    terugData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
  });
}

export function detailsTitel(h: Pick<Hulpvraag, 'nummer'>): string {
  return `${h.nummer} · details en tijdlijn`;
}
