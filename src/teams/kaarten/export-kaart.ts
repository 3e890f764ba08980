import { Auditregel, Client, Handeling } from '../../domain/audit';
import { Hulpvraag } from '../../domain/hulpvraag';
import { LocalDate, datumNl, wandtijdInAmsterdam } from '../../domain/tijd';
import { zichtVoor } from '../../domain/zichtbaarheid';
import { feitenVoor } from './hulpvraag-feiten';
import { AdaptiveCard, renderKaart } from './render';

const HANDELINGEN: Record<Handeling, string> = {
  lezen: 'ingezien',
  wijzigen: 'gewijzigd',
  weigering: 'geweigerd',
  koppelen: 'gekoppeld',
  exporteren: 'geëxporteerd',
  corrigeren: 'gecorrigeerd',
  wissen: 'gewist',
  vernietigen: 'vernietigd',
};

const VIA: Record<Client, string> = {
  'teams-kanaal': 'in een Teams-kanaal',
  'teams-persoonlijk': 'in een persoonlijke chat',
  'teams-groepschat': 'in een groepschat',
  'teams-tab': 'in een tabblad',
  systeem: 'door de bot zelf',
  beheer: 'via beheer',
};

/** When, as people read it: "23 november 2026 10:05" (Amsterdam time; the log itself keeps UTC). */
function moment(tijdstip: string): string {
  const { datum, uur, minuut } = wandtijdInAmsterdam(new Date(tijdstip));
  return `${datumNl(datum)} ${String(uur).padStart(2, '0')}:${String(minuut).padStart(2, '0')}`;
}

/** A line's `wat` is a code from the software (an event, a command): readable words, never the code itself. */
const woorden = (wat: string) => wat.replace(/\+/g, ' en ').replace(/_/g, ' ');

/**
 * The card of an access request (beheer export): the record as the IB'er/COO sees it and every audit line, in words;
 * the full record and log follow as JSON in the same chat.
 */
export function exportKaart(h: Hulpvraag, audit: readonly Auditregel[], vandaag: LocalDate): AdaptiveCard {
  return renderKaart('melding', {
    titel: `Export ${h.nummer}`,
    tekst: `Dossier en logging (${audit.length} regels) op ${datumNl(vandaag)}.`,
    feiten: [
      ...feitenVoor(h, zichtVoor(h, h.betrokkenen.find((b) => b.rol === 'ib_coo')), vandaag),
      ...audit.map((r) => ({ titel: moment(r.tijdstip), waarde: `${r.wie.naam}: ${woorden(r.wat)} ${HANDELINGEN[r.handeling]} ${VIA[r.via]}${r.namens ? `, namens ${r.namens}` : ''}` })),
    ],
  });
}
