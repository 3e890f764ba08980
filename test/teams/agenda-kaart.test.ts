import { stelAgendaOp } from '../../src/domain/agenda';
import { agendaKaart } from '../../src/teams/kaarten/agenda-kaart';
import { hulpvraagIn } from '../domain/fixtures';
import { controleerKaart, opKaart } from '../helpers/kaarten';

describe('de agendakaart', () => {
  it('zonder zaken: "Geen bijzonderheden", geldig', () => {
    const kaart = agendaKaart('Zuid', stelAgendaOp([], { datum: '2026-12-01', tijd: '14:00' }));
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).toContain(opKaart('Agenda schakelteam Zuid — overleg dinsdag 1 december 2026 om 14:00'));
    expect(tekst).toContain('Geen bijzonderheden.');
    expect(tekst).not.toContain('Vervolgbespreking');
  });

  it('alle secties, alleen de gevulde, geldig en zonder leerlinggegevens', () => {
    const zaken = [
      { ...hulpvraagIn('bij_schakelteam'), nummer: 'HV-2026-0001' },
      { ...hulpvraagIn('stagnatie_team_no', { metHouder: true }), nummer: 'HV-2026-0002' },
      { ...hulpvraagIn('regierol_actief', { metHouder: true }), nummer: 'HV-2026-0003' },
    ];
    const kaart = agendaKaart('Zuid', stelAgendaOp(zaken, { datum: '2026-04-21', tijd: '14:00' }));
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).toContain('HV-2026-0003 · De Regenboog · Regierol actief');
    expect(tekst).toContain(opKaart('Tussentijdse evaluatie op 21 april 2026 · toestemming ouders: ja'));
    expect(tekst).toContain(opKaart('Bij Team NO sinds 20 maart 2026'));
    expect(tekst).not.toContain('Vervolgbespreking');
    expect(tekst).not.toContain('Geen bijzonderheden');
    for (const h of zaken) {
      expect(tekst).not.toContain(h.leerling.referentie);
      expect(tekst).not.toContain(h.vraag);
    }
  });

  it('de geschatte tijd per leerling en in totaal, en algemene punten als onderwerp met wie het inbracht', () => {
    const zaken = [
      { ...hulpvraagIn('bij_schakelteam'), nummer: 'HV-2026-0001', bespreektijd: 20 },
      { ...hulpvraagIn('bij_schakelteam'), nummer: 'HV-2026-0004' },
    ];
    const punt = { id: 'p', categorie: 'Scholing en deskundigheid' as const, door: { tenantId: 't', aadObjectId: 'a', naam: 'Sanne Bakker' }, vergaderdatum: '2026-12-01', toegevoegd: '2026-11-20T09:00:00.000Z' };
    const kaart = agendaKaart('Zuid', stelAgendaOp(zaken, { datum: '2026-12-01', tijd: '14:00' }, [punt]));
    expect(controleerKaart(kaart).problemen).toEqual([]);
    const tekst = JSON.stringify(kaart);
    expect(tekst).toContain(opKaart('Aangemeld op 2 maart 2026 · toestemming ouders: nee · 20 min'));
    expect(tekst).toContain('Geschatte bespreektijd: 20 minuten (voor 1 van de 2 leerlingen ingeschat).');
    expect(tekst).toContain('Algemene punten (1)');
    expect(tekst).toContain('Scholing en deskundigheid (ingebracht door Sanne Bakker)');
    expect(agendaKaart('Zuid', stelAgendaOp([], { datum: '2026-12-01', tijd: '14:00' }, [punt]))).not.toMatchObject({ body: expect.arrayContaining([expect.objectContaining({ text: 'Geen bijzonderheden.' })]) });
  });
});
