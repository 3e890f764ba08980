import { Historieregel, Hulpvraag } from '../../domain/hulpvraag';
import { alsPlatteTekst } from '../../domain/invoerregels';
import { datumInAmsterdam, datumNl, isLocalDate } from '../../domain/tijd';
import { Zicht, magZien } from '../../domain/zichtbaarheid';

/** The route's steps as people name them; other history lines (refusals, corrections) are not part of the timeline. */
const STAPPEN: Readonly<Record<string, string>> = {
  doorgezet: 'Naar het schakelteam',
  besluit: 'Besluit van het schakelteam',
  toestemming_gevraagd: 'Toestemming gevraagd',
  toestemming_vastgelegd: 'Toestemming vastgelegd',
  toestemming_uitgebreid: 'Toestemming uitgebreid',
  toestemming_ingetrokken: 'Toestemming ingetrokken',
  regierol_geaccepteerd: 'Regierol aangenomen',
  regierol_geweigerd: 'Regierol geweigerd',
  aanbod_onbestelbaar: 'Aanbod van de regierol niet bezorgd',
  bespreektijd_ingeschat: 'Bespreektijd voor het overleg ingeschat',
  afspraken_vastgelegd: 'Afspraken van het overleg vastgelegd',
  rol_overgenomen: 'Vrijgekomen rol in het schakelteam overgenomen',
  uitvraag_vastgelegd: 'Uitvraag leefgebieden vastgelegd',
  voortgang_vastgelegd: 'Voortgang',
  expert_toegevoegd: 'Expert toegevoegd',
  plan_vastgelegd: 'Plan van aanpak vastgelegd',
  evaluatie_vastgelegd: 'Evaluatie vastgelegd',
  overdracht_voorgesteld: 'Overdracht voorgesteld',
  overdracht_goedgekeurd: 'Overdracht goedgekeurd',
  overdracht_afgewezen: 'Overdracht afgewezen',
  loket_navraag: 'Schakelfunctionaris O/JH gevraagd na te vragen bij het Loket',
  loket_hulp_gestart: 'Hulp via het Loket gestart, overbruggingszorg beëindigd',
  loket_contact_opgenomen: 'Loket heeft contact opgenomen met de contactpersoon',
  loket_start_gecorrigeerd: 'Startdatum van de hulp via het Loket gewijzigd',
  stagnatie_gemeld: 'Stagnatie gemeld bij Team NO',
  termijn_herinnerd: 'Herinnerd: de termijn van de stap is voorbij',
  team_no_besluit: 'Besluit van Team NO',
  teruggemeld: 'Teruggemeld voor afsluiting',
  heropend: 'Heropend',
  gesloten: 'Gesloten',
};

const BESLUITEN: Readonly<Record<string, string>> = {
  regierol: 'regierol naar een expert',
  expertiseteam: 'expertiseteam erbij',
  loket: 'naar het Loket',
  basisondersteuning: 'basisondersteuning',
};

/** What a line adds for this viewer: fixed categories and names with "dat" sight, typed text only with "alles". */
function toevoeging(regel: Historieregel, zicht: Zicht): string {
  const d = regel.details;
  const inhoud = magZien(zicht, 'inhoud');
  const tekst = (waarde: string | undefined) => (inhoud && waarde ? `: ${alsPlatteTekst(waarde)}` : '');
  switch (regel.wat) {
    case 'besluit':
      return `: ${BESLUITEN[d.besluit ?? ''] ?? 'vastgelegd'}${inhoud && d.reden ? ` — ${alsPlatteTekst(d.reden)}` : ''}`;
    case 'toestemming_vastgelegd':
    case 'toestemming_uitgebreid':
      return d.partners ? ` (delen met: ${d.partners})` : '';
    case 'voortgang_vastgelegd':
      return tekst(d.notitie);
    case 'regierol_geweigerd':
    case 'overdracht_afgewezen':
      return tekst(d.reden);
    case 'afspraken_vastgelegd': {
      // Who and by when ("dat"), and which goals of the plan they became; what will be done is not in the history.
      // The history keeps the dates as ISO; people read them as "4 december 2026".
      const acties = d.acties?.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => (isLocalDate(iso) ? datumNl(iso) : iso));
      const delen = [acties, d.vervolgbespreking && `vervolgbespreking ${datumNl(d.vervolgbespreking)}`, d.plan, d.planVervangen, d.planVol];
      return d.acties ? `: ${delen.filter((deel) => deel).join('; ')}` : '';
    }
    case 'bespreektijd_ingeschat':
      return d.minuten ? `: ${d.minuten} minuten` : '';
    case 'expert_toegevoegd':
      return d.expert ? `: ${d.expert}${d.discipline ? ` (${d.discipline})` : ''}` : '';
    case 'overdracht_voorgesteld':
      return d.naar ? ` aan ${d.naar}${inhoud && d.reden ? ` — ${alsPlatteTekst(d.reden)}` : ''}` : '';
    case 'evaluatie_vastgelegd':
      return d.doelen ? `: ${d.doelen}` : d.doelBereikt ? `: doel ${d.doelBereikt === 'ja' ? 'bereikt' : 'niet bereikt'}` : '';
    default:
      return '';
  }
}

/**
 * The case's timeline (decisions, consent, progress notes, evaluations, handovers), newest first, for a viewer who
 * may see its dates; who did it only for whom may see the people involved.
 */
export function tijdlijnVoor(h: Hulpvraag, zicht: Zicht): { datum: string; tekst: string }[] {
  if (!magZien(zicht, 'data')) return [];
  const namen = magZien(zicht, 'betrokkenen');
  return [...h.geschiedenis]
    .reverse()
    .filter((regel) => STAPPEN[regel.wat] !== undefined)
    .map((regel) => ({
      datum: datumNl(datumInAmsterdam(new Date(regel.tijdstip))) + (namen ? ` · ${regel.door.naam}` : ''),
      tekst: `${STAPPEN[regel.wat] ?? ''}${magZien(zicht, 'datFeiten') ? toevoeging(regel, zicht) : ''}`,
    }));
}
