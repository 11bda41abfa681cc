/**
 * Derived data kept between requests by one backend instance (one page load, or one test context), valid for
 * one data generation (`DataGeneration` of the meta row, renewed by every write over the stores it is built
 * from: see `GENERATION_STORES` in store/transactions.ts). A request reads the generation in its own read
 * transaction and only uses entries of that generation, so a write in this tab or another one is seen by the
 * next request. Only settled values are kept: a request never waits on another request's transaction.
 *
 * Nothing time-dependent may be cached here (exceptions expiring, RAM conditions on the time): callers cache
 * the stored rows and decide those per request.
 */
import type { Store } from '../store/database';

interface GenerationEntries {
  generation: string;
  entries: Map<string, unknown>;
}

/** Per store handle, so two contexts on one database behave like two tabs (each its own cache). */
const caches = new WeakMap<Store, GenerationEntries>();

function entriesOf(store: Store, generation: string): Map<string, unknown> {
  let cache = caches.get(store);
  // A new generation drops everything built before it: only one generation is ever held.
  if (!cache || cache.generation !== generation) {
    cache = { generation, entries: new Map() };
    caches.set(store, cache);
  }
  return cache.entries;
}

/** The value cached under `key` at `generation`, if any (never when the generation is unknown). */
export function cachedAt<T>(store: Store, generation: string | undefined, key: string): T | undefined {
  if (generation === undefined) return undefined;
  return entriesOf(store, generation).get(key) as T | undefined;
}

/** Keeps `value` under `key` for `generation` (a no-op when the generation is unknown). */
export function rememberAt<T>(store: Store, generation: string | undefined, key: string, value: T): T {
  if (generation !== undefined) entriesOf(store, generation).set(key, value);
  return value;
}
