/**
 * The one COMPLETE scan a diff side or a single-image export reads: the task named by `ScanTaskId` (it must
 * scan that repository and tag), else the tag's latest COMPLETE task by finish time.
 */
import type { RepositoryRecord, ScanResultRecord, ScanTaskRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { requireInstance, requireRepository } from './lookup';

export interface ScanSide {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  ScanTaskId?: string;
}

export interface ResolvedScan {
  repo: RepositoryRecord;
  task: ScanTaskRecord;
  result: ScanResultRecord;
}

/** REPO_NOT_EXIST, TAG_NOT_EXIST (only when no task is named), SCAN_TASK_NOT_EXIST. */
export async function resolveCompleteScan(ctx: ServiceContext, side: ScanSide): Promise<ResolvedScan> {
  return read(ctx.store, ['instances', 'repositories', 'tags', 'scanTasks', 'scanResults'], async (tx) => {
    await requireInstance(tx, side.InstanceId);
    const repo = await requireRepository(tx, { InstanceId: side.InstanceId, RepoId: side.RepoId });
    let task: ScanTaskRecord | undefined;
    if (side.ScanTaskId) {
      task = await tx.objectStore('scanTasks').get(side.ScanTaskId.toUpperCase());
      // A scan of a tag since deleted can still be compared, as long as it is the tag named.
      if (task && (task.InstanceId !== side.InstanceId || task.RepoId !== repo.RepoId || task.Tag !== side.Tag)) {
        task = undefined;
      }
    } else {
      if (!(await tx.objectStore('tags').count([repo.RepoId, side.Tag]))) throw new BusinessFailure('TAG_NOT_EXIST');
      const tasks = await tx.objectStore('scanTasks').index('by-tag').getAll([side.InstanceId, repo.RepoId, side.Tag]);
      task = tasks
        .filter((t) => t.Status === 'COMPLETE')
        .reduce<ScanTaskRecord | undefined>(
          (a, b) => (!a || (b.FinishTime ?? b.StartTime) >= (a.FinishTime ?? a.StartTime) ? b : a),
          undefined,
        );
    }
    if (task?.Status !== 'COMPLETE') throw new BusinessFailure('SCAN_TASK_NOT_EXIST');
    const result = (await tx.objectStore('scanResults').get(task.ScanTaskId)) ?? {
      ScanTaskId: task.ScanTaskId,
      Summary: { HighSeverity: 0, MediumSeverity: 0, LowSeverity: 0, UnknownSeverity: 0, TotalSeverity: 0 },
      Vulnerabilities: [],
    };
    return { repo, task, result };
  });
}
