/**
 * Image scanning: `CreateRepoTagScanTask`, `GetRepoTagScanStatus`, `GetRepoTagScanSummary`,
 * `ListRepoTagScanResult`. A task scans the blobs the registry stores for the tag with the real scan core
 * (in a Web Worker in the browser), asynchronously; the reads answer from the task named by `ScanTaskId`, or
 * else the latest task of the tag. A tag never scanned answers `SCAN_TASK_NOT_EXIST`.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { ScanTaskRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure } from './errors';
import { withFixStatus } from './fix-task-state';
import { requireInstance, requireRepository } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import { requireSasQuota } from './sas-quota';
import { resolveScanEngine } from './scan-engine';
import { EMPTY_SUMMARY, isTaskAlive, recoverIfOrphaned, startTask } from './scan-tasks';

const hexOf = (digest: string) => digest.replace(/^sha256:/, '');

/**
 * `CreateRepoTagScanTask`: records a SCANNING task for the tag's current image and starts the scan. While a
 * live task already scans that image, no second one starts (the call still succeeds). TAG_NOT_EXIST if the
 * tag is missing or no longer points at `Digest`; SAS_IMAGE_QUOTA_EXCEEDED for a new image on the cloud-security
 * engine once its image authorisations are used up.
 */
export async function createRepoTagScanTask(
  ctx: ServiceContext,
  params: ActionParams<'CreateRepoTagScanTask'>,
): Promise<Payload<'CreateRepoTagScanTask'>> {
  const located = await read(
    ctx.store,
    ['instances', 'repositories', 'tags', 'scanTasks', 'cloudSecurity'],
    async (tx) => {
      const instance = await requireInstance(tx, params.InstanceId, { running: true });
      // The real API's default is Trivy; asking for the cloud-security engine needs it bought.
      const engine = await resolveScanEngine(ctx, tx, instance, params.ScanService ?? 'ACR_SCAN_SERVICE');
      const repo = await requireRepository(tx, params);
      const tag = await tx.objectStore('tags').get([repo.RepoId, params.Tag]);
      if (!tag || (params.Digest && hexOf(params.Digest) !== tag.Digest)) throw new BusinessFailure('TAG_NOT_EXIST');
      const tasks = await tx.objectStore('scanTasks').index('by-tag').getAll([params.InstanceId, repo.RepoId, tag.Tag]);
      return { engine, repo, tag, running: tasks.filter((t) => t.Status === 'SCANNING' && t.Digest === tag.Digest) };
    },
  );
  for (const task of located.running) {
    if (await isTaskAlive(ctx, task)) return {};
  }
  const now = ctx.clock.now();
  const task: ScanTaskRecord = {
    ScanTaskId: crypto.randomUUID().toUpperCase(),
    InstanceId: params.InstanceId,
    RepoId: located.repo.RepoId,
    Tag: located.tag.Tag,
    Digest: located.tag.Digest,
    ScanService: located.engine,
    Status: 'SCANNING',
    Phase: 'QUEUED',
    Progress: 0,
    StartTime: now,
    RunnerId: ctx.scans.runnerId,
    HeartbeatTime: now,
  };
  // Counted as running from the moment it is visible, so no concurrent read takes it for an orphan.
  ctx.scans.running.add(task.ScanTaskId);
  try {
    await write(ctx.store, ['tags', 'scanTasks', 'cloudSecurity'], async (tx) => {
      // The tag may have moved or gone since the check above.
      const tag = await tx.objectStore('tags').get([task.RepoId, task.Tag]);
      if (!tag || tag.Digest !== task.Digest) throw new BusinessFailure('TAG_NOT_EXIST');
      // Checked where the task is written, so two scans at once cannot both take the last authorisation.
      await requireSasQuota(ctx, tx, task.ScanService, task.Digest);
      await tx.objectStore('scanTasks').put(task);
    });
  } catch (error) {
    ctx.scans.running.delete(task.ScanTaskId);
    throw error;
  }
  const artifactName = `${located.repo.RepoNamespaceName}/${located.repo.RepoName}:${task.Tag}`;
  void startTask(ctx, task, artifactName);
  return {};
}

export type TaskSelector = ActionParams<'GetRepoTagScanSummary'>;

/** The task a read answers from (recovered first if its runner is gone), or SCAN_TASK_NOT_EXIST. */
export async function selectTask(ctx: ServiceContext, params: TaskSelector): Promise<ScanTaskRecord> {
  const task = await read(ctx.store, ['instances', 'repositories', 'tags', 'scanTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    if (params.ScanTaskId) {
      const found = await tx.objectStore('scanTasks').get(params.ScanTaskId.toUpperCase());
      if (!found || found.InstanceId !== params.InstanceId) throw new BusinessFailure('SCAN_TASK_NOT_EXIST');
      return found;
    }
    if (!params.RepoId) throw new ParameterFailure('MissingParameter', 'RepoId');
    if (!params.Tag) throw new ParameterFailure('MissingParameter', 'Tag');
    const repo = await requireRepository(tx, { InstanceId: params.InstanceId, RepoId: params.RepoId });
    if (!(await tx.objectStore('tags').count([repo.RepoId, params.Tag]))) throw new BusinessFailure('TAG_NOT_EXIST');
    const digest = params.Digest && hexOf(params.Digest);
    const tasks = (
      await tx.objectStore('scanTasks').index('by-tag').getAll([params.InstanceId, repo.RepoId, params.Tag])
    ).filter((t) => !digest || t.Digest === digest);
    return tasks.reduce<ScanTaskRecord | undefined>((a, b) => (!a || b.StartTime >= a.StartTime ? b : a), undefined);
  });
  if (!task) throw new BusinessFailure('SCAN_TASK_NOT_EXIST');
  return recoverIfOrphaned(ctx, task);
}

/** `GetRepoTagScanStatus`: the task's status and engine, plus the console's progress fields. */
export async function getRepoTagScanStatus(
  ctx: ServiceContext,
  params: ActionParams<'GetRepoTagScanStatus'>,
): Promise<Payload<'GetRepoTagScanStatus'>> {
  const task = await selectTask(ctx, params);
  return {
    Status: task.Status,
    ScanService: task.ScanService,
    ScanTaskId: task.ScanTaskId,
    Digest: task.Digest,
    Progress: task.Progress,
    Phase: task.Phase,
    StartTime: task.StartTime,
    ...(task.FinishTime === undefined ? {} : { FinishTime: task.FinishTime }),
    ...(task.FailReason === undefined ? {} : { FailReason: task.FailReason }),
    ...(task.DbVersion === undefined ? {} : { DbVersion: task.DbVersion }),
    ...(task.SignatureVersion === undefined ? {} : { SignatureVersion: task.SignatureVersion }),
  };
}

/** The stored findings of a task; empty until it is COMPLETE. */
export async function taskResults(ctx: ServiceContext, task: ScanTaskRecord) {
  if (task.Status !== 'COMPLETE') return undefined;
  return read(ctx.store, ['scanResults'], (tx) => tx.objectStore('scanResults').get(task.ScanTaskId));
}

/** `GetRepoTagScanSummary`: counts per severity; zeros while the task is not COMPLETE. */
export async function getRepoTagScanSummary(
  ctx: ServiceContext,
  params: ActionParams<'GetRepoTagScanSummary'>,
): Promise<Payload<'GetRepoTagScanSummary'>> {
  const results = await taskResults(ctx, await selectTask(ctx, params));
  return { ...(results?.Summary ?? EMPTY_SUMMARY) };
}

function matches(row: ScanVulnerability, params: ActionParams<'ListRepoTagScanResult'>): boolean {
  if (params.Severity && row.Severity !== params.Severity) return false;
  if (params.ScanType && row.ScanType !== params.ScanType) return false;
  const key = params.VulQueryKey?.trim().toLowerCase();
  if (!key) return true;
  return [row.CveName, row.Feature, row.AliasName].some((value) => value.toLowerCase().includes(key));
}

/** `ListRepoTagScanResult`: the findings, filtered and paginated (OS findings first, as the core orders them). */
export async function listRepoTagScanResult(
  ctx: ServiceContext,
  params: ActionParams<'ListRepoTagScanResult'>,
): Promise<Payload<'ListRepoTagScanResult'>> {
  const task = await selectTask(ctx, params);
  const results = await taskResults(ctx, task);
  const rows = (results?.Vulnerabilities ?? []).filter((row) => matches(row, params));
  const page = paginate(rows, params.PageNo, params.PageSize);
  // Console-only: cloud-engine rows say whether a one-click fix is fixing or fixed them.
  return {
    Vulnerabilities: await withFixStatus(ctx, task, page.items),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: page.TotalCount,
  };
}
