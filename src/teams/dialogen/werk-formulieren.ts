import { EXPERT, INGETROKKEN, INTREKKEN, SLUITEN, STAGNATIE, TEAM_NO_BESLOTEN, TEAM_NO_BESLUIT, TERUGMELDEN, UITVRAAG, VOORTGANG } from '../acties/hulpvraag-acties';
import { lopendVraag } from '../kaarten/hulpvraag-kaart';
import { STAGNATIE_REDENEN } from '../kaarten/hulpvraag-feiten';
import { routeFormulierDialoog } from './route-formulier';
import { DISCIPLINE_KEUZES, PERSONEN_UITLEG, keuzes } from './route-formulieren';

/* The forms of the running case (the holder's work), its closure, and escalation to Team NO. */

/** The holder records the uitvraag on all leefgebieden, or why it was not done ("dat" only). */
export const uitvraagDialoog = routeFormulierDialoog({
  naam: 'uitvraag',
  titel: 'Uitvraag leefgebieden',
  actie: () => 'uitvraag_vastgelegd',
  opslaan: 'Vastleggen',
  bevestiging: 'De uitvraag is vastgelegd.',
  uitleg: () => 'Leg vast dat de uitvraag op alle leefgebieden gedaan is, met welke methode, of waarom niet. Geen inhoud: die blijft in uw eigen dossier.',
  velden: () => [
    { id: 'uitvraagGedaan', soort: 'keuze', label: 'Is de uitvraag op alle leefgebieden gedaan?', keuzes: keuzes(['true', 'Ja'], ['false', 'Nee']) },
    { id: 'uitvraagToelichting', soort: 'lang', label: 'Methode, of waarom niet', max: 200 },
  ],
  beginwaarden: () => ({ uitvraagGedaan: 'true' }),
  formulier: () => UITVRAAG,
});

/** A short progress note: that something happened, never what (it goes into the case's history). */
export const voortgangDialoog = routeFormulierDialoog({
  naam: 'voortgang',
  titel: 'Voortgang',
  actie: () => 'voortgang_vastgelegd',
  opslaan: 'Vastleggen',
  bevestiging: 'De voortgang is vastgelegd.',
  uitleg: () => 'Schrijf kort dat er iets gebeurd is (bijvoorbeeld "gesprek met ouders gevoerd"), niet wat er besproken is.',
  velden: () => [{ id: 'voortgangNotitie', soort: 'lang', label: 'Voortgang', max: 200 }],
  formulier: () => VOORTGANG,
});

/** The holder involves another expert. */
export const expertDialoog = routeFormulierDialoog({
  naam: 'expert',
  titel: 'Expert toevoegen',
  actie: () => 'expert_toegevoegd',
  opslaan: 'Toevoegen',
  bevestiging: 'De expert is toegevoegd.',
  uitleg: () => 'Betrek een expert bij de hulpvraag. Ziet de toestemming de organisatie van de expert nog niet, dan vraagt de bot de IB\'er/COO die uit te breiden.',
  velden: () => [
    { id: 'expertPersoon', soort: 'persoon', label: 'Expert', uitleg: PERSONEN_UITLEG },
    { id: 'expertDiscipline', soort: 'lijst', label: 'Discipline', keuzes: DISCIPLINE_KEUZES },
  ],
  formulier: () => EXPERT,
});

/** The holder returns the case to the schakelteam for closure. */
export const terugmeldenDialoog = routeFormulierDialoog({
  naam: 'terugmelden',
  titel: 'Terugmelden voor afsluiting',
  actie: () => 'teruggemeld',
  opslaan: 'Terugmelden',
  bevestiging: "Teruggemeld. De IB'er/COO sluit de hulpvraag af.",
  uitleg: () => "De hulpvraag gaat terug naar het schakelteam; de IB'er/COO sluit haar af.",
  velden: () => [{ id: 'terugToelichting', soort: 'lang', label: 'Korte toelichting', max: 200 }],
  formulier: () => TERUGMELDEN,
});

/** The IB'er/COO closes the case with its outcome. */
export const sluitenDialoog = routeFormulierDialoog({
  naam: 'sluiten',
  titel: 'Afsluiten',
  actie: () => 'gesloten',
  opslaan: 'Hulpvraag sluiten',
  bevestiging: 'De hulpvraag is gesloten.',
  uitleg: () => 'Sluit de hulpvraag af met de uitkomst in een paar woorden.',
  velden: () => [{ id: 'sluitUitkomst', soort: 'lang', label: 'Uitkomst', max: 200 }],
  formulier: () => SLUITEN,
});

/** Anyone involved flags that the route stalls: the case goes to Team NO. */
export const stagnatieDialoog = routeFormulierDialoog({
  naam: 'stagnatie',
  titel: 'Stagnatie melden',
  actie: () => 'stagnatie_gemeld',
  opslaan: 'Melden bij Team NO',
  bevestiging: (na, context) => context.diensten.wanneerBijTeamNo(na),
  uitleg: () => 'De hulpvraag gaat naar Team NO met de "dat"-informatie en het concept plan van aanpak.',
  velden: () => [
    { id: 'stagnatieReden', soort: 'lijst', label: 'Reden', keuzes: STAGNATIE_REDENEN.map((r) => ({ titel: r, waarde: r })) },
    { id: 'stagnatieToelichting', soort: 'lang', label: 'Korte toelichting', max: 300 },
  ],
  formulier: () => STAGNATIE,
});

/** Team NO decides on a stalled case (besluit, opdracht, aanbieder) and what happens to a pending offer. */
export const teamNoBesluitDialoog = routeFormulierDialoog({
  naam: 'teamnobesluit',
  titel: 'Besluit Team NO',
  actie: () => 'team_no_besluit',
  opslaan: 'Besluit vastleggen',
  bevestiging: TEAM_NO_BESLOTEN,
  // The question about a pending offer or handover names its person.
  nodig: (h) => (lopendVraag(h) ? 'betrokkenen' : undefined),
  uitleg: () => 'Leg het besluit vast: het schakelteam en de regierolhouder krijgen het teruggemeld.',
  velden: (h) => [
    { id: 'teamNoBesluit', soort: 'lang', label: 'Besluit', max: 300 },
    { id: 'teamNoOpdracht', soort: 'tekst', label: 'Opdracht', max: 200 },
    { id: 'teamNoAanbieder', soort: 'tekst', label: 'Aanbieder', max: 100 },
    { id: 'teamNoDatum', soort: 'datum', label: 'Datum' },
    { id: 'teamNoLopend', soort: 'keuze', label: lopendVraag(h), keuzes: keuzes(['doorzetten', 'Doorzetten'], ['vervalt', 'Laten vervallen (betrokkene krijgt bericht)']), toon: lopendVraag(h) !== '' },
  ],
  beginwaarden: (_h, vandaag) => ({ teamNoDatum: vandaag }),
  formulier: () => TEAM_NO_BESLUIT,
});

/** The parents or the pupil withdraw consent: partners lose access, the route waits for new consent. */
export const intrekkenDialoog = routeFormulierDialoog({
  naam: 'intrekken',
  titel: 'Toestemming intrekken',
  actie: () => 'toestemming_ingetrokken',
  opslaan: 'Intrekking vastleggen',
  bevestiging: INGETROKKEN,
  nogNiet: (h) => (h.toestemming?.status === 'gegeven' ? undefined : 'Er is nu geen gegeven toestemming om in te trekken.'),
  uitleg: () =>
    'De ouders of de leerling trekken de toestemming in. De partners zien daarna alleen nog nummer, status en data; de route wacht op nieuwe toestemming. Iedereen die toegang verliest krijgt bericht.',
  velden: () => [],
  formulier: () => INTREKKEN,
});
