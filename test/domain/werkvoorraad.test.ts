/**
 * "Wacht op mij" in the tab and "Wie is aan zet" in the key figures follow the case card's rule (invarianten.ts
 * `volgendeStap`), not a table by state. Each row below is a case where a table by state gave another answer than the
 * card; the property test (werkvoorraad.property.test.ts) checks the same over random routes.
 */
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { schakelteamKengetallen } from '../../src/domain/kengetallen';
import { Persoon } from '../../src/domain/personen';
import { werkvoorraad } from '../../src/domain/werkvoorraad';
import { beurt } from '../../src/teams/kaarten/aan-zet';
import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { EXPERT_A, EXPERT_B, EXPERT_C_BETROKKENE, IB, SF, alsBetrokkene, hulpvraagIn, persoon } from './fixtures';

const OMGEVING = { limieten: INST.stagnatie, venster: INST.venster, feestdagen: INST.feestdagen };
const NU = new Date('2026-03-16T10:00:00Z');
const LOKET = persoon('aad-loket', 'Lotte Loket');

const zonder = (h: Hulpvraag, ...weg: Persoon[]): Hulpvraag => ({ ...h, betrokkenen: h.betrokkenen.filter((b) => !weg.some((p) => p.aadObjectId === b.aadObjectId)) });
const naarLoket: Hulpvraag = {
  ...hulpvraagIn('regierol_aangeboden', { besluit: 'loket', metKandidaat: false }),
  betrokkenen: [...hulpvraagIn('bij_schakelteam').betrokkenen, alsBetrokkene(LOKET, 'kandidaat_regierol', 'Loket-medewerker')],
  loket: { sinds: '2026-03-05T09:00:00Z', via: 'besluit', aangekomen: '2026-03-06T09:00:00Z' },
};

const GEVALLEN: ReadonlyArray<[string, Hulpvraag, readonly Persoon[], readonly string[], string]> = [
  [
    'een goedgekeurde overdracht wacht op uitbreiding van de toestemming: alleen de IB’er/COO, niet de schakelfunctionaris',
    { ...hulpvraagIn('overdracht_aangevraagd'), uitbreiding: { stap: 'overdracht', persoon: EXPERT_C_BETROKKENE, partner: 'GGD', sinds: '2026-03-12T09:00:00Z' } },
    [IB],
    ["IB'er/COO"],
    "de IB'er/COO",
  ],
  ['een aanbod aan een genoemde kandidaat: die kandidaat, niet het Loket', hulpvraagIn('regierol_aangeboden'), [EXPERT_B], ['voorgestelde regierolhouder'], 'de voorgestelde regierolhouder'],
  ['een aanbod aan het Loket: het Loket, en de genoemde Loket-medewerker', naarLoket, [LOKET], ['Loket', 'voorgestelde regierolhouder'], 'het Loket'],
  ['stagnatie bij Team NO: Team NO, niet de regierolhouder', hulpvraagIn('stagnatie_team_no', { metHouder: true }), [], ['Team NO'], 'Team NO'],
  ['de IB’er/COO vertrok: de schakelfunctionaris neemt de rol over', zonder(hulpvraagIn('wacht_op_toestemming'), IB), [SF], ['schakelfunctionaris O/JH'], 'de schakelfunctionaris O/JH'],
  ['het hele schakelteam vertrok: niemand op de casus, een functioneel beheerder koppelt opnieuw', zonder(hulpvraagIn('bij_schakelteam'), IB, SF), [], ['functioneel beheerder'], 'een functioneel beheerder'],
  ['een overdracht beoordelen: het schakelteam', hulpvraagIn('overdracht_aangevraagd'), [IB, SF], ["IB'er/COO", 'schakelfunctionaris O/JH'], 'het schakelteam'],
];

describe('wie aan zet is, in het tabblad en de kengetallen: dezelfde regel als de kaart', () => {
  it.each(GEVALLEN)('%s', (_naam, h, wachtenden, telling, kaart) => {
    for (const p of [IB, SF, EXPERT_A, EXPERT_B, LOKET]) {
      const rij = werkvoorraad([h], p, NU, OMGEVING)[0];
      const verwacht = wachtenden.includes(p);
      if (rij?.status !== undefined || verwacht) expect([p.naam, rij?.vlaggen.includes('wacht_op_mij')]).toEqual([p.naam, verwacht]);
    }
    expect(schakelteamKengetallen([h], NU, { loketWerkdagen: 5, hulpGestartWeken: 8 }, OMGEVING).aanZet.map((t) => t.naam).sort()).toEqual([...telling].sort());
    expect(beurt(h, false, INST)?.wie).toBe(kaart);
  });
});
