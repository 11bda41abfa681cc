/** Exhaustive maps from API enum values to catalog keys: a new enum member fails to compile until labelled. */
import type { DemoSeedName, DemoSpeed } from '@/api/contract/console';
import type { LINKED_VPC_STATUSES } from '@/api/contract/endpoints';
import type { InstanceSpecification, InstanceStatus } from '@/api/contract/instances';
import type { NAMESPACE_STATUSES, RepoType } from '@/api/contract/namespaces';
import type { MessageKey } from './i18n';

type NamespaceStatus = (typeof NAMESPACE_STATUSES)[number];
type LinkedVpcStatus = (typeof LINKED_VPC_STATUSES)[number];
/** antd Badge statuses. */
export type BadgeStatus = 'success' | 'processing' | 'default' | 'error' | 'warning';

export const instanceSpecLabel: Record<InstanceSpecification, MessageKey> = {
  Enterprise_Basic: 'enum.spec.basic',
  Enterprise_Standard: 'enum.spec.standard',
  Enterprise_Advanced: 'enum.spec.advanced',
};

export const instanceStatusLabel: Record<InstanceStatus, MessageKey> = {
  PENDING: 'enum.instance-status.pending',
  INIT_ERROR: 'enum.instance-status.init-error',
  STARTING: 'enum.instance-status.starting',
  RUNNING: 'enum.instance-status.running',
  STOPPING: 'enum.instance-status.stopping',
  STOPPED: 'enum.instance-status.stopped',
  DELETING: 'enum.instance-status.deleting',
  DELETED: 'enum.instance-status.deleted',
};

export const instanceStatusBadge: Record<InstanceStatus, BadgeStatus> = {
  PENDING: 'processing',
  INIT_ERROR: 'error',
  STARTING: 'processing',
  RUNNING: 'success',
  STOPPING: 'warning',
  STOPPED: 'default',
  DELETING: 'warning',
  DELETED: 'default',
};

export const repoTypeLabel: Record<RepoType, MessageKey> = {
  PUBLIC: 'enum.repo-type.public',
  PRIVATE: 'enum.repo-type.private',
};

export const namespaceStatusLabel: Record<NamespaceStatus, MessageKey> = {
  NORMAL: 'enum.namespace-status.normal',
  DELETING: 'enum.namespace-status.deleting',
};

export const namespaceStatusBadge: Record<NamespaceStatus, BadgeStatus> = {
  NORMAL: 'success',
  DELETING: 'warning',
};

export const linkedVpcStatusLabel: Record<LinkedVpcStatus, MessageKey> = {
  CREATING: 'enum.vpc-status.creating',
  RUNNING: 'enum.vpc-status.running',
};

export const linkedVpcStatusBadge: Record<LinkedVpcStatus, BadgeStatus> = {
  CREATING: 'processing',
  RUNNING: 'success',
};

export const demoSeedLabel: Record<DemoSeedName, MessageKey> = {
  default: 'enum.demo-seed.default',
  minimal: 'enum.demo-seed.minimal',
  empty: 'enum.demo-seed.empty',
};

export const demoSeedDescription: Record<DemoSeedName, MessageKey> = {
  default: 'enum.demo-seed.default.description',
  minimal: 'enum.demo-seed.minimal.description',
  empty: 'enum.demo-seed.empty.description',
};

export const demoSpeedLabel: Record<DemoSpeed, MessageKey> = {
  realistic: 'enum.demo-speed.realistic',
  instant: 'enum.demo-speed.instant',
};
