import { Container, ItemDefinition } from '@azure/cosmos';
import { vroegste, zaakDeadline } from '../domain/bewaking';
import { Herinneringsinstellingen } from '../domain/herinneringen';
import { Hulpvraag, betrokkenenIds } from '../domain/hulpvraag';
import { metAankomstUitHistorie } from '../domain/loket';
import { eersteDoorsturen, zonderUitgaand } from '../domain/uitgaand';
import { HulpvraagOpslag, Versie } from '../app/ports';
import { Logger } from '../log';
import { alsConflict, statusVan } from './cosmos-fouten';
import { HulpvraagDocument, SCHEMA_VERSIE, hulpvraagDocument } from './schemas';

type OpTeSlaan = Hulpvraag & Pick<HulpvraagDocument, 'type' | 'schemaVersie' | 'betrokkenenIds' | 'volgendeDeadline'>;

/** What a document derives from the case apart from its outbox. */
interface Afgeleid {
  readonly betrokkenenIds: string[];
  readonly zaakDeadline: Date | undefined;
}

function afleiden(hulpvraag: Hulpvraag, instellingen: Herinneringsinstellingen): Afgeleid {
  return { betrokkenenIds: betrokkenenIds(hulpvraag), zaakDeadline: zaakDeadline(hulpvraag, instellingen) };
}

function document(hulpvraag: Hulpvraag, afgeleid: Afgeleid): OpTeSlaan {
  const deadline = vroegste(eersteDoorsturen(hulpvraag), afgeleid.zaakDeadline);
  return {
    ...hulpvraag,
    type: 'hulpvraag',
    schemaVersie: SCHEMA_VERSIE,
    betrokkenenIds: afgeleid.betrokkenenIds,
    ...(deadline ? { volgendeDeadline: deadline.toISOString() } : {}),
  };
}

/**
 * `volgendeDeadline` is derived on every write, so the sweep's range query can never miss a changed case. Exported
 * for the benchmark, which fills containers in bulk with exactly these documents.
 */
export function naarDocument(hulpvraag: Hulpvraag, instellingen: Herinneringsinstellingen): OpTeSlaan {
  return document(hulpvraag, afleiden(hulpvraag, instellingen));
}

function uitDocument(item: ItemDefinition): Hulpvraag {
  const { type, schemaVersie, betrokkenenIds: _ids, volgendeDeadline: _deadline, ...gelezen } = hulpvraagDocument.parse(item);
  // Stored before the Loket's arrival was recorded: derived from the history, so the Loket's clock runs for it too.
  const hulpvraag = metAankomstUitHistorie(gelezen);
  return hulpvraag;
}

function metEtag(item: ItemDefinition | undefined, etag: string | undefined): Versie<Hulpvraag> {
  if (!item || !etag) throw new Error('Cosmos gaf geen document of ETag terug');
  return { waarde: uitDocument(item), etag };
}

/** What was just written, with its new ETag: the value is ours (typed), so the echo is not parsed again. */
function geschreven(hulpvraag: Hulpvraag, etag: string | undefined): Versie<Hulpvraag> {
  if (!etag) throw new Error('Cosmos gaf geen ETag terug');
  return { waarde: hulpvraag, etag };
}

export class CosmosHulpvraagOpslag implements HulpvraagOpslag {
  /**
   * What was derived for each value this store wrote (values are never changed in place): clearing a click's outbox
   * right after its write derives nothing again (the reminders and stagnation rules behind the deadline are most of a
   * write's own CPU).
   */
  private readonly afgeleid = new WeakMap<Hulpvraag, Afgeleid>();

  constructor(
    private readonly container: Container,
    private readonly log: Logger,
    private readonly instellingen: Herinneringsinstellingen,
  ) {}

  async maak(hulpvraag: Hulpvraag): Promise<Versie<Hulpvraag>> {
    const antwoord = await this.container.items.create(naarDocument(hulpvraag, this.instellingen)).catch(alsConflict);
    return geschreven(hulpvraag, antwoord.etag);
  }

  async lees(schakelteamId: string, id: string): Promise<Versie<Hulpvraag> | undefined> {
    try {
      const antwoord = await this.container.item(id, schakelteamId).read();
      if (antwoord.statusCode === 404 || !antwoord.resource) return undefined;
      return metEtag(antwoord.resource, antwoord.etag);
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  vervang(hulpvraag: Hulpvraag, etag: string): Promise<Versie<Hulpvraag>> {
    const afgeleid = afleiden(hulpvraag, this.instellingen);
    this.afgeleid.set(hulpvraag, afgeleid);
    return this.schrijf(hulpvraag, afgeleid, etag);
  }

  wisUitgaand(bewaard: Versie<Hulpvraag>, ids: ReadonlySet<string>): Promise<Versie<Hulpvraag>> {
    // Only the outbox changes: what the rest derives stays, and the cleared value may be cleared from again.
    const afgeleid = this.afgeleid.get(bewaard.waarde) ?? afleiden(bewaard.waarde, this.instellingen);
    const zonder = zonderUitgaand(bewaard.waarde, ids);
    this.afgeleid.set(zonder, afgeleid);
    return this.schrijf(zonder, afgeleid, bewaard.etag);
  }

  private async schrijf(hulpvraag: Hulpvraag, afgeleid: Afgeleid, etag: string): Promise<Versie<Hulpvraag>> {
    const antwoord = await this.container
      .item(hulpvraag.id, hulpvraag.schakelteamId)
      .replace(document(hulpvraag, afgeleid), { accessCondition: { type: 'IfMatch', condition: etag } })
      .catch(alsConflict);
    return geschreven(hulpvraag, antwoord.etag);
  }

  vanPersoon(tenantId: string, aadObjectId: string): Promise<Hulpvraag[]> {
    return this.zoek(
      'SELECT * FROM c WHERE c.type = "hulpvraag" AND c.tenantId = @tenant AND ARRAY_CONTAINS(c.betrokkenenIds, @persoon)',
      { '@tenant': tenantId, '@persoon': aadObjectId },
    );
  }

  vanSchakelteam(schakelteamId: string): Promise<Hulpvraag[]> {
    return this.zoek('SELECT * FROM c WHERE c.type = "hulpvraag" AND c.schakelteamId = @team', { '@team': schakelteamId }, schakelteamId);
  }

  opNummer(tenantId: string, nummer: string): Promise<Hulpvraag[]> {
    return this.zoek('SELECT * FROM c WHERE c.type = "hulpvraag" AND c.tenantId = @tenant AND c.nummer = @nummer', {
      '@tenant': tenantId,
      '@nummer': nummer,
    });
  }

  /**
   * Cases of one tenant changed at or after `van` and registered before `tot`: every fact a quarter counts (new,
   * decision, regierol, stagnation, Team NO, closing) changed the case then, so this range on the indexed `bijgewerkt`
   * finds them all without reading the rest of the container.
   */
  gewijzigdSinds(tenantId: string, van: Date, tot: Date): Promise<Hulpvraag[]> {
    return this.zoek('SELECT * FROM c WHERE c.type = "hulpvraag" AND c.tenantId = @tenant AND c.bijgewerkt >= @van AND c.aangemaakt < @tot', {
      '@tenant': tenantId,
      '@van': van.toISOString(),
      '@tot': tot.toISOString(),
    });
  }

  geslotenVoor(grens: Date, max: number): Promise<Hulpvraag[]> {
    return this.zoek(
      `SELECT TOP ${Math.max(1, Math.floor(max))} * FROM c WHERE c.type = "hulpvraag" AND c.status = "gesloten" AND c.bijgewerkt < @grens ORDER BY c.bijgewerkt`,
      { '@grens': grens.toISOString() },
    );
  }

  async verwijder(schakelteamId: string, id: string): Promise<void> {
    await this.container
      .item(id, schakelteamId)
      .delete()
      .catch((error: unknown) => {
        if (statusVan(error) !== 404) throw error;
      });
  }

  /** A cross-partition range query on the indexed `volgendeDeadline`: its cost follows the due cases. */
  async tePlannen(nu: Date, max: number): Promise<Versie<Hulpvraag>[]> {
    const { resources } = await this.container.items
      .query({
        query: `SELECT TOP ${Math.max(1, Math.floor(max))} * FROM c WHERE c.type = "hulpvraag" AND c.volgendeDeadline <= @nu ORDER BY c.volgendeDeadline`,
        parameters: [{ name: '@nu', value: nu.toISOString() }],
      })
      .fetchAll();
    return resources.flatMap((item: ItemDefinition) => {
      try {
        return [metEtag(item, typeof item._etag === 'string' ? item._etag : undefined)];
      } catch {
        this.log.error('ongeldig hulpvraagdocument overgeslagen', { id: item.id ?? '' });
        return [];
      }
    });
  }

  private async zoek(query: string, parameters: Record<string, string>, partitionKey?: string): Promise<Hulpvraag[]> {
    const { resources } = await this.container.items
      .query(
        { query, parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })) },
        partitionKey === undefined ? {} : { partitionKey },
      )
      .fetchAll();
    // One unreadable document must not hide everyone's other cases: skip it, and say so in the log.
    return resources.flatMap((item: ItemDefinition) => {
      try {
        return [uitDocument(item)];
      } catch {
        this.log.error('ongeldig hulpvraagdocument overgeslagen', { id: item.id ?? '' });
        return [];
      }
    });
  }
}
