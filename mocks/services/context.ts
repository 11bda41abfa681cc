/**
 * What every service function receives: the store and a clock. Services keep no state of their own, so
 * several contexts on the same database (several tabs) behave like one backend.
 */
import { createStore, type Store, type StoreOptions } from '../store/database';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface ServiceContext {
  store: Store;
  clock: Clock;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A backend context on the `acr-console` database (or the one named in `options`). */
export function createServiceContext(options: StoreOptions & { clock?: Clock } = {}): ServiceContext {
  const { clock, ...storeOptions } = options;
  return { store: createStore(storeOptions), clock: clock ?? systemClock };
}
