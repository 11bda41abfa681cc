/**
 * Schema migrations of the `acr-console` database, applied in order during IndexedDB's upgrade transaction.
 *
 * To change the schema, append an entry with the next version; never edit a released one, because browsers
 * that already ran it will not run it again. Migrations see the database untyped: the record types in
 * `schema.ts` describe the latest version only.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';

export interface Migration {
  version: number;
  description: string;
  /** Runs inside the upgrade transaction; only IndexedDB calls may happen here (no other awaits). */
  migrate(db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>): void;
}

export const DB_NAME = 'acr-console';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'object stores and indexes of the first release',
    migrate(db) {
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('regions', { keyPath: 'RegionId' });

      const instances = db.createObjectStore('instances', { keyPath: 'InstanceId' });
      instances.createIndex('by-region', 'RegionId');

      const namespaces = db.createObjectStore('namespaces', { keyPath: 'NamespaceId' });
      namespaces.createIndex('by-instance', 'InstanceId');
      // Unique, so even a bug in a service cannot store two namespaces of the same name in one instance.
      namespaces.createIndex('by-instance-name', ['InstanceId', 'NamespaceName'], { unique: true });

      const repositories = db.createObjectStore('repositories', { keyPath: 'RepoId' });
      repositories.createIndex('by-instance', 'InstanceId');
      repositories.createIndex('by-namespace', ['InstanceId', 'RepoNamespaceName']);
      repositories.createIndex('by-instance-path', ['InstanceId', 'RepoNamespaceName', 'RepoName'], { unique: true });

      const tags = db.createObjectStore('tags', { keyPath: ['RepoId', 'Tag'] });
      tags.createIndex('by-repo', 'RepoId');
      tags.createIndex('by-instance', 'InstanceId');

      db.createObjectStore('blobs', { keyPath: 'digest' });

      const vpcs = db.createObjectStore('vpcs', { keyPath: 'VpcId' });
      vpcs.createIndex('by-region', 'RegionId');

      const vswitches = db.createObjectStore('vswitches', { keyPath: 'VSwitchId' });
      vswitches.createIndex('by-vpc', 'VpcId');
      vswitches.createIndex('by-region', 'RegionId');

      const linked = db.createObjectStore('linkedVpcs', { keyPath: ['InstanceId', 'ModuleName', 'VpcId'] });
      linked.createIndex('by-instance', 'InstanceId');
      linked.createIndex('by-vswitch', 'VswitchId');
    },
  },
  {
    version: 2,
    description: 'image scans: scan tasks (by tag, by status) and their results',
    migrate(db) {
      const tasks = db.createObjectStore('scanTasks', { keyPath: 'ScanTaskId' });
      tasks.createIndex('by-tag', ['InstanceId', 'RepoId', 'Tag']);
      tasks.createIndex('by-status', 'Status');
      tasks.createIndex('by-instance', 'InstanceId');
      db.createObjectStore('scanResults', { keyPath: 'ScanTaskId' });
    },
  },
  {
    version: 3,
    description: 'scan rules and their batch tasks; image scan tasks indexed by their rule task',
    migrate(db, tx) {
      const rules = db.createObjectStore('scanRules', { keyPath: 'ScanRuleId' });
      rules.createIndex('by-instance', 'InstanceId');
      // Unique: a rule name is unique per instance even if two writers race past the service's check.
      rules.createIndex('by-instance-name', ['InstanceId', 'RuleName'], { unique: true });
      const ruleTasks = db.createObjectStore('scanRuleTasks', { keyPath: 'RuleTaskId' });
      ruleTasks.createIndex('by-instance', 'InstanceId');
      ruleTasks.createIndex('by-rule', 'ScanRuleId');
      // Existing (v2) tasks have no RuleTaskId and simply stay out of this index.
      tx.objectStore('scanTasks').createIndex('by-rule-task', 'RuleTaskId');
    },
  },
  {
    version: 4,
    description: 'the cloud-security engine: account roles and subscription, orders, sync log',
    migrate(db) {
      db.createObjectStore('cloudSecurity', { keyPath: 'key' });
      db.createObjectStore('sasOrders', { keyPath: 'OrderId' });
      const logs = db.createObjectStore('sasSyncLogs', { keyPath: 'LogId' });
      logs.createIndex('by-instance', 'InstanceId');
    },
  },
  {
    version: 5,
    description: 'one-click fix (一键修复) tasks, by source tag and by the scan task they fix',
    migrate(db) {
      const fixes = db.createObjectStore('fixTasks', { keyPath: 'FixTaskId' });
      fixes.createIndex('by-tag', ['InstanceId', 'RepoId', 'SourceTag']);
      fixes.createIndex('by-scan-task', 'ScanTaskId');
      fixes.createIndex('by-instance', 'InstanceId');
    },
  },
  {
    version: 6,
    description: 'event center: event rules, event records (attempts inside), demo receiver messages',
    migrate(db) {
      const rules = db.createObjectStore('eventRules', { keyPath: 'RuleId' });
      rules.createIndex('by-instance', 'InstanceId');
      // Unique: a rule name is unique per instance even if two writers race past the service's check.
      rules.createIndex('by-instance-name', ['InstanceId', 'RuleName'], { unique: true });
      const records = db.createObjectStore('eventRecords', { keyPath: 'RecordId' });
      records.createIndex('by-instance', 'InstanceId');
      records.createIndex('by-rule', 'RuleId');
      db.createObjectStore('demoReceiverMessages', { keyPath: 'MessageId' });
    },
  },
  {
    version: 7,
    description: 'image signing (keys, usage, witnesses, signing rules, verify times), deployment policies, exceptions',
    migrate(db) {
      const keys = db.createObjectStore('kmsKeys', { keyPath: 'KeyId' });
      keys.createIndex('by-region', 'RegionId');
      const usage = db.createObjectStore('kmsKeyUsage', { keyPath: 'UsageId' });
      usage.createIndex('by-key', 'KeyId');
      const witnesses = db.createObjectStore('signWitnesses', { keyPath: 'WitnessId' });
      witnesses.createIndex('by-instance', 'InstanceId');
      witnesses.createIndex('by-instance-name', ['InstanceId', 'WitnessName'], { unique: true });
      const rules = db.createObjectStore('signRules', { keyPath: 'SignRuleId' });
      rules.createIndex('by-instance', 'InstanceId');
      rules.createIndex('by-instance-name', ['InstanceId', 'RuleName'], { unique: true });
      db.createObjectStore('signatureChecks', { keyPath: ['RepoId', 'Tag'] });
      const policies = db.createObjectStore('deployPolicies', { keyPath: 'PolicyId' });
      policies.createIndex('by-instance', 'InstanceId');
      // Unique: one policy per namespace even if two writers race past the service's check.
      policies.createIndex('by-instance-namespace', ['InstanceId', 'NamespaceName'], { unique: true });
      const exceptions = db.createObjectStore('vulnExceptions', { keyPath: 'ExceptionId' });
      exceptions.createIndex('by-instance', 'InstanceId');
    },
  },
  {
    version: 8,
    description: 'RAM users, groups, custom policies, attachments; the audit log; scheduled security reports',
    migrate(db) {
      db.createObjectStore('ramUsers', { keyPath: 'UserName' });
      db.createObjectStore('ramGroups', { keyPath: 'GroupName' });
      db.createObjectStore('ramPolicies', { keyPath: 'PolicyName' });
      const attachments = db.createObjectStore('ramAttachments', {
        keyPath: ['PrincipalType', 'PrincipalName', 'PolicyType', 'PolicyName'],
      });
      attachments.createIndex('by-policy', ['PolicyType', 'PolicyName']);
      const audit = db.createObjectStore('auditLogs', { keyPath: 'LogId' });
      audit.createIndex('by-time', 'Time');
      const schedules = db.createObjectStore('reportSchedules', { keyPath: 'ScheduleId' });
      schedules.createIndex('by-instance', 'InstanceId');
    },
  },
];

/** The version this build of the console opens the database with: the last migration's. */
export const SCHEMA_VERSION = latestVersion(MIGRATIONS);

/** The version a list of migrations brings a database to. */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Runs, in order, every migration newer than the version the database had. */
export function runMigrations(
  migrations: readonly Migration[],
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): void {
  for (const migration of migrations) {
    if (migration.version > oldVersion) migration.migrate(db, tx);
  }
}
