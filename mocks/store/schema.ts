/**
 * What the mock backend keeps in IndexedDB: one object store per resource, with the record shapes in
 * ./records/ (one file per area).
 * Records use the API's field names where they map one to one, so services can answer without renaming;
 * fields the API does not expose (quotas, ready times) are ours.
 */

import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  AuditLogRecord,
  RamAttachmentRecord,
  RamGroupRecord,
  RamPolicyRecord,
  RamUserRecord,
  ReportScheduleRecord,
} from './records/access';
import type { DemoReceiverMessageRecord, EventRecordRecord, EventRuleRecord } from './records/events';
import type {
  BlobRecord,
  InstanceRecord,
  LinkedVpcRecord,
  MetaRecord,
  NamespaceRecord,
  RegionRecord,
  RepositoryRecord,
  TagRecord,
  VpcRecord,
  VSwitchRecord,
} from './records/registry';
import type {
  CloudSecurityRecord,
  FixTaskRecord,
  SasOrderRecord,
  SasSyncLogRecord,
  ScanResultRecord,
  ScanRuleRecord,
  ScanRuleTaskRecord,
  ScanTaskRecord,
} from './records/scans';
import type {
  DeployPolicyRecord,
  KmsKeyRecord,
  KmsKeyUsageRecord,
  SignatureCheckRecord,
  SignRuleRecord,
  SignWitnessRecord,
  VulnExceptionRecord,
} from './records/trust';

export type * from './records/access';
export type * from './records/events';
export type * from './records/registry';
export type * from './records/scans';
export type * from './records/trust';

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
