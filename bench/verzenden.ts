/**
 * Part 4: proactive sends at Teams' limits. The real TeamsVerzender sends through CloudAdapter to the colleague's
 * fake connector (test/helpers/nep-connector.ts), which enforces Teams' per-conversation limits and the 50/s per-tenant
 * ceiling by answering 429 with Retry-After, like Teams.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { performance } from 'node:perf_hooks';
import { stilleLogger } from '../src/log';
import { CONTAINERS } from '../src/store/containers';
import { CosmosKanaalOpslag } from '../src/store/kanaal-opslag';
import { startLokaleCosmos } from '../src/store/lokale-cosmos';
import { TeamsVerzender } from '../src/proactief/teams-verzender';
import { TEAMS_TENANT, startNepConnector } from '../test/helpers/nep-connector';
import { parallel } from './zaken';

export interface Verzenduitslag {
  readonly berichten: number;
  readonly gesprekken: number;
  readonly parallel: number;
  readonly seconden: number;
  readonly perSeconde: number;
  readonly plafond: number;
  readonly verloren: number;
  readonly dubbel: number;
  readonly status429: number;
  readonly nietVerzonden: number;
  /** The most requests the connector saw in any 1-second window. */
  readonly piekPerSeconde: number;
}

const TENANT = 'tenant-bench';

export async function meetVerzenden(opties: { berichten: number; gesprekken: number; parallel: number }): Promise<Verzenduitslag> {
  const nep = await startNepConnector();
  // The 1:1 chats live where the app keeps them (the kanalen container), so every send looks its chat up as a reminder does.
  const cosmos = await startLokaleCosmos({ database: 'bench-verzenden', log: stilleLogger });
  try {
    const kanalen = new CosmosKanaalOpslag(cosmos.database.container(CONTAINERS.kanalen.name));
    for (let c = 0; c < opties.gesprekken; c++) {
      const id = `a:bench-${c}`;
      await kanalen.bewaar({
        id,
        tenantId: TENANT,
        soort: 'persoonlijk',
        naam: `Persoon ${c}`,
        referentie: { serviceUrl: nep.serviceUrl, conversationId: id, channelId: 'msteams', botId: '28:bot' },
        aadObjectId: `aad-p-${c}`,
        bruikbaar: true,
        bijgewerkt: new Date().toISOString(),
      });
    }
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({} as ConfigurationBotFrameworkAuthenticationOptions));
    const verzender = new TeamsVerzender(adapter, kanalen, { botAppId: '', botId: '28:bot', tenantLimietPerInstantie: 50 });
    let nietVerzonden = 0;
    const begin = performance.now();
    // Round robin over the conversations, as a sweep with reminders for many people sends them.
    await parallel(opties.berichten, opties.parallel, async (n) => {
      const c = n % opties.gesprekken;
      const uitkomst = await verzender.stuur(
        { persoon: { tenantId: TENANT, aadObjectId: `aad-p-${c}`, naam: `Persoon ${c}` }, via: { id: 'bench-kanaal', tenantId: TENANT, soort: 'schakelteam', naam: 'bench', referentie: { serviceUrl: nep.serviceUrl, conversationId: 'bench-kanaal', channelId: 'msteams', botId: '28:bot' }, bruikbaar: true, bijgewerkt: new Date(0).toISOString() } },
        { tekst: `bench-${n}` },
      );
      if (uitkomst.soort !== 'verzonden') nietVerzonden++;
    });
    const seconden = (performance.now() - begin) / 1000;
    const gezien = new Map<string, number>();
    for (const o of nep.ontvangen) {
      const tekst = String(o.activiteit.text);
      gezien.set(tekst, (gezien.get(tekst) ?? 0) + 1);
    }
    let verloren = 0;
    let dubbel = 0;
    for (let n = 0; n < opties.berichten; n++) {
      const keer = gezien.get(`bench-${n}`) ?? 0;
      if (keer === 0) verloren++;
      if (keer > 1) dubbel += keer - 1;
    }
    const tijden = nep.verzoeken.map((v) => v.tijd).sort((a, b) => a - b);
    let piek = 0;
    for (let i = 0, j = 0; i < tijden.length; i++) {
      const ti = tijden[i] ?? 0;
      while ((tijden[j] ?? 0) <= ti - 1000) j++;
      piek = Math.max(piek, i - j + 1);
    }
    const plafond = TEAMS_TENANT[0]?.aantal ?? 50;
    return {
      berichten: opties.berichten,
      gesprekken: opties.gesprekken,
      parallel: opties.parallel,
      seconden,
      perSeconde: opties.berichten / seconden,
      plafond,
      verloren,
      dubbel,
      status429: nep.verzoeken.filter((v) => v.status === 429).length,
      nietVerzonden,
      piekPerSeconde: piek,
    };
  } finally {
    await nep.stop();
    await cosmos.stop();
  }
}
