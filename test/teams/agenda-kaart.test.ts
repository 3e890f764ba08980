import { stelAgendaOp } from '../../src/domain/agenda';
import { agendaKaart } from '../../src/teams/kaarten/agenda-kaart';
import { hulpvraagIn } from '../domain/fixtures';
import { controleerKaart } from '../helpers/kaarten';

describe('de agendakaart', () => {
  it('zonder zaken: "Geen bijzonderheden", geldig', () => {
    const kaart = agendaKaart('Zuid', stelAgendaOp([], '2026-12-01'));
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).toContain('Agenda schakelteam Zuid — overleg dinsdag 1 december 2026');
    expect(tekst).toContain('Geen bijzonderheden.');
    expect(tekst).not.toContain('Vervolgbespreking');
  });

  it('alle secties, alleen de gevulde, geldig en zonder leerlinggegevens', () => {
    const zaken = [
      { ...hulpvraagIn('bij_schakelteam'), nummer: 'HV-2026-0001' },
      { ...hulpvraagIn('stagnatie_team_no', { metHouder: true }), nummer: 'HV-2026-0002' },
      { ...hulpvraagIn('regierol_actief', { metHouder: true }), nummer: 'HV-2026-0003' },
    ];
    const kaart = agendaKaart('Zuid', stelAgendaOp(zaken, '2026-04-21'));
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).toContain('HV-2026-0003 · De Regenboog · Regierol actief');
    expect(tekst).toContain('Tussentijdse evaluatie op 21 april 2026');
    expect(tekst).toContain('Bij Team NO sinds 20 maart 2026');
    expect(tekst).not.toContain('Vervolgbespreking');
    expect(tekst).not.toContain('Geen bijzonderheden');
    for (const h of zaken) {
      expect(tekst).not.toContain(h.leerling.referentie);
      expect(tekst).not.toContain(h.vraag);
    }
  });
});
