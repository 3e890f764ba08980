import { readdirSync } from 'node:fs';
import path from 'node:path';
import { KaartModellen, KaartNaam, SJABLONEN } from '../../src/teams/kaarten/modellen';
import { renderKaart } from '../../src/teams/kaarten/render';
import { controleerKaart, opKaart, technischeResten, zichtbareTeksten } from '../helpers/kaarten';
import { VOORBEELDKAARTEN } from './voorbeeldkaarten';
import { STATUSSEN } from '../../src/domain/route';
import { mag } from '../../src/domain/beleid';
import { hulpvraagKaart } from '../../src/teams/kaarten/hulpvraag-kaart';
import { magZien, zichtVoor } from '../../src/domain/zichtbaarheid';
import { detailsKaart } from '../../src/teams/kaarten/details-kaart';
import { herinneringKaarten } from '../../src/teams/kaarten/herinnering-kaarten';
import { hulpvraagKaarten } from '../../src/teams/kaarten/hulpvraag-kaarten';
import { casussenKaart } from '../../src/teams/kaarten/casussen-kaart';
import { loketKaart } from '../../src/teams/kaarten/loket-kaart';
import { Herinnering } from '../../src/domain/herinnering-status';
import { HERINNERING_SOORTEN } from '../../src/domain/herinneringen';
import { BUITENSTAANDER, EXPERT_A, EXPERT_B, IB, SF, hulpvraagIn } from '../domain/fixtures';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../helpers/instellingen';

const namen = Object.keys(SJABLONEN) as KaartNaam[];

function render<K extends KaartNaam>(naam: K): unknown {
  return renderKaart(naam, VOORBEELDKAARTEN[naam] as KaartModellen[K]);
}

describe('kaartsjablonen', () => {
  it('elk bestand in cards/ is als sjabloon geregistreerd', () => {
    const bestanden = readdirSync(path.resolve(__dirname, '../../cards')).filter((b) => b.endsWith('.json'));
    expect(bestanden.map((b) => b.replace(/\.json$/, '')).sort()).toEqual([...namen].sort());
  });

  it.each(namen)('%s wordt met realistische gegevens een geldige Adaptive Card 1.5 zonder ${', (naam) => {
    expect(controleerKaart(render(naam)).problemen).toEqual([]);
  });

  it('getalvelden hebben geen min/max: een leeg vak komt als 0 binnen en zou het hele formulier blokkeren', () => {
    const sjablonen = JSON.stringify(Object.values(SJABLONEN));
    const getalvelden = sjablonen.match(/\{"type":"Input\.Number"[^}]*\}/g) ?? [];
    expect(getalvelden.length).toBeGreaterThan(0);
    for (const veld of getalvelden) expect(veld).not.toMatch(/"(min|max)":/);
  });

  it.each(namen)('%s: een datum breekt nooit af tussen dag, maand en jaar', (naam) => {
    const kaart = render(naam);
    const datums = zichtbareTeksten(kaart).join('\n').match(/\d{1,2}[ \u00a0][a-z]+[ \u00a0]\d{4}/g) ?? [];
    for (const datum of datums) expect(datum).toBe(opKaart(datum.replace(/\u00a0/g, ' ')));
  });

  it('de datums in de voorbeelden staan er echt, en een getypte datum in een invoerveld blijft ongemoeid', () => {
    const kaart = renderKaart('evaluatie', { ...VOORBEELDKAARTEN.evaluatie, waarden: { ...VOORBEELDKAARTEN.evaluatie.waarden, evaluatieToelichting: 'Gesprek op 4 januari 2027' } });
    expect(zichtbareTeksten(kaart)).toContain(opKaart('Tussentijdse evaluatie van 4 januari 2027 · HV-2026-0042'));
    expect(JSON.stringify(kaart)).toContain('"value":"Gesprek op 4 januari 2027"');
  });

  it('de controle zelf vangt een ongebonden veld, een onbekend element en technische resten', () => {
    const fout = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: '${naam}' }] };
    expect(controleerKaart(fout).problemen.length).toBeGreaterThanOrEqual(2);
    const technisch = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Status: regierol_actief' }, { type: 'FactSet', facts: [{ title: 'Datum', value: '2027-01-13' }, { title: 'Toestemming', value: 'given' }] }] };
    expect(technischeResten(technisch)).toEqual(['Status: regierol_actief', '2027-01-13', 'given']);
  });
});

describe('de hulpvraagkaart in elke status, voor elke kijker', () => {
  const kijkers = { ib: IB, schakelfunctionaris: SF, houder: EXPERT_A, kandidaat: EXPERT_B, buitenstaander: BUITENSTAANDER, kanaal: undefined };
  const gevallen = STATUSSEN.flatMap((status) =>
    Object.entries(kijkers).map(([naam, kijker]) => [status, naam, kijker] as const),
  );

  it.each(gevallen)('%s, gezien door %s, is geldig en toont alleen wat mag', (status, naam, kijker) => {
    const h = hulpvraagIn(status, { metHouder: true, metKandidaat: status === 'regierol_aangeboden' || status === 'overdracht_aangevraagd', metToestemming: true });
    const kaart = hulpvraagKaart(h, kijker, { beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN });
    expect(controleerKaart(kaart).problemen).toEqual([]);
    expect(technischeResten(kaart)).toEqual([]);
    const tekst = JSON.stringify(kaart);
    // A glance long: no form on the card, at most one primary button, the rest behind "Meer".
    expect(tekst).not.toContain('"Input.');
    const acties = (kaart as { actions?: { title: string }[] }).actions ?? [];
    expect(acties.filter((a) => a.title !== 'Meer').length).toBeLessThanOrEqual(1);
    const betrokken = kijker !== undefined && mag(h, kijker, 'lezen');
    expect(betrokken).toBe(naam !== 'buitenstaander' && naam !== 'kanaal' && (naam !== 'kandidaat' || h.betrokkenen.some((b) => b.aadObjectId === EXPERT_B.aadObjectId)));
    if (!betrokken) {
      expect(tekst).not.toContain('"Action.ShowCard"');
    }
    // A glance long: no facts and no people on the card, for nobody; they are in the details dialog.
    expect(tekst).not.toContain('"FactSet"');
    expect(tekst).not.toContain(h.vraag);
    expect(tekst).not.toContain(h.leerling.referentie);
    // Names only in the "Aan zet" line, and only for whom may see who is involved.
    if (!magZien(zichtVoor(h, kijker), 'betrokkenen')) for (const b of h.betrokkenen) expect(tekst).not.toContain(b.naam);
    if (!kijker || !betrokken) return;
    // The details dialog: typed details only where the visibility rule says "alles" (here: the school's own people;
    // consent names CJG only), the people involved only with "dat" sight or more.
    const details = detailsKaart(h, kijker, '2026-11-23', true);
    expect(controleerKaart(details).problemen).toEqual([]);
    expect(technischeResten(details)).toEqual([]);
    const inDetails = JSON.stringify(details);
    if (zichtVoor(h, kijker) === 'alles') {
      expect(inDetails).toContain(h.vraag);
    } else {
      expect(inDetails).not.toContain(h.vraag);
      expect(inDetails).not.toContain(h.leerling.referentie);
    }
  });
});

describe('knoppen die een formulier openen', () => {
  const h = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });

  it('in Teams een dialoog (task/fetch), zonder dialogen (Playground) in place; alleen voor wie de stap mag zetten', () => {
    const inTeams = JSON.stringify(hulpvraagKaart(h, EXPERT_A, { dialogen: true, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN }));
    expect(inTeams).toContain('"type":"Action.Submit","title":"Evaluatie vastleggen","style":"positive","data":{"msteams":{"type":"task/fetch"},"dialoog":"evaluatie"');
    expect(inTeams).toContain('"title":"Plan van aanpak opstellen"');
    const inPlaats = hulpvraagKaart(h, EXPERT_A, { dialogen: false, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN });
    expect(controleerKaart(inPlaats).problemen).toEqual([]);
    expect(JSON.stringify(inPlaats)).not.toContain('task/fetch');
    expect(JSON.stringify(inPlaats)).toContain('"verb":"dialoog.openen"');
    for (const kijker of [IB, SF, EXPERT_B, BUITENSTAANDER, undefined]) {
      expect(JSON.stringify(hulpvraagKaart(h, kijker, { dialogen: true, beurttermijnen: STANDAARD_HERINNERINGSINSTELLINGEN }))).not.toContain('"dialoog":"plan"');
    }
  });
});

describe('beurtkaarten en herinneringen: kort, in elke status, voor elke persoon', () => {
  const personen = { ib: IB, schakelfunctionaris: SF, houder: EXPERT_A, kandidaat: EXPERT_B, buitenstaander: BUITENSTAANDER };
  const soorten = ['uw beurt', ...HERINNERING_SOORTEN.filter((s) => s !== 'escalatie_team_no')] as const;
  const gevallen = STATUSSEN.flatMap((status) => Object.keys(personen).flatMap((naam) => soorten.map((soort) => [status, naam, soort] as const)));

  it.each(gevallen)('%s, voor %s: %s', (status, naam, soort) => {
    const kijker = personen[naam as keyof typeof personen];
    const h = hulpvraagIn(status, { metHouder: true, metKandidaat: status === 'regierol_aangeboden' || status === 'overdracht_aangevraagd', metToestemming: true });
    const ontvanger = { soort: 'persoon', tenantId: kijker.tenantId, aadObjectId: kijker.aadObjectId, naam: kijker.naam, rol: 'ib_coo' } as const;
    const kaart =
      soort === 'uw beurt'
        ? hulpvraagKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).voorPersoon(h, kijker, 'Leg de toestemming vast.')
        : herinneringKaarten(false, STANDAARD_HERINNERINGSINSTELLINGEN).herinnering(
            { soort, ontvanger, datum: '2026-12-07', evaluatie: { soort: 'tussentijds', datum: '2026-12-07' } } as unknown as Herinnering,
            h,
          ).kaart;
    expect(controleerKaart(kaart).problemen).toEqual([]);
    expect(technischeResten(kaart)).toEqual([]);
    const tekst = JSON.stringify(kaart);
    // Short: what, by when, at most the step's button and "Open casus"; never a form, facts or what was typed.
    expect(tekst).not.toContain('"Input.');
    expect(tekst).not.toContain('"FactSet"');
    expect(tekst).not.toContain('"Action.ShowCard"');
    expect(tekst).not.toContain(h.vraag);
    expect(tekst).not.toContain(h.leerling.referentie);
    const knoppen = ((kaart as { actions?: { title: string }[] }).actions ?? []).map((a) => a.title);
    expect(knoppen.length).toBeLessThanOrEqual(2);
    if (zichtVoor(h, kijker) === 'niets') expect(knoppen).toEqual([]);
    else expect(knoppen[knoppen.length - 1]).toBe('Open casus');
    if (!magZien(zichtVoor(h, kijker), 'kern')) expect(tekst).not.toContain(h.school);
  });

  it('een herinnering aan de evaluatie: de knop van die stap, tot wanneer, en Open casus (in place zonder dialogen)', () => {
    const h = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
    const ontvanger = { soort: 'persoon', tenantId: EXPERT_A.tenantId, aadObjectId: EXPERT_A.aadObjectId, naam: EXPERT_A.naam, rol: 'regierolhouder' } as const;
    const herinnering = { soort: 'evaluatie_vooraf', ontvanger, evaluatie: { soort: 'tussentijds', datum: '2027-01-04' } } as unknown as Herinnering;
    const kaart = herinneringKaarten(false, STANDAARD_HERINNERINGSINSTELLINGEN).herinnering(herinnering, h).kaart;
    const tekst = JSON.stringify(kaart);
    expect(zichtbareTeksten(kaart)).toEqual([`Herinnering · ${h.nummer}`, `${h.school} · Regierol actief`, opKaart(`Herinnering: de tussentijdse evaluatie van ${h.nummer} staat op 4 januari 2027.`), opKaart('Evaluatie vastleggen uiterlijk 4 januari 2027'), 'Evaluatie vastleggen', 'Open casus']);
    expect(tekst).toContain('"verb":"dialoog.openen","data":{"dialoog":"details"');
    // The IB'er gets the same reminder without the holder's button.
    const ib = herinneringKaarten(true, STANDAARD_HERINNERINGSINSTELLINGEN).herinnering({ ...herinnering, ontvanger: { ...ontvanger, aadObjectId: IB.aadObjectId, naam: IB.naam } }, h).kaart;
    expect(((ib as { actions?: { title: string }[] }).actions ?? []).map((a) => a.title)).toEqual(['Open casus']);
    expect(JSON.stringify(ib)).toContain('"msteams":{"type":"task/fetch"},"dialoog":"details"');
  });
});

describe('mijn casussen volgt de zichtbaarheidsregel', () => {
  const loketMedewerker = { tenantId: IB.tenantId, aadObjectId: 'aad-loket', naam: 'Lotte Loket' };
  const geweigerd = (): Parameters<typeof casussenKaart>[0]['hulpvragen'][number] => {
    const h = hulpvraagIn('besloten_loket');
    return {
      ...h,
      betrokkenen: [...h.betrokkenen, { ...loketMedewerker, rol: 'loket' }],
      toestemming: { status: 'geweigerd', antwoorden: { ouder1: false }, partners: [], datum: '2026-03-06', wijze: 'papier', leeftijdBijVragen: 10 },
    };
  };

  it('het Loket na een weigering ziet alleen het nummer (en wie het contact is, via Open), geen school, status of datum', () => {
    const h = geweigerd();
    expect(zichtVoor(h, loketMedewerker)).toBe('contact_regierol');
    const tekst = JSON.stringify(casussenKaart({ hulpvragen: [h], ingekort: false }, loketMedewerker, STANDAARD_HERINNERINGSINSTELLINGEN));
    expect(tekst).toContain(h.nummer);
    expect(tekst).not.toContain(h.school);
    expect(tekst).not.toContain('Besloten');
  });

  it('de IB\'er ziet dezelfde casus met school en status', () => {
    const h = geweigerd();
    const tekst = JSON.stringify(casussenKaart({ hulpvragen: [h], ingekort: false }, IB, STANDAARD_HERINNERINGSINSTELLINGEN));
    expect(tekst).toContain(`${h.nummer} · ${h.school}`);
  });
});

describe('de kaart in het Loket-kanaal volgt de zichtbaarheidsregel voor het Loket', () => {
  const naarLoket = (toestemming: 'gegeven' | 'geweigerd', status: Parameters<typeof hulpvraagIn>[0] = 'besloten_loket') => {
    const h = hulpvraagIn(status, { besluit: 'loket' });
    return {
      ...h,
      loket: { sinds: '2026-03-05T09:00:00.000Z', via: 'besluit' as const },
      toestemming: { status: toestemming, antwoorden: { ouder1: toestemming === 'gegeven' }, partners: toestemming === 'gegeven' ? ['Loket verbinding onderwijs en jeugdhulp' as const] : [], datum: '2026-03-06', wijze: 'papier' as const, leeftijdBijVragen: 10 },
    };
  };
  const tekst = (h: ReturnType<typeof naarLoket>) => JSON.stringify(loketKaart(h, false, STANDAARD_HERINNERINGSINSTELLINGEN));

  it('na een weigering: het nummer, de toestemmingsstand en wie het contact is; geen school, status of data', () => {
    const h = naarLoket('geweigerd');
    expect(tekst(h)).toContain(h.nummer);
    expect(tekst(h)).toContain('"title":"Contact"');
    expect(tekst(h)).not.toContain(h.school);
    expect(tekst(h)).not.toContain('Naar het Loket');
    expect(tekst(h)).not.toContain('Besloten');
  });

  it('met toestemming voor het Loket: school, status en hoe en wanneer het kwam', () => {
    const h = naarLoket('gegeven');
    expect(tekst(h)).toContain(h.school);
    expect(tekst(h)).toContain('Naar het Loket');
  });

  it('na afsluiten ziet het Loket niets meer van de casus: geen school en geen contact', () => {
    const h = naarLoket('gegeven', 'gesloten');
    expect(tekst(h)).not.toContain(h.school);
    expect(tekst(h)).not.toContain('"title":"Contact"');
  });
});
