/**
 * Transaction helpers. A mutation reads its preconditions and writes its changes in ONE readwrite
 * transaction: IndexedDB runs overlapping readwrite transactions one after another, even across tabs, so a
 * check made inside the transaction still holds when the write lands.
 *
 * IndexedDB commits a transaction as soon as it has no pending request at the end of a task, so the callback
 * must not await anything but requests of this transaction (no hashing, no fetch, no timers). Do such work
 * before calling `write`.
 */
import type { Store } from './database';
import { type AcrTransaction, META_KEY, type MetaRecord, type StoreName } from './schema';

/**
 * The stores the security report, the vulnerability search and their exports are built from. Every write
 * transaction over one of them gives the meta row a new `DataGeneration` when it commits, so caches derived
 * from them (`services/findings-index.ts`) compare one token instead of trusting every service to invalidate
 * them: no write can forget, and a write from another tab (same database) changes the token just the same.
 */
export const GENERATION_STORES: ReadonlySet<StoreName> = new Set<StoreName>([
  'instances',
  'namespaces',
  'repositories',
  'tags',
  'scanTasks',
  'scanResults',
  'fixTasks',
  'vulnExceptions',
]);

/** The data generation as of `tx` (undefined before a world is loaded: then nothing may be cached). */
export async function dataGeneration(
  tx: AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>,
): Promise<string | undefined> {
  return (await tx.objectStore('meta').get(META_KEY))?.DataGeneration;
}

/**
 * Stamps a new generation inside the writing transaction, so it commits (or aborts) with the write. Answers
 * false, without failing the write, when the transaction is no longer active (its callback awaited something
 * else than its own requests, so it has committed already): the caller then stamps after the commit.
 */
function bumpInTransaction(tx: AcrTransaction<'readwrite'>): Promise<boolean> {
  let pending: Promise<MetaRecord | undefined>;
  try {
    // Throws at once (TransactionInactiveError / InvalidStateError) when the transaction is not active.
    pending = tx.objectStore('meta').get(META_KEY);
  } catch {
    return Promise.resolve(false);
  }
  return pending.then(async (row) => {
    // No world yet (or the write removed it): nothing can have been cached against this database.
    if (row) await tx.objectStore('meta').put({ ...row, DataGeneration: crypto.randomUUID() });
    return true;
  });
}

/**
 * Stamps a new generation in a transaction of its own, after a write committed without one. Until it lands a
 * reader may cache the new data under the old token; that only costs a rebuild, never a stale answer.
 */
async function bumpAfterCommit(store: Store): Promise<void> {
  const tx = (await store.db()).transaction(['meta'], 'readwrite');
  const row = await tx.objectStore('meta').get(META_KEY);
  if (row) await tx.objectStore('meta').put({ ...row, DataGeneration: crypto.randomUUID() });
  await tx.done;
}

/**
 * A write was refused because the browser's storage quota for the site is used up. The transaction was
 * aborted, so none of its writes persist and the data stored before is untouched.
 */
export class StorageQuotaError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(
      'The browser refused to store more data for the demo console (storage quota exceeded). Nothing of this ' +
        'change was saved; the data stored before is intact. Free some site data or reset the demo world, then retry.',
      options,
    );
    this.name = 'StorageQuotaError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false;
  // Chromium names it QuotaExceededError; old Firefox builds used NS_ERROR_DOM_QUOTA_REACHED.
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A quota error, wherever it surfaced (a request, or the commit), becomes a `StorageQuotaError`. */
function quotaAware(error: unknown): unknown {
  if (error instanceof StorageQuotaError || !isQuotaError(error)) return error;
  return new StorageQuotaError({ cause: error });
}

/** Runs `fn` in a readonly transaction over `stores`. */
export async function read<T>(
  store: Store,
  stores: readonly StoreName[],
  fn: (tx: AcrTransaction<'readonly'>) => Promise<T>,
): Promise<T> {
  const db = await store.db();
  const tx = db.transaction([...stores], 'readonly');
  const result = await fn(tx);
  await tx.done;
  return result;
}

/**
 * Runs `fn` in a readwrite transaction over `stores` (plus `meta` when one of them is in `GENERATION_STORES`,
 * whose `DataGeneration` it then renews) and resolves once the transaction committed. If `fn`
 * throws (a business rule failed), the transaction is aborted so none of its writes persist, and the error
 * is rethrown. `renewsGeneration: false` is for writes nothing derived reads (a running scan's phase, progress
 * and heartbeat): a batch scan writes those every step, and renewing the token each time would rebuild every
 * cache on every request while it runs.
 */
export async function write<T>(
  store: Store,
  stores: readonly StoreName[],
  fn: (tx: AcrTransaction<'readwrite'>) => Promise<T>,
  options: { renewsGeneration?: boolean } = {},
): Promise<T> {
  const db = await store.db();
  const tracked = options.renewsGeneration !== false && stores.some((name) => GENERATION_STORES.has(name));
  const scope = tracked && !stores.includes('meta') ? [...stores, 'meta' as const] : [...stores];
  const tx = db.transaction(scope, 'readwrite');
  let result: T;
  let stamped: boolean;
  try {
    result = await fn(tx);
    // After `fn`, so a world replaced by `fn` (meta row cleared and rewritten) still gets a new token.
    stamped = tracked ? await bumpInTransaction(tx) : true;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished (e.g. aborted by a failed request); nothing left to undo.
    }
    // A request refused for quota may have been caught by `fn`; the transaction's own error then says so.
    await tx.done.catch(() => undefined);
    throw quotaAware(isQuotaError(tx.error) ? tx.error : error);
  }
  try {
    await tx.done;
  } catch (error) {
    // The commit itself can be refused for quota: the whole transaction is rolled back.
    throw quotaAware(isQuotaError(tx.error) ? tx.error : error);
  }
  if (!stamped) await bumpAfterCommit(store);
  return result;
}
