import { Container } from '@azure/cosmos';
import { Teller } from '../app/ports';
import { statusVan } from './cosmos-fouten';
import { tellerDocument } from './schemas';

const MAX_POGINGEN = 20;

function wacht(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One counter document per key, bumped with an ETag check: of two writers that read the same value, one gets
 * 412 and tries again on the fresh value, so no number is handed out twice. Creating the first one uses
 * create (409 on a race) for the same reason.
 */
export class CosmosTeller implements Teller {
  constructor(private readonly container: Container) {}

  async volgende(sleutel: string): Promise<number> {
    for (let poging = 0; poging < MAX_POGINGEN; poging++) {
      try {
        return await this.probeer(sleutel);
      } catch (error) {
        const status = statusVan(error);
        if (status !== 409 && status !== 412) throw error;
        await wacht(Math.random() * 10 * (poging + 1));
      }
    }
    throw new Error('Teller: te veel gelijktijdige aanvragen');
  }

  private async probeer(sleutel: string): Promise<number> {
    const item = this.container.item(sleutel, sleutel);
    const gelezen = await item.read().catch((error: unknown) => {
      if (statusVan(error) === 404) return undefined;
      throw error;
    });
    if (!gelezen?.resource || gelezen.statusCode === 404) {
      await this.container.items.create({ id: sleutel, waarde: 1 });
      return 1;
    }
    const huidig = tellerDocument.parse(gelezen.resource);
    const volgende = huidig.waarde + 1;
    await item.replace(
      { id: sleutel, waarde: volgende },
      { accessCondition: { type: 'IfMatch', condition: gelezen.etag ?? '' } },
    );
    return volgende;
  }
}
