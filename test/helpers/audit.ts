import { App } from '../../src/index';

/** An audit line as the tests read it back from the local Cosmos server. */
export interface Auditrij {
  readonly handeling: string;
  readonly wat: string;
  readonly via: string;
  readonly wie: { readonly aadObjectId: string };
  readonly nummer?: string;
  readonly namens?: string;
  readonly gegevens?: Record<string, string>;
}

/** The audit lines of one subject (`hulpvraag:<id>`, `koppeling:…`), oldest first. */
export async function auditVan(app: App, onderwerp: string): Promise<Auditrij[]> {
  const { resources } = await app.database
    .container('audit')
    .items.query<Auditrij>({ query: 'SELECT * FROM c WHERE c.onderwerp = @o ORDER BY c.tijdstip', parameters: [{ name: '@o', value: onderwerp }] })
    .fetchAll();
  return resources;
}
