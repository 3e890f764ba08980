import { ContainerRequest, CosmosClient, Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { ALL_CONTAINERS } from './containers';

/** The emulator's published well-known key; the local server accepts any key, the SDK wants one. */
const LOKALE_SLEUTEL = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface CosmosVerbinding {
  readonly endpoint: string;
  readonly key?: string;
  readonly database: string;
  /** Create database and containers when missing (local server). In Azure, infra/ creates them. */
  readonly aanmaken: boolean;
}

export function cosmosClient(verbinding: Pick<CosmosVerbinding, 'endpoint' | 'key'>, lokaal: boolean): CosmosClient {
  const connectionPolicy = lokaal ? { enableEndpointDiscovery: false } : undefined;
  if (verbinding.key || lokaal) {
    return new CosmosClient({ endpoint: verbinding.endpoint, key: verbinding.key ?? LOKALE_SLEUTEL, connectionPolicy });
  }
  // No key: data-plane access through the managed identity (AZURE_CLIENT_ID selects the user-assigned one).
  return new CosmosClient({ endpoint: verbinding.endpoint, aadCredentials: new DefaultAzureCredential() });
}

export async function openDatabase(client: CosmosClient, verbinding: CosmosVerbinding): Promise<Database> {
  if (!verbinding.aanmaken) return client.database(verbinding.database);
  const { database } = await client.databases.createIfNotExists({ id: verbinding.database });
  for (const spec of ALL_CONTAINERS) {
    const request: ContainerRequest = { id: spec.name, partitionKey: { paths: [spec.partitionKey] } };
    await database.containers.createIfNotExists(request);
  }
  return database;
}
