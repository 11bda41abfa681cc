/**
 * IndexedDB quota exhaustion: a write the browser refuses for quota ends the request with the readable
 * business error STORAGE_QUOTA_EXCEEDED, and the whole transaction is rolled back, keeping what was stored.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUSINESS_ERRORS } from '@/api/contract/errors';
import { backend } from '../node';
import { callAction, callError, instanceByName } from '../testing/api';
import type { NamespaceRecord } from './schema';
import { read, StorageQuotaError, write } from './transactions';

/** Makes every `put` into `storeName` throw the browser's QuotaExceededError, as a full disk does. */
function exhaustQuotaOf(storeName: string) {
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('storage quota exhausted', () => {
  it('answers STORAGE_QUOTA_EXCEEDED with a readable message and stores nothing', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    const before = await callAction('ListNamespace', { InstanceId, PageSize: 100 });
    exhaustQuotaOf('namespaces');
    const error = await callError('CreateNamespace', { InstanceId, NamespaceName: 'no-room-left' });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'STORAGE_QUOTA_EXCEEDED', status: 200 });
    expect(error.message).toMatch(/quota/i);
    vi.restoreAllMocks();

    // Existing data is intact and the refused namespace does not exist; writing works again once there is room.
    const after = await callAction('ListNamespace', { InstanceId, PageSize: 100 });
    expect(after.Namespaces.map((ns) => ns.NamespaceName)).toEqual(before.Namespaces.map((ns) => ns.NamespaceName));
    await callAction('CreateNamespace', { InstanceId, NamespaceName: 'room-again' });
    expect((await callAction('GetNamespace', { InstanceId, NamespaceName: 'room-again' })).NamespaceName).toBe(
      'room-again',
    );
  });

  it('rolls back the writes the transaction made before the refused one', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    const template = await read(backend.store, ['namespaces'], async (tx) => {
      const all = await tx.objectStore('namespaces').getAll();
      return all[0] as NamespaceRecord;
    });
    const original = IDBObjectStore.prototype.put;
    let puts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      puts += 1;
      if (puts === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const attempt = write(backend.store, ['namespaces'], async (tx) => {
      await tx.objectStore('namespaces').put({ ...template, NamespaceId: 'ns-first', NamespaceName: 'first' });
      await tx.objectStore('namespaces').put({ ...template, NamespaceId: 'ns-second', NamespaceName: 'second' });
    });
    await expect(attempt).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(attempt).rejects.toThrow(/Nothing of this change was saved/);
    vi.restoreAllMocks();
    const names = await read(backend.store, ['namespaces'], async (tx) =>
      (await tx.objectStore('namespaces').getAll()).filter((ns) => ns.InstanceId === InstanceId),
    );
    expect(names.map((ns) => ns.NamespaceName)).not.toContain('first');
  });

  it('maps a quota refusal reported at commit (the transaction aborted with QuotaExceededError)', async () => {
    await instanceByName('acr-prod-hz');
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = original.apply(this, args);
      // What Chromium does when the disk fills at commit: the transaction aborts with the quota error
      // (fake-indexeddb's internal abort with a reason; the public abort() has none).
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    const template = await read(backend.store, ['namespaces'], async (tx) => {
      const all = await tx.objectStore('namespaces').getAll();
      return all[0] as NamespaceRecord;
    });
    const attempt = write(backend.store, ['namespaces'], async (tx) => {
      await tx.objectStore('namespaces').put({ ...template, NamespaceId: 'ns-commit', NamespaceName: 'commit' });
    });
    await expect(attempt).rejects.toBeInstanceOf(StorageQuotaError);
  });

  it('has a business message in the contract', () => {
    expect(BUSINESS_ERRORS.STORAGE_QUOTA_EXCEEDED).toMatch(/quota/);
  });
});
