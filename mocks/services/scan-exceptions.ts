/**
 * `GetRepoTagScanExceptions` (console-only): a scan's findings before and after the exceptions in force, which
 * findings they cover, which only an expired exception would cover, and every exception scoped to the tag.
 */
import { applyExceptions, scopeCovers } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { ScanSeverity, ScanVulnerability } from '@/api/contract/scans';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { requireRepository } from './lookup';
import type { Payload } from './payload';
import { selectTask, taskResults } from './scans';
import { exceptionView, instanceExceptions, newestFirst, toCoreException } from './vuln-exceptions';

type LevelCounts = Payload<'GetRepoTagScanExceptions'>['Raw'];

const LEVEL_FIELD: Record<ScanSeverity, Exclude<keyof LevelCounts, 'Total'>> = {
  High: 'High',
  Medium: 'Medium',
  Low: 'Low',
  Unknown: 'Unknown',
};

/** One per row, as `GetRepoTagScanSummary` counts them. */
function levelCounts(rows: readonly Pick<ScanVulnerability, 'Severity'>[]): LevelCounts {
  const counts: LevelCounts = { Total: 0, High: 0, Medium: 0, Low: 0, Unknown: 0 };
  for (const row of rows) {
    counts[LEVEL_FIELD[row.Severity]] += 1;
    counts.Total += 1;
  }
  return counts;
}

/** The task named by `ScanTaskId`, else the tag's latest; SCAN_TASK_NOT_EXIST when the tag was never scanned. */
export async function getRepoTagScanExceptions(
  ctx: ServiceContext,
  params: ActionParams<'GetRepoTagScanExceptions'>,
): Promise<Payload<'GetRepoTagScanExceptions'>> {
  const task = await selectTask(ctx, params);
  const vulnerabilities = (await taskResults(ctx, task))?.Vulnerabilities ?? [];
  const { repo, records } = await read(ctx.store, ['repositories', 'vulnExceptions'], async (tx) => ({
    // The task's own tag: a ScanTaskId decides which image is meant.
    repo: await requireRepository(tx, { InstanceId: task.InstanceId, RepoId: task.RepoId }),
    records: await instanceExceptions(tx, task.InstanceId),
  }));
  const target = { namespace: repo.RepoNamespaceName, repository: repo.RepoName, tag: task.Tag };
  const covering = records.filter((r) => scopeCovers(toCoreException(r).scope, target)).sort(newestFirst);
  const now = ctx.clock.now();
  const findings = vulnerabilities.map((v) => ({ ...v, cveId: v.CveName }));
  const result = applyExceptions(findings, covering.map(toCoreException), now, target);

  const excepted = result.findings.filter((f) => f.excepted);
  // A finding a live exception covers is excepted, whatever expired ones also say about it.
  const expiredOnly = result.findings.filter((f) => !f.excepted && f.expiredExceptionIds?.length);
  return {
    ScanTaskId: task.ScanTaskId,
    Raw: levelCounts(vulnerabilities),
    Effective: levelCounts(result.findings.filter((f) => !f.excepted)),
    Excepted: excepted.map((f) => ({
      CveId: f.CveName,
      Package: f.Feature,
      ExceptionId: f.exceptionId ?? '',
      Expired: false,
    })),
    Expired: expiredOnly.map((f) => ({
      CveId: f.CveName,
      Package: f.Feature,
      ExceptionId: f.expiredExceptionIds?.[0] ?? '',
      Expired: true,
    })),
    Exceptions: covering.map((r) => exceptionView(r, now)),
  };
}
