import { ConfigError, loadConfig } from '../../src/config';

describe('configuratie', () => {
  it('heeft lokaal niets nodig en draait op 127.0.0.1:3978 met de ingebouwde opslag', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ production: false, host: '127.0.0.1', port: 3978, cosmos: { endpoint: undefined } });
    expect(config.evaluatie).toEqual({ tussentijdsWeken: 6, maanden: 3 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('weigert in productie te starten zonder botgegevens en Cosmos-endpoint, in één regel', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Productie start niet: ontbrekende instellingen MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword, COSMOS_ENDPOINT',
    );
  });

  it('start in productie met een managed identity zonder geheimen', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
      COSMOS_ENDPOINT: 'https://so.documents.azure.com:443/',
    });
    expect(config).toMatchObject({ production: true, host: '0.0.0.0', bot: { appType: 'UserAssignedMSI' } });
  });

  it('laat stagnatie door wachten nooit vóór de herinnering vallen', () => {
    expect(loadConfig({}).herinneringen.stagnatie.wachten).toEqual({
      aanbod: { herinnerNaWerkdagen: 3, stagnatieNaWerkdagen: 10 },
      toestemming: { herinnerNaWerkdagen: 5, stagnatieNaWerkdagen: 15 },
      besluit: { herinnerNaWerkdagen: 3, stagnatieNaWerkdagen: 10 },
    });
    expect(() => loadConfig({ HERINNERING_TOESTEMMING_WERKDAGEN: '15' })).toThrow(/STAGNATIE_TOESTEMMING_WERKDAGEN: moet groter zijn dan HERINNERING_TOESTEMMING_WERKDAGEN/);
  });

  it('noemt een ongeldige waarde bij naam', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ EVALUATIE_MAANDEN: '0' })).toThrow(/EVALUATIE_MAANDEN/);
  });

  it('weigert ook buiten productie te starten zonder botgegevens, tenzij op loopback met de ingebouwde opslag', () => {
    const melding = 'Start geweigerd: zonder MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword luistert de bot alleen op 127.0.0.1 met de ingebouwde opslag';
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(melding);
    expect(() => loadConfig({ COSMOS_ENDPOINT: 'https://so.documents.azure.com:443/' })).toThrow(melding);
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(loadConfig({ COSMOS_ENDPOINT: 'http://127.0.0.1:8081' }).cosmos.endpoint).toBe('http://127.0.0.1:8081');
    const metGegevens = loadConfig({ HOST: '0.0.0.0', MicrosoftAppId: 'app', MicrosoftAppTenantId: 'eigen', MicrosoftAppPassword: 'geheim' });
    expect(metGegevens.host).toBe('0.0.0.0');
  });

  it('accepteert standaard alleen de eigen tenant, plus de geconfigureerde partnertenants', () => {
    expect(loadConfig({}).toegestaneTenants).toBeUndefined();
    const basis = { MicrosoftAppId: 'app', MicrosoftAppTenantId: 'eigen', MicrosoftAppPassword: 'geheim' };
    expect(loadConfig(basis).toegestaneTenants).toEqual(['eigen']);
    expect(loadConfig({ ...basis, PARTNER_TENANTS: ' cjg-tenant , gemeente-tenant ' }).toegestaneTenants).toEqual(['eigen', 'cjg-tenant', 'gemeente-tenant']);
    expect(() => loadConfig({ ...basis, PARTNER_TENANTS: 'een tenant met spaties' })).toThrow(/PARTNER_TENANTS/);
  });

  it('leest REGIOS: scholen per regio (Team NO per regio), en weigert een school in twee regio\'s', () => {
    expect(loadConfig({}).regios.size).toBe(0);
    const { regios } = loadConfig({ REGIOS: 'Noord=OBS De Regenboog| CBS De Wilg ;Zuid=OBS Het Anker' });
    expect([...regios]).toEqual([['obs de regenboog', 'Noord'], ['cbs de wilg', 'Noord'], ['obs het anker', 'Zuid']]);
    expect(() => loadConfig({ REGIOS: 'Noord=OBS A;Zuid=obs a' })).toThrow(/REGIOS/);
    expect(() => loadConfig({ REGIOS: 'Noord' })).toThrow(/REGIOS/);
  });

  it('leest SCHOOLVAKANTIES: perioden in datumvolgorde; een fout zegt wat er mis is', () => {
    expect(loadConfig({}).agenda).toEqual({ dagenVooraf: 7, schoolvakanties: [] });
    expect(loadConfig({ SCHOOLVAKANTIES: ' 2027-04-24..2027-05-02 , 2026-12-19..2027-01-03' }).agenda.schoolvakanties).toEqual([
      { van: '2026-12-19', tot: '2027-01-03' },
      { van: '2027-04-24', tot: '2027-05-02' },
    ]);
    expect(() => loadConfig({ SCHOOLVAKANTIES: '2026-12-19' })).toThrow(/SCHOOLVAKANTIES: "2026-12-19": schrijf een periode als/);
    expect(() => loadConfig({ SCHOOLVAKANTIES: '2027-01-03..2026-12-19' })).toThrow(/het einde ligt voor het begin/);
    expect(() => loadConfig({ SCHOOLVAKANTIES: '2027-02-30..2027-03-07' })).toThrow(/SCHOOLVAKANTIES/);
    expect(() => loadConfig({ SCHOOLVAKANTIES: '2027-01-01..2027-12-31' })).toThrow(/langer dan 50 dagen/);
  });

  it('leest de instellingen van de tabbladen: SSO-doelgroep, functioneel beheerders en normen', () => {
    expect(loadConfig({}).tabs).toEqual({ appIdUri: undefined, normen: { loketWerkdagen: 5, hulpGestartWeken: 8 } });
    expect(loadConfig({}).beheer).toEqual({ objectIds: [] });
    const config = loadConfig({
      TAB_APP_ID_URI: 'api://bot.example.org/3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      FUNCTIONEEL_BEHEERDERS: ' aad-1 , aad-2 ',
      FUNCTIONEEL_BEHEERDERS_GROEP: ' 5C0FFEE0-1234-4abc-8def-0123456789AB ',
      NORM_LOKET_WERKDAGEN: '3',
      NORM_HULP_GESTART_WEKEN: '6',
    });
    expect(config.tabs).toEqual({ appIdUri: 'api://bot.example.org/3a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', normen: { loketWerkdagen: 3, hulpGestartWeken: 6 } });
    expect(config.beheer).toEqual({ objectIds: ['aad-1', 'aad-2'], groep: '5c0ffee0-1234-4abc-8def-0123456789ab' });
    expect(() => loadConfig({ FUNCTIONEEL_BEHEERDERS_GROEP: 'Beheerders' })).toThrow(/FUNCTIONEEL_BEHEERDERS_GROEP/);
    expect(() => loadConfig({ TAB_APP_ID_URI: 'https://bot.example.org' })).toThrow(/TAB_APP_ID_URI/);
    expect(() => loadConfig({ NORM_LOKET_WERKDAGEN: '0' })).toThrow(/NORM_LOKET_WERKDAGEN/);
  });
});
