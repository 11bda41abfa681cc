import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../handlers';
import { backend, server, TEST_API_URL } from '../node';
import { createServiceContext } from '../services/context';
import { ensureWorld } from '../services/demo';
import { BusinessFailure } from '../services/errors';
import { createNamespace, getNamespace, listNamespaces } from '../services/namespaces';
import { actionQuery, callAction, instanceByName, rawCall } from '../testing/api';
import { countRecords } from '../testing/store-access';
import { StoreUnavailableError } from './database';
import { DB_NAME, MIGRATIONS, type Migration, SCHEMA_VERSION } from './migrations';
import { read, write } from './transactions';

/** A next release that adds a store and an index, the way a real upgrade would be written. */
const V2: Migration = {
  version: SCHEMA_VERSION + 1,
  description: 'test upgrade: signing rules',
  migrate(db, tx) {
    const rules = db.createObjectStore('signingRules', { keyPath: 'RuleId' });
    rules.createIndex('by-instance', 'InstanceId');
    tx.objectStore('repositories').createIndex('by-name', 'RepoName');
  },
};

/** An old tab: a plain connection that ignores `versionchange`, so it blocks upgrades. */
function openStubbornConnection(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('persistence', () => {
  it('keeps what was written after the connection is closed and reopened', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'survives-reload' });
    backend.store.close();
    const ns = await callAction('GetNamespace', { InstanceId, NamespaceName: 'survives-reload' });
    expect(ns.NamespaceName).toBe('survives-reload');
  });

  it('is seen by a second, independent connection (another tab)', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'shared' });
    const otherTab = createServiceContext();
    const ns = await getNamespace(otherTab, { InstanceId, NamespaceName: 'shared' });
    expect(ns.NamespaceName).toBe('shared');
    otherTab.store.close();
  });

  it('seeds only once: a reopened database keeps the world and its changes', async () => {
    const first = await callAction('GetDemoState', {});
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await callAction('DeleteNamespace', { InstanceId, NamespaceName: 'ops' });
    backend.store.close();
    const again = await callAction('GetDemoState', {});
    expect(again.SeededAt).toBe(first.SeededAt);
    const { Namespaces } = await callAction('ListNamespace', { InstanceId });
    expect(Namespaces.map((ns) => ns.NamespaceName)).not.toContain('ops');
  });
});

describe('migrations', () => {
  it('creates every store and index of the latest version', async () => {
    await callAction('GetDemoState', {});
    const db = await backend.store.db();
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'blobs',
        'cloudSecurity',
        'demoReceiverMessages',
        'eventRecords',
        'eventRules',
        'fixTasks',
        'instances',
        'linkedVpcs',
        'meta',
        'namespaces',
        'regions',
        'repositories',
        'sasOrders',
        'sasSyncLogs',
        'scanResults',
        'scanRuleTasks',
        'scanRules',
        'scanTasks',
        'tags',
        'vpcs',
        'vswitches',
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
      ].sort(),
    );
    const tx = db.transaction(['namespaces', 'scanTasks', 'scanRules', 'scanRuleTasks']);
    expect(tx.objectStore('namespaces').index('by-instance-name').unique).toBe(true);
    expect([...tx.objectStore('scanTasks').indexNames].sort()).toEqual([
      'by-instance',
      'by-rule-task',
      'by-status',
      'by-tag',
    ]);
    expect(tx.objectStore('scanRules').index('by-instance-name').unique).toBe(true);
    expect([...tx.objectStore('scanRuleTasks').indexNames].sort()).toEqual(['by-instance', 'by-rule']);
    await tx.done;
    expect([...db.transaction('sasSyncLogs').objectStore('sasSyncLogs').indexNames]).toEqual(['by-instance']);
    expect([...db.transaction('fixTasks').objectStore('fixTasks').indexNames].sort()).toEqual([
      'by-instance',
      'by-scan-task',
      'by-tag',
    ]);
    const events = db.transaction(['eventRules', 'eventRecords']);
    expect(events.objectStore('eventRules').index('by-instance-name').unique).toBe(true);
    expect([...events.objectStore('eventRules').indexNames].sort()).toEqual(['by-instance', 'by-instance-name']);
    expect([...events.objectStore('eventRecords').indexNames].sort()).toEqual(['by-instance', 'by-rule']);
    await events.done;
    const v7 = db.transaction(['signWitnesses', 'signRules', 'deployPolicies', 'kmsKeys']);
    expect(v7.objectStore('signWitnesses').index('by-instance-name').unique).toBe(true);
    expect(v7.objectStore('signRules').index('by-instance-name').unique).toBe(true);
    // One deployment policy per namespace, even against racing writers.
    expect(v7.objectStore('deployPolicies').index('by-instance-namespace').unique).toBe(true);
    expect([...v7.objectStore('kmsKeys').indexNames]).toEqual(['by-region']);
    await v7.done;
    const v8 = db.transaction(['ramAttachments', 'auditLogs']);
    expect([...v8.objectStore('ramAttachments').indexNames]).toEqual(['by-policy']);
    expect([...v8.objectStore('auditLogs').indexNames]).toEqual(['by-time']);
    await v8.done;
  });

  it('upgrades a version-1 database to the latest (v1 → … → v8), keeping its records', async () => {
    const v1 = createServiceContext({ migrations: MIGRATIONS.slice(0, 1) });
    const region = { RegionId: 'cn-test', ZhName: '测试', EnName: 'Test', Order: 1 };
    await write(v1.store, ['regions'], async (tx) => {
      await tx.objectStore('regions').put(region);
    });
    expect((await v1.store.db()).objectStoreNames.contains('scanTasks' as never)).toBe(false);
    v1.store.close();
    backend.store.close();
    const db = await backend.store.db();
    expect(db.version).toBe(8);
    expect(SCHEMA_VERSION).toBe(8);
    for (const name of [
      'scanTasks',
      'scanResults',
      'scanRules',
      'scanRuleTasks',
      'cloudSecurity',
      'fixTasks',
      'eventRules',
      'eventRecords',
      'demoReceiverMessages',
      'kmsKeys',
      'deployPolicies',
      'vulnExceptions',
      'ramUsers',
      'auditLogs',
    ] as const) {
      expect(db.objectStoreNames.contains(name)).toBe(true);
    }
    expect(await read(backend.store, ['regions'], (tx) => tx.objectStore('regions').get('cn-test'))).toEqual(region);
  });

  it('upgrades a version-2 database to the latest, keeping its scan tasks (findable by the new index)', async () => {
    const v2 = createServiceContext({ migrations: MIGRATIONS.slice(0, 2) });
    const task = {
      ScanTaskId: 'A1B2C3D4-0000-4000-8000-000000000001',
      InstanceId: 'cri-test',
      RepoId: 'crr-test',
      Tag: 'v1',
      Digest: '0'.repeat(64),
      ScanService: 'ACR_SCAN_SERVICE',
      Status: 'COMPLETE',
      Phase: 'DONE',
      Progress: 100,
      StartTime: 1,
      FinishTime: 2,
      RunnerId: 'old',
      HeartbeatTime: 2,
    } as const;
    await write(v2.store, ['scanTasks'], async (tx) => {
      await tx.objectStore('scanTasks').put(task);
    });
    expect((await v2.store.db()).objectStoreNames.contains('scanRules' as never)).toBe(false);
    v2.store.close();
    backend.store.close();
    const db = await backend.store.db();
    expect(db.version).toBe(8);
    const stored = await read(backend.store, ['scanTasks'], async (tx) => ({
      task: await tx.objectStore('scanTasks').get(task.ScanTaskId),
      byRuleTask: await tx.objectStore('scanTasks').index('by-rule-task').count(),
    }));
    expect(stored).toEqual({ task, byRuleTask: 0 });
  });

  it('upgrades an existing database by running only the new migration, keeping the data', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'before-upgrade' });
    backend.store.close();

    const upgraded = createServiceContext({ migrations: [...MIGRATIONS, V2] });
    const db = await upgraded.store.db();
    expect(db.version).toBe(SCHEMA_VERSION + 1);
    expect(db.objectStoreNames.contains('signingRules' as never)).toBe(true);
    const ns = await getNamespace(upgraded, { InstanceId, NamespaceName: 'before-upgrade' });
    expect(ns.NamespaceName).toBe('before-upgrade');
    expect((await ensureWorld(upgraded)).SeedName).toBe('default');
    upgraded.store.close();
  });

  it('lets an older tab step aside when a newer one upgrades, and tells the older tab to reload', async () => {
    await callAction('GetDemoState', {});
    const upgraded = createServiceContext({ migrations: [...MIGRATIONS, V2] });
    await upgraded.store.db();
    const error = await rawCall(actionQuery('GetDemoState'));
    expect(error.status).toBe(500);
    expect(error.body).toMatchObject({ Code: 'SystemError' });
    expect(String(error.body.Message)).toMatch(/newer version of the console/);
    upgraded.store.close();
  });

  it('reports a blocked upgrade as a readable SystemError instead of hanging', async () => {
    await callAction('GetDemoState', {});
    backend.store.close();
    const oldTab = await openStubbornConnection(SCHEMA_VERSION);
    const upgraded = createServiceContext({ migrations: [...MIGRATIONS, V2], blockedTimeoutMs: 30 });
    await expect(upgraded.store.db()).rejects.toBeInstanceOf(StoreUnavailableError);

    server.use(...createHandlers(TEST_API_URL, { context: upgraded, latency: false }));
    const res = await rawCall(actionQuery('GetDemoState'));
    expect(res.status).toBe(500);
    expect(res.body.Code).toBe('SystemError');
    expect(String(res.body.Message)).toMatch(/another tab/);

    // Once the old tab is gone, the waiting upgrade goes through and requests succeed again.
    oldTab.close();
    await vi.waitFor(async () => {
      const ok = await rawCall(actionQuery('GetDemoState'));
      expect(ok.body).toMatchObject({ IsSuccess: true, SchemaVersion: SCHEMA_VERSION + 1 });
    });
    upgraded.store.close();
  });

  it('reports a browser without IndexedDB as a readable SystemError', async () => {
    const saved = globalThis.indexedDB;
    backend.store.close();
    Reflect.deleteProperty(globalThis, 'indexedDB');
    try {
      const res = await rawCall(actionQuery('GetDemoState'));
      expect(res.status).toBe(500);
      expect(String(res.body.Message)).toMatch(/IndexedDB/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('several tabs at once', () => {
  it('creates a namespace exactly once when two tabs create it at the same moment', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    const tabA = createServiceContext();
    const tabB = createServiceContext();
    const results = await Promise.allSettled([
      createNamespace(tabA, { InstanceId, NamespaceName: 'race' }),
      createNamespace(tabB, { InstanceId, NamespaceName: 'race' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(BusinessFailure);
    expect(rejected?.status === 'rejected' && (rejected.reason as BusinessFailure).code).toBe(
      'NAMESPACE_ALREADY_EXIST',
    );
    const list = await listNamespaces(tabA, { InstanceId, NamespaceName: 'race' });
    expect(list.Namespaces).toHaveLength(1);
    tabA.store.close();
    tabB.store.close();
  });

  it('seeds the world once when two tabs start on an empty database together', async () => {
    const tabA = createServiceContext();
    const tabB = createServiceContext();
    const [a, b] = await Promise.all([ensureWorld(tabA), ensureWorld(tabB)]);
    expect(a.SeededAt).toBe(b.SeededAt);
    expect(await countRecords(tabA, 'instances')).toBe(6);
    const namespaces = await read(tabA.store, ['namespaces'], (tx) => tx.objectStore('namespaces').getAll());
    expect(new Set(namespaces.map((ns) => `${ns.InstanceId}/${ns.NamespaceName}`)).size).toBe(namespaces.length);
    tabA.store.close();
    tabB.store.close();
  });

  it('does not reseed over a tab that already changed the world', async () => {
    const tabA = createServiceContext();
    await ensureWorld(tabA);
    const { InstanceId } = await instanceByName('acr-prod-hz');
    await createNamespace(tabA, { InstanceId, NamespaceName: 'made-in-a' });
    const tabB = createServiceContext();
    await ensureWorld(tabB);
    expect((await getNamespace(tabB, { InstanceId, NamespaceName: 'made-in-a' })).NamespaceName).toBe('made-in-a');
    tabA.store.close();
    tabB.store.close();
  });
});
