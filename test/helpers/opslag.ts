import { Database } from '@azure/cosmos';
import { Auditor } from '../../src/app/audit';
import { CosmosAuditOpslag } from '../../src/store/audit-opslag';
import { CONTAINERS } from '../../src/store/containers';
import { CosmosTeller } from '../../src/store/teller';
import { LokaleCosmos, startLokaleCosmos } from '../../src/store/lokale-cosmos';
import { stilleLogger } from '../../src/log';

/** The local Cosmos API server with the real SDK, in memory, one database per test file. */
export async function startTestCosmos(dataMap?: string): Promise<LokaleCosmos> {
  return startLokaleCosmos({ database: 'test', dataMap, log: stilleLogger });
}

export type { Database };

/** The real audit log on the test database (audit container, refusals counted in tellers). */
export function testAuditor(database: Database, klok: { nu(): Date } = { nu: () => new Date() }): Auditor {
  let volgnummer = 0;
  return new Auditor({
    opslag: new CosmosAuditOpslag(database.container(CONTAINERS.audit.name)),
    teller: new CosmosTeller(database.container(CONTAINERS.tellers.name)),
    klok,
    ids: { nieuwId: () => `audit-${(volgnummer += 1)}-${Math.random().toString(36).slice(2)}` },
  });
}
