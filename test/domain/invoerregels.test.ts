import {
  MAX_LENGTE,
  alsPlatteTekst,
  leeftijdBijAfsluiten,
  leerlingreferentie,
  lijktOpDiagnose,
  lijktOpNaam,
  waarschuwingen,
} from '../../src/domain/invoerregels';

describe('de leerlingreferentie', () => {
  it.each(['204518', '2034', 'LL-1234', 'LN12345', 'AB-2014', 'A.B. 2014', 'J2015', 'ABC-2016', ' CD-2015 '])('accepteert %s', (invoer) => {
    expect(leerlingreferentie(invoer)).toBe(invoer.trim());
  });

  it.each(['jan jansen', 'J. Jansen', 'Vries, Jan de', 'Ayşe Yılmaz', 'Jan', 'jan-2014', 'Jan-2014', 'Ab-2014', 'AB', 'Piet 2014', '12', ''])(
    'weigert %s',
    (invoer) => {
      expect(leerlingreferentie(invoer)).toBeUndefined();
    },
  );

  it('weigert een te lange referentie', () => {
    expect(leerlingreferentie('1'.repeat(MAX_LENGTE.referentie + 1))).toBeUndefined();
  });
});

describe('waarschuwingen bij vrije tekst', () => {
  it.each([
    'Gesprek met Ahmed en zijn moeder.',
    'J. Jansen belde vanochtend.',
    'Vries, Jan de heeft gebeld.',
    'Ayşe Yılmaz is vaak afwezig.',
    'Moeder van Fatima el Amrani belde.',
    'Contact met mevrouw De Boer gehad.',
  ])('ziet een naam in "%s"', (tekst) => {
    expect(lijktOpNaam(tekst)).toBe(true);
    expect(waarschuwingen(tekst)[0]).toMatch(/^Lijkt een naam te bevatten/);
  });

  it.each(['Veel verzuim en onrust in de klas.', 'Trekt zich terug. Moeder maakt zich zorgen.', 'Gesprek met leerkracht en ouders', ''])(
    'waarschuwt niet bij "%s"',
    (tekst) => {
      expect(waarschuwingen(tekst)).toEqual([]);
    },
  );

  it.each(['Heeft ADHD', 'vermoeden van autisme', 'gebruikt Ritalin', 'Angststoornis vastgesteld', 'heeft een hechtingsstoornis'])('ziet een diagnose in "%s"', (tekst) => {
    expect(lijktOpDiagnose(tekst)).toBe(true);
    expect(waarschuwingen(tekst.toLowerCase())).toContain('Lijkt een diagnose of medicatie te noemen: leg alleen vast dát er iets speelt, niet wat.');
  });
});

describe('platte tekst', () => {
  it('toont een Markdown-link als tekst met adres, niet als klikbare link', () => {
    const tekst = alsPlatteTekst('Zie [dossier](https://kwaad.example/x) en <https://ook.example>');
    expect(tekst).not.toMatch(/\]\(/);
    expect(tekst).not.toContain('https://');
    expect(tekst).toContain('dossier');
    expect(tekst).toContain('kwaad.example/x');
  });

  it('laat andere tekst zoals hij is (geen zichtbare backslashes)', () => {
    expect(alsPlatteTekst('[DEMO] **vet** en https://x.example/a')).toBe('[DEMO] **vet** en https: //x.example/a');
  });
});

describe('leeftijd na afsluiten', () => {
  it('houdt van een geboortedatum alleen de leeftijd op de sluitdatum over', () => {
    expect(leeftijdBijAfsluiten({ geboortedatum: '2013-06-15' }, '2026-11-23')).toEqual({ leeftijd: 13, peildatum: '2026-11-23' });
    expect(leeftijdBijAfsluiten({ leeftijd: 9, peildatum: '2026-01-01' }, '2026-11-23')).toEqual({ leeftijd: 9, peildatum: '2026-01-01' });
  });
});
