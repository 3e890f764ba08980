import { Container } from '@azure/cosmos';
import { z } from 'zod';
import { KanaalOpslag } from '../app/ports';
import { Kanaal, KanaalSoort } from '../domain/kanaal';
import { statusVan } from './cosmos-fouten';
import { SCHEMA_VERSIE, betrokkeneSchema } from './schemas';

/** A channel or chat as the domain knows it (domain/kanaal.ts); a notice keeps a copy when the binding goes. */
export const kanaalSchema = z.object({
  id: z.string().min(1),
  tenantId: z.string().min(1),
  soort: z.enum(['schakelteam', 'team_no', 'loket', 'persoonlijk']),
  naam: z.string(),
  // Opaque to the store as to the domain: the Teams adapter writes it, the proactive sender validates what it reads.
  referentie: z.record(z.string(), z.unknown()),
  teamId: z.string().optional(),
  schakelteamId: z.string().optional(),
  leden: z.array(betrokkeneSchema).optional(),
  regio: z.string().max(40).optional(),
  aadObjectId: z.string().optional(),
  bruikbaar: z.boolean(),
  onbruikbaarReden: z.string().optional(),
  bijgewerkt: z.string(),
});

const kanaalDocument = kanaalSchema.extend({ type: z.literal('kanaal'), schemaVersie: z.literal(SCHEMA_VERSIE) });

function sleutelVan(tenantId: string, id: string): string {
  return `${tenantId}\u0000${id}`;
}

/** The type of the copies under a derived id; queries ask for type "kanaal" and so never see them twice. */
const VERWIJZING = 'kanaalverwijzing';

function uitDocument(item: unknown): Kanaal {
  const { type, schemaVersie, ...kanaal } = kanaalDocument.parse(item);
  // Bindings stored before teamId had its own field carry it inside the reference.
  const teamId = kanaal.teamId ?? (typeof kanaal.referentie.teamId === 'string' ? kanaal.referentie.teamId : undefined);
  return { ...kanaal, ...(teamId ? { teamId } : {}) };
}

/** Cosmos ids may not contain / \\ ? #; Teams conversation ids can. */
function veilig(id: string): string {
  return id.replace(/[/\\?#]/g, '_');
}

function documentId(id: string): string {
  return `kanaal:${veilig(id)}`;
}

/**
 * A schakelteam's channel and a person's 1:1 chat are looked up on almost every turn and send. Besides the document
 * per conversation, each is kept as a copy under an id derived from what the lookup knows, so it is one point read
 * instead of a query (a query costs the SDK two round trips and the server a scan). `bewaar` writes both.
 */
function verwijzingId(kanaal: Pick<Kanaal, 'soort' | 'schakelteamId' | 'aadObjectId'>): string | undefined {
  if (kanaal.soort === 'schakelteam' && kanaal.schakelteamId) return `kanaal-schakelteam:${veilig(kanaal.schakelteamId)}`;
  if (kanaal.soort === 'persoonlijk' && kanaal.aadObjectId) return `kanaal-persoon:${veilig(kanaal.aadObjectId)}`;
  return undefined;
}

/** How long a conversation read usable is taken as known (see `bijBinnenkomst` and `persoonlijk`). */
const RECENT_MS = 10_000;
const RECENT_MAX = 10_000;

export class CosmosKanaalOpslag implements KanaalOpslag {
  /**
   * Conversations this instance saw usable in the last `recentMs` (for an incoming activity, or looked up as someone's
   * 1:1 chat), by tenant + id; the schakelteam channels among them by tenant + schakelteam, and the 1:1 chats by tenant
   * + person. Any write through this instance forgets them all (writes of conversations are rare: a new chat, a
   * binding, a 403), so nothing here outlives a change made here.
   */
  private readonly recent = new Map<string, { readonly kanaal: Kanaal; readonly tot: number }>();
  private readonly recentSchakelteam = new Map<string, string>();
  private readonly recentPersoon = new Map<string, string>();
  /** Counts writes: a read that overlapped one is not remembered (it may predate the write). */
  private schrijfacties = 0;

  constructor(
    private readonly container: Container,
    private readonly recentMs = RECENT_MS,
  ) {}

  async bijBinnenkomst(tenantId: string, id: string): Promise<Kanaal | undefined> {
    const sleutel = sleutelVan(tenantId, id);
    const bekend = this.recentVan(sleutel);
    if (bekend) return bekend;
    const voor = this.schrijfacties;
    const kanaal = await this.lees(tenantId, id);
    if (kanaal && this.onthoud(sleutel, kanaal, voor) && kanaal.soort === 'schakelteam' && kanaal.schakelteamId) {
      this.recentSchakelteam.set(sleutelVan(tenantId, kanaal.schakelteamId), sleutel);
    }
    return kanaal;
  }

  /** Remembers a conversation read usable, unless a write through this instance overlapped the read (`voor`). */
  private onthoud(sleutel: string, kanaal: Kanaal, voor: number): boolean {
    if (!kanaal.bruikbaar || this.schrijfacties !== voor) return false;
    if (this.recent.size >= RECENT_MAX) this.vergeetAlles();
    this.recent.set(sleutel, { kanaal, tot: performance.now() + this.recentMs });
    return true;
  }

  private recentVan(sleutel: string): Kanaal | undefined {
    const bekend = this.recent.get(sleutel);
    return bekend && bekend.tot > performance.now() ? bekend.kanaal : undefined;
  }

  /** Any write through this instance: every conversation is read again on its next use. */
  private vergeetAlles(): void {
    this.schrijfacties++;
    this.recent.clear();
    this.recentSchakelteam.clear();
    this.recentPersoon.clear();
  }

  async bewaar(kanaal: Kanaal): Promise<void> {
    this.vergeetAlles();
    const document = { ...kanaal, id: documentId(kanaal.id), kanaalId: kanaal.id, type: 'kanaal', schemaVersie: SCHEMA_VERSIE };
    await this.container.items.upsert(document);
    const verwijzing = verwijzingId(kanaal);
    if (!verwijzing) return;
    const kopie = { ...document, id: verwijzing, type: VERWIJZING };
    if (kanaal.soort === 'schakelteam') {
      // Binding a schakelteam again (in another channel) moves it there.
      await this.container.items.upsert(kopie);
      return;
    }
    // A person's first known 1:1 chat stays theirs until it becomes unusable; another one is only remembered.
    try {
      await this.container.items.create(kopie);
    } catch (error) {
      if (statusVan(error) !== 409) throw error;
      const huidig = await this.puntLees(kanaal.tenantId, verwijzing);
      if (!huidig || huidig.id === kanaal.id || !huidig.bruikbaar) await this.container.items.upsert(kopie);
    }
  }

  lees(tenantId: string, id: string): Promise<Kanaal | undefined> {
    return this.puntLees(tenantId, documentId(id));
  }

  vanSoort(tenantId: string, soort: KanaalSoort): Promise<Kanaal[]> {
    return this.zoek(tenantId, 'c.soort = @soort', { '@soort': soort });
  }

  /** Cross-partition on purpose: the agenda sweep serves every tenant; it runs at most once a minute per instance. */
  async alleVanSoort(soort: KanaalSoort): Promise<Kanaal[]> {
    const { resources } = await this.container.items
      .query({ query: 'SELECT * FROM c WHERE c.type = "kanaal" AND c.soort = @soort', parameters: [{ name: '@soort', value: soort }] })
      .fetchAll();
    return resources.map((item: Record<string, unknown>) => this.herstelId(item));
  }

  /** A schakelteam's channel; one that just spoke to this instance (a click in it) is not read again. */
  async vanSchakelteam(tenantId: string, schakelteamId: string): Promise<Kanaal | undefined> {
    const gezien = this.recentSchakelteam.get(sleutelVan(tenantId, schakelteamId));
    const bekend = gezien ? this.recentVan(gezien) : undefined;
    if (bekend) return bekend;
    const id = verwijzingId({ soort: 'schakelteam', schakelteamId });
    const kanaal = id ? await this.puntLees(tenantId, id) : undefined;
    if (kanaal) return kanaal;
    // Bound before the copies existed: found once by a query, then copied, so the next lookup is a point read.
    const [gevonden] = await this.zoek(tenantId, 'c.soort = "schakelteam" AND c.schakelteamId = @team', { '@team': schakelteamId });
    if (gevonden) await this.bewaar(gevonden);
    return gevonden;
  }

  /**
   * A person's own 1:1 chat, one point read; one read usable in the last seconds is not read again (a click tells the
   * next person, and a meeting's clicks often tell the same IB'er). A chat stored before the copies existed is found
   * once by a query and then copied (as for the schakelteam channel): their chat still works, so reminders must not
   * depend on anything else to reach them (issue 10).
   */
  async persoonlijk(tenantId: string, aadObjectId: string): Promise<Kanaal | undefined> {
    const persoon = sleutelVan(tenantId, aadObjectId);
    const gezien = this.recentPersoon.get(persoon);
    const bekend = gezien ? this.recentVan(gezien) : undefined;
    if (bekend) return bekend;
    const voor = this.schrijfacties;
    const id = verwijzingId({ soort: 'persoonlijk', aadObjectId });
    const kanaal = id ? await this.puntLees(tenantId, id) : undefined;
    if (kanaal) {
      const gesprek = sleutelVan(tenantId, kanaal.id);
      if (this.onthoud(gesprek, kanaal, voor)) this.recentPersoon.set(persoon, gesprek);
      return kanaal;
    }
    const chats = await this.zoek(tenantId, 'c.soort = "persoonlijk" AND c.aadObjectId = @persoon', { '@persoon': aadObjectId });
    const gevonden = chats.find((k) => k.bruikbaar) ?? chats[0];
    if (gevonden) await this.bewaar(gevonden);
    return gevonden;
  }

  async markeerOnbruikbaar(tenantId: string, id: string, reden: string): Promise<void> {
    this.vergeetAlles();
    const kanaal = await this.lees(tenantId, id);
    if (kanaal) await this.bewaar({ ...kanaal, bruikbaar: false, onbruikbaarReden: reden });
  }

  async verwijder(tenantId: string, id: string): Promise<void> {
    this.vergeetAlles();
    const kanaal = await this.lees(tenantId, id);
    await this.verwijderDocument(tenantId, documentId(id));
    const verwijzing = kanaal ? verwijzingId(kanaal) : undefined;
    // Only when the copy still points here: the schakelteam may meanwhile be bound to another channel.
    if (verwijzing && (await this.puntLees(tenantId, verwijzing))?.id === id) await this.verwijderDocument(tenantId, verwijzing);
  }

  private async verwijderDocument(tenantId: string, documentId: string): Promise<void> {
    await this.container
      .item(documentId, tenantId)
      .delete()
      .catch((error: unknown) => {
        if (statusVan(error) !== 404) throw error;
      });
  }

  private async puntLees(tenantId: string, documentId: string): Promise<Kanaal | undefined> {
    try {
      const { resource } = await this.container.item(documentId, tenantId).read();
      return resource ? this.herstelId(resource) : undefined;
    } catch (error) {
      if (statusVan(error) === 404) return undefined;
      throw error;
    }
  }

  private herstelId(item: Record<string, unknown>): Kanaal {
    return uitDocument({ ...item, id: item.kanaalId, type: 'kanaal' });
  }

  private async zoek(tenantId: string, voorwaarde: string, parameters: Record<string, string>): Promise<Kanaal[]> {
    const { resources } = await this.container.items
      .query(
        {
          query: `SELECT * FROM c WHERE c.type = "kanaal" AND ${voorwaarde}`,
          parameters: Object.entries(parameters).map(([name, value]) => ({ name, value })),
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((item: Record<string, unknown>) => this.herstelId(item));
  }
}
