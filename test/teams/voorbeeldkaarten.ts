import { KaartModellen } from '../../src/teams/kaarten/modellen';
import { HULPVRAAG_VERBS, VERBS, ZOEKSETS } from '../../src/teams/verbs';

const actieData = { hulpvraagId: 'hv-1', schakelteamId: 'st-1', versie: 4 };
const velden = { schakelteamId: 'st-1', school: 'OBS De Regenboog', referentie: 'AB-2016', geboortedatum: '2016-05-01', leeftijd: '', groep: 'groep 6', vraag: 'Trekt zich terug in de klas.', signalen: 'Stil', geprobeerd: 'Gesprek met leerkracht', oudersOpDeHoogte: 'true', alleenAdvies: 'false' };

function formulierKop(titel: string, dialoog: string, inDialoog: boolean) {
  return {
    titel,
    uitleg: 'Leg per doel vast wat er gebeurt.',
    melding: 'Nog niet opgeslagen: verbeter de gemarkeerde velden.',
    meldingKleur: 'Attention' as const,
    knoppen: { inDialoog, opslaan: 'Opslaan', verb: VERBS.dialoogOpslaan, data: { dialoog, ...actieData }, annuleerVerb: VERBS.vernieuwen, annuleerData: actieData },
  };
}

/** Realistic data for every template; the type makes a new template without an example fail to compile. */
export const VOORBEELDKAARTEN: KaartModellen = {
  help: {
    titel: 'Schoolondersteuning in Teams',
    inleiding: 'Typ een van deze opdrachten.',
    commandos: [
      { naam: 'help', uitleg: 'Laat zien wat deze bot kan.' },
      { naam: 'nieuwe hulpvraag', uitleg: 'Registreer een hulpvraag.' },
    ],
    privacy: 'Alleen "dat"-informatie.',
    toonPrivacy: false,
    knopTekst: 'Privacy',
    verbPrivacy: VERBS.helpPrivacy,
  },
  melding: { titel: 'Schakelteam "Zuid" is gekoppeld', tekst: 'Wijzigen? Typ het commando opnieuw.', feiten: [{ titel: 'Scholen', waarde: 'OBS De Regenboog' }] },
  koppelen: {
    titel: 'Dit kanaal koppelen aan een schakelteam',
    uitleg: 'Nieuwe hulpvragen verschijnen hier.',
    fout: 'Noem minstens één school.',
    soort: 'schakelteam',
    regio: '',
    isSchakelteam: true,
    verb: VERBS.kanaalKoppelen,
    waarden: { naam: 'Zuid', scholen: '', onderwijs: 'PO', ibCoo: '', schakelfunctionaris: '', leden: '', tussentijdsWeken: '6', evaluatieMaanden: '3' },
  },
  registratie: {
    knoppen: { inDialoog: false, verb: VERBS.registreren, data: { formulierId: '2b1f0c1e-6f6e-4b55-9a53-0d6c4bb7c0a1' } },
    schakelteams: [{ titel: 'Schakelteam Zuid (OBS De Regenboog)', waarde: 'st-1' }],
    waarden: velden,
    fouten: { ...Object.fromEntries(Object.keys(velden).map((k) => [k, ''])) as typeof velden, referentie: 'Dit lijkt op een naam.' },
    foutSamenvatting: 'Nog niet geregistreerd: verbeter de gemarkeerde velden.',
  },
  hulpvraag: {
    nummer: 'HV-2026-0042',
    statusNaam: 'Wacht op toestemming',
    aanZet: "Aan zet: de IB'er/COO — toestemming vastleggen vóór 13 januari 2027",
    volgendeDatum: 'Tussentijdse evaluatie uiterlijk 4 januari 2027',
    school: 'OBS De Regenboog',
    onderwijs: 'PO',
    melding: 'Vastgelegd.',
    meldingKleur: 'Good',
    volledig: true,
    actieData,
    verbs: HULPVRAAG_VERBS,
    primair: [{ titel: 'Evaluatie vastleggen', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'evaluatie', ...actieData } }],
    meer: [
      {
        knoppen: [
          { titel: 'Plan van aanpak', inDialoog: false, verb: VERBS.dialoogOpenen, data: { dialoog: 'plan', ...actieData } },
          { titel: 'Voortgang', inDialoog: false, verb: VERBS.dialoogOpenen, data: { dialoog: 'voortgang', ...actieData } },
        ],
      },
    ],
    heeftRefresh: true,
    refreshUserIds: ['29:ib', '29:sf'],
  },
  beurt: {
    titel: 'Herinnering · HV-2026-0042',
    kop: 'OBS De Regenboog · Wacht op toestemming',
    wat: 'De toestemming voor hulpvraag HV-2026-0042 (gevraagd op 23 november 2026) is nog niet vastgelegd.',
    wanneer: 'Toestemming vastleggen vóór 14 december 2026',
    kleur: 'Attention',
    knoppen: [
      { titel: 'Toestemming vastleggen', stijl: 'positive', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'toestemming', ...actieData } },
      { titel: 'Open casus', stijl: 'default', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'details', ...actieData } },
    ],
  },
  casussen: {
    titel: 'Mijn casussen (1)',
    leeg: 'Geen.',
    verbOpen: VERBS.vernieuwen,
    casussen: [{ kop: 'HV-2026-0042 · OBS De Regenboog', regel: 'Regierol actief · regierolhouder', volgende: 'Volgende evaluatie: 4 januari 2027', actieData }],
  },
  teamno: {
    titel: 'Stagnatie: HV-2026-0042',
    school: 'OBS De Regenboog',
    statusNaam: 'Stagnatie: bij Team NO',
    melding: 'Deze hulpvraag is vastgelopen en wacht op een besluit van Team NO.',
    feiten: [{ titel: 'Reden', waarde: 'Wachtlijst' }],
    plan: [{ titel: 'Regierol', waarde: 'Mila SMW (schoolmaatschappelijk werker)' }],
    besluit: [{ titel: 'Besluit Team NO vastleggen', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'teamnobesluit', ...actieData } }],
    actieData,
    verbBekijken: VERBS.vernieuwen,
  },
  loket: {
    titel: 'Voor het Loket: HV-2026-0042',
    school: 'OBS De Regenboog (PO)',
    statusNaam: 'Regierol aangeboden',
    uitleg: 'Een Loket-medewerker pakt de hulpvraag op en legt de weging vast.',
    feiten: [{ titel: 'Toestemming', waarde: 'gegeven' }, { titel: 'Contact', waarde: 'Mila SMW (schoolmaatschappelijk werker)' }],
    oppakken: [{ titel: 'Oppakken en wegen', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'loket', ...actieData } }],
    actieData,
    verbBekijken: VERBS.vernieuwen,
  },
  plan: {
    ...formulierKop('Plan van aanpak · HV-2026-0042', 'plan', false),
    rollen: [{ titel: 'Casusregisseur', waarde: 'Mila SMW' }, { titel: 'Ingrid IB', waarde: "IB'er/COO" }],
    doelen: [
      {
        kop: 'Doel 1',
        ids: { doel: 'doel1', acties: 'acties1', termijn: 'termijn1', verantwoordelijke: 'verantwoordelijke1' },
        waarden: { doel: 'Weer elke ochtend naar school', acties: 'Dagstart met de mentor; criterium: 4 van 5 dagen op tijd', termijn: '2027-01-15', verantwoordelijke: 'Mila SMW' },
        fouten: { doel: '', acties: '', termijn: 'De termijn ligt in het verleden.', verantwoordelijke: '' },
      },
    ],
  },
  evaluatie: {
    ...formulierKop('Tussentijdse evaluatie van 4 januari 2027 · HV-2026-0042', 'evaluatie', true),
    metPlan: true,
    toelichtingLabel: 'Samenvatting voor de hulpvraag',
    doelen: [
      {
        kop: 'Doel 1',
        omschrijving: 'Weer elke ochtend naar school',
        details: 'Termijn 15 januari 2027 · resultaatverantwoordelijke: Mila SMW',
        ids: { behaald: 'behaald1', toelichting: 'toelichting1', vervolgSoort: 'vervolgSoort1', vervolgTekst: 'vervolgTekst1' },
        waarden: { behaald: 'nee', toelichting: 'Drie van vijf dagen', vervolgSoort: 'aanvullende_acties', vervolgTekst: '' },
        fouten: { behaald: '', toelichting: '', vervolgSoort: '', vervolgTekst: 'Niet behaald: noem de aanvullende acties.' },
      },
    ],
    waarden: { evaluatieDoelBereikt: '', evaluatieToelichting: '', evaluatieVervolg: 'doorgaan', evaluatieVolgendeDatum: '' },
    fouten: { evaluatieDoelBereikt: '', evaluatieToelichting: 'Geef een korte toelichting.', evaluatieVervolg: '', evaluatieVolgendeDatum: '' },
  },
  planinzage: {
    titel: 'Plan van aanpak · HV-2026-0042',
    uitleg: 'Opgesteld op 4 december 2026, laatst gewijzigd op 18 januari 2027. De casusregisseur past het plan aan.',
    rollen: [{ titel: 'Casusregisseur', waarde: 'Mila SMW' }],
    doelen: [
      {
        kop: 'Doel 1',
        feiten: [
          { titel: 'Doel', waarde: 'Weer elke ochtend naar school' },
          { titel: 'Laatste evaluatie', waarde: '18 januari 2027: niet behaald — drie van vijf dagen; aanvullende acties: extra gesprek' },
        ],
      },
    ],
    inDialoog: false,
    terugVerb: VERBS.vernieuwen,
    terugData: actieData,
  },
  formulier: {
    ...formulierKop('Besluit schakelteam · HV-2026-0042', 'besluit', true),
    feiten: [{ titel: 'Vraag', waarde: 'Trekt zich terug in de klas.' }],
    velden: [
      { id: 'besluitSoort', soort: 'keuze', label: 'Besluit', waarde: 'regierol', fout: '', uitleg: '', maxLengte: 0, keuzes: [{ titel: 'Regierol naar een expert', waarde: 'regierol' }], zoekset: '' },
      { id: 'besluitPersonen', soort: 'personen', label: 'Wie', waarde: 'aad-smw', fout: '', uitleg: 'Typ een naam.', maxLengte: 0, keuzes: [{ titel: 'Mila SMW', waarde: 'aad-smw' }], zoekset: ZOEKSETS.collegas },
      { id: 'besluitDiscipline', soort: 'lijst', label: 'Discipline', waarde: '', fout: 'Kies de discipline van de expert.', uitleg: '', maxLengte: 0, keuzes: [{ titel: 'jeugdarts', waarde: 'jeugdarts' }], zoekset: '' },
      { id: 'besluitReden', soort: 'lang', label: 'Reden', waarde: 'Past bij SMW', fout: '', uitleg: '', maxLengte: 300, keuzes: [], zoekset: '' },
      { id: 'toestemmingDatum', soort: 'datum', label: 'Datum', waarde: '2026-11-23', fout: '', uitleg: '', maxLengte: 0, keuzes: [], zoekset: '' },
      { id: 'verwijsindexWie', soort: 'tekst', label: 'Wie meldt?', waarde: '', fout: '', uitleg: '', maxLengte: 100, keuzes: [], zoekset: '' },
      { id: 'toestemmingPartners', soort: 'meerkeuze', label: 'Delen met', waarde: 'CJG', fout: '', uitleg: '', maxLengte: 0, keuzes: [{ titel: 'CJG', waarde: 'CJG' }], zoekset: '' },
      { id: 'overdrachtPersoon', soort: 'persoon', label: 'Nieuwe houder', waarde: '', fout: '', uitleg: '', maxLengte: 0, keuzes: [], zoekset: ZOEKSETS.collegas },
    ],
    voetnoot: 'Het besluit en de reden komen in de geschiedenis van de hulpvraag.',
  },
  details: {
    titel: 'HV-2026-0042 · details en tijdlijn',
    uitleg: 'OBS De Regenboog.',
    feiten: [{ titel: 'Geregistreerd', waarde: '12 november 2026' }],
    betrokkenen: [{ naam: 'Ingrid IB', rol: "IB'er/COO" }],
    tijdlijn: [{ datum: '23 november 2026 · Sam Schakel', tekst: 'Besluit van het schakelteam: regierol naar expert' }],
    inDialoog: false,
    terugVerb: VERBS.vernieuwen,
    terugData: actieData,
  },
  dialoogstart: {
    titel: 'Nieuwe hulpvraag',
    tekst: 'Het formulier opent in een venster.',
    melding: '',
    meldingKleur: 'Default',
    knop: { titel: 'Hulpvraag registreren', inDialoog: true, verb: VERBS.dialoogOpenen, data: { msteams: { type: 'task/fetch' }, dialoog: 'registratie' } },
  },
  agenda: {
    titel: 'Agenda schakelteam Zuid — overleg dinsdag 1 december 2026 om 14:00',
    inleiding: 'Te bespreken leerlingen. Alleen nummer, school, status, of er toestemming is en de geschatte tijd; de inhoud staat op de kaart van elke hulpvraag.',
    leeg: 'Geen bijzonderheden.',
    bespreektijd: 'Geschatte bespreektijd: 20 minuten (voor 1 van de 2 leerlingen ingeschat).',
    secties: [
      { titel: 'Nieuwe hulpvragen (eerste bespreking)', aantal: 1, punten: [{ regel: 'HV-2026-0051 · OBS De Regenboog · Geregistreerd', datum: 'Aangemeld op 19 november 2026 · toestemming ouders: nee · 20 min' }] },
      { titel: 'Vervolgbespreking', aantal: 1, punten: [{ regel: 'HV-2026-0042 · OBS De Regenboog · Wacht op toestemming', datum: 'Laatst gewijzigd op 12 november 2026 · toestemming ouders: nee' }] },
    ],
    algemenePunten: [{ regel: 'Scholing en deskundigheid (ingebracht door Sanne Bakker)' }],
  },
};
