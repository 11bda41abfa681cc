/**
 * What every service function receives: the store, a clock and the scan host. Services keep no state of their
 * own beyond the scans this backend instance is running, so several contexts on the same database (several
 * tabs) behave like one backend.
 */
import type { FetchLike, RateLimiter } from '../events';
import { createStore, type Store, type StoreOptions } from '../store/database';
import type { ImageFixer } from './image-fixer';
import type { ImageImporter } from './image-importer';
import { createInProcessScanRunner, type ScanRunner } from './scan-runner';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** Where this backend instance (one page load) runs scans, and which of them it is running now. */
export interface ScanHost {
  runner: ScanRunner;
  /** Identifies this backend instance in the tasks it runs; a new page load is a new runner. */
  runnerId: string;
  /** Ids of the tasks this instance is running right now. */
  running: Set<string>;
}

/** How event notifications reach the network; tests inject fakes. Absent parts use the platform's. */
export interface EventHttp {
  /** Default: the page's global `fetch`. */
  fetch?: FetchLike;
  /** Backoff and rate-limit waits. Default: real timers. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock of deliveries (signing, rate limit, attempts). Default: `ctx.clock`. */
  now?: () => number;
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
}

/** Per backend instance (page load): the DingTalk rate limiter shared by every rule, and deliveries in flight. */
export interface EventHost {
  limiter: RateLimiter;
  /** Ids of the records this instance is delivering now. */
  running: Set<string>;
  /** Background work not finished yet (tests wait for it). */
  inFlight: Set<Promise<unknown>>;
}

export interface ServiceContext {
  store: Store;
  clock: Clock;
  scans: ScanHost;
  /** The console's own address (origin + base, ending in `/`), for links in notifications. */
  consoleUrl?: string;
  http?: EventHttp;
  /** Created on first use (see `event-delivery.ts`). */
  events?: EventHost;
  /** Where uploaded tarballs are parsed (the scan worker in the browser); in-process when absent. */
  images?: ImageImporter;
  /** Where one-click fixes build the fixed image (the scan worker in the browser); in-process when absent. */
  fixer?: ImageFixer;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A scan host around `runner` (default: the core in-process, right for Node), as after a fresh page load. */
export function createScanHost(runner: ScanRunner = createInProcessScanRunner()): ScanHost {
  return { runner, runnerId: crypto.randomUUID(), running: new Set() };
}

/** A backend context on the `acr-console` database (or the one named in `options`). */
export function createServiceContext(
  options: StoreOptions & {
    clock?: Clock;
    scanRunner?: ScanRunner;
    imageImporter?: ImageImporter;
    imageFixer?: ImageFixer;
  } = {},
): ServiceContext {
  const { clock, scanRunner, imageImporter, imageFixer, ...storeOptions } = options;
  return {
    store: createStore(storeOptions),
    clock: clock ?? systemClock,
    scans: createScanHost(scanRunner),
    ...(imageImporter ? { images: imageImporter } : {}),
    ...(imageFixer ? { fixer: imageFixer } : {}),
  };
}
