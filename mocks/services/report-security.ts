/**
 * `GetSecurityReport` (console-only, 安全报告): every number is a sum over the latest COMPLETE scan of each tag,
 * the same rows `ListRepoTagScanResult` lists for that scan (see report-data.ts).
 */
import { baselineCompliance } from '@acr-console/core';
import type {
  ComplianceRow,
  FixProgressPoint,
  LevelCounts,
  SecurityReport,
  TopCve,
  TopImage,
  TrendPoint,
} from '@/api/contract/reports';
import type { ScanSeverity } from '@/api/contract/scans';
import { readRamAction } from '../ram/visibility';
import type { ServiceContext } from './context';
import {
  endOfShanghaiDay,
  fixStateOf,
  type ImageFinding,
  imageFindings,
  latestScan,
  loadReportData,
  type ReportAccess,
  type ReportData,
  type ReportImage,
  type ReportScope,
  reportDates,
  scanFindings,
  severityRank,
  shanghaiDate,
} from './report-data';

export const DEFAULT_REPORT_DAYS = 30;

export function emptyLevels(): LevelCounts {
  return { Total: 0, High: 0, Medium: 0, Low: 0, Unknown: 0 };
}

export function countLevels(severities: Iterable<ScanSeverity>): LevelCounts {
  const counts = emptyLevels();
  for (const severity of severities) {
    counts[severity] += 1;
    counts.Total += 1;
  }
  return counts;
}

function trend(data: ReportData, dates: readonly string[]): TrendPoint[] {
  return dates.map((date) => {
    const asOf = endOfShanghaiDay(date);
    const counts = countLevels(
      data.images.flatMap((image) => scanFindings(data, latestScan(image, asOf)).map((row) => row.Severity)),
    );
    const Scans = data.images
      .flatMap((image) => image.scans)
      .filter((scan) => shanghaiDate(scan.FinishTime ?? scan.StartTime) === date).length;
    return { Date: date, High: counts.High, Medium: counts.Medium, Low: counts.Low, Unknown: counts.Unknown, Scans };
  });
}

function topImages(findings: readonly ImageFinding[]): TopImage[] {
  const byImage = new Map<ImageFinding['image'], LevelCounts>();
  for (const f of findings) {
    const counts = byImage.get(f.image) ?? emptyLevels();
    counts[f.row.Severity] += 1;
    counts.Total += 1;
    byImage.set(f.image, counts);
  }
  // `findings` come in image order, so ties keep namespace/repository/tag order (Array.sort is stable).
  return [...byImage.entries()]
    .sort(([, a], [, b]) => b.High - a.High || b.Medium - a.Medium || b.Total - a.Total)
    .slice(0, 5)
    .map(([image, counts]) => ({
      InstanceId: image.instanceId,
      RepoId: image.repo.RepoId,
      Namespace: image.repo.RepoNamespaceName,
      RepoName: image.repo.RepoName,
      Tag: image.tag.Tag,
      ...counts,
    }));
}

function topCves(findings: readonly ImageFinding[]): TopCve[] {
  const byCve = new Map<string, { severity: ScanSeverity; images: Set<unknown>; packages: Set<string> }>();
  for (const f of findings) {
    const entry = byCve.get(f.row.CveName) ?? { severity: f.row.Severity, images: new Set(), packages: new Set() };
    if (severityRank(f.row.Severity) > severityRank(entry.severity)) entry.severity = f.row.Severity;
    entry.images.add(f.image);
    entry.packages.add(f.row.Feature);
    byCve.set(f.row.CveName, entry);
  }
  return [...byCve.entries()]
    .sort(
      ([ia, a], [ib, b]) =>
        b.images.size - a.images.size || severityRank(b.severity) - severityRank(a.severity) || ia.localeCompare(ib),
    )
    .slice(0, 5)
    .map(([CveId, e]) => ({ CveId, Severity: e.severity, Images: e.images.size, Packages: [...e.packages].sort() }));
}

function ecosystems(findings: readonly ImageFinding[]): SecurityReport['Ecosystems'] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.ecosystem, (counts.get(f.ecosystem) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([Ecosystem, Count]) => ({ Ecosystem, Count }));
}

/** Each finding once, as {@link fixStateOf} classifies it as of the end of each day (never after `now`). */
function fixProgress(data: ReportData, dates: readonly string[], now: number): FixProgressPoint[] {
  const field = { UNFIXED: 'Unfixed', FIXING: 'Fixing', FIXED: 'Fixed', IGNORED: 'Ignored' } as const;
  return dates.map((date) => {
    const asOf = Math.min(endOfShanghaiDay(date), now);
    const point = { Date: date, Unfixed: 0, Fixing: 0, Fixed: 0, Ignored: 0 };
    for (const f of imageFindings(data, asOf, asOf)) point[field[fixStateOf(data, f, asOf)]] += 1;
    return point;
  });
}

/**
 * Over the images whose latest scan ran on the cloud engine: an image fails an item when a finding maps to it.
 * Each item names its worst failing image (the one failing the most items, then in image order), where its
 * bar leads: baseline checks are not vulnerabilities, so they have no search of their own.
 */
function compliance(data: ReportData): ComplianceRow[] {
  const rows = new Map<string, ComplianceRow>();
  const failing = new Map<string, ReportImage[]>();
  const failures = new Map<ReportImage, number>();
  let cloudImages = 0;
  for (const image of data.images) {
    const scan = latestScan(image);
    const inspection = scan && data.results.get(scan.ScanTaskId)?.Inspection;
    if (scan?.ScanService !== 'SAS_SCAN_SERVICE' || !inspection) continue;
    cloudImages += 1;
    for (const item of baselineCompliance(inspection.baseline)) {
      const row = rows.get(item.cis) ?? {
        CisItem: item.cis,
        Title: { 'zh-CN': item.title?.['zh-CN'] ?? item.cis, 'en-US': item.title?.['en-US'] ?? item.cis },
        Passed: 0,
        Failed: 0,
        PassRate: 100,
      };
      if (item.status === 'fail') {
        row.Failed += 1;
        failing.set(item.cis, [...(failing.get(item.cis) ?? []), image]);
        failures.set(image, (failures.get(image) ?? 0) + 1);
      }
      rows.set(item.cis, row);
    }
  }
  return [...rows.values()].map((row) => {
    const Passed = cloudImages - row.Failed;
    // `data.images` is in image order and the sort is stable: ties keep it.
    const worst = [...(failing.get(row.CisItem) ?? [])].sort(
      (a, b) => (failures.get(b) ?? 0) - (failures.get(a) ?? 0),
    )[0];
    return {
      ...row,
      Passed,
      PassRate: Math.round((100 * Passed) / Math.max(cloudImages, 1)),
      ...(worst
        ? {
            WorstImage: {
              InstanceId: worst.instanceId,
              RepoId: worst.repo.RepoId,
              Namespace: worst.repo.RepoNamespaceName,
              RepoName: worst.repo.RepoName,
              Tag: worst.tag.Tag,
            },
          }
        : {}),
    };
  });
}

/** The report over loaded data, as of `now`. */
export function computeSecurityReport(data: ReportData, days: number, now: number): SecurityReport {
  const dates = reportDates(now, days);
  const findings = imageFindings(data, now);
  return {
    InstanceIds: data.instances.map((i) => i.InstanceId),
    Days: days,
    GeneratedTime: now,
    ArtifactsTotal: data.images.length,
    ArtifactsScanned: data.images.filter((image) => image.scans.length > 0).length,
    Levels: {
      Raw: countLevels(findings.map((f) => f.row.Severity)),
      Effective: countLevels(findings.filter((f) => !f.excepted).map((f) => f.row.Severity)),
    },
    Trend: trend(data, dates),
    TopImages: topImages(findings),
    TopCves: topCves(findings),
    Ecosystems: ecosystems(findings),
    FixProgress: fixProgress(data, dates, now),
    Compliance: compliance(data),
  };
}

/**
 * Loads and computes a report of a scope, over the repositories the identity (default: the session's) may read
 * with `cr:GetSecurityReport` (what `GetSecurityReport` and `ExportSecurityReport` are checked against).
 */
export async function securityReport(
  ctx: ServiceContext,
  scope: ReportScope & { Days?: number },
  access: Pick<ReportAccess, 'identity'> = {},
): Promise<SecurityReport> {
  const data = await loadReportData(ctx, scope, { ...access, ramAction: readRamAction('GetSecurityReport') });
  return computeSecurityReport(data, scope.Days ?? DEFAULT_REPORT_DAYS, ctx.clock.now());
}
