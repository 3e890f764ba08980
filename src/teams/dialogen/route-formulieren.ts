import { Hulpvraag, regierolhouder } from '../../domain/hulpvraag';
import { START_MAX_MAANDEN, contactNodig, loketContact, startCorrigeerbaar } from '../../domain/loket';
import { datumInAmsterdam, datumNl } from '../../domain/tijd';
import { DISCIPLINES, zelfdePersoon } from '../../domain/personen';
import { toestemmingsvraag } from '../kaarten/hulpvraag-kaart';
import {
  AANBOD,
  BESLUIT,
  LOKET,
  LOKET_CONTACT,
  LOKET_START,
  OVERDRACHT,
  OVERDRACHT_BEOORDELEN,
  OVERDRACHT_VOORGESTELD,
  REGIEROL_AANVAARD,
  TOESTEMMING,
  TOESTEMMING_UITBREIDEN,
} from '../acties/hulpvraag-acties';
import { Keuze } from '../kaarten/modellen';
import { Casusfeit, routeFormulierDialoog } from './route-formulier';

export const keuzes = (...paren: [string, string][]): Keuze[] => paren.map(([waarde, titel]) => ({ titel, waarde }));
export const DISCIPLINE_KEUZES = DISCIPLINES.map((d) => ({ titel: d, waarde: d }));
const JA_NEE = keuzes(['ja', 'Ja, gegeven'], ['nee', 'Nee, geweigerd']);
export const PERSONEN_UITLEG = 'Typ een deel van de naam: u ziet de collega\'s van de gekoppelde schakelteams, Team NO, het Loket en partnerorganisaties.';

// The pupil's reference and group are typed about the pupil: "inhoud" (docs/privacy.md), like the question.
const school = (h: Hulpvraag): Casusfeit => ({ groep: 'kern', titel: 'School', waarde: h.school });
const leerlingFeit = (h: Hulpvraag): Casusfeit => ({ groep: 'inhoud', titel: 'Leerling', waarde: `${h.leerling.referentie} · ${h.leerling.groep}` });
const leerling = (h: Hulpvraag): Casusfeit[] => [school(h), leerlingFeit(h), { groep: 'inhoud', titel: 'Vraag', waarde: h.vraag }];

/** Route step 2: the schakelteam decides who gets the regierol, or sends the case to the Loket, or closes it. */
export const besluitDialoog = routeFormulierDialoog({
  naam: 'besluit',
  titel: 'Besluit schakelteam',
  actie: () => 'besluit',
  opslaan: 'Besluit vastleggen',
  bevestiging: 'Het besluit is vastgelegd.',
  uitleg: () => 'Kies wie de regierol krijgt, of stuur de hulpvraag naar het Loket. Het besluit en de reden komen in de geschiedenis van de hulpvraag.',
  feiten: leerling,
  velden: () => [
    {
      id: 'besluitSoort',
      soort: 'keuze',
      label: 'Besluit',
      keuzes: keuzes(
        ['regierol', 'Regierol naar een expert'],
        ['expertiseteam', "Expertiseteam erbij (regierol blijft bij de IB'er/COO)"],
        ['loket', 'Naar het Loket'],
        ['basisondersteuning', 'Afsluiten: basisondersteuning'],
      ),
    },
    { id: 'besluitPersonen', soort: 'personen', label: 'Expert, Loket-medewerker of leden van het expertiseteam', uitleg: PERSONEN_UITLEG },
    { id: 'besluitDiscipline', soort: 'lijst', label: 'Discipline van de expert', keuzes: DISCIPLINE_KEUZES },
    { id: 'besluitReden', soort: 'lang', label: 'Reden van het besluit', max: 300 },
    { id: 'verwijsindex', soort: 'keuze', label: 'Verwijsindex: is een melding nodig?', keuzes: keuzes(['nee', 'Nee'], ['ja', 'Ja']) },
    { id: 'verwijsindexWie', soort: 'tekst', label: 'Zo ja: wie meldt?', max: 100 },
  ],
  formulier: () => BESLUIT,
});

/** Route step 3: the IB'er/COO records the parents' (and from 12 the pupil's) consent, or extends it for a partner. */
export const toestemmingDialoog = routeFormulierDialoog({
  naam: 'toestemming',
  titel: 'Toestemming',
  actie: (h) => (h.uitbreiding ? 'toestemming_uitgebreid' : 'toestemming_vastgelegd'),
  opslaan: 'Toestemming vastleggen',
  bevestiging: 'De toestemming is vastgelegd.',
  // Its explanation names the pupil's age and whom an extension is for: the IB'er/COO's own file.
  nodig: () => 'inhoud',
  uitleg: (h, vandaag) => toestemmingsvraag(h, vandaag).uitleg,
  velden: (h, vandaag) => {
    const vraag = toestemmingsvraag(h, vandaag);
    return [
      { id: 'toestemmingOuder1', soort: 'keuze', label: 'Ouder/verzorger 1 (wettelijk vertegenwoordiger)', keuzes: JA_NEE, toon: vraag.ouders },
      { id: 'toestemmingOuder2', soort: 'keuze', label: 'Ouder/verzorger 2', keuzes: [...JA_NEE, { titel: 'Niet van toepassing: één ouder met gezag', waarde: 'een_ouder' }], toon: vraag.ouders },
      { id: 'toestemmingLeerling', soort: 'keuze', label: 'De leerling zelf', keuzes: JA_NEE, toon: vraag.leerling },
      { id: 'toestemmingPartners', soort: 'meerkeuze', label: 'Informatie mag gedeeld worden met', keuzes: vraag.partners },
      { id: 'toestemmingDatum', soort: 'datum', label: 'Datum waarop de toestemming gevraagd is' },
      { id: 'toestemmingWijze', soort: 'keuze', label: 'Hoe is de toestemming gegeven?', keuzes: keuzes(['papier', 'Op papier'], ['mondeling', 'Mondeling'], ['digitaal', 'Digitaal']) },
    ];
  },
  beginwaarden: (_h, vandaag) => ({ toestemmingDatum: vandaag }),
  voetnoot: (h, vandaag) => {
    const vraag = toestemmingsvraag(h, vandaag);
    return `${vraag.gevolg} De toestemmingsverklaring voor de ouders: ${vraag.verklaring}`;
  },
  formulier: (h) => (h.uitbreiding ? TOESTEMMING_UITBREIDEN : TOESTEMMING),
});

/** Route step 5: the holder proposes a new holder; the schakelteam approves, the new one accepts. */
export const overdrachtDialoog = routeFormulierDialoog({
  naam: 'overdracht',
  titel: 'Overdracht voorstellen',
  actie: () => 'overdracht_voorgesteld',
  opslaan: 'Overdracht voorstellen',
  bevestiging: OVERDRACHT_VOORGESTELD,
  uitleg: () => 'Stel een nieuwe regierolhouder voor (een expert of een Loket-medewerker). U blijft regierolhouder tot de nieuwe houder de regierol aanneemt.',
  velden: () => [
    { id: 'overdrachtPersoon', soort: 'persoon', label: 'Nieuwe regierolhouder', uitleg: PERSONEN_UITLEG },
    { id: 'overdrachtDiscipline', soort: 'lijst', label: 'Discipline', keuzes: DISCIPLINE_KEUZES },
    { id: 'overdrachtReden', soort: 'lang', label: 'Reden', max: 300 },
  ],
  formulier: () => OVERDRACHT,
});

/** The schakelteam approves or rejects a proposed handover. */
export const overdrachtBeoordelingDialoog = routeFormulierDialoog({
  naam: 'overdrachtbeoordeling',
  titel: 'Overdracht beoordelen',
  actie: () => 'overdracht_goedgekeurd',
  opslaan: 'Beoordeling vastleggen',
  bevestiging: (na) =>
    na.status === 'regierol_actief'
      ? 'De overdracht is afgewezen; de regierolhouder blijft.'
      : na.status === 'regierol_aangeboden'
        ? 'De overdracht is goedgekeurd: de nieuwe regierolhouder krijgt het aanbod.'
        : "De overdracht is goedgekeurd. De toestemming moet eerst worden uitgebreid; de IB'er/COO is gevraagd dat te doen.",
  uitleg: () => 'Bij goedkeuren krijgt de voorgestelde persoon het aanbod van de regierol; de huidige houder blijft tot die het aanneemt.',
  feiten: (h) => {
    const houder = regierolhouder(h);
    const overdracht = h.overdracht;
    return [
      { groep: 'contactRegierol', titel: 'Huidige regierolhouder', waarde: houder ? houder.naam : 'niemand' },
      ...(overdracht
        ? [
            { groep: 'betrokkenen', titel: 'Voorgesteld', waarde: `${overdracht.naar.naam}${overdracht.naar.discipline ? ` (${overdracht.naar.discipline})` : ''}` } as const,
            { groep: 'inhoud', titel: 'Reden', waarde: overdracht.reden } as const,
          ]
        : []),
    ];
  },
  velden: () => [
    { id: 'beoordeling', soort: 'keuze', label: 'Uw beoordeling', keuzes: keuzes(['goedkeuren', 'Goedkeuren'], ['afwijzen', 'Afwijzen']) },
    { id: 'afwijsReden', soort: 'lang', label: 'Reden (bij afwijzen)', max: 300 },
  ],
  formulier: () => OVERDRACHT_BEOORDELEN,
});

/** The proposed holder accepts the regierol, or declines with a reason. */
export const aanbodDialoog = routeFormulierDialoog({
  naam: 'aanbod',
  titel: 'Aanbod van de regierol',
  actie: () => 'regierol_geaccepteerd',
  opslaan: 'Antwoord versturen',
  bevestiging: (na, context) => {
    const houder = regierolhouder(na);
    return houder && zelfdePersoon(houder, context.persoon) ? REGIEROL_AANVAARD : 'U heeft de regierol geweigerd; het schakelteam is op de hoogte.';
  },
  uitleg: () => 'U bent gevraagd de regierol te nemen: u bent dan het aanspreekpunt van de ouders, doet de uitvraag op alle leefgebieden en stelt het plan van aanpak op.',
  feiten: (h) => [school(h), leerlingFeit(h)],
  velden: () => [
    { id: 'aanbodAntwoord', soort: 'keuze', label: 'Uw antwoord', keuzes: keuzes(['accepteren', 'Ik neem de regierol aan'], ['weigeren', 'Ik weiger']) },
    { id: 'weigerReden', soort: 'lang', label: 'Waarom weigert u? (alleen bij weigeren)', max: 300 },
  ],
  formulier: () => AANBOD,
});

/** The Loket (any member of its bound channel, checked at the click) takes a case sent to it and records its weighing. */
export const loketDialoog = routeFormulierDialoog({
  naam: 'loket',
  titel: 'Loket: oppakken en wegen',
  actie: () => 'regierol_geaccepteerd',
  opslaan: 'Oppakken',
  bevestiging: 'U heeft de regierol namens het Loket. De IB\'er/COO en de vorige regierolhouder krijgen de weging.',
  nogNiet: (h) => (h.loket ? undefined : 'Deze hulpvraag is niet naar het Loket gestuurd.'),
  uitleg: () =>
    'De senior jeugdconsulent en de orthopedagoog wegen de vraag. Leg vast welke hulp het wordt, wie die biedt en wanneer die feitelijk start: tot dan blijft de vorige regierolhouder betrokken (overbruggingszorg).',
  feiten: (h) => [
    { groep: 'kern', titel: 'School', waarde: `${h.school} (${h.onderwijs})` },
    ...(h.loket?.vorigeHouder ? [{ groep: 'betrokkenen', titel: 'Overbruggingszorg', waarde: h.loket.vorigeHouder.naam } as const] : []),
  ],
  velden: () => [
    { id: 'loketLijn', soort: 'keuze', label: 'Weging van het Loket', keuzes: keuzes(['eerste', '1e-lijns hulp'], ['tweede', '2e-lijns hulp (gecontracteerde jeugdhulp)']) },
    { id: 'loketAanbieder', soort: 'tekst', label: 'Aanbieder', max: 100 },
    { id: 'loketStart', soort: 'datum', label: 'Datum waarop de hulp feitelijk start' },
  ],
  formulier: () => LOKET,
});

/**
 * The Loket corrects the date its help starts (a member of its channel, or its regierol holder), before the help
 * started: the overbruggingszorg and its limits follow the new date.
 */
export const loketStartDialoog = routeFormulierDialoog({
  naam: 'loketstart',
  titel: 'Loket: startdatum wijzigen',
  actie: () => 'loket_start_gecorrigeerd',
  opslaan: 'Startdatum opslaan',
  bevestiging: (na) => `De startdatum van de hulp is gewijzigd${na.loket?.weging ? ` naar ${datumNl(na.loket.weging.start)}` : ''}. De IB'er/COO en wie overbruggingszorg geeft, horen het.`,
  nogNiet: (h) => (startCorrigeerbaar(h) ? undefined : 'De startdatum kan alleen gewijzigd worden zolang de hulp via het Loket nog niet gestart is.'),
  uitleg: () =>
    `Start de hulp op een andere dag dan vastgelegd? Leg de nieuwe datum vast: niet vóór de dag dat de hulpvraag bij het Loket kwam en binnen ${START_MAX_MAANDEN} maanden. Tot de hulp start, blijft de overbruggingszorg lopen.`,
  feiten: (h) => [
    ...(h.loket?.weging ? [{ groep: 'data', titel: 'Vastgelegde start', waarde: datumNl(h.loket.weging.start) } as const] : []),
    ...(h.loket?.aangekomen ? [{ groep: 'data', titel: 'Bij het Loket sinds', waarde: datumNl(datumInAmsterdam(new Date(h.loket.aangekomen))) } as const] : []),
  ],
  velden: () => [{ id: 'loketStart', soort: 'datum', label: 'Nieuwe datum waarop de hulp feitelijk start' }],
  beginwaarden: (h): Record<string, string> => (h.loket?.weging ? { loketStart: h.loket.weging.start } : {}),
  formulier: () => LOKET_START,
});

/** Consent refused: the Loket (any member, or the one named) contacted the person on its card (seed 001). */
export const loketContactDialoog = routeFormulierDialoog({
  naam: 'loketcontact',
  titel: 'Loket: contact opgenomen',
  actie: () => 'loket_contact_opgenomen',
  opslaan: 'Contact opgenomen',
  bevestiging: "Vastgelegd dat het Loket contact heeft opgenomen. De IB'er/COO legt de toestemming alsnog vast als de ouders die geven, of sluit de hulpvraag.",
  nogNiet: (h) => (contactNodig(h) ? undefined : 'Het Loket hoeft voor deze hulpvraag geen contact (meer) op te nemen.'),
  uitleg: () =>
    'Er is geen toestemming om gegevens te delen: het Loket krijgt alleen de contactgegevens. Neem contact op met de contactpersoon voor de inhoud en leg hier vast dat dat gebeurd is.',
  feiten: (h) => {
    const contact = loketContact(h);
    // Whom to contact is the IB'er/COO's or the (former) holder's contact group: the visibility rule decides per viewer.
    return contact ? [{ groep: contact.rol === 'ib_coo' ? 'contactIb' : 'contactRegierol', titel: 'Contact', waarde: contact.naam }] : [];
  },
  velden: () => [],
  formulier: () => LOKET_CONTACT,
});
