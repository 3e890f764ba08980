import { Gebeurtenis, pasToeMetGevolgen } from '../../src/domain/gebeurtenissen';
import { Hulpvraag } from '../../src/domain/hulpvraag';
import { Persoon } from '../../src/domain/personen';
import { NIET_AANGEKOMEN, berichtenNa, doorTeSturen, eersteDoorsturen, meldNietAangekomen, metUitgaand, nieuwPostbericht, nogAanZet, zonderUitgaand } from '../../src/domain/uitgaand';
import { EXPERT_A, EXPERT_B, EXPERT_C_BETROKKENE, IB, SF, SYSTEEM, TEAM_NO_1, VOORBEELD, alsBetrokkene, hulpvraagIn, omgeving } from './fixtures';

const moment = new Date('2026-03-12T10:00:00Z');
const metKaart = { ...hulpvraagIn('regierol_aangeboden'), kanaalBericht: { kanaalId: '19:kanaal', activityId: 'a-1' } };

describe('de wachtrij van een hulpvraag (outbox)', () => {
  it('een weigering: kanaalkaart en het schakelteam aan zet, met de weigering als aanleiding; ids uit hulpvraag + versie + plek', () => {
    const na = pasToeMetGevolgen(metKaart, { soort: 'regierol_geweigerd', reden: 'vol' }, EXPERT_B, omgeving(moment));
    const inhoud = berichtenNa(metKaart, na.hulpvraag, EXPERT_B, na.kennisgevingen);
    expect(inhoud.map((u) => u.soort)).toEqual(['kanaalkaart', 'beurt', 'beurt']);
    // One message each: the notice is the reason on the "your turn" card, not a second message.
    expect(inhoud[1]).toMatchObject({ soort: 'beurt', aan: { aadObjectId: IB.aadObjectId }, stap: 'besluit_nemen', aanleiding: expect.stringContaining('geweigerd (vol)') });
    const h = metUitgaand(na.hulpvraag, inhoud);
    expect(h.uitgaand?.map((u) => u.id)).toEqual([1, 2, 3].map((i) => `${h.id}.v${h.versie}.${i}`));
    // Moved into the pipeline: gone from the case, the rest stays.
    const ids = new Set([h.uitgaand?.[0]?.id ?? '']);
    expect(zonderUitgaand(h, ids).uitgaand).toHaveLength(2);
    expect(zonderUitgaand(h, new Set(h.uitgaand?.map((u) => u.id))).uitgaand).toBeUndefined();
  });

  it('wie de stap zette krijgt geen beurtkaart; de volgende aan de beurt wel', () => {
    const voor = hulpvraagIn('bij_schakelteam');
    const wacht = { ...hulpvraagIn('wacht_op_toestemming'), versie: voor.versie + 1 };
    const beurten = (door: typeof IB) => berichtenNa(voor, wacht, door, []).flatMap((u) => (u.soort === 'beurt' ? [u.aan.aadObjectId] : []));
    expect(beurten(SF)).toEqual([IB.aadObjectId]);
    expect(beurten(IB)).toEqual([]);
    // No channel card yet (registration posts it): nothing to replace.
    expect(berichtenNa(voor, wacht, SF, []).some((u) => u.soort === 'kanaalkaart')).toBe(false);
  });

  it('na de laatste poging: één regel in de geschiedenis en één melding, ook als het twee keer wordt toegepast', () => {
    const inhoud = berichtenNa(metKaart, { ...metKaart, versie: metKaart.versie + 1 }, EXPERT_B, [
      { soort: 'regierol_geweigerd', aan: { ...SF, rol: 'schakelfunctionaris' }, tekst: 'x' },
    ]);
    const h = metUitgaand(metKaart, inhoud);
    const kennisgeving = h.uitgaand?.find((u) => u.soort === 'kennisgeving');
    if (!kennisgeving) throw new Error('geen kennisgeving');
    const bericht = nieuwPostbericht(h, kennisgeving, moment);
    const leeg = zonderUitgaand(h, new Set(h.uitgaand?.map((u) => u.id)));
    const gemeld = meldNietAangekomen(leeg, bericht, '500 na 5 poging(en)', moment);
    expect(gemeld.geschiedenis.filter((r) => r.wat === NIET_AANGEKOMEN)).toHaveLength(1);
    expect(gemeld.uitgaand).toHaveLength(1);
    expect(gemeld.uitgaand?.[0]).toMatchObject({ soort: 'niet_aangekomen', tekst: expect.stringContaining(`Neem zelf contact op met ${SF.naam}`) });
    expect(meldNietAangekomen(gemeld, bericht, '500', moment)).toBe(gemeld);
    // The channel card failing is told to the IB'er 1:1 instead.
    const kaart = h.uitgaand?.find((u) => u.soort === 'kanaalkaart');
    if (!kaart) throw new Error('geen kanaalkaart');
    const viaIb = meldNietAangekomen(leeg, nieuwPostbericht(h, kaart, moment), '403', moment);
    expect(viaIb.uitgaand?.map((u) => ('aan' in u ? u.aan?.aadObjectId : undefined))).toEqual([IB.aadObjectId]);
  });

  it('wat de klikker zelf verstuurt, wordt pas na zijn termijn doorgestuurd; de zaak is dan aan de beurt voor de sweep', () => {
    const na = pasToeMetGevolgen(metKaart, { soort: 'regierol_geweigerd', reden: 'vol' }, EXPERT_B, omgeving(moment));
    const tot = new Date(moment.getTime() + 600_000);
    const h = metUitgaand(na.hulpvraag, berichtenNa(metKaart, na.hulpvraag, EXPERT_B, na.kennisgevingen), undefined, tot);
    expect(doorTeSturen(h, moment)).toEqual([]);
    expect(doorTeSturen(h, tot)).toHaveLength(3);
    expect(eersteDoorsturen(h)).toEqual(tot);
    // What the system writes (no hold) is relayed at once; the pipeline document does not carry the hold.
    const zonder = metUitgaand(na.hulpvraag, [{ soort: 'kanaalkaart' }]);
    expect(doorTeSturen(zonder, moment)).toHaveLength(1);
    const eerste = h.uitgaand?.[0];
    if (!eerste) throw new Error('geen bericht');
    expect(nieuwPostbericht(h, eerste, moment)).not.toHaveProperty('inhoud.doorsturenVanaf');
  });
});

/** What one event on `h` by `door` sends, as "soort:person[:step]" (the notice texts checked where they matter). */
function verstuurd(h: Hulpvraag, g: Gebeurtenis, door: Persoon): string[] {
  const na = pasToeMetGevolgen(h, g, door, omgeving(moment));
  return berichtenNa(h, na.hulpvraag, door, na.kennisgevingen).map((u) =>
    u.soort === 'beurt' ? `beurt:${u.aan.naam}:${u.stap}` : u.soort === 'kennisgeving' ? `kennisgeving:${u.aan.naam}` : u.soort,
  );
}

describe('"uw beurt" volgt de volgende stap van het domein', () => {
  const stagnatie = (toestemming: 'gegeven' | 'ingetrokken'): Hulpvraag => {
    const h = hulpvraagIn('stagnatie_team_no', { metHouder: true, metToestemming: true });
    return h.toestemming ? { ...h, toestemming: { ...h.toestemming, status: toestemming } } : h;
  };

  it('na het besluit van Team NO: de houder die weer aan zet is, krijgt één kaart met het besluit als aanleiding', () => {
    const h = stagnatie('gegeven');
    const na = pasToeMetGevolgen(h, VOORBEELD.team_no_besluit, TEAM_NO_1, omgeving(moment));
    const inhoud = berichtenNa(h, na.hulpvraag, TEAM_NO_1, na.kennisgevingen);
    expect(inhoud.map((u) => u.soort)).toEqual(['kanaalbericht', 'beurt']);
    expect(inhoud[1]).toMatchObject({ aan: { aadObjectId: EXPERT_A.aadObjectId }, stap: 'voortgang_vastleggen', aanleiding: expect.stringContaining('Besluit Team NO: overbruggingszorg inzetten') });
  });

  it('na het besluit van Team NO zonder toestemming: de IB\'er/COO is aan zet, de houder hoort alleen dat er besloten is', () => {
    const h = stagnatie('ingetrokken');
    expect(verstuurd(h, VOORBEELD.team_no_besluit, TEAM_NO_1)).toEqual(['kanaalbericht', `beurt:${IB.naam}:toestemming_vastleggen`, `kennisgeving:${EXPERT_A.naam}`]);
    // Without consent the holder may not read what Team NO typed: only that it decided.
    const na = pasToeMetGevolgen(h, VOORBEELD.team_no_besluit, TEAM_NO_1, omgeving(moment));
    const [, , kennisgeving] = berichtenNa(h, na.hulpvraag, TEAM_NO_1, na.kennisgevingen);
    expect(kennisgeving).toMatchObject({ tekst: `Team NO heeft besloten over hulpvraag ${h.nummer}.` });
  });

  it('een doorgezette overdracht na Team NO: het schakelteam beoordeelt, de houder krijgt geen beurtkaart', () => {
    const lopend = { soort: 'overdracht' as const, naar: EXPERT_C_BETROKKENE, reden: 'andere expertise nodig' };
    const h = { ...stagnatie('gegeven'), stagnatie: { reden: 'wachtlijst', toelichting: 'geen plek', sinds: '2026-03-20T09:00:00.000Z', lopend } };
    expect(verstuurd(h, { ...VOORBEELD.team_no_besluit, lopend: 'doorzetten' }, TEAM_NO_1)).toEqual([
      'kanaalbericht',
      `beurt:${IB.naam}:overdracht_beoordelen`,
      `beurt:${SF.naam}:overdracht_beoordelen`,
      `kennisgeving:${EXPERT_A.naam}`,
    ]);
  });

  it('alleen als de stap verandert: voortgang van de houder stuurt niets, stagnatie melden ook geen 1:1-kaart (Team NO ziet het in zijn kanaal)', () => {
    expect(verstuurd(hulpvraagIn('regierol_actief'), VOORBEELD.voortgang_vastgelegd, EXPERT_A)).toEqual([]);
    expect(verstuurd(hulpvraagIn('regierol_actief'), VOORBEELD.stagnatie_gemeld, IB).filter((u) => u.startsWith('beurt'))).toEqual([]);
  });

  it("een vrijgekomen rol: wie van het schakelteam over is, krijgt de stap 'rol overnemen'; niemand over: geen kaart (beheer)", () => {
    const zonderIb = { soort: 'schakelteam_gewijzigd' as const, leden: [alsBetrokkene(SF, 'schakelfunctionaris')], vertrokken: [IB] };
    // The one who left hears that they no longer see the case.
    expect(verstuurd(hulpvraagIn('wacht_op_toestemming'), zonderIb, SYSTEEM)).toEqual([`beurt:${SF.naam}:rol_overnemen`, `kennisgeving:${IB.naam}`]);
    // The schakelteam's decision stays with whoever is left: already at turn for it, no new card.
    const beurten = (h: Hulpvraag, g: Gebeurtenis) => verstuurd(h, g, SYSTEEM).filter((u) => u.startsWith('beurt'));
    expect(beurten(hulpvraagIn('bij_schakelteam'), zonderIb)).toEqual([]);
    expect(beurten(hulpvraagIn('wacht_op_toestemming'), { soort: 'schakelteam_gewijzigd', leden: [], vertrokken: [IB, SF] })).toEqual([]);
  });

  it('een beurtkaart die in de wachtrij bleef, gaat alleen uit als de stap nog bij die persoon ligt', () => {
    const wacht = hulpvraagIn('wacht_op_toestemming');
    expect(nogAanZet(wacht, IB, 'toestemming_vastleggen')).toBe(true);
    expect(nogAanZet(wacht, IB, 'afsluiten')).toBe(false);
    expect(nogAanZet(hulpvraagIn('regierol_aangeboden'), IB, 'toestemming_vastleggen')).toBe(false);
  });
});
