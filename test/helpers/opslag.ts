import { Database } from '@azure/cosmos';
import { LokaleCosmos, startLokaleCosmos } from '../../src/store/lokale-cosmos';
import { stilleLogger } from '../../src/log';

/** The local Cosmos API server with the real SDK, in memory, one database per test file. */
export async function startTestCosmos(dataMap?: string): Promise<LokaleCosmos> {
  return startLokaleCosmos({ database: 'test', dataMap, log: stilleLogger });
}

export type { Database };
