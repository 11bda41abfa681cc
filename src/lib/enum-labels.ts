/** Exhaustive maps from API enum values to catalog keys: a new enum member fails to compile until labelled. */
import type { DemoSeedName, DemoSpeed } from '@/api/contract/console';
import type { LINKED_VPC_STATUSES } from '@/api/contract/endpoints';
import type { InstanceSpecification, InstanceStatus } from '@/api/contract/instances';
import type { NAMESPACE_STATUSES, RepoType } from '@/api/contract/namespaces';
import type { BaselineLevel, MaliciousLevel } from '@/api/contract/scan-cloud';
import type { SasSyncEvent } from '@/api/contract/scan-engine';
import type { ScanRuleNotifyMethod, ScanRuleScope, ScanRuleTriggerType } from '@/api/contract/scan-rules';
import type { ScanPhase, ScanService, ScanSeverity, ScanStatus, VulScanType } from '@/api/contract/scans';
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
  scale: 'enum.demo-seed.scale',
  'fresh-no-vpc': 'enum.demo-seed.fresh-no-vpc',
  vulnerable: 'enum.demo-seed.vulnerable',
  'clean-fleet': 'enum.demo-seed.clean-fleet',
  'cloud-engine-bought': 'enum.demo-seed.cloud-engine-bought',
};

export const demoSeedDescription: Record<DemoSeedName, MessageKey> = {
  default: 'enum.demo-seed.default.description',
  minimal: 'enum.demo-seed.minimal.description',
  empty: 'enum.demo-seed.empty.description',
  scale: 'enum.demo-seed.scale.description',
  'fresh-no-vpc': 'enum.demo-seed.fresh-no-vpc.description',
  vulnerable: 'enum.demo-seed.vulnerable.description',
  'clean-fleet': 'enum.demo-seed.clean-fleet.description',
  'cloud-engine-bought': 'enum.demo-seed.cloud-engine-bought.description',
};

export const demoSpeedLabel: Record<DemoSpeed, MessageKey> = {
  realistic: 'enum.demo-speed.realistic',
  instant: 'enum.demo-speed.instant',
};

/** A tag's scan state: the API's statuses plus 未扫描 (no task yet, which the API answers as an error). */
/** A tag's scan state (`NONE`: never scanned), or a batch task's (`STOPPED`: stopped by a user). */
export type TagScanState = ScanStatus | 'NONE' | 'STOPPED';

export const scanStatusLabel: Record<TagScanState, MessageKey> = {
  NONE: 'enum.scan-status.none',
  SCANNING: 'enum.scan-status.scanning',
  RETRYING: 'enum.scan-status.retrying',
  COMPLETE: 'enum.scan-status.complete',
  FAILED: 'enum.scan-status.failed',
  STOPPED: 'enum.scan-status.stopped',
};

export const scanStatusBadge: Record<TagScanState, BadgeStatus> = {
  NONE: 'default',
  SCANNING: 'processing',
  RETRYING: 'warning',
  COMPLETE: 'success',
  FAILED: 'error',
  STOPPED: 'default',
};

export const severityLabel: Record<ScanSeverity, MessageKey> = {
  High: 'enum.severity.high',
  Medium: 'enum.severity.medium',
  Low: 'enum.severity.low',
  Unknown: 'enum.severity.unknown',
};

/** antd preset colours, the console's usual red/orange/gold/grey ladder. */
export const severityColor: Record<ScanSeverity, string> = {
  High: 'red',
  Medium: 'orange',
  Low: 'gold',
  Unknown: 'default',
};

export const vulTypeLabel: Record<VulScanType, MessageKey> = {
  cve: 'enum.vul-type.cve',
  sca: 'enum.vul-type.sca',
};

export const scanServiceLabel: Record<ScanService, MessageKey> = {
  ACR_SCAN_SERVICE: 'enum.scan-service.acr',
  SAS_SCAN_SERVICE: 'enum.scan-service.sas',
};

export const scanPhaseLabel: Record<ScanPhase, MessageKey> = {
  QUEUED: 'enum.scan-phase.queued',
  OPENING: 'enum.scan-phase.opening',
  LAYERS: 'enum.scan-phase.layers',
  ANALYZING: 'enum.scan-phase.analyzing',
  MATCHING: 'enum.scan-phase.matching',
  DONE: 'enum.scan-phase.done',
};

export const scanRuleScopeLabel: Record<ScanRuleScope, MessageKey> = {
  NAMESPACE: 'enum.scan-rule-scope.namespace',
  REPO: 'enum.scan-rule-scope.repo',
};

export const scanRuleTriggerLabel: Record<ScanRuleTriggerType, MessageKey> = {
  AUTO: 'enum.scan-rule-trigger.auto',
  MANUAL: 'enum.scan-rule-trigger.manual',
};

export const scanRuleNotifyLabel: Record<ScanRuleNotifyMethod, MessageKey> = {
  DING_TALK: 'enum.scan-rule-notify.dingtalk',
  HTTP: 'enum.scan-rule-notify.http',
  HTTPS: 'enum.scan-rule-notify.https',
};

export const sasSyncEventLabel: Record<SasSyncEvent, MessageKey> = {
  INSTANCE_DELETE: 'enum.sas-sync.instance-delete',
  IMAGE_PUSH: 'enum.sas-sync.image-push',
  IMAGE_DELETE: 'enum.sas-sync.image-delete',
  REPO_DELETE: 'enum.sas-sync.repo-delete',
};

export const baselineLevelLabel: Record<BaselineLevel, MessageKey> = {
  high: 'enum.baseline-level.high',
  medium: 'enum.baseline-level.medium',
  low: 'enum.baseline-level.low',
};

export const baselineLevelColor: Record<BaselineLevel, string> = { high: 'red', medium: 'orange', low: 'gold' };

export const maliciousLevelLabel: Record<MaliciousLevel, MessageKey> = {
  serious: 'enum.malicious-level.serious',
  suspicious: 'enum.malicious-level.suspicious',
  remind: 'enum.malicious-level.remind',
};

export const maliciousLevelColor: Record<MaliciousLevel, string> = {
  serious: 'red',
  suspicious: 'orange',
  remind: 'blue',
};
