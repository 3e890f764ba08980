/**
 * Demo mode (`npm start -- --demo`, `npm run playground -- --demo`): fills the local store with fictional, clearly
 * labelled cases so a newcomer sees the route at work at once. Every case is made through the real use cases
 * (registration, passing on, route actions with the policy checks), each step on its own day in the past, so the
 * data is valid by construction. Idempotent: a case whose fixed id exists already is left alone.
 */
import { Gebeurtenis } from '../domain/gebeurtenissen';
import { Betrokkene, Discipline, Persoon } from '../domain/personen';
import { LocalDate, amsterdamNaarUtc, datumInAmsterdam, plusDagen, weekdag } from '../domain/tijd';
import { Vergaderkalender, Vergaderritme, wordtVergaderd } from '../domain/vergaderritme';
import { KoppelDeps, Koppelverzoek, koppelKanaal } from './koppelen';
import { Klok, ProactieveVerzender } from './ports';
import { RegistreerDeps, registreerHulpvraag } from './registreren';
import { teamNoLeden } from './kanalen';
import { RouteDeps, voerRouteActieUit } from './route-acties';

export type DemoRol = 'ib' | 'sf' | 'smw' | 'jvp' | 'loket' | 'teamNo';

/** What the Teams edge knows of the demo world: the people, and the channels to bind (the schakelteam's first). */
export interface DemoOpzet {
  readonly personen: Readonly<Record<DemoRol, Persoon & { readonly teamsId: string }>>;
  readonly koppelingen: readonly Koppelverzoek[];
}

export type DemoDeps = RegistreerDeps &
  Omit<RouteDeps, 'klok' | 'verzender'> &
  KoppelDeps & {
    /** AGENDA_DAGEN_VOORAF and the days without meetings: the demo's meeting is one whose agenda is due today. */
    readonly vergaderen: { readonly dagenVooraf: number; readonly kalender: Vergaderkalender };
  };

/**
 * Nothing leaves the bot while seeding (the Playground is not up yet, and old "your turn" cards would only confuse):
 * people see the cases through "mijn casussen" and "casus". Answered as sent without an id, so no channel card is
 * recorded and nothing logs a failure.
 */
const STIL: ProactieveVerzender = {
  stuur: async () => ({ soort: 'verzonden' }),
  werkBij: async () => ({ soort: 'verzonden' }),
};

export const DEMO_LABEL = '[DEMO]';
export const DEMO_SCHOOL = 'OBS De Regenboog (demo)';

interface Stap {
  /** Days before today (Amsterdam) on which it happens, at 10:00. */
  readonly dagenGeleden: number;
  readonly door: DemoRol;
  readonly gebeurtenis: (p: DemoOpzet['personen'], datum: LocalDate) => Gebeurtenis;
}

interface DemoCasus {
  readonly code: string;
  readonly dagenGeleden: number;
  readonly leeftijd: number;
  readonly vraag: string;
  readonly stappen: readonly Stap[];
}

const kandidaat = (p: Persoon & { teamsId: string }, discipline: Discipline): Betrokkene => ({ ...p, rol: 'kandidaat_regierol', discipline });

const besluit = (dagenGeleden: number, soort: 'regierol' | 'expertiseteam' | 'loket' | 'basisondersteuning', wie?: DemoRol, discipline?: Discipline): Stap => ({
  dagenGeleden,
  door: 'sf',
  gebeurtenis: (p) => ({
    soort: 'besluit',
    besluit: soort,
    reden: `${DEMO_LABEL} besluit van het schakelteam`,
    verwijsindex: { nodig: false },
    personen: wie && discipline ? [kandidaat(p[wie], discipline)] : [],
  }),
});

const toestemming = (dagenGeleden: number, gegeven = true): Stap => ({
  dagenGeleden,
  door: 'ib',
  gebeurtenis: (_p, datum) => ({ soort: 'toestemming_vastgelegd', invoer: { antwoorden: { ouder1: gegeven, leerling: gegeven }, eenOuderMetGezag: true, partners: ['Schoolmaatschappelijk werk'], datum, wijze: 'papier' } }),
});

const stap = (dagenGeleden: number, door: DemoRol, gebeurtenis: Gebeurtenis): Stap => ({ dagenGeleden, door, gebeurtenis: () => gebeurtenis });
const accepteer = (dagenGeleden: number, door: DemoRol) => stap(dagenGeleden, door, { soort: 'regierol_geaccepteerd' });
const voortgang = (dagenGeleden: number, door: DemoRol) => stap(dagenGeleden, door, { soort: 'voortgang_vastgelegd', notitie: `${DEMO_LABEL} gesprek met ouders gevoerd` });
const uitvraag = (dagenGeleden: number, door: DemoRol) => stap(dagenGeleden, door, { soort: 'uitvraag_vastgelegd', uitvraag: { gedaan: true, toelichting: '' } });
const evaluatie = (dagenGeleden: number, door: DemoRol, vervolg: 'doorgaan' | 'afsluiten') =>
  stap(dagenGeleden, door, { soort: 'evaluatie_vastgelegd', evaluatie: { doelBereikt: vervolg === 'afsluiten', toelichting: `${DEMO_LABEL} evaluatie`, vervolg } });
const plan = (dagenGeleden: number, door: DemoRol): Stap => ({
  dagenGeleden,
  door,
  gebeurtenis: (_p, datum) => ({
    soort: 'plan_vastgelegd',
    doelen: [{ doel: `${DEMO_LABEL} elke dag naar school`, acties: `${DEMO_LABEL} ophalen; aanwezigheid wekelijks bekijken`, termijn: plusDagen(datum, 56), verantwoordelijke: 'mentor' }],
  }),
});

/**
 * The schakelteam's last meeting (seed 000 stap 4): two agreements, which become goals of the plan, and the
 * follow-up, which puts the case on the coming agenda (its date lies before the demo's next meeting).
 */
const afspraken = (dagenGeleden: number): Stap => ({
  dagenGeleden,
  door: 'sf',
  gebeurtenis: (p, datum) => ({
    soort: 'afspraken_vastgelegd',
    afspraken: {
      acties: [
        { wat: `${DEMO_LABEL} gesprek met ouders over de schoolgang`, wie: p.smw, wanneer: plusDagen(datum, 10) },
        { wat: `${DEMO_LABEL} rooster aanpassen met de mentor`, wie: p.ib, wanneer: plusDagen(datum, 17) },
      ],
      terugkoppelingSchool: p.ib,
      terugkoppelingOuders: p.smw,
      casuscoordinator: p.smw,
      verwijsindex: { melden: false },
      vervolgbespreking: plusDagen(datum, dagenGeleden + 1),
    },
  }),
});

/**
 * Every two weeks, on the weekday of the last meeting day whose agenda is due today: the first sweep posts the
 * agenda in General (on a working day, 08:00–17:00). A rhythm the team set itself is kept.
 */
function demoRitme(vandaag: LocalDate, vergaderen: DemoDeps['vergaderen']): Vergaderritme {
  const dagen = Array.from({ length: vergaderen.dagenVooraf }, (_, i) => plusDagen(vandaag, vergaderen.dagenVooraf - i));
  const datum = dagen.find((d) => wordtVergaderd(d, vergaderen.kalender)) ?? plusDagen(vandaag, 7);
  return { ritme: 'tweewekelijks', weekdag: Math.min(weekdag(datum), 5), tijd: '14:00', vanaf: plusDagen(datum, -14) };
}

/** Every state of the route that a case can rest in, some overdue, one stagnated; roughly in route order. */
const CASUSSEN: readonly DemoCasus[] = [
  { code: '01', dagenGeleden: 0, leeftijd: 7, vraag: 'Nieuw: moeite met concentreren in de klas.', stappen: [] },
  { code: '02', dagenGeleden: 9, leeftijd: 10, vraag: 'Wacht al anderhalve week op bespreking: veel verzuim.', stappen: [] },
  { code: '03', dagenGeleden: 6, leeftijd: 9, vraag: 'Zorgen over thuissituatie, besluit genomen.', stappen: [besluit(4, 'regierol', 'smw', 'schoolmaatschappelijk werker')] },
  { code: '04', dagenGeleden: 12, leeftijd: 11, vraag: 'Zware problematiek, naar het Loket.', stappen: [besluit(10, 'loket', 'loket', 'Loket-medewerker'), toestemming(8)] },
  { code: '05', dagenGeleden: 5, leeftijd: 8, vraag: 'Regierol aangeboden aan de jeugdverpleegkundige.', stappen: [besluit(4, 'regierol', 'jvp', 'jeugdverpleegkundige'), toestemming(2)] },
  {
    code: '06',
    dagenGeleden: 20,
    leeftijd: 9,
    vraag: 'Loopt: plan van aanpak, afspraken uit het overleg.',
    stappen: [besluit(18, 'regierol', 'smw', 'schoolmaatschappelijk werker'), toestemming(17), accepteer(16, 'smw'), uitvraag(10, 'smw'), plan(9, 'smw'), afspraken(7)],
  },
  {
    code: '07',
    dagenGeleden: 45,
    leeftijd: 6,
    vraag: 'Tussentijdse evaluatie staat voor de deur.',
    stappen: [besluit(43, 'regierol', 'jvp', 'jeugdverpleegkundige'), toestemming(42), accepteer(40, 'jvp'), voortgang(12, 'jvp')],
  },
  {
    code: '08',
    dagenGeleden: 56,
    leeftijd: 10,
    vraag: 'Tussentijdse evaluatie is achterstallig.',
    stappen: [besluit(54, 'regierol', 'smw', 'schoolmaatschappelijk werker'), toestemming(52), accepteer(50, 'smw'), voortgang(3, 'smw')],
  },
  {
    code: '09',
    dagenGeleden: 25,
    leeftijd: 8,
    vraag: 'Expertiseteam erbij; de regierol blijft bij de IB\'er.',
    stappen: [besluit(23, 'expertiseteam', 'jvp', 'jeugdverpleegkundige'), toestemming(21)],
  },
  {
    code: '10',
    dagenGeleden: 35,
    leeftijd: 11,
    vraag: 'Overdracht van de regierol voorgesteld.',
    stappen: [
      besluit(33, 'regierol', 'smw', 'schoolmaatschappelijk werker'),
      toestemming(32),
      accepteer(31, 'smw'),
      { dagenGeleden: 2, door: 'smw', gebeurtenis: (p) => ({ soort: 'overdracht_voorgesteld', naar: { ...p.jvp, rol: 'kandidaat_regierol', discipline: 'jeugdverpleegkundige' }, reden: `${DEMO_LABEL} past beter` }) },
    ],
  },
  {
    code: '11',
    dagenGeleden: 70,
    leeftijd: 10,
    vraag: 'Vastgelopen: wachtlijst, bij Team NO.',
    stappen: [besluit(68, 'regierol', 'smw', 'schoolmaatschappelijk werker'), toestemming(66), accepteer(65, 'smw'), evaluatie(22, 'smw', 'doorgaan'), voortgang(10, 'smw'), {
      dagenGeleden: 3,
      door: 'smw',
      gebeurtenis: () => ({ soort: 'stagnatie_gemeld', reden: 'Wachtlijst / hulp Loket niet gestart', toelichting: `${DEMO_LABEL} wachtlijst jeugdhulp`, teamNo: [] }),
    }],
  },
  {
    code: '12',
    dagenGeleden: 100,
    leeftijd: 9,
    vraag: 'Doel bereikt, terug voor afsluiting.',
    stappen: [besluit(98, 'regierol', 'jvp', 'jeugdverpleegkundige'), toestemming(97), accepteer(96, 'jvp'), evaluatie(54, 'jvp', 'doorgaan'), voortgang(30, 'jvp'), evaluatie(5, 'jvp', 'afsluiten')],
  },
  { code: '13', dagenGeleden: 15, leeftijd: 7, vraag: 'Basisondersteuning volstaat; gesloten.', stappen: [besluit(14, 'basisondersteuning')] },
];

export interface Demoverslag {
  readonly aangemaakt: number;
  readonly bestonden: number;
}

/** Binds the demo channels (as the IB'er would) and creates the demo cases that are not there yet. */
export async function vulDemo(deps: DemoDeps, opzet: DemoOpzet, klok: Klok): Promise<Demoverslag> {
  let schakelteamId: string | undefined;
  for (const verzoek of opzet.koppelingen) {
    const uitkomst = await koppelKanaal({ ...deps, klok }, { persoon: opzet.personen.ib, via: 'systeem' }, verzoek);
    if (uitkomst.soort !== 'gekoppeld') throw new Error(`demo: koppelen ${verzoek.soort} onvolledig`);
    schakelteamId ??= uitkomst.schakelteam?.id;
  }
  if (!schakelteamId) throw new Error('demo: geen schakelteam gekoppeld');
  const vandaag = datumInAmsterdam(klok.nu());
  await deps.schakelteams.wijzig(opzet.personen.ib.tenantId, schakelteamId, (s) => (s.vergaderritme ? s : { ...s, vergaderritme: demoRitme(vandaag, deps.vergaderen) }));
  let aangemaakt = 0;
  for (const casus of CASUSSEN) {
    if (await deps.hulpvragen.lees(schakelteamId, `hv-demo-${casus.code}`)) continue;
    await maakCasus(deps, opzet, schakelteamId, casus, vandaag);
    aangemaakt++;
  }
  return { aangemaakt, bestonden: CASUSSEN.length - aangemaakt };
}

async function maakCasus(deps: DemoDeps, opzet: DemoOpzet, schakelteamId: string, casus: DemoCasus, vandaag: LocalDate): Promise<void> {
  const op = (dagenGeleden: number): Klok => ({ nu: () => amsterdamNaarUtc(plusDagen(vandaag, -dagenGeleden), 10) });
  const ib = opzet.personen.ib;
  const registratieKlok = op(casus.dagenGeleden);
  const { hulpvraag } = await registreerHulpvraag({ ...deps, klok: registratieKlok }, ib, {
    formulierId: `demo-${casus.code}`,
    schakelteamId,
    school: DEMO_SCHOOL,
    leerling: { referentie: `DEMO-${casus.code}`, groep: 'groep 5', leeftijd: { leeftijd: casus.leeftijd, peildatum: plusDagen(vandaag, -casus.dagenGeleden) } },
    vraag: `${DEMO_LABEL} ${casus.vraag}`,
    signalen: `${DEMO_LABEL} fictieve signalen`,
    geprobeerd: `${DEMO_LABEL} extra begeleiding in de klas`,
    oudersOpDeHoogte: true,
    alleenAdvies: false,
  }, false);
  // Demo cases stay out of the schakelteam channel: only the people involved see them.
  let huidig = hulpvraag;
  const teamNo = await teamNoLeden(deps.kanalen, ib.tenantId);
  for (const s of casus.stappen) {
    const klok = op(s.dagenGeleden);
    const basis = s.gebeurtenis(opzet.personen, datumInAmsterdam(klok.nu()));
    const gebeurtenis = basis.soort === 'stagnatie_gemeld' ? { ...basis, teamNo } : basis;
    const uitkomst = await voerRouteActieUit({ ...deps, klok, verzender: STIL }, { schakelteamId: huidig.schakelteamId, id: huidig.id }, opzet.personen[s.door], huidig.versie, gebeurtenis, 'systeem');
    if (uitkomst.soort !== 'toegepast') throw new Error(`demo ${casus.code}: stap ${gebeurtenis.soort} niet toegepast (${uitkomst.soort === 'geweigerd' ? uitkomst.fout.code : uitkomst.soort})`);
    huidig = uitkomst.hulpvraag;
  }
  await deps.achtergrond.klaar();
}
