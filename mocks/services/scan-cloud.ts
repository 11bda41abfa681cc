/**
 * `ListScanBaselineByTask` and `ListScanMaliciousFileByTask`: the cloud-security engine's findings of a task,
 * stored as the core reported them (both languages, exact locations) and shaped into the API's rows here, in
 * the language asked for.
 */
import {
  BASELINE_CHECKS,
  type BaselineFinding,
  baselineCompliance,
  type FindingLocation as CoreLocation,
  type InspectionFinding,
  type SecretFinding,
} from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { ComplianceItem, FindingLocation, ScanBaseline, ScanMaliciousFile } from '@/api/contract/scan-cloud';
import type { ScanTaskRecord } from '../store/schema';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { paginate } from './paging';
import type { Payload } from './payload';
import { selectTask, type TaskSelector, taskResults } from './scans';

type Lang = 'zh-CN' | 'en-US';

function location(where: CoreLocation, evidence: string | undefined): FindingLocation {
  return {
    ...(where.layer ? { Layer: where.layer.digest, LayerIndex: where.layer.index } : {}),
    ...(where.path ? { Path: `/${where.path}` } : {}),
    ...(where.line ? { Line: where.line } : {}),
    ...(where.configKey ? { ConfigKey: where.configKey } : {}),
    ...(evidence ? { Evidence: evidence } : {}),
  };
}

/** `path:line evidence` or `configKey: evidence`, as Security Center's prompt column shows it. */
function prompt(where: FindingLocation): string {
  const place = where.Path ? `${where.Path}${where.Line ? `:${where.Line}` : ''}` : (where.ConfigKey ?? '');
  return [place, where.Evidence].filter(Boolean).join(where.Path ? ' ' : ': ');
}

/** The task, which must be a cloud-security scan (SCAN_TASK_NOT_SAS otherwise), and its stored inspection. */
async function cloudFindings(ctx: ServiceContext, params: TaskSelector) {
  const task: ScanTaskRecord = await selectTask(ctx, params);
  if (task.ScanService !== 'SAS_SCAN_SERVICE') throw new BusinessFailure('SCAN_TASK_NOT_SAS');
  const results = await taskResults(ctx, task);
  const time = task.FinishTime ?? task.StartTime;
  return { task, time, inspection: results?.Inspection };
}

const LEVEL_ORDER = { high: 0, medium: 1, low: 2, serious: 0, suspicious: 1, remind: 2 } as const;

/** Groups findings of one check into its row, checks ordered by level then key. */
function baselineRows(
  findings: readonly InspectionFinding[],
  lang: Lang,
  base: { ScanTaskId: string; time: number },
): ScanBaseline[] {
  const byRule = new Map<string, (BaselineFinding | SecretFinding)[]>();
  for (const finding of findings) {
    if (finding.kind === 'malware') continue;
    byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  }
  const rows = [...byRule.values()].map((items): ScanBaseline => {
    const first = items[0] as BaselineFinding | SecretFinding;
    const locations = items.map((item) => location(item.location, item.evidence));
    const count = (level: string) => items.filter((item) => item.level === level).length;
    return {
      ScanTaskId: base.ScanTaskId,
      BaselineClassAlias: first.category[lang],
      BaselineNameAlias: first.title[lang],
      BaselineNameKey: first.ruleId,
      BaselineNameLevel: first.level,
      BaselineItemCount: items.length,
      HighRiskItemCount: count('high'),
      MiddleRiskItemCount: count('medium'),
      LowRiskItemCount: count('low'),
      BaselineDetailDescription: first.description[lang],
      BaselineDetailAdvice: first.remediation[lang],
      BaselineDetailPrompt: locations[0] ? prompt(locations[0]) : '',
      CreateTime: base.time,
      FirstScanTime: base.time,
      UpdateTime: base.time,
      Kind: first.kind === 'secret' ? 'secret' : 'baseline',
      ...(first.kind === 'baseline' && first.cis ? { Cis: first.cis } : {}),
      Locations: locations,
    };
  });
  return rows.sort(
    (a, b) =>
      LEVEL_ORDER[a.BaselineNameLevel] - LEVEL_ORDER[b.BaselineNameLevel] ||
      a.BaselineNameKey.localeCompare(b.BaselineNameKey),
  );
}

/** `ListScanBaselineByTask`: configuration risks and leaked secrets, one row per check. */
export async function listScanBaselineByTask(
  ctx: ServiceContext,
  params: ActionParams<'ListScanBaselineByTask'>,
): Promise<Payload<'ListScanBaselineByTask'>> {
  const { task, time, inspection } = await cloudFindings(ctx, params);
  const findings = inspection ? [...inspection.baseline, ...inspection.secrets] : [];
  const rows = baselineRows(findings, params.Lang ?? 'zh-CN', { ScanTaskId: task.ScanTaskId, time }).filter(
    (row) => (!params.Level || row.BaselineNameLevel === params.Level) && (!params.Kind || row.Kind === params.Kind),
  );
  const page = paginate(rows, params.PageNo, params.PageSize);
  return { ScanBaselines: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

/** `ListScanMaliciousFileByTask`: one row per malicious file and signature. */
export async function listScanMaliciousFileByTask(
  ctx: ServiceContext,
  params: ActionParams<'ListScanMaliciousFileByTask'>,
): Promise<Payload<'ListScanMaliciousFileByTask'>> {
  const { task, time, inspection } = await cloudFindings(ctx, params);
  const lang = params.Lang ?? 'zh-CN';
  const rows = (inspection?.malware ?? [])
    .map(
      (finding): ScanMaliciousFile => ({
        ScanTaskId: task.ScanTaskId,
        MaliciousName: `${finding.category[lang]}: ${finding.title[lang]}`,
        MaliciousMd5: finding.md5,
        FilePath: finding.location.path ? `/${finding.location.path}` : '',
        Level: finding.level,
        CreateTime: time,
        FirstScanTime: time,
        UpdateTime: time,
        RuleId: finding.ruleId,
        MaliciousType: finding.category[lang],
        Sha256: finding.sha256,
        Description: finding.description[lang],
        Advice: finding.remediation[lang],
        Location: location(finding.location, finding.evidence),
      }),
    )
    .filter((row) => !params.Level || row.Level === params.Level)
    .sort((a, b) => LEVEL_ORDER[a.Level] - LEVEL_ORDER[b.Level] || a.FilePath.localeCompare(b.FilePath));
  const page = paginate(rows, params.PageNo, params.PageSize);
  return { ScanMaliciousFiles: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

/** `ListScanComplianceByTask` (console-only): pass or fail per CIS Docker Benchmark item. */
export async function listScanComplianceByTask(
  ctx: ServiceContext,
  params: ActionParams<'ListScanComplianceByTask'>,
): Promise<Payload<'ListScanComplianceByTask'>> {
  const { inspection } = await cloudFindings(ctx, params);
  const lang = params.Lang ?? 'zh-CN';
  const names = new Map(BASELINE_CHECKS.map((check) => [check.ruleId, check.title[lang]]));
  const Items = baselineCompliance(inspection?.baseline ?? []).map(
    (item): ComplianceItem => ({
      Cis: item.cis,
      Title: item.title?.[lang] ?? item.cis,
      Status: item.status === 'pass' ? 'PASS' : 'FAIL',
      CheckCount: item.ruleIds.length,
      FailedChecks: item.failedRuleIds.map((Key) => ({ Key, Name: names.get(Key) ?? Key })),
      FindingCount: item.findings,
    }),
  );
  const passed = Items.filter((item) => item.Status === 'PASS').length;
  return { Items, PassRate: Items.length ? Math.round((100 * passed) / Items.length) : 100 };
}
