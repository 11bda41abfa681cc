/**
 * The state of one-click fix tasks as readers see it: a FIXING task whose runner is gone (the page that ran it
 * was closed or reloaded) ends FAILED with a reason instead of staying 修复中 forever, and each finding of a
 * cloud-engine scan gets its fix status from the fixes started from that scan task. Touches only the store, so
 * the scan reads can use it without depending on the fix service.
 *
 * A fix is alive while its runner holds the Web Lock `<db>:fix:<id>`; without Web Locks (Node), a fix of another
 * runner is alive while its heartbeat is recent — the same rules as scan tasks.
 */

import { reason } from '@/api/contract/reasons';
import type { VulFixStatus } from '@/api/contract/scan-fix';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { FixTaskRecord, ScanTaskRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { STALE_AFTER_MS } from './scan-tasks';

/** With Web Locks: how long a new fix may wait for its runner to take the lock. */
const LOCK_GRACE_MS = 10_000;

function webLocks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

export function fixLockName(ctx: ServiceContext, fixTaskId: string): string {
  return `${ctx.store.name}:fix:${fixTaskId}`;
}

/** Whether a FIXING task still has a runner working on it. */
export async function isFixAlive(ctx: ServiceContext, task: FixTaskRecord): Promise<boolean> {
  if (task.RunnerId === ctx.scans.runnerId) return ctx.scans.running.has(task.FixTaskId);
  const locks = webLocks();
  const silentFor = ctx.clock.now() - task.HeartbeatTime;
  if (!locks) return silentFor < STALE_AFTER_MS;
  if (silentFor < LOCK_GRACE_MS) return true;
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === fixLockName(ctx, task.FixTaskId));
}

/** Ends a fix FAILED (only if it is still FIXING: a finished fix is never rewritten). */
export async function failFix(ctx: ServiceContext, fixTaskId: string, reason: string) {
  return write(ctx.store, ['fixTasks'], async (tx) => {
    const task = await tx.objectStore('fixTasks').get(fixTaskId);
    if (task?.Status !== 'FIXING') return task;
    const failed: FixTaskRecord = { ...task, Status: 'FAILED', FinishTime: ctx.clock.now(), FailReason: reason };
    await tx.objectStore('fixTasks').put(failed);
    return failed;
  });
}

/** The tasks as they should be seen: FIXING ones whose runner is gone are failed first. */
export async function recoverFixes(ctx: ServiceContext, tasks: FixTaskRecord[]): Promise<FixTaskRecord[]> {
  return Promise.all(
    tasks.map(async (task) => {
      if (task.Status !== 'FIXING' || (await isFixAlive(ctx, task))) return task;
      return (await failFix(ctx, task.FixTaskId, reason('fix-interrupted'))) ?? task;
    }),
  );
}

const findingKey = (cveName: string, pkg: string) => `${cveName}\u0000${pkg}`;

/**
 * The system-vulnerability rows of a cloud-engine scan task with their fix status: a CVE + package in a FIXING fix of the task is
 * 修复中, in a SUCCESS fix 修复成功, otherwise 未修复. Trivy tasks' rows are returned unchanged.
 */
export async function withFixStatus(
  ctx: ServiceContext,
  task: ScanTaskRecord,
  rows: ScanVulnerability[],
): Promise<ScanVulnerability[]> {
  if (task.ScanService !== 'SAS_SCAN_SERVICE') return rows;
  const stored = await read(ctx.store, ['fixTasks'], (tx) =>
    tx.objectStore('fixTasks').index('by-scan-task').getAll(task.ScanTaskId),
  );
  const fixes = await recoverFixes(ctx, stored);
  const status = new Map<string, VulFixStatus>();
  for (const fix of fixes) {
    if (fix.Status === 'FAILED') continue;
    for (const pkg of fix.Packages) {
      for (const cve of pkg.CveNames) {
        const key = findingKey(cve, pkg.Name);
        if (status.get(key) !== 'FIXED') status.set(key, fix.Status === 'SUCCESS' ? 'FIXED' : 'FIXING');
      }
    }
  }
  // Only system vulnerabilities are fixed by package upgrades; application findings carry no fix status.
  return rows.map((row) =>
    row.ScanType === 'cve' ? { ...row, FixStatus: status.get(findingKey(row.CveName, row.Feature)) ?? 'UNFIXED' } : row,
  );
}
