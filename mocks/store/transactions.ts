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
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return result;
}
