/**
 * The declarative shape of a demo world. Times are given as days before the seed epoch, so a world looks
 * the same every time it is seeded; `build-world.ts` turns a spec into store records.
 */
import type { DemoSeedName } from '@/api/contract/console';
import type { InstanceSpecification, InstanceStatus } from '@/api/contract/instances';
import type { RepoType } from '@/api/contract/namespaces';
import type { AclEntryRecord } from '../store/schema';
import type { ImageRef } from './images';

export interface TagSpec {
  tag: string;
  image: ImageRef;
  pushedDaysAgo: number;
}

export interface RepositorySpec {
  name: string;
  type: RepoType;
  summary: string;
  detail?: string;
  immutable?: boolean;
  /** `AUTO` for repositories created by a push into a namespace with auto-create on. */
  buildType?: 'MANUAL' | 'AUTO';
  createdDaysAgo: number;
  tags: TagSpec[];
}

export interface NamespaceSpec {
  name: string;
  autoCreateRepo: boolean;
  defaultRepoType: RepoType;
  createdDaysAgo: number;
  repositories: RepositorySpec[];
}

export interface LinkedVpcSpec {
  /** Key of the VPC and vSwitch in `ACCOUNT_VPCS` of the instance's region. */
  vpc: string;
  vswitch: string;
  linkedDaysAgo: number;
}

export interface InstanceSpec {
  /** Stable key the ids derive from; keep it when renaming the instance. */
  key: string;
  name: string;
  region: string;
  specification: InstanceSpecification;
  status: InstanceStatus;
  issue?: string;
  createdDaysAgo: number;
  tags?: { TagKey: string; TagValue: string }[];
  internet: { enable: boolean; aclEnable: boolean; aclEntries: AclEntryRecord[] };
  linkedVpcs: LinkedVpcSpec[];
  namespaces: NamespaceSpec[];
}

export interface WorldSpec {
  name: DemoSeedName;
  instances: InstanceSpec[];
}
