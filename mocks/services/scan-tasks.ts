/**
 * Running scan tasks: the run itself (blobs → scan runner → results), progress on the task record, and the
 * recovery of tasks whose runner is gone (the page that ran them was closed or reloaded), which never stay
 * SCANNING forever.
 *
 * A task is alive while its runner holds the Web Lock `<db>:scan:<id>` (every tab can see it). Where Web
 * Locks exist (the browser), an orphaned task is adopted by the backend that notices it: claimed in one
 * transaction (so two tabs never both run it) and resumed from the start, unless it was already cut off mid-scan
 * `MAX_INTERRUPTIONS` times, when it ends FAILED with a reason. Where Web Locks do not exist (Node), a task of
 * another runner is alive while its heartbeat is recent, and a stale one ends FAILED.
 *
 * At most `SCAN_CONCURRENCY` scans of one backend run in the scan worker at once; the others wait QUEUED, so a
 * reload interrupts only those few (a queued task resumes without counting as interrupted).
 */

import { reason } from '@/api/contract/reasons';
import type { ScanSummary } from '@/api/contract/scans';
import type { JobProgress, ScanJob, ScanJobBlob } from '../scan-worker/run-scan';
import { META_KEY, type ScanTaskRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { notifyScanEnded } from './event-dispatch';
import type { ScanRunner } from './scan-runner';

/** Without Web Locks: how long another runner's task may stay silent before it counts as gone. */
export const STALE_AFTER_MS = 120_000;
/** At realistic demo speed, how long each progress step stays visible: a demo image takes several seconds, as a presenter expects. */
const REALISTIC_STEP_MS = 1000;
/**
 * With Web Locks: how long after its last write a task counts as alive without its lock (the runner asks for
 * the lock only once the task record committed).
 */
const LOCK_GRACE_MS = 3000;
/** How many times a task cut off mid-scan is resumed before it ends FAILED (a page that keeps dying on it). */
export const MAX_INTERRUPTIONS = 3;
/** Scans of one backend running in the scan worker at once. */
export const SCAN_CONCURRENCY = 3;

export const EMPTY_SUMMARY: ScanSummary = {
  HighSeverity: 0,
  MediumSeverity: 0,
  LowSeverity: 0,
  UnknownSeverity: 0,
  TotalSeverity: 0,
};

const sleep = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** A counting semaphore per scan host: `SCAN_CONCURRENCY` slots in the scan worker. */
const slots = new WeakMap<object, { free: number; waiting: (() => void)[] }>();

async function withSlot<T>(host: object, fn: () => Promise<T>): Promise<T> {
  let gate = slots.get(host);
  if (!gate) {
    gate = { free: SCAN_CONCURRENCY, waiting: [] };
    slots.set(host, gate);
  }
  const held = gate;
  if (held.free > 0) held.free -= 1;
  else await new Promise<void>((resolve) => held.waiting.push(resolve));
  try {
    return await fn();
  } finally {
    const next = held.waiting.shift();
    if (next) next();
    else held.free += 1;
  }
}

function lockName(ctx: ServiceContext, taskId: string): string {
  return `${ctx.store.name}:scan:${taskId}`;
}

/** Whether a SCANNING task still has a runner working on it. */
export async function isTaskAlive(ctx: ServiceContext, task: ScanTaskRecord): Promise<boolean> {
  if (task.RunnerId === ctx.scans.runnerId) return ctx.scans.running.has(task.ScanTaskId);
  const locks = webLocks();
  const silentFor = ctx.clock.now() - task.HeartbeatTime;
  if (!locks) return silentFor < STALE_AFTER_MS;
  if (silentFor < LOCK_GRACE_MS) return true;
  const name = lockName(ctx, task.ScanTaskId);
  const { held = [], pending = [] } = await locks.query();
  return held.some((lock) => lock.name === name) || pending.some((lock) => lock.name === name);
}

/** Ends a task FAILED (only if it is still running: a finished task is never rewritten). */
export async function failTask(
  ctx: ServiceContext,
  taskId: string,
  reason: string,
): Promise<ScanTaskRecord | undefined> {
  return write(ctx.store, ['scanTasks'], async (tx) => {
    const task = await tx.objectStore('scanTasks').get(taskId);
    if (task?.Status !== 'SCANNING') return task;
    const failed: ScanTaskRecord = {
      ...task,
      Status: 'FAILED',
      Phase: 'DONE',
      FinishTime: ctx.clock.now(),
      FailReason: reason,
    };
    await tx.objectStore('scanTasks').put(failed);
    return failed;
  });
}

/**
 * The task as it should be seen: a SCANNING task whose runner is gone is adopted and resumed by this backend
 * (with Web Locks), or failed when it cannot be resumed.
 */
export async function recoverIfOrphaned(ctx: ServiceContext, task: ScanTaskRecord): Promise<ScanTaskRecord> {
  if (task.Status !== 'SCANNING' || (await isTaskAlive(ctx, task))) return task;
  const interruptions = (task.Interruptions ?? 0) + (task.Phase === 'QUEUED' ? 0 : 1);
  if (webLocks() && interruptions <= MAX_INTERRUPTIONS) {
    const adopted = await adoptTask(ctx, task, interruptions);
    if (adopted) return adopted;
  }
  return (await failTask(ctx, task.ScanTaskId, reason('scan-interrupted'))) ?? task;
}

/**
 * Claims an orphaned task for this backend and restarts it. The claim is one transaction that only succeeds if
 * nobody claimed or ended the task since it was read, so of two tabs noticing the same orphan exactly one
 * resumes it; the other gets the claimed record back (alive: its heartbeat is fresh). Undefined when the task
 * cannot be resumed (its repository is gone).
 */
async function adoptTask(
  ctx: ServiceContext,
  seen: ScanTaskRecord,
  interruptions: number,
): Promise<ScanTaskRecord | undefined> {
  const { runnerId, running } = ctx.scans;
  running.add(seen.ScanTaskId);
  let claimed = false;
  try {
    const outcome = await write(ctx.store, ['scanTasks', 'repositories'], async (tx) => {
      claimed = false;
      const current = await tx.objectStore('scanTasks').get(seen.ScanTaskId);
      if (current?.Status !== 'SCANNING' || current.RunnerId !== seen.RunnerId) return { task: current };
      const repo = await tx.objectStore('repositories').get(current.RepoId);
      if (!repo) return { task: undefined };
      const task: ScanTaskRecord = {
        ...current,
        RunnerId: runnerId,
        HeartbeatTime: ctx.clock.now(),
        Phase: 'QUEUED',
        Progress: 0,
        ...(interruptions > 0 ? { Interruptions: interruptions } : {}),
      };
      await tx.objectStore('scanTasks').put(task);
      claimed = true;
      return { task, artifactName: `${repo.RepoNamespaceName}/${repo.RepoName}:${task.Tag}` };
    }).catch((error: unknown) => {
      claimed = false; // not committed
      throw error;
    });
    if (claimed && outcome.task && outcome.artifactName) {
      void startTask(ctx, outcome.task, outcome.artifactName);
    }
    return outcome.task;
  } finally {
    if (!claimed) running.delete(seen.ScanTaskId);
  }
}

/**
 * Adopts every orphaned task of the database (see `recoverIfOrphaned`): run by the runner leader
 * (`scan-leader.ts`) as soon as it leads and then periodically, so a scan whose page closed carries on even while nobody looks at it. Returns how many tasks
 * this backend took over (or found failed as interrupted).
 */
export async function recoverOrphanedTasks(ctx: ServiceContext): Promise<number> {
  const scanning = await read(ctx.store, ['scanTasks'], (tx) =>
    tx.objectStore('scanTasks').index('by-status').getAll('SCANNING'),
  );
  let recovered = 0;
  for (const task of scanning) {
    if (task.RunnerId === ctx.scans.runnerId) continue;
    const after = await recoverIfOrphaned(ctx, task);
    if (after.RunnerId === ctx.scans.runnerId || after.FailReason === reason('scan-interrupted')) recovered += 1;
  }
  return recovered;
}

/** The manifest, config and layer blobs of the image a task scans. */
async function readJob(ctx: ServiceContext, task: ScanTaskRecord, artifactName: string): Promise<ScanJob> {
  const manifestDigest = `sha256:${task.Digest}`;
  return read(ctx.store, ['blobs'], async (tx) => {
    const blobs = tx.objectStore('blobs');
    const manifest = await blobs.get(manifestDigest);
    if (!manifest) throw new Error(`The image manifest ${manifestDigest} is missing from the registry storage.`);
    const json = JSON.parse(new TextDecoder().decode(manifest.bytes)) as {
      config?: { digest?: string };
      layers?: { digest?: string }[];
    };
    const wanted = [json.config?.digest, ...(json.layers ?? []).map((layer) => layer.digest)];
    const found: ScanJobBlob[] = [{ digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes }];
    for (const digest of wanted) {
      if (!digest) throw new Error('The image manifest names a blob without a digest.');
      const blob = await blobs.get(digest);
      if (!blob) throw new Error(`The image blob ${digest} is missing from the registry storage.`);
      found.push({ digest: blob.digest, mediaType: blob.mediaType, bytes: blob.bytes });
    }
    return { manifestDigest, artifactName, blobs: found, engine: task.ScanService };
  });
}

/**
 * Writes progress to the task, one write at a time, skipping repeats and finished tasks. With `stepMs`, each
 * step stays visible at least that long (the demo's realistic pace: the core scans a demo image in a blink).
 */
function progressWriter(ctx: ServiceContext, taskId: string, stepMs: number) {
  let last = '';
  let chain: Promise<unknown> = Promise.resolve();
  const update = (progress: JobProgress) => {
    const key = `${progress.phase}:${progress.progress}`;
    if (key === last) return;
    last = key;
    chain = chain
      .then(() => sleep(stepMs))
      .then(() =>
        write(
          ctx.store,
          ['scanTasks'],
          async (tx) => {
            const task = await tx.objectStore('scanTasks').get(taskId);
            if (task?.Status !== 'SCANNING') return;
            await tx.objectStore('scanTasks').put({
              ...task,
              Phase: progress.phase,
              Progress: Math.max(task.Progress, Math.min(progress.progress, 99)),
              HeartbeatTime: ctx.clock.now(),
            });
          },
          // Only the running task's phase, progress and heartbeat change: no report or index reads them.
          { renewsGeneration: false },
        ),
      )
      .catch(() => undefined);
  };
  return { update, settled: () => chain.then(() => sleep(stepMs)) };
}

async function runTask(
  ctx: ServiceContext,
  runner: ScanRunner,
  task: ScanTaskRecord,
  artifactName: string,
): Promise<void> {
  const meta = await read(ctx.store, ['meta'], (tx) => tx.objectStore('meta').get(META_KEY));
  const progress = progressWriter(ctx, task.ScanTaskId, meta?.Speed === 'realistic' ? REALISTIC_STEP_MS : 0);
  try {
    progress.update({ phase: 'QUEUED', progress: 1 });
    // The blobs are read only once the task has a slot: fifty queued jobs would otherwise hold fifty images.
    const outcome = await withSlot(ctx.scans, async () =>
      runner.run(await readJob(ctx, task, artifactName), progress.update),
    );
    await progress.settled();
    const completed = await write(ctx.store, ['scanTasks', 'scanResults'], async (tx) => {
      const current = await tx.objectStore('scanTasks').get(task.ScanTaskId);
      // Reset away (the world was replaced) or already ended: nothing to record.
      if (current?.Status !== 'SCANNING') return false;
      await tx.objectStore('scanResults').put({
        ScanTaskId: task.ScanTaskId,
        Summary: outcome.summary,
        Vulnerabilities: outcome.vulnerabilities,
        ...(outcome.inspection ? { Inspection: outcome.inspection } : {}),
        ...(outcome.os ? { Os: outcome.os } : {}),
        ...(outcome.packages ? { Packages: outcome.packages } : {}),
      });
      await tx.objectStore('scanTasks').put({
        ...current,
        Status: 'COMPLETE',
        Phase: 'DONE',
        Progress: 100,
        DbVersion: outcome.dbVersion,
        ...(outcome.signatureVersion ? { SignatureVersion: outcome.signatureVersion } : {}),
        FinishTime: ctx.clock.now(),
        HeartbeatTime: ctx.clock.now(),
      });
      return true;
    });
    // 事件通知: in the background, never failing or delaying the scan.
    if (completed) notifyScanEnded(ctx, task.ScanTaskId);
  } catch (error) {
    await progress.settled();
    const detail = error instanceof Error ? error.message : String(error);
    const failed = await failTask(ctx, task.ScanTaskId, reason('scan-failed', { detail })).catch(() => undefined);
    if (failed?.Status === 'FAILED' && failed.FailReason === reason('scan-failed', { detail })) {
      notifyScanEnded(ctx, task.ScanTaskId);
    }
  }
}

/**
 * Starts a task in the background (the caller does not wait): holds the task's Web Lock where there is one, so
 * other tabs can tell it is alive, and marks it as running on this backend instance.
 */
export function startTask(ctx: ServiceContext, task: ScanTaskRecord, artifactName: string): Promise<void> {
  // The host of this moment: the task belongs to this backend instance for its whole run.
  const { running, runner } = ctx.scans;
  running.add(task.ScanTaskId);
  const work = () => runTask(ctx, runner, task, artifactName);
  const locks = webLocks();
  const done = (locks ? locks.request(lockName(ctx, task.ScanTaskId), work) : work()).finally(() =>
    running.delete(task.ScanTaskId),
  );
  return done.catch((error: unknown) => console.error('[mock backend] scan task failed to finish:', error));
}
