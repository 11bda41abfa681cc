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
import type { AcrTransaction, StoreName } from './schema';

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
 * Runs `fn` in a readwrite transaction over `stores` and resolves once the transaction committed. If `fn`
 * throws (a business rule failed), the transaction is aborted so none of its writes persist, and the error
 * is rethrown.
 */
export async function write<T>(
  store: Store,
  stores: readonly StoreName[],
  fn: (tx: AcrTransaction<'readwrite'>) => Promise<T>,
): Promise<T> {
  const db = await store.db();
  const tx = db.transaction([...stores], 'readwrite');
  let result: T;
  try {
    result = await fn(tx);
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
  return result;
}
