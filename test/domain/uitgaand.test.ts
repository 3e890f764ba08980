import { pasToeMetGevolgen } from '../../src/domain/gebeurtenissen';
import { NIET_AANGEKOMEN, berichtenNa, doorTeSturen, eersteDoorsturen, meldNietAangekomen, metUitgaand, nieuwPostbericht, zonderUitgaand } from '../../src/domain/uitgaand';
import { EXPERT_B, IB, SF, hulpvraagIn, omgeving } from './fixtures';

const moment = new Date('2026-03-12T10:00:00Z');
const metKaart = { ...hulpvraagIn('regierol_aangeboden'), kanaalBericht: { kanaalId: '19:kanaal', activityId: 'a-1' } };

describe('de wachtrij van een hulpvraag (outbox)', () => {
  it('een weigering: kanaalkaart en een kennisgeving voor het schakelteam, met ids uit hulpvraag + versie + plek', () => {
    const na = pasToeMetGevolgen(metKaart, { soort: 'regierol_geweigerd', reden: 'vol' }, EXPERT_B, omgeving(moment));
    const inhoud = berichtenNa(metKaart, na.hulpvraag, EXPERT_B, na.kennisgevingen);
    expect(inhoud.map((u) => u.soort)).toEqual(['kanaalkaart', 'kennisgeving', 'kennisgeving']);
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
    const inhoud = berichtenNa(metKaart, { ...metKaart, status: 'bij_schakelteam', versie: metKaart.versie + 1 }, EXPERT_B, [
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
