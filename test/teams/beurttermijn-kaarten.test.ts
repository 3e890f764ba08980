/**
 * "Aan zet … vóór <datum>" on the cards (issue 13): the date on the case card is the date of the rule that would
 * otherwise act, and a reminder about the same step names the same date.
 */
import { Herinnering } from '../../src/domain/herinnering-status';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { herinneringKaarten } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { controleerKaart, technischeResten, zichtbareTeksten } from '../helpers/kaarten';
import { STANDAARD_HERINNERINGSINSTELLINGEN as INST } from '../helpers/instellingen';
import { EXPERT_A, IB, hulpvraagIn } from '../domain/fixtures';

/** Monday 2 March 2026, 10:00 in Amsterdam: the last progress; the "no progress" reminder comes 30 days later. */
const SINDS = '2026-03-02T09:00:00.000Z';

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
    expect(teksten(kaart)).toContain('Voortgang vastleggen vóór 17 april 2026');
    expect(JSON.stringify(kaart)).not.toContain('zo snel mogelijk');
    expect(teksten(hulpvraagKaart(h, IB, { beurttermijnen: INST }))).toContain('Aan zet: Ahmed SMW (regierolhouder) — voortgang vastleggen vóór 17 april 2026');
  });
});
