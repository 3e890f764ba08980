import { App } from '../../src/index';
import { VERBS, ZOEKSETS } from '../../src/teams/verbs';
import { TENANT, TestGebruiker } from '../helpers/activiteiten';
import { VasteKlok } from '../helpers/app';
import { koppelSchakelteam, registreer } from '../helpers/casus';
import { NepTeams } from '../helpers/nep-teams';
import { GEBRUIKERS, KANAAL, RouteDriver, startRoute, tekstVan } from '../helpers/route-driver';

const { ib, sf, smw } = GEBRUIKERS;
const PARTNER = 'tenant-partner-cjg';
/** Two people of a trusted partner organisation (PARTNER_TENANTS), with their own schakelteam in their own tenant. */
const pien: TestGebruiker = { id: '29:pien', aadObjectId: 'aad-pien', naam: 'Pien Partner', tenantId: PARTNER };
const paul: TestGebruiker = { id: '29:paul', aadObjectId: 'aad-paul', naam: 'Paul Partner', tenantId: PARTNER };
/** Someone of an organisation that is not a partner, whom a case nevertheless names (picked on a form). */
const vera: TestGebruiker = { id: '29:vera', aadObjectId: 'aad-vera', naam: 'Vera Vreemd', tenantId: 'tenant-vreemd' };
const PARTNER_KANAAL = { id: '19:partner-schakelteam@thread.tacv2', type: 'channel' as const };

describe('de personenkiezer (application/search) met partnertenants, over HTTP', () => {
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  beforeAll(async () => {
    ({ teams, app, bot } = await startRoute(new VasteKlok(new Date('2026-11-23T09:00:00Z')), { MicrosoftAppTenantId: TENANT, PARTNER_TENANTS: PARTNER }, [pien, paul, vera]));
    await koppelSchakelteam(bot);
    await bot.klik(pien, VERBS.kanaalKoppelen, { soort: 'schakelteam', naam: 'CJG Noord', scholen: 'De Vlinder', onderwijs: 'PO', ibCoo: pien.aadObjectId, schakelfunctionaris: paul.aadObjectId }, PARTNER_KANAAL);
    // A case that names Vera (picked for the expertiseteam): the bot has her stored, with her own tenant.
    const kaart = await registreer(bot);
    const besluit = { besluitSoort: 'expertiseteam', besluitPersonen: vera.aadObjectId, besluitReden: 'Meedenken', verwijsindex: 'nee' };
    const besloten = await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, besluit, KANAAL);
    expect(tekstVan(await bot.details(besloten, sf, KANAAL))).toContain('Vera Vreemd');
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });

  it('vindt collega’s van de eigen tenant en van de partnertenants, en nooit iemand van een andere tenant', async () => {
    const namen = async (wie: TestGebruiker, tekst: string) => (await bot.zoek(wie, ZOEKSETS.collegas, tekst)).map((r) => r.title);
    expect(await namen(ib, 'partner')).toEqual([paul.naam, pien.naam]);
    expect(await namen(smw, 'pi')).toEqual([pien.naam]);
    expect(await namen(ib, 'sam')).toEqual([sf.naam]);
    // From the partner's side the school's people are found too: both tenants are configured partners of the bot.
    expect(await namen(pien, 'in ib')).toEqual([ib.naam]);
    // Vera is on the IB'er's own case, but her organisation is no partner: never offered, by any name part.
    for (const tekst of ['vera', 'vreemd', 'v']) expect(await namen(ib, tekst)).not.toContain(vera.naam);
    expect((await bot.zoek(ib, ZOEKSETS.collegas, 'pien'))).toEqual([{ title: pien.naam, value: pien.aadObjectId }]);
  });
});

describe('de personenkiezer volgt de zichtbaarheidsregel op de eigen zaken, over HTTP', () => {
  const { jv } = GEBRUIKERS;
  let app: App;
  let teams: NepTeams;
  let bot: RouteDriver;
  let besloten: unknown;
  beforeAll(async () => {
    ({ teams, app, bot } = await startRoute(new VasteKlok(new Date('2026-11-23T09:00:00Z'))));
    await koppelSchakelteam(bot);
    // An expertiseteam of Mila (SMW) and Joost (JV): Joost is known to the bot only through this case.
    const kaart = await registreer(bot);
    const besluit = { besluitSoort: 'expertiseteam', besluitPersonen: `${smw.aadObjectId},${jv.aadObjectId}`, besluitReden: 'Meedenken', verwijsindex: 'nee' };
    besloten = await bot.kaartNaKlik(await bot.kaartNaKlik(kaart, sf, VERBS.vernieuwen, {}, KANAAL), sf, VERBS.besluiten, besluit, KANAAL);
  });
  afterAll(async () => {
    await app.stop();
    await teams.stop();
  });
  const namen = async (wie: TestGebruiker, tekst: string) => (await bot.zoek(wie, ZOEKSETS.collegas, tekst)).map((r) => r.title);

  it('biedt een partner zonder toestemming alleen de contactpersoon van de zaak, na toestemming voor zijn organisatie iedereen', async () => {
    // The school sees everyone on its case.
    expect(await namen(ib, 'joost')).toEqual([jv.naam]);
    // Before consent Mila sees "basis" of the case: the IB'er to contact, not the other expert.
    expect(await namen(smw, 'joost')).toEqual([]);
    expect(await namen(smw, 'ib')).toEqual([ib.naam]);
    const vers = await bot.kaartNaKlik(besloten, ib, VERBS.vernieuwen);
    await bot.kaartNaKlik(vers, ib, VERBS.toestemming, {
      toestemmingOuder1: 'ja',
      toestemmingOuder2: 'een_ouder',
      toestemmingPartners: 'Samenwerkingsverband (BPO / expertiseteam)',
      toestemmingDatum: '2026-11-23',
      toestemmingWijze: 'papier',
    });
    expect(await namen(smw, 'joost')).toEqual([jv.naam]);
  });
});
