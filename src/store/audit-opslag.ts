import { BulkOperationType, Container, JSONObject } from '@azure/cosmos';
import { z } from 'zod';
import { AuditOpslag } from '../app/audit';
import { Auditregel, CLIENTS, HANDELINGEN } from '../domain/audit';
import { statusVan } from './cosmos-fouten';

const BULK_MAX = 100;

const persoon = z.object({ tenantId: z.string(), aadObjectId: z.string(), naam: z.string() });

export const auditDocument = z.object({
  id: z.string().min(1),
  onderwerp: z.string().min(1),
  tenantId: z.string(),
  tijdstip: z.iso.datetime(),
  wie: persoon,
  namens: z.string().optional(),
  hulpvraagId: z.string().optional(),
  nummer: z.string().optional(),
  handeling: z.enum(HANDELINGEN),
  wat: z.string(),
  via: z.enum(CLIENTS),
  gegevens: z.record(z.string(), z.string()).optional(),
});

/**
 * The audit container (partition: onderwerp). The app only creates and reads lines here; in Azure its identity has
 * no right to replace them (infra: a custom role on this container). Deleting happens only for retention/erasure.
 */
export class CosmosAuditOpslag implements AuditOpslag {
  constructor(private readonly container: Container) {}

  async voegToe(regel: Auditregel): Promise<void> {
    try {
      await this.container.items.create(auditDocument.parse(regel));
    } catch (error) {
      if (statusVan(error) !== 409) throw error;
    }
  }

  /** Bulk creates, at most 100 per call (the SDK's limit per partition range): one request each on the local server. */
  async voegToeAlle(regels: readonly Auditregel[]): Promise<void> {
    const operaties = regels.map((regel) => ({ operationType: BulkOperationType.Create, resourceBody: auditDocument.parse(regel) as JSONObject }));
    const delen = Array.from({ length: Math.ceil(operaties.length / BULK_MAX) }, (_, i) => operaties.slice(i * BULK_MAX, (i + 1) * BULK_MAX));
    const antwoorden = (await Promise.all(delen.map((deel) => this.container.items.bulk(deel)))).flat();
    // 409: a line with that id is already there (a retried request), which counts as written.
    const mislukt = antwoorden.find((a) => a.statusCode >= 300 && a.statusCode !== 409);
    if (mislukt) throw new Error(`auditregels niet geschreven: status ${mislukt.statusCode}`);
  }

  async van(onderwerp: string): Promise<Auditregel[]> {
    const { resources } = await this.container.items
      .query<unknown>(
        { query: 'SELECT * FROM c WHERE c.onderwerp = @onderwerp ORDER BY c.tijdstip', parameters: [{ name: '@onderwerp', value: onderwerp }] },
        { partitionKey: onderwerp },
      )
      .fetchAll();
    // zod drops Cosmos' own fields (_rid, _etag, ...), so the line comes back exactly as written.
    return resources.map((item) => auditDocument.parse(item));
  }

  async vervangDoorGrafsteen(onderwerp: string, grafsteen: Auditregel): Promise<number> {
    const regels = await this.van(onderwerp);
    for (const regel of regels) {
      await this.container
        .item(regel.id, onderwerp)
        .delete()
        .catch((error: unknown) => {
          if (statusVan(error) !== 404) throw error;
        });
    }
    await this.voegToe(grafsteen);
    return regels.length;
  }
}
