/** Writing a complete world: the records of every store, replaced in one transaction. */
import type { DemoSeedName } from '@/api/contract/console';
import type { RamWorld } from '../ram/seed';
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
  type ScanResultRecord,
  type ScanTaskRecord,
  type TagRecord,
  type VpcRecord,
  type VSwitchRecord,
} from './schema';

/** Everything a world holds, store by store (meta excepted); RAM users, groups and policies included. */
export interface WorldRecords extends RamWorld {
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
  /** Written directly by seeds that start with scan history (the `scale` seed); absent elsewhere. */
  scanTasks?: ScanTaskRecord[];
  scanResults?: ScanResultRecord[];
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
  putAll(world.scanTasks ?? [], (r) => tx.objectStore('scanTasks').put(r));
  putAll(world.scanResults ?? [], (r) => tx.objectStore('scanResults').put(r));
  putAll(world.ramUsers, (r) => tx.objectStore('ramUsers').put(r));
  putAll(world.ramGroups, (r) => tx.objectStore('ramGroups').put(r));
  putAll(world.ramPolicies, (r) => tx.objectStore('ramPolicies').put(r));
  putAll(world.ramAttachments, (r) => tx.objectStore('ramAttachments').put(r));
  await Promise.all(puts);
}
