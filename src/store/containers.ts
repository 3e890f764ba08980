/**
 * The Cosmos DB containers this app uses, with their partition keys and the indexes the queries need.
 * infra/ declares the same containers; a test keeps the two in step.
 *
 * - hulpvragen, partitioned by schakelteam: the schakelteam's own overview is a single-partition query and a case
 *   never changes schakelteam. "Cases of one person" uses the indexed `betrokkenenIds` array and "due dates" the
 *   indexed `volgendeDeadline`; both are index seeks whose cost follows the matches, not the container size.
 * - tellers, partitioned by id: one tiny document per school and school year, bumped with an ETag check.
 * - kanalen, partitioned by tenant: conversation references of schakelteam, Team NO and Loket channels and 1:1 chats.
 * - herinneringen, partitioned by id: one document per thing to send (reminder, agenda, …; `type` tells them apart),
 *   claimed with an ETag lease.
 * - audit, partitioned by onderwerp (one case, one binding, one person's list views): the append-only audit log.
 *   A case's trail is one partition, so an access-request export reads it in one query and retention removes it
 *   whole. `alleenToevoegen`: in Azure the app's identity may create, read and delete lines here, never replace them.
 */
export interface ContainerSpec {
  readonly name: string;
  readonly partitionKey: string;
  readonly alleenToevoegen?: boolean;
  readonly compositeIndexes?: ReadonlyArray<ReadonlyArray<{ path: string; order: 'ascending' | 'descending' }>>;
}

export const CONTAINERS = {
  hulpvragen: { name: 'hulpvragen', partitionKey: '/schakelteamId' },
  tellers: { name: 'tellers', partitionKey: '/id' },
  kanalen: { name: 'kanalen', partitionKey: '/tenantId' },
  herinneringen: { name: 'herinneringen', partitionKey: '/id' },
  audit: { name: 'audit', partitionKey: '/onderwerp', alleenToevoegen: true },
} as const satisfies Record<string, ContainerSpec>;

export const ALL_CONTAINERS: readonly ContainerSpec[] = Object.values(CONTAINERS);
