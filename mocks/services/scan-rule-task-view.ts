/**
 * Reading batch tasks of scan rules (console-only `ListScanRuleTask`, `GetScanRuleTask`): status, progress and
 * counts are derived from the image scan tasks on every read, so a rule task never stays SCANNING after a reload.
 */
import type { ActionParams } from '@/api/contract/actions';
import { reason } from '@/api/contract/reasons';
import type { ScanRuleTask, ScanRuleTaskImage } from '@/api/contract/scan-rules';
import type { ScanSummary } from '@/api/contract/scans';
import type { AcrTransaction, ScanRuleTaskRecord } from '../store/schema';
import { dataGeneration, read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { cachedAt, rememberAt } from './generation-cache';
import { requireInstance } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import { EMPTY_SUMMARY, recoverIfOrphaned } from './scan-tasks';

/** The rule task with its images' current state; orphaned image tasks are recovered (failed) first. */
export async function deriveTask(
  ctx: ServiceContext,
  ruleTask: ScanRuleTaskRecord,
): Promise<ScanRuleTask & { Images: ScanRuleTaskImage[] }> {
  const stored = await read(ctx.store, ['scanTasks'], (tx) =>
    Promise.all(ruleTask.Images.map((image) => tx.objectStore('scanTasks').get(image.ScanTaskId))),
  );
  const tasks = await Promise.all(stored.map((task) => (task ? recoverIfOrphaned(ctx, task) : undefined)));
  // Only each result's Summary is needed: it is kept per data generation, so paging through a finished task
  // does not re-read every result with all its rows.
  const results = await read(ctx.store, ['meta', 'scanResults'], async (tx) => {
    const generation = await dataGeneration(tx);
    return Promise.all(
      tasks.map(async (task) => {
        if (task?.Status !== 'COMPLETE') return undefined;
        const key = `summary:${task.ScanTaskId}`;
        const cached = cachedAt<{ Summary: ScanSummary } | null>(ctx.store, generation, key);
        if (cached !== undefined) return cached ?? undefined;
        const result = await tx.objectStore('scanResults').get(task.ScanTaskId);
        return rememberAt(ctx.store, generation, key, result ? { Summary: result.Summary } : null) ?? undefined;
      }),
    );
  });
  const totals = { ...EMPTY_SUMMARY };
  let finished = 0;
  let failed = 0;
  let finishTime = ruleTask.StartTime;
  const Images = ruleTask.Images.map((image, index): ScanRuleTaskImage => {
    const task = tasks[index];
    const summary = results[index]?.Summary ?? EMPTY_SUMMARY;
    const status = task?.Status ?? 'FAILED';
    if (status === 'COMPLETE' || status === 'FAILED') {
      finished += 1;
      finishTime = Math.max(finishTime, task?.FinishTime ?? ruleTask.StartTime);
    }
    if (status === 'FAILED') failed += 1;
    if (status === 'COMPLETE') {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += summary[key];
    }
    const failReason = task ? task.FailReason : reason('scan-task-missing');
    return {
      ...image,
      Status: status,
      ...summary,
      ...(status === 'FAILED' && failReason ? { FailReason: failReason } : {}),
    };
  });
  const count = Images.length;
  const done = finished === count;
  return {
    RuleTaskId: ruleTask.RuleTaskId,
    InstanceId: ruleTask.InstanceId,
    ScanRuleId: ruleTask.ScanRuleId,
    RuleName: ruleTask.RuleName,
    ScanService: ruleTask.ScanService,
    TriggerType: ruleTask.TriggerType,
    ScanType: ruleTask.ScanType,
    Status: ruleTask.StopTime && done ? 'STOPPED' : !done ? 'SCANNING' : failed > 0 ? 'FAILED' : 'COMPLETE',
    ImageCount: count,
    FinishedCount: finished,
    FailedCount: failed,
    Progress: Math.floor((100 * finished) / count),
    ...totals,
    StartTime: ruleTask.StartTime,
    ...(done ? { FinishTime: finishTime } : {}),
    RetryCount: ruleTask.RetryCount ?? 0,
    Images,
  };
}

/** `ListScanRuleTask` (console-only): newest first (StartTime, then id), optionally of one rule. */
export async function listScanRuleTasks(
  ctx: ServiceContext,
  params: ActionParams<'ListScanRuleTask'>,
): Promise<Payload<'ListScanRuleTask'>> {
  const ruleTasks = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('scanRuleTasks').index('by-instance').getAll(params.InstanceId);
  });
  const sorted = ruleTasks
    .filter((task) => !params.ScanRuleId || task.ScanRuleId === params.ScanRuleId)
    .sort((a, b) => b.StartTime - a.StartTime || b.RuleTaskId.localeCompare(a.RuleTaskId));
  const page = paginate(sorted, params.PageNo, params.PageSize);
  const Tasks = await Promise.all(
    page.items.map(async (task) => {
      const { Images: _images, ...summary } = await deriveTask(ctx, task);
      return summary;
    }),
  );
  return { Tasks, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

/**
 * `GetScanRuleTask` (console-only): the task and its images (one page of them when PageNo or PageSize is
 * given); SCAN_RULE_TASK_NOT_EXIST when unknown.
 */
export async function getScanRuleTask(
  ctx: ServiceContext,
  params: ActionParams<'GetScanRuleTask'>,
): Promise<Payload<'GetScanRuleTask'>> {
  const ruleTask = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireRuleTask(tx, params.InstanceId, params.RuleTaskId);
  });
  const task = await deriveTask(ctx, ruleTask);
  if (params.PageNo === undefined && params.PageSize === undefined) return task;
  const page = paginate(task.Images, params.PageNo, params.PageSize);
  return { ...task, Images: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

/** The rule task, or SCAN_RULE_TASK_NOT_EXIST (also for a task of another instance). */
export async function requireRuleTask(
  tx: AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>,
  instanceId: string,
  id: string,
) {
  const found = await tx.objectStore('scanRuleTasks').get(id);
  if (!found || found.InstanceId !== instanceId) throw new BusinessFailure('SCAN_RULE_TASK_NOT_EXIST');
  return found;
}
