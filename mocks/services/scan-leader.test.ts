/**
 * Scans across tabs and reloads, with Web Locks (a fake LockManager stands in for the browser's): one leader
 * at a time, an orphaned task resumed by exactly one backend, and a task cut off too often ending FAILED.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reason } from '@/api/contract/reasons';
import { backend } from '../node';
import { write } from '../store/transactions';
import { callAction, instanceByName, repoIdOf } from '../testing/api';
import { createScanHost, createServiceContext, type ServiceContext } from './context';
import { leadScanRecovery } from './scan-leader';
import type { ScanRunner } from './scan-runner';
import { MAX_INTERRUPTIONS, recoverOrphanedTasks } from './scan-tasks';

/** Exclusive locks only, like the console uses them; `query` reports held and queued requests. */
class FakeLocks {
  private held = new Map<string, true>();
  private queue: { name: string; grant: () => void }[] = [];

  async request(
    name: string,
    optionsOrCallback: LockOptions | (() => Promise<unknown>),
    maybeCallback?: () => Promise<unknown>,
  ): Promise<unknown> {
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    const callback = (
      typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback
    ) as () => Promise<unknown>;
    if (this.held.has(name)) {
      await new Promise<void>((resolve, reject) => {
        const entry = { name, grant: resolve };
        this.queue.push(entry);
        options.signal?.addEventListener('abort', () => {
          this.queue = this.queue.filter((queued) => queued !== entry);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      });
    }
    this.held.set(name, true);
    try {
      return await callback();
    } finally {
      this.held.delete(name);
      const next = this.queue.findIndex((queued) => queued.name === name);
      if (next >= 0) {
        const [entry] = this.queue.splice(next, 1);
        this.held.set(name, true);
        entry?.grant();
      }
    }
  }

  async query(): Promise<LockManagerSnapshot> {
    return {
      held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as const })),
      pending: this.queue.map(({ name }) => ({ name, mode: 'exclusive' as const })),
    };
  }
}

let prodHz: string;
let webApi: string;
const originalHost = backend.scans;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  webApi = await repoIdOf(prodHz, 'prod', 'web-api');
});

afterEach(() => {
  backend.scans = originalHost;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A runner that counts its runs and scans with the real core. */
function countingRunner(): ScanRunner & { runs: number } {
  const counting = {
    runs: 0,
    run: (job: Parameters<ScanRunner['run']>[0], onProgress: Parameters<ScanRunner['run']>[1]) => {
      counting.runs += 1;
      return originalHost.runner.run(job, onProgress);
    },
  };
  return counting;
}

/** A scan left SCANNING by a page that is gone (no lock held, its last heartbeat long ago). */
async function orphanedScan(phase: 'QUEUED' | 'ANALYZING' = 'QUEUED', interruptions = 0) {
  backend.scans = createScanHost({ run: () => new Promise(() => {}) });
  const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
  await callAction('CreateRepoTagScanTask', tag);
  const { ScanTaskId } = await callAction('GetRepoTagScanStatus', tag);
  await write(backend.store, ['scanTasks'], async (tx) => {
    const task = await tx.objectStore('scanTasks').get(ScanTaskId as string);
    if (!task) throw new Error('no task');
    await tx
      .objectStore('scanTasks')
      .put({ ...task, Phase: phase, HeartbeatTime: 0, ...(interruptions ? { Interruptions: interruptions } : {}) });
  });
  return { tag, ScanTaskId: ScanTaskId as string };
}

describe('with Web Locks', () => {
  it('resumes an orphaned scan in exactly one of two tabs noticing it at once', async () => {
    const { tag, ScanTaskId } = await orphanedScan('ANALYZING');
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    // Two fresh page loads on the same database.
    const a = countingRunner();
    const b = countingRunner();
    backend.scans = createScanHost(a);
    const other: ServiceContext = { ...createServiceContext(), scans: createScanHost(b) };
    const [fromA, fromB] = await Promise.all([recoverOrphanedTasks(backend), recoverOrphanedTasks(other)]);
    expect(fromA + fromB).toBe(1);
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
      .toBe('COMPLETE');
    expect(a.runs + b.runs).toBe(1);
    const status = await callAction('GetRepoTagScanStatus', tag);
    expect(status.ScanTaskId).toBe(ScanTaskId);
    expect((await callAction('GetRepoTagScanSummary', tag)).TotalSeverity).toBeGreaterThan(0);
    other.store.close();
  });

  it('resumes an orphaned scan when it is read, keeping its task id', async () => {
    const { tag, ScanTaskId } = await orphanedScan();
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    backend.scans = createScanHost(originalHost.runner);
    expect((await callAction('GetRepoTagScanStatus', tag)).Status).toBe('SCANNING');
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
      .toBe('COMPLETE');
    expect((await callAction('GetRepoTagScanStatus', tag)).ScanTaskId).toBe(ScanTaskId);
  });

  it(`fails a scan cut off mid-way more than ${MAX_INTERRUPTIONS} times, with the reason`, async () => {
    const { tag } = await orphanedScan('ANALYZING', MAX_INTERRUPTIONS);
    vi.stubGlobal('navigator', { locks: new FakeLocks() });
    backend.scans = createScanHost(originalHost.runner);
    const status = await callAction('GetRepoTagScanStatus', tag);
    expect(status).toMatchObject({ Status: 'FAILED', FailReason: reason('scan-interrupted') });
  });

  it('elects one leader; the next tab takes over when the leader closes', async () => {
    const locks = new FakeLocks() as unknown as LockManager;
    const first = new AbortController();
    const second = new AbortController();
    const led: string[] = [];
    const other: ServiceContext = { ...createServiceContext(), scans: createScanHost() };
    const leaderA = leadScanRecovery(backend, {
      locks,
      sweepMs: 10,
      signal: first.signal,
      onLead: () => led.push('a'),
    });
    const leaderB = leadScanRecovery(other, {
      locks,
      sweepMs: 10,
      signal: second.signal,
      onLead: () => led.push('b'),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(led).toEqual(['a']);
    // The leader's tab closes: the follower is handed the lock and sweeps for what the leader left behind.
    first.abort();
    await leaderA;
    await expect.poll(() => led).toEqual(['a', 'b']);
    second.abort();
    await leaderB;
    other.store.close();
  });
});
