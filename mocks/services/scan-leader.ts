/**
 * The runner leader: of all the tabs of the console, the one holding the Web Lock `acr-console-runner:<db>`
 * sweeps the database for orphaned scan tasks (their page closed or reloaded) every few seconds and adopts them
 * (see `recoverOrphanedTasks`), so a scan carries on when the tab that ran it is gone, even while no page looks
 * at it. The other tabs wait in the lock's queue; when the leader closes, the browser hands the lock to the next.
 * Each task is still run by exactly one backend: adopting claims it in one transaction and holds its own lock.
 */
import { read } from '../store/transactions';
import type { ServiceContext } from './context';

export const RUNNER_LOCK = 'acr-console-runner';
/** How often the leader looks for orphaned tasks. */
export const LEADER_SWEEP_MS = 3000;

export interface LeaderOptions {
  /** Default: `navigator.locks`; without one (Node) nobody leads and reads recover tasks. */
  locks?: LockManager;
  sweepMs?: number;
  /** Ends the leadership (or the wait for it). */
  signal?: AbortSignal;
  /** Told when this backend becomes the leader (tests, diagnostics). */
  onLead?: () => void;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** The lock name for the backend on `ctx`'s database. */
export function runnerLockName(ctx: ServiceContext): string {
  return `${RUNNER_LOCK}:${ctx.store.name}`;
}

/**
 * Queues for leadership and, once leader, sweeps until `signal` aborts (or the page goes). Resolves when the
 * leadership ended or the wait was abandoned; never rejects.
 */
export async function leadScanRecovery(ctx: ServiceContext, options: LeaderOptions = {}): Promise<void> {
  const locks = options.locks ?? (typeof navigator === 'undefined' ? undefined : navigator.locks);
  if (!locks || options.signal?.aborted) return;
  const sweepMs = options.sweepMs ?? LEADER_SWEEP_MS;
  const { signal } = options;
  try {
    await locks.request(runnerLockName(ctx), signal ? { signal } : {}, async () => {
      options.onLead?.();
      while (!signal?.aborted) {
        await sweep(ctx).catch((error: unknown) =>
          console.error('[mock backend] recovering orphaned scans failed:', error),
        );
        await wait(sweepMs, signal);
      }
    });
  } catch (error) {
    // An abort while queued rejects the request: that is how a follower stops waiting.
    if (!(error instanceof Error && error.name === 'AbortError')) {
      console.error('[mock backend] the runner leader stopped:', error);
    }
  }
}

/**
 * One look for orphaned scans. The scan task machinery (and the event, signing and export code behind it) is
 * fetched only when some task is scanning at all, so a page load with no scan under way never downloads it.
 */
async function sweep(ctx: ServiceContext): Promise<void> {
  const scanning = await read(ctx.store, ['scanTasks'], (tx) =>
    tx.objectStore('scanTasks').index('by-status').count('SCANNING'),
  );
  if (scanning === 0) return;
  const { recoverOrphanedTasks } = await import('./scan-tasks');
  await recoverOrphanedTasks(ctx);
}
