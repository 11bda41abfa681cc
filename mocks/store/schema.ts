/**
 * What the mock backend keeps in IndexedDB: one object store per resource, with the record shapes below.
 * Records use the API's field names where they map one to one, so services can answer without renaming;
 * fields the API does not expose (quotas, ready times) are ours.
 */

import type { OsFamily, ScanInspection } from '@acr-console/core';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DemoSeedName, DemoSpeed } from '@/api/contract/console';
import type {
  DemoReceiverMessage,
  EventAttempt,
  EventNotifyMethod,
  EventRecord,
  EventRule,
} from '@/api/contract/events';
import type { InstanceSpecification, InstanceStatus } from '@/api/contract/instances';
import type { RepoType } from '@/api/contract/namespaces';
import type { DeployPolicy, VulnException } from '@/api/contract/policies';
import type { AuditLog, RamAttachment, RamGroup, RamPolicy, RamUser } from '@/api/contract/ram';
import type { ReportExportFormat, ReportFrequency } from '@/api/contract/reports';
import type { SasSyncEvent } from '@/api/contract/scan-engine';
import type { FixPackage, FixTaskStatus } from '@/api/contract/scan-fix';
import type {
  ScanRuleNotifyMethod,
  ScanRuleScanType,
  ScanRuleScope,
  ScanRuleTriggerType,
} from '@/api/contract/scan-rules';
import type { ScanPhase, ScanService, ScanStatus, ScanSummary, ScanVulnerability } from '@/api/contract/scans';
import type { KeySpec, KeyState, KeyUsage, SignRule } from '@/api/contract/signing';

/** The single meta row: which world is loaded and how fast the demo runs. */
export interface MetaRecord {
  key: 'demo';
  SeedName: DemoSeedName;
  Speed: DemoSpeed;
  SeededAt: number;
  SchemaVersion: number;
  /** Schema v6: the in-app demo receiver answers DingTalk and demo-host addresses (absent = on). */
  DemoReceiverEnabled?: boolean;
  /** Schema v8: the identity the console acts as (a RAM user name; absent = the main account). */
  Identity?: string;
  /**
   * A fresh random token on every committed write to a store derived caches are built from (see
   * `GENERATION_STORES` in transactions.ts): a cache built at another token is stale, whichever tab wrote.
   */
  DataGeneration?: string;
}

export interface RegionRecord {
  RegionId: string;
  ZhName: string;
  EnName: string;
  /** Position in the console's region selector. */
  Order: number;
}

export interface InstanceQuota {
  Namespace: number;
  Repo: number;
  ChartNamespace: number;
  ChartRepo: number;
  Vpc: number;
}

export interface AclEntryRecord {
  Entry: string;
  Comment: string;
}

export interface InstanceRecord {
  InstanceId: string;
  InstanceName: string;
  RegionId: string;
  InstanceSpecification: InstanceSpecification;
  InstanceStatus: InstanceStatus;
  InstanceIssue?: string;
  ResourceGroupId: string;
  Tags: { TagKey: string; TagValue: string }[];
  CreateTime: number;
  ModifiedTime: number;
  Quota: InstanceQuota;
  /** Helm charts are not modelled yet; their usage is part of the world so GetInstanceUsage can report it. */
  ChartUsage: { Namespace: number; Repo: number };
  /** The public (internet) endpoint of the Registry module. */
  InternetEndpoint: { Enable: boolean; AclEnable: boolean; AclEntries: AclEntryRecord[] };
  /**
   * The engine chosen with 切换 (schema v4). Absent: the cloud-security engine when it is bought, else Trivy —
   * so buying it makes it every instance's default, as the console does.
   */
  ScanEngine?: ScanService;
  /** 设置 > 同步 (schema v4): forward instance and image events to Security Center. */
  SasSync?: boolean;
}

export interface NamespaceRecord {
  NamespaceId: string;
  InstanceId: string;
  NamespaceName: string;
  NamespaceStatus: 'NORMAL' | 'DELETING';
  AutoCreateRepo: boolean;
  DefaultRepoType: RepoType;
  DefaultRepoConfiguration: {
    RepoType: RepoType;
    TagImmutability: boolean;
    ArtifactBuildRuleParameters?: { ImageIndexOnly: boolean };
  };
  ResourceGroupId: string;
  CreateTime: number;
  ModifiedTime: number;
}

export interface RepositoryRecord {
  RepoId: string;
  InstanceId: string;
  RepoNamespaceName: string;
  RepoName: string;
  RepoType: RepoType;
  RepoBuildType: 'MANUAL' | 'AUTO';
  RepoStatus: 'NORMAL' | 'DELETING';
  Summary: string;
  Detail: string;
  TagImmutability: boolean;
  ResourceGroupId: string;
  CreateTime: number;
  ModifiedTime: number;
}

export interface TagRecord {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  /** Manifest digest hex (no `sha256:`); the manifest's bytes are in `blobs` under `sha256:<Digest>`. */
  Digest: string;
  /** Config digest hex. */
  ImageId: string;
  ImageSize: number;
  Status: 'NORMAL' | 'DELETING';
  ImageCreate: number;
  ImageUpdate: number;
}

/** Content-addressed bytes of a manifest, config or layer. Shared by every tag that references them. */
export interface BlobRecord {
  digest: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
}

export interface VpcRecord {
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  Status: 'Available' | 'Pending';
  RegionId: string;
  IsDefault: boolean;
  CreateTime: number;
}

export interface VSwitchRecord {
  VSwitchId: string;
  VSwitchName: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  CidrBlock: string;
  Status: 'Available' | 'Pending';
}

export interface LinkedVpcRecord {
  InstanceId: string;
  ModuleName: 'Registry' | 'Chart';
  VpcId: string;
  VswitchId: string;
  Ip: string;
  DefaultAccess: boolean;
  CreateTime: number;
  /** When the link finishes provisioning: status is CREATING before, RUNNING from then on. */
  ReadyTime: number;
}

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
  /** As for scan tasks: the backend instance running it, and its last sign of life. */
  RunnerId: string;
  HeartbeatTime: number;
}

/** An event rule (schema v6): the API's `EventRule` with its config unmasked. */
export type EventRuleRecord = EventRule;

/** What a delivery sends, kept so 重新发送 can send the same request again (never exposed as such). */
export interface EventDeliveryRecord {
  /** The address, unsigned: a DingTalk request is signed when it is sent. */
  Url: string;
  Method: EventNotifyMethod;
  Headers: Record<string, string>;
  Body: string;
  /** DingTalk 加签密钥 at the time of the event. */
  Secret?: string;
  Retries: number;
}

/**
 * One delivery of one event to one target (schema v6), with every attempt. `Attempts` of the API is the length
 * of `AttemptList`.
 */
export interface EventRecordRecord extends Omit<EventRecord, 'Attempts'> {
  AttemptList: EventAttempt[];
  Delivery: EventDeliveryRecord;
  /** The backend instance (page load) delivering it, and its last sign of life (see scan tasks). */
  RunnerId: string;
  HeartbeatTime: number;
  /** The scan task or push that fired it, for tracing. */
  Trigger?: string;
}

/** A request the in-app demo receiver answered (schema v6). */
export type DemoReceiverMessageRecord = DemoReceiverMessage;

/** A KMS-like signing key (schema v7). The private key is a non-extractable Web Crypto key (IndexedDB keeps it). */
export interface KmsKeyRecord {
  KeyId: string;
  RegionId: string;
  Description: string;
  KeySpec: KeySpec;
  KeyState: KeyState;
  CreateTime: number;
  LastUsedTime?: number;
  Fingerprint: string;
  FingerprintShort: string;
  /** SPKI PEM of the public half. */
  PublicKeyPem: string;
  PrivateKey: CryptoKey;
  PublicKey: CryptoKey;
}

/** One use of a key (schema v7): the key's usage history. */
export type KmsKeyUsageRecord = KeyUsage;

/** 证明者 (schema v7). */
export interface SignWitnessRecord {
  WitnessId: string;
  InstanceId: string;
  WitnessName: string;
  Description: string;
  KeyId: string;
  CreateTime: number;
}

/** 加签规则 (schema v7). */
export type SignRuleRecord = SignRule;

/** When 验证签名 last ran on a tag (schema v7). */
export interface SignatureCheckRecord {
  RepoId: string;
  Tag: string;
  Digest: string;
  VerifyTime: number;
}

/** A namespace's deployment policy (schema v7), the API's shape. */
export type DeployPolicyRecord = DeployPolicy;

/** A vulnerability exception (schema v7); `Expired` is derived on read, so it is not stored. */
export type VulnExceptionRecord = Omit<VulnException, 'Expired'>;

/** A RAM user (schema v8); `Groups` is the membership, kept on the user. */
export type RamUserRecord = RamUser;

/** A RAM group (schema v8); members are derived from the users' `Groups`. */
export type RamGroupRecord = Omit<RamGroup, 'Members'>;

/** A custom RAM policy (schema v8); system policies live in code. */
export type RamPolicyRecord = Omit<RamPolicy, 'AttachmentCount'>;

/** A policy attached to a user or a group (schema v8). */
export type RamAttachmentRecord = RamAttachment;

/** One audited call (schema v8). */
export type AuditLogRecord = AuditLog;

/** A scheduled security report (schema v8), delivered through a notification channel. */
export interface ReportScheduleRecord {
  ScheduleId: string;
  InstanceId: string;
  Name: string;
  /** How often it is sent. */
  Frequency: ReportFrequency;
  Format: ReportExportFormat;
  NotifyMethod: EventNotifyMethod;
  NotifyUrl: string;
  NotifySecret?: string;
  Enabled: boolean;
  CreateTime: number;
  LastRunTime?: number;
  /** The event record of the last delivery. */
  LastRecordId?: string;
  NextRunTime: number;
}

export interface AcrDbSchema extends DBSchema {
  meta: { key: string; value: MetaRecord };
  regions: { key: string; value: RegionRecord };
  instances: { key: string; value: InstanceRecord; indexes: { 'by-region': string } };
  namespaces: {
    key: string;
    value: NamespaceRecord;
    indexes: { 'by-instance': string; 'by-instance-name': [string, string] };
  };
  repositories: {
    key: string;
    value: RepositoryRecord;
    indexes: { 'by-instance': string; 'by-namespace': [string, string]; 'by-instance-path': [string, string, string] };
  };
  tags: { key: [string, string]; value: TagRecord; indexes: { 'by-repo': string; 'by-instance': string } };
  blobs: { key: string; value: BlobRecord };
  vpcs: { key: string; value: VpcRecord; indexes: { 'by-region': string } };
  vswitches: { key: string; value: VSwitchRecord; indexes: { 'by-vpc': string; 'by-region': string } };
  linkedVpcs: {
    key: [string, string, string];
    value: LinkedVpcRecord;
    indexes: { 'by-instance': string; 'by-vswitch': string };
  };
  scanTasks: {
    key: string;
    value: ScanTaskRecord;
    indexes: {
      'by-tag': [string, string, string];
      'by-status': string;
      'by-instance': string;
      'by-rule-task': string;
    };
  };
  scanResults: { key: string; value: ScanResultRecord };
  scanRules: {
    key: string;
    value: ScanRuleRecord;
    indexes: { 'by-instance': string; 'by-instance-name': [string, string] };
  };
  scanRuleTasks: {
    key: string;
    value: ScanRuleTaskRecord;
    indexes: { 'by-instance': string; 'by-rule': string };
  };
  cloudSecurity: { key: string; value: CloudSecurityRecord };
  sasOrders: { key: string; value: SasOrderRecord };
  sasSyncLogs: { key: string; value: SasSyncLogRecord; indexes: { 'by-instance': string } };
  fixTasks: {
    key: string;
    value: FixTaskRecord;
    indexes: { 'by-tag': [string, string, string]; 'by-scan-task': string; 'by-instance': string };
  };
  eventRules: {
    key: string;
    value: EventRuleRecord;
    indexes: { 'by-instance': string; 'by-instance-name': [string, string] };
  };
  eventRecords: { key: string; value: EventRecordRecord; indexes: { 'by-instance': string; 'by-rule': string } };
  demoReceiverMessages: { key: string; value: DemoReceiverMessageRecord };
  kmsKeys: { key: string; value: KmsKeyRecord; indexes: { 'by-region': string } };
  kmsKeyUsage: { key: string; value: KmsKeyUsageRecord; indexes: { 'by-key': string } };
  signWitnesses: {
    key: string;
    value: SignWitnessRecord;
    indexes: { 'by-instance': string; 'by-instance-name': [string, string] };
  };
  signRules: {
    key: string;
    value: SignRuleRecord;
    indexes: { 'by-instance': string; 'by-instance-name': [string, string] };
  };
  signatureChecks: { key: [string, string]; value: SignatureCheckRecord };
  deployPolicies: {
    key: string;
    value: DeployPolicyRecord;
    indexes: { 'by-instance': string; 'by-instance-namespace': [string, string] };
  };
  vulnExceptions: { key: string; value: VulnExceptionRecord; indexes: { 'by-instance': string } };
  ramUsers: { key: string; value: RamUserRecord };
  ramGroups: { key: string; value: RamGroupRecord };
  ramPolicies: { key: string; value: RamPolicyRecord };
  ramAttachments: {
    key: [string, string, string, string];
    value: RamAttachmentRecord;
    indexes: { 'by-policy': [string, string] };
  };
  auditLogs: { key: string; value: AuditLogRecord; indexes: { 'by-time': number } };
  reportSchedules: { key: string; value: ReportScheduleRecord; indexes: { 'by-instance': string } };
}

export type StoreName = StoreNames<AcrDbSchema>;
export type AcrDatabase = IDBPDatabase<AcrDbSchema>;
export type AcrTransaction<Mode extends IDBTransactionMode> = IDBPTransaction<AcrDbSchema, StoreName[], Mode>;

/** Every object store, in the order a full wipe or a full world write touches them. */
export const ALL_STORES: readonly StoreName[] = [
  'meta',
  'regions',
  'instances',
  'namespaces',
  'repositories',
  'tags',
  'blobs',
  'vpcs',
  'vswitches',
  'linkedVpcs',
  'scanTasks',
  'scanResults',
  'scanRules',
  'scanRuleTasks',
  'cloudSecurity',
  'sasOrders',
  'sasSyncLogs',
  'fixTasks',
  'eventRules',
  'eventRecords',
  'demoReceiverMessages',
  'kmsKeys',
  'kmsKeyUsage',
  'signWitnesses',
  'signRules',
  'signatureChecks',
  'deployPolicies',
  'vulnExceptions',
  'ramUsers',
  'ramGroups',
  'ramPolicies',
  'ramAttachments',
  'auditLogs',
  'reportSchedules',
];

/** The key of the cloud-security account row. */
export const CLOUD_SECURITY_KEY = 'account';

/** The key of the single meta row. */
export const META_KEY = 'demo';
