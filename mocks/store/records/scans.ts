/** Records of scanning: scan tasks and their results and inventories, scan rules and rule tasks, the cloud-security side and one-click fixes. */
import type { OsFamily, ScanInspection } from '@acr-console/core';
import type { SasSyncEvent } from '@/api/contract/scan-engine';
import type { FixPackage, FixTaskStatus } from '@/api/contract/scan-fix';
import type {
  ScanRuleNotifyMethod,
  ScanRuleScanType,
  ScanRuleScope,
  ScanRuleTriggerType,
} from '@/api/contract/scan-rules';
import type { ScanPhase, ScanService, ScanStatus, ScanSummary, ScanVulnerability } from '@/api/contract/scans';

/** One scan of one image (schema v2). */
export interface ScanTaskRecord {
  /** Upper-case UUID. */
  ScanTaskId: string;
  InstanceId: string;
  RepoId: string;
  Tag: string;
  /** Manifest digest hex (no `sha256:`) the tag pointed at when the task was created. */
  Digest: string;
  ScanService: ScanService;
  Status: ScanStatus;
  Phase: ScanPhase;
  /** 0–100. */
  Progress: number;
  StartTime: number;
  FinishTime?: number;
  FailReason?: string;
  /**
   * Refused before it ran because the cloud-security engine's image authorisations were used up: such a task
   * does not count as an authorised image.
   */
  QuotaRefused?: true;
  /** The backend instance (page load) running the task; a task of a runner that is gone is recovered. */
  RunnerId: string;
  /** Last time the runner wrote progress: without Web Locks, a long-silent task of another runner is stale. */
  HeartbeatTime: number;
  /** Schema v3: the rule task this image scan belongs to (absent for a single-image scan). */
  RuleTaskId?: string;
  /**
   * How often the task was cut off mid-scan by its page closing or reloading and resumed by another runner
   * (absent: never). Past `MAX_INTERRUPTIONS` it ends FAILED instead of resuming again.
   */
  Interruptions?: number;
  /** Set when COMPLETE: the advisory data version, and for cloud scans the malware signature version. */
  DbVersion?: string;
  SignatureVersion?: string;
}

/** The findings of a COMPLETE task (schema v2), in the order the API lists them. */
export interface ScanResultRecord {
  ScanTaskId: string;
  Summary: ScanSummary;
  Vulnerabilities: ScanVulnerability[];
  /** Cloud-security scans (schema v4): baseline risks, secrets and malicious samples, as the core found them. */
  Inspection?: ScanInspection;
  /** The OS the scan found (results stored before it was recorded have none). */
  Os?: { family: OsFamily; name: string };
  /** The scanned package inventory, for scan diffs and SBOM exports (results stored before it was kept have none). */
  Packages?: ScanPackageRecord[];
}

/** One package of a scan's inventory: enough to diff two scans and to write CycloneDX/SPDX SBOMs. */
export interface ScanPackageRecord {
  Name: string;
  Version: string;
  /** The core's ecosystem: `deb`, `apk`, `rpm`, `npm`, `pypi`, `maven`, `go`, … */
  Ecosystem: string;
  Purl?: string;
  Licenses?: string[];
  /** The file it was found in (package db, lock file, jar, binary). */
  FilePath?: string;
  SrcName?: string;
  SrcVersion?: string;
  /** Maven `group:artifact`, Go module path, … */
  Id?: string;
  /** Language packages: the application (Trivy type and file) that declares it; OS packages have none. */
  AppType?: string;
  AppPath?: string;
  LayerDigest?: string;
  LayerDiffId?: string;
}

/** A scan rule (schema v3); the API's `ScanRule` shape as stored. */
export interface ScanRuleRecord {
  ScanRuleId: string;
  InstanceId: string;
  RuleName: string;
  ScanScope: ScanRuleScope;
  TriggerType: ScanRuleTriggerType;
  ScanType: ScanRuleScanType;
  Namespaces: string[];
  RepoNames: string[];
  RepoTagFilterPattern: string;
  CreateTime: number;
  UpdateTime: number;
  NotifyMethod?: ScanRuleNotifyMethod;
  NotifyUrl?: string;
  NotifySecret?: string;
}

/** One image of a rule task, fixed when the task starts. */
export interface ScanRuleTaskImageRecord {
  Namespace: string;
  RepoName: string;
  RepoId: string;
  Tag: string;
  Digest: string;
  ScanTaskId: string;
}

/**
 * A run of a scan rule (schema v3). Its status, progress and counts are not stored: they are derived from the
 * image scan tasks named in `Images`, which recover on their own, so a rule task cannot stay SCANNING.
 */
export interface ScanRuleTaskRecord {
  RuleTaskId: string;
  InstanceId: string;
  ScanRuleId: string;
  RuleName: string;
  ScanService: ScanService;
  TriggerType: ScanRuleTriggerType;
  ScanType: ScanRuleScanType;
  StartTime: number;
  Images: ScanRuleTaskImageRecord[];
  /** When a user stopped the task (schema v4). */
  StopTime?: number;
  /** Times its failed images were scanned again (schema v4; absent = 0). */
  RetryCount?: number;
}

/** The account's cloud-security (Security Center) side (schema v4): one row, key `account`. */
export interface CloudSecurityRecord {
  key: 'account';
  AccessRoleAuthorized: boolean;
  ServiceLinkedRoleCreated: boolean;
  Subscription?: {
    SasInstanceId: string;
    ImageQuota: number;
    Period: number;
    PurchaseTime: number;
    ExpireTime: number;
  };
}

/** An order for the cloud-security engine (schema v4). */
export interface SasOrderRecord {
  OrderId: string;
  /** Absent on orders stored before 升级 existed: those are all purchases (BUY). */
  OrderType?: 'BUY' | 'UPGRADE';
  /** UPGRADE: the subscription it adds authorisations to; paying needs that one still active. */
  SasInstanceId?: string;
  Status: 'UNPAID' | 'PAID';
  ImageQuota: number;
  Period: number;
  Amount: number;
  CreateTime: number;
  PayTime?: number;
}

/** An event forwarded to Security Center by 同步 (schema v4). */
export interface SasSyncLogRecord {
  LogId: string;
  InstanceId: string;
  EventType: SasSyncEvent;
  Target: string;
  Digest?: string;
  SyncTime: number;
  Status: 'SYNCED';
}

/** A one-click fix (schema v5): the source image, the upgrades, and the new tag it pushes. */
export interface FixTaskRecord {
  /** `crfix-` + 16 lower-case alphanumerics. */
  FixTaskId: string;
  InstanceId: string;
  RepoId: string;
  SourceTag: string;
  /** Manifest digest hex of the image fixed (the scan task's). */
  SourceDigest: string;
  /** The scan task whose findings are fixed. */
  ScanTaskId: string;
  NewTag: string;
  Status: FixTaskStatus;
  CveNames: string[];
  Packages: FixPackage[];
  Command: string;
  /** The plan's OS family and release, for the worker's build. */
  OsFamily: string;
  OsName: string;
  StartTime: number;
  FinishTime?: number;
  FailReason?: string;
  /** SUCCESS, but the fixed tag's scan was refused (a reason text, see src/api/contract/reasons.ts): its image authorisation was not there. */
  ScanRefusedReason?: string;
  /** As for scan tasks: the backend instance running it, and its last sign of life. */
  RunnerId: string;
  HeartbeatTime: number;
}
