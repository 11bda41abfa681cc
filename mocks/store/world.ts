/** Writing a complete world: the records of every store, replaced in one transaction. */
import type { DemoSeedName } from '@/api/contract/console';
import {
  type AcrTransaction,
  ALL_STORES,
  type BlobRecord,
  type InstanceRecord,
  type LinkedVpcRecord,
  type MetaRecord,
  type NamespaceRecord,
  type RegionRecord,
  type RepositoryRecord,
  type TagRecord,
  type VpcRecord,
  type VSwitchRecord,
} from './schema';

/** Everything a world holds, store by store (meta excepted). */
export interface WorldRecords {
  seedName: DemoSeedName;
  regions: RegionRecord[];
  instances: InstanceRecord[];
  namespaces: NamespaceRecord[];
  repositories: RepositoryRecord[];
  tags: TagRecord[];
  blobs: BlobRecord[];
  vpcs: VpcRecord[];
  vswitches: VSwitchRecord[];
  linkedVpcs: LinkedVpcRecord[];
}

/**
 * Clears every store and writes `world` and `meta`, inside the caller's readwrite transaction over all
 * stores, so a reader sees either the old world or the new one, never a mix.
 */
export async function replaceWorld(
  tx: AcrTransaction<'readwrite'>,
  world: WorldRecords,
  meta: MetaRecord,
): Promise<void> {
  await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
  const puts: Promise<unknown>[] = [tx.objectStore('meta').put(meta)];
  const putAll = <T>(records: readonly T[], put: (record: T) => Promise<unknown>) => {
    for (const record of records) puts.push(put(record));
  };
  putAll(world.regions, (r) => tx.objectStore('regions').put(r));
  putAll(world.instances, (r) => tx.objectStore('instances').put(r));
  putAll(world.namespaces, (r) => tx.objectStore('namespaces').put(r));
  putAll(world.repositories, (r) => tx.objectStore('repositories').put(r));
  putAll(world.tags, (r) => tx.objectStore('tags').put(r));
  putAll(world.blobs, (r) => tx.objectStore('blobs').put(r));
  putAll(world.vpcs, (r) => tx.objectStore('vpcs').put(r));
  putAll(world.vswitches, (r) => tx.objectStore('vswitches').put(r));
  putAll(world.linkedVpcs, (r) => tx.objectStore('linkedVpcs').put(r));
  await Promise.all(puts);
}
