import { mag } from '../../domain/beleid';
import { BeurtOmgeving } from '../../domain/beurttermijn';
import { volgendeEvaluatie } from '../../domain/deadlines';
import { Hulpvraag } from '../../domain/hulpvraag';
import { vacanteRollen } from '../../domain/invarianten';
import { contactNodig, startCorrigeerbaar } from '../../domain/loket';
import { GebeurtenisSoort, STATUS_NAMEN, isToegestaan } from '../../domain/route';
import { LocalDate } from '../../domain/tijd';
import { vereisteGevers } from '../../domain/toestemming';
import { Kijker, PARTNERS, magInhoudZien, magZien, telendeKoppelrollen, zichtVoor } from '../../domain/zichtbaarheid';
import { leeftijd } from './hulpvraag-feiten';
import { HULPVRAAG_VERBS, VERBS } from '../verbs';
import { HulpvraagKaart, Keuze, Knop } from './modellen';
import { aanZet, volgendeDatum } from './aan-zet';
import { overbruggingRegel } from './overbrugging';
import { AdaptiveCard, renderKaart } from './render';

const VERKLARING =
  'Toestemmingsverklaring informatie-uitwisseling. Hierbij verklaren de wettelijk vertegenwoordiger(s) en, vanaf 12 jaar, ' +
  'de jeugdige akkoord te gaan met het uitwisselen van relevante informatie met de genoemde betrokken partners, zodat ' +
  'school en partners samen de juiste ondersteuning kunnen bieden. Onder de 12 jaar geven alleen de ouders/verzorgers ' +
  'toestemming; van 12 tot 16 jaar de ouders én de jeugdige; vanaf 16 jaar de jeugdige zelf. De toestemming kan altijd ' +
  'worden ingetrokken. Naam en handtekening van iedere ondertekenaar, met datum.';

/** The button that opens form `naam`: task/fetch where the host has Teams dialogs, in place (Action.Execute) otherwise. */
export function dialoogKnop(naam: string, titel: string, h: Hulpvraag, dialogen: boolean): Knop {
  const data = { dialoog: naam, hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie };
  return { titel, inDialoog: dialogen, verb: VERBS.dialoogOpenen, data: dialogen ? { msteams: { type: 'task/fetch' }, ...data } : data };
}

export interface KaartOpties {
  /** The limits the turn's deadline comes from ("vóór 13 januari 2027"): config.herinneringen. */
  readonly beurttermijnen: BeurtOmgeving;
  /** Whether forms open as Teams dialogs (config TEAMS_DIALOGEN); otherwise in place on the card. */
  readonly dialogen?: boolean;
  readonly melding?: string;
  readonly meldingKleur?: HulpvraagKaart['meldingKleur'];
}

type Kan = (soort: GebeurtenisSoort) => boolean;

/** At most this many buttons in one row behind "Meer" (the Adaptive Cards limit per ActionSet). */
const PER_RIJ = 5;

/** The forms this viewer may open now, the step the route waits for first, the rarer ones after. */
function knoppen(h: Hulpvraag, kijker: Kijker | undefined, kan: Kan, dialogen: boolean): Knop[] {
  const lijst: [boolean, string, string][] = [
    [kan('besluit'), 'besluit', 'Besluit nemen'],
    [kan('toestemming_vastgelegd') || (h.uitbreiding !== undefined && kan('toestemming_uitgebreid')), 'toestemming', h.uitbreiding ? 'Toestemming uitbreiden' : 'Toestemming vastleggen'],
    [kan('regierol_geaccepteerd'), 'aanbod', 'Regierol aannemen of weigeren'],
    [kan('loket_contact_opgenomen') && contactNodig(h), 'loketcontact', 'Contact opgenomen'],
    [kan('overdracht_goedgekeurd'), 'overdrachtbeoordeling', 'Overdracht beoordelen'],
    [kan('rol_overgenomen') && vacanteRollen(h).length > 0, 'rolovername', 'Rol overnemen'],
    [kan('team_no_besluit'), 'teamnobesluit', 'Besluit Team NO'],
    [kan('evaluatie_vastgelegd') && volgendeEvaluatie(h.evaluatiedata, h.evaluaties) !== undefined, 'evaluatie', 'Evaluatie vastleggen'],
    [kan('uitvraag_vastgelegd') && h.uitvraag === undefined, 'uitvraag', 'Uitvraag leefgebieden'],
    [kan('plan_vastgelegd') && h.uitvraag !== undefined, 'plan', h.plan ? 'Plan van aanpak' : 'Plan van aanpak opstellen'],
    [kan('gesloten'), 'sluiten', 'Afsluiten'],
    [kan('voortgang_vastgelegd'), 'voortgang', 'Voortgang'],
    [kan('uitvraag_vastgelegd') && h.uitvraag !== undefined, 'uitvraag', 'Uitvraag leefgebieden'],
    // Reading the plan: whoever may see its content and is not the holder (who opens it to edit).
    [h.plan !== undefined && !kan('plan_vastgelegd') && magInhoudZien(h, kijker), 'planinzage', 'Plan van aanpak bekijken'],
    [kan('expert_toegevoegd'), 'expert', 'Expert toevoegen'],
    [kan('overdracht_voorgesteld'), 'overdracht', 'Overdracht voorstellen'],
    [kan('loket_start_gecorrigeerd') && startCorrigeerbaar(h), 'loketstart', 'Startdatum hulp wijzigen'],
    [kan('teruggemeld'), 'terugmelden', 'Terugmelden voor afsluiting'],
    [kan('toestemming_ingetrokken') && h.toestemming?.status === 'gegeven', 'intrekken', 'Toestemming intrekken'],
    // After a schakelteam meeting (seed 000 stap 4); a rarer step, so behind "Meer" unless nothing else is open.
    [kan('afspraken_vastgelegd'), 'afspraken', 'Afspraken vastleggen'],
    [kan('stagnatie_gemeld'), 'stagnatie', 'Stagnatie melden'],
    [kijker !== undefined && zichtVoor(h, kijker) !== 'niets', 'details', 'Details en tijdlijn'],
  ];
  return lijst.filter(([mag]) => mag).map(([, naam, titel]) => dialoogKnop(naam, titel, h, dialogen));
}

function inRijen(lijst: readonly Knop[]): { knoppen: Knop[] }[] {
  return Array.from({ length: Math.ceil(lijst.length / PER_RIJ) }, (_, i) => ({ knoppen: lijst.slice(i * PER_RIJ, (i + 1) * PER_RIJ) }));
}

export interface Toestemmingsvraag {
  readonly uitleg: string;
  readonly ouders: boolean;
  readonly leerling: boolean;
  readonly partners: Keuze[];
  readonly verklaring: string;
  readonly gevolg: string;
}

/** What the consent form asks for this pupil: whose consent counts at this age, which partners, what follows. */
export function toestemmingsvraag(h: Hulpvraag, vandaag: LocalDate): Toestemmingsvraag {
  const jaren = leeftijd(h, vandaag);
  // Without a known age every giver is asked; the domain then decides by the age on the day consent was asked.
  const gevers = jaren === undefined ? (['ouder1', 'leerling'] as const) : vereisteGevers(jaren, true);
  const wie = [gevers.includes('ouder1') ? 'de ouders/verzorgers' : '', gevers.includes('leerling') ? 'de leerling zelf' : ''].filter(Boolean).join(' en ');
  const uitbreiding = h.uitbreiding;
  const basisUitleg = `De leerling is ${jaren ?? 'onbekend aantal'} jaar: toestemming van ${wie} is nodig. Telt de leeftijd op de dag dat de toestemming gevraagd is.`;
  return {
    uitleg: uitbreiding ? `De toestemming moet ook gelden voor "${uitbreiding.partner}" (voor ${uitbreiding.persoon.naam}). ${basisUitleg}` : basisUitleg,
    ouders: gevers.includes('ouder1'),
    leerling: gevers.includes('leerling'),
    partners: PARTNERS.map((p) => ({ titel: p, waarde: p })),
    verklaring: VERKLARING,
    gevolg:
      h.besluit?.soort === 'loket'
        ? 'Zonder toestemming wordt de regierol niet actief; het Loket krijgt dan alleen de contactgegevens van de regierolhouder.'
        : 'Zonder toestemming wordt de regierol niet actief en wordt er geen informatie gedeeld.',
  };
}

/** Team NO must say what happens to an offer or handover that was pending at the escalation. */
export function lopendVraag(h: Hulpvraag): string {
  const lopend = h.stagnatie?.lopend;
  if (!lopend) return '';
  return lopend.soort === 'aanbod'
    ? `Het aanbod van de regierol aan ${lopend.naar.naam} lag nog open. Wat gebeurt ermee?`
    : `De overdracht naar ${lopend.naar.naam} lag nog open. Wat gebeurt ermee?`;
}

/** The buttons this viewer has on the case now, the step the route waits for first. */
export function knoppenVoor(h: Hulpvraag, kijker: Kijker | undefined, dialogen: boolean): Knop[] {
  const betrokken = zichtVoor(h, kijker) !== 'niets';
  // A Team NO or Loket member acting through their binding gets the buttons of that role, as the click then allows.
  const kan: Kan = (soort) => kijker !== undefined && betrokken && isToegestaan(h.status, soort) && mag(h, kijker, soort, telendeKoppelrollen(h, kijker));
  return knoppen(h, kijker, kan, dialogen);
}

/**
 * The case card, a glance long. Without a viewer (the channel's base card, seen by every member) it shows only
 * number, school and status; a viewer involved also sees whose turn it is and by when (named as far as
 * domain/zichtbaarheid.ts allows), the next date, and exactly the buttons their role allows in this state. The
 * facts and the people involved are in the details dialog only (dialogen/details.ts).
 */
export function hulpvraagKaart(h: Hulpvraag, kijker: Kijker | undefined, opties: KaartOpties): AdaptiveCard {
  const zicht = zichtVoor(h, kijker);
  const betrokken = zicht !== 'niets';
  const teamsIds = [...new Set(h.betrokkenen.flatMap((b) => (b.teamsId ? [b.teamsId] : [])))].slice(0, 60);
  const [primair, ...meer] = knoppenVoor(h, kijker, opties.dialogen === true);
  return renderKaart('hulpvraag', {
    nummer: h.nummer,
    statusNaam: magZien(zicht, 'kern') || !betrokken ? STATUS_NAMEN[h.status] : '',
    school: magZien(zicht, 'kern') || !betrokken ? h.school : '',
    onderwijs: magZien(zicht, 'kern') || !betrokken ? h.onderwijs : '',
    aanZet: betrokken ? aanZet(h, magZien(zicht, 'betrokkenen'), opties.beurttermijnen) : '',
    volgendeDatum: betrokken && magZien(zicht, 'data') ? overbruggingRegel(h, magZien(zicht, 'betrokkenen'), opties.beurttermijnen) || volgendeDatum(h) : '',
    melding: opties.melding ?? '',
    meldingKleur: opties.meldingKleur ?? 'Default',
    volledig: betrokken,
    actieData: { hulpvraagId: h.id, schakelteamId: h.schakelteamId, versie: h.versie },
    verbs: HULPVRAAG_VERBS,
    primair: primair ? [primair] : [],
    meer: inRijen(meer),
    heeftRefresh: kijker === undefined && teamsIds.length > 0,
    refreshUserIds: teamsIds,
  });
}
