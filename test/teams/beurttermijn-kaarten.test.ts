/**
 * "Aan zet … vóór <datum>" on the cards (issue 13): the date on the case card is the date of the rule that would
 * otherwise act, and a reminder about the same step names the same date.
 */
import { Herinnering } from '../../src/domain/herinnering-status';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { herinneringKaarten } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { controleerKaart, opKaart, technischeResten, zichtbareTeksten } from '../helpers/kaarten';
import { STANDAARD_HERINNERINGSINSTELLINGEN as INST, STANDAARD_OVERLEG } from '../helpers/instellingen';
import { BeurtOmgeving } from '../../src/domain/beurttermijn';
import { Vergaderritme } from '../../src/domain/vergaderritme';
import { EXPERT_A, EXPERT_C_BETROKKENE, IB, SF, hulpvraagIn } from '../domain/fixtures';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';

/** Monday 2 March 2026, 10:00 in Amsterdam: when the case entered its state (or, for the holder, the last progress). */
const SINDS = '2026-03-02T09:00:00.000Z';
const DINSDAG: Vergaderritme = { ritme: 'wekelijks', weekdag: 2, tijd: '14:00', vanaf: '2026-01-06' };
/** The case card as a Teams turn renders it on `vandaag`: with the team's rhythm as its binding holds it then. */
const met = (ritme: Vergaderritme | undefined, vandaag = '2026-03-02'): BeurtOmgeving => ({ ...INST, overleg: { ...STANDAARD_OVERLEG, ritme, vandaag } });

function teksten(kaart: unknown): string[] {
  expect(controleerKaart(kaart).problemen).toEqual([]);
  expect(technischeResten(kaart)).toEqual([]);
  return zichtbareTeksten(kaart);
}

describe('geen voortgang: de herinnering en de hulpvraagkaart noemen dezelfde datum', () => {
  const h: Hulpvraag = { ...hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true }), laatsteVoortgang: SINDS };

  it('de herinnering zegt vóór welke dag de voortgang vastgelegd moet zijn (de dag dat het anders stagnatie is)', () => {
    const ontvanger = { soort: 'persoon', tenantId: EXPERT_A.tenantId, aadObjectId: EXPERT_A.aadObjectId, naam: EXPERT_A.naam, rol: 'regierolhouder' } as const;
    const herinnering = { soort: 'voortgang_gevraagd', ontvanger, onderwerp: 'voortgang-20260302' } as unknown as Herinnering;
    const kaart = herinneringKaarten(false, INST).herinnering(herinnering, h).kaart;
    expect(teksten(kaart)).toContain(opKaart('Voortgang vastleggen vóór 17 april 2026'));
    expect(JSON.stringify(kaart)).not.toContain('zo snel mogelijk');
    expect(teksten(hulpvraagKaart(h, IB, { beurttermijnen: INST }))).toContain(opKaart('Aan zet: Ahmed SMW (regierolhouder) — voortgang vastleggen vóór 17 april 2026'));
  });
});

describe('de hulpvraagkaart zegt in elke wachtende status wie aan zet is, wat, en vóór wanneer', () => {
  const sinds = (h: Hulpvraag): Hulpvraag => ({ ...h, statusSinds: SINDS });
  const nieuwBesluit = { soort: 'regierol', reden: 'x', verwijsindex: { nodig: false }, datum: '2026-02-20' } as const;
  it.each<[string, Hulpvraag, string, BeurtOmgeving?]>([
    ['een nieuwe hulpvraag: het overleg waarvan de agenda haar als eerste draagt', sinds(hulpvraagIn('bij_schakelteam')), 'Aan zet: het schakelteam — besluit nemen in het overleg van 10 maart 2026'],
    // An old document may still carry the date stored at registration: it is not read any more.
    ['een oude hulpvraag met een bewaarde datum: het overleg volgens het ritme van nu', { ...sinds(hulpvraagIn('bij_schakelteam')), eersteOverleg: '2026-03-03' } as Hulpvraag, 'Aan zet: het schakelteam — besluit nemen in het overleg van 10 maart 2026'],
    ['een overleg voorbij zonder besluit: het volgende', sinds(hulpvraagIn('bij_schakelteam')), 'Aan zet: het schakelteam — besluit nemen in het overleg van 17 maart 2026', met(DINSDAG, '2026-03-11')],
    ['een nieuwe hulpvraag zonder vergaderritme: 10 werkdagen (de termijn van een nieuw besluit)', sinds(hulpvraagIn('bij_schakelteam')), 'Aan zet: het schakelteam — besluit nemen vóór 16 maart 2026', met(undefined)],
    ['opnieuw besluiten na een weigering: de dag van stagnatie', { ...sinds(hulpvraagIn('bij_schakelteam')), besluit: nieuwBesluit }, 'Aan zet: het schakelteam — besluit nemen vóór 16 maart 2026'],
    ['toestemming: de dag van stagnatie (15 werkdagen)', sinds(hulpvraagIn('wacht_op_toestemming')), "Aan zet: de IB'er/COO — toestemming vastleggen vóór 23 maart 2026"],
    ['het aanbod: de dag van stagnatie (10 werkdagen)', sinds(hulpvraagIn('regierol_aangeboden')), 'Aan zet: Bea JVK — regierol aannemen of weigeren vóór 16 maart 2026'],
    ['een overdracht beoordelen: productkeuze, 10 werkdagen', sinds(hulpvraagIn('overdracht_aangevraagd')), 'Aan zet: het schakelteam — overdracht beoordelen vóór 16 maart 2026'],
    [
      'een overdracht die op ruimere toestemming wacht: dezelfde dag, nu voor de IB-er',
      { ...sinds(hulpvraagIn('overdracht_aangevraagd')), uitbreiding: { stap: 'overdracht', persoon: EXPERT_C_BETROKKENE, partner: 'GGD', sinds: SINDS } },
      "Aan zet: de IB'er/COO — toestemming uitbreiden vóór 16 maart 2026",
    ],
    ['Team NO: vóór de herinnering die het dan krijgt', sinds(hulpvraagIn('stagnatie_team_no', { metHouder: true })), 'Aan zet: Team NO — besluit nemen vóór 27 maart 2026'],
    ['afsluiten na terugmelden: productkeuze, 10 werkdagen', sinds(hulpvraagIn('terug_voor_afsluiting')), "Aan zet: de IB'er/COO — afsluiten vóór 16 maart 2026"],
    [
      'een vrijgekomen rol overnemen: de datum van de stap waar de hulpvraag op wacht',
      { ...sinds(hulpvraagIn('wacht_op_toestemming')), betrokkenen: hulpvraagIn('wacht_op_toestemming').betrokkenen.filter((b) => b.rol !== 'ib_coo') },
      'Aan zet: de schakelfunctionaris O/JH — de vrijgekomen rol overnemen vóór 23 maart 2026',
    ],
  ])('%s', (_naam, h, regel, omgeving = met(DINSDAG)) => {
    expect(teksten(hulpvraagKaart(h, SF, { beurttermijnen: omgeving }))).toContain(opKaart(regel));
  });

  it('zonder het ritme van het team noemt de kaart geen datum voor het eerste besluit (liever geen dan een verkeerde)', () => {
    expect(teksten(hulpvraagKaart(sinds(hulpvraagIn('bij_schakelteam')), SF, { beurttermijnen: INST }))).toContain(opKaart('Aan zet: het schakelteam — besluit nemen'));
  });

  it('gesloten: niemand aan zet', () => {
    expect(teksten(hulpvraagKaart(hulpvraagIn('gesloten'), IB, { beurttermijnen: INST })).join('\n')).not.toContain('Aan zet');
  });

  it('de kaart "uw beurt" noemt dezelfde datum', () => {
    const h = sinds(hulpvraagIn('bij_schakelteam'));
    expect(teksten(hulpvraagKaarten(false, met(DINSDAG)).voorPersoon(h, IB, 'Er is een nieuwe hulpvraag.'))).toContain(opKaart('Besluit nemen in het overleg van 10 maart 2026'));
  });
});

describe('een verstreken standaardtermijn (issue 20): de herinnering noemt de stap en de dag, met de knop van die stap', () => {
  const ontvanger = (p: typeof IB) => ({ soort: 'persoon', tenantId: p.tenantId, aadObjectId: p.aadObjectId, naam: p.naam, rol: 'ib_coo' }) as const;
  const herinnering = (p: typeof IB) => ({ soort: 'termijn_verstreken', ontvanger: ontvanger(p), datum: '2026-03-16' }) as unknown as Herinnering;

  it('een overdracht: het schakelteam beoordeelt haar', () => {
    const h = { ...hulpvraagIn('overdracht_aangevraagd', { metHouder: true, metToestemming: true }), statusSinds: SINDS };
    const kaart = herinneringKaarten(false, INST).herinnering(herinnering(SF), h).kaart;
    expect(teksten(kaart)).toEqual([
      `Herinnering · ${h.nummer}`,
      `${h.school} · Overdracht aangevraagd`,
      opKaart(`De voorgestelde overdracht van de regierol van hulpvraag ${h.nummer} had vóór 16 maart 2026 beoordeeld moeten zijn. Zet de stap op de kaart van de hulpvraag.`),
      opKaart('Overdracht beoordelen: de termijn (vóór 16 maart 2026) is voorbij'),
      'Overdracht beoordelen',
      'Open casus',
    ]);
  });

  it('teruggemeld: de IB-er sluit af of heropent; is die rol vrij, dan neemt de schakelfunctionaris haar over', () => {
    const h = { ...hulpvraagIn('terug_voor_afsluiting', { metHouder: true, metToestemming: true }), statusSinds: SINDS };
    expect(teksten(herinneringKaarten(true, INST).herinnering(herinnering(IB), h).kaart)).toContain(opKaart("Afsluiten: de termijn (vóór 16 maart 2026) is voorbij"));
    const vacant = { ...h, betrokkenen: h.betrokkenen.filter((b) => b.rol !== 'ib_coo') };
    const tekst = teksten(herinneringKaarten(true, INST).herinnering(herinnering(SF), vacant).kaart);
    expect(tekst).toContain(opKaart(`Hulpvraag ${h.nummer} is teruggemeld voor afsluiting en had vóór 16 maart 2026 afgesloten of heropend moeten zijn. De rol die deze stap zet, is vrij: neem die rol over en zet de stap.`));
    expect(tekst).toContain(opKaart('De vrijgekomen rol overnemen: de termijn (vóór 16 maart 2026) is voorbij'));
  });
});
