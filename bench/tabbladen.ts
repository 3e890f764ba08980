/**
 * What one tab load costs: Cosmos round trips and time per call of the tab API, at 1,000 and 10,000 cases, with the
 * embedded Cosmos server in this process (counted by bench/meter.ts). Run: `npm run build && node
 * dist/bench/tabbladen.js`; prints a Markdown table (the figures in docs/tabbladen-bench.md).
 *
 * Shape of the data: schakelteams of 50 cases each; the local development user is the IB'er of the first one; cases
 * changed evenly over the last twelve months, so a quarter holds about a quarter of them.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { Hulpvraag } from '../src/domain/hulpvraag';
import { LOKALE_GEBRUIKER } from '../src/http/tab-auth';
import { startApp } from '../src/index';
import { stilleLogger } from '../src/log';
import { CONTAINERS } from '../src/store/containers';
import { CosmosHulpvraagOpslag } from '../src/store/hulpvraag-opslag';
import { CosmosSchakelteamOpslag } from '../src/store/schakelteam-opslag';
import { hulpvraagIn } from '../test/domain/fixtures';
import { STANDAARD_HERINNERINGSINSTELLINGEN } from '../test/helpers/instellingen';
import { CosmosMeter, vat } from './meter';

const PER_TEAM = 50;
const HERHALINGEN = 5;
const NU = new Date('2026-04-23T10:00:00Z');
const IB = { ...LOKALE_GEBRUIKER, rol: 'ib_coo' as const };

function casus(i: number): Hulpvraag {
  const team = Math.floor(i / PER_TEAM);
  const basis = hulpvraagIn('regierol_actief', { metHouder: true, metToestemming: true });
  const dag = new Date(NU.getTime() - (i % 365) * 86_400_000).toISOString();
  return {
    ...basis,
    id: `tab-${i}`,
    nummer: `HV-2025-${String(i).padStart(6, '0')}`,
    schakelteamId: `st-${team}`,
    tenantId: LOKALE_GEBRUIKER.tenantId,
    betrokkenen: team === 0 ? [IB, ...basis.betrokkenen.filter((b) => b.rol !== 'ib_coo')] : basis.betrokkenen,
    aangemaakt: dag,
    bijgewerkt: dag,
  };
}

async function meet(aantal: number): Promise<string[]> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOCAL_DATA_DIR: ':memory:', SWEEP_INTERVAL_SECONDEN: '0', FUNCTIONEEL_BEHEERDERS: LOKALE_GEBRUIKER.aadObjectId } as NodeJS.ProcessEnv);
  const app = await startApp(config, { klok: { nu: () => NU }, log: stilleLogger });
  try {
    const hulpvragen = new CosmosHulpvraagOpslag(app.database.container(CONTAINERS.hulpvragen.name), stilleLogger, STANDAARD_HERINNERINGSINSTELLINGEN);
    const teams = new CosmosSchakelteamOpslag(app.database.container(CONTAINERS.kanalen.name));
    for (let t = 0; t * PER_TEAM < aantal; t++) {
      await teams.bewaar({ id: `st-${t}`, tenantId: LOKALE_GEBRUIKER.tenantId, naam: `Team ${t}`, scholen: ['De Regenboog'], onderwijs: 'PO', leden: t === 0 ? [IB] : [] });
    }
    for (let start = 0; start < aantal; start += 50) {
      await Promise.all(Array.from({ length: Math.min(50, aantal - start) }, (_, j) => hulpvragen.maak(casus(start + j))));
    }
    const meter = new CosmosMeter().start();
    const regels: string[] = [];
    for (const [naam, pad] of [
      ['Mijn casussen', '/api/tab/mijn'],
      ['Schakelteam (50 casussen)', '/api/tab/schakelteam?schakelteam=st-0'],
      ['Kwartaalcijfers', '/api/tab/kwartaal?kwartaal=2026-K2'],
    ] as const) {
      await fetch(`${app.url}${pad}`); // warm caches (SDK, query plans)
      meter.neem();
      const tijden: number[] = [];
      let rondes = 0;
      for (let h = 0; h < HERHALINGEN; h++) {
        const t = performance.now();
        const antwoord = await fetch(`${app.url}${pad}`);
        if (antwoord.status !== 200) throw new Error(`${pad}: ${antwoord.status}`);
        await antwoord.arrayBuffer();
        tijden.push(performance.now() - t);
        rondes += vat(meter.neem()).rondes;
      }
      tijden.sort((a, b) => a - b);
      regels.push(`| ${aantal.toLocaleString('nl-NL')} | ${naam} | ${(rondes / HERHALINGEN).toFixed(0)} | ${Math.round(tijden[Math.floor(HERHALINGEN / 2)] ?? 0)} ms |`);
    }
    meter.stop();
    return regels;
  } finally {
    await app.stop();
  }
}

async function main(): Promise<void> {
  const regels = ['| casussen | tabblad | round trips per keer laden | mediaan tijd |', '|---|---|---|---|'];
  for (const aantal of [1000, 10000]) regels.push(...(await meet(aantal)));
  console.log(regels.join('\n'));
}

main().catch((fout: unknown) => {
  console.error(fout);
  process.exit(1);
});
