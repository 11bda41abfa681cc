/**
 * What the security report, the search and the exports read, loaded in ONE place so they can never disagree:
 * every image tag of the instances in scope (signature tags excluded), each tag's COMPLETE scan tasks with
 * their results, the one-click fix tasks, and the exceptions.
 *
 * "The latest scan" of a tag is its latest COMPLETE task by `FinishTime` (as of a moment, for the trend): a
 * failed or running rescan does not hide the findings of the last good one.
 *
 * Only what the identity may read is loaded (issue 8: a security view non-admins can see, scoped to what they
 * may see): the repositories whose scan results the session identity (or the one named, for a schedule) may
 * read with the action's RAM action, judged like the gateway's row filters (`ram/visibility.ts`). Every
 * number, row and file built from the data is therefore scoped too; the main account sees everything.
 */
import { applyExceptions, type VulnerabilityException } from '@acr-console/core';
import type { FixState } from '@/api/contract/reports';
import type { ScanSeverity, ScanVulnerability } from '@/api/contract/scans';
import { principalIn, readableBy, VISIBILITY_STORES } from '../ram/visibility';
import type {
  FixTaskRecord,
  InstanceRecord,
  RepositoryRecord,
  ScanResultRecord,
  ScanTaskRecord,
  TagRecord,
} from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { requireInstance } from './lookup';
import { SIGNATURE_TAG } from './tag-policy-input';
import { instanceExceptions, toCoreException } from './vuln-exceptions';

/** One image tag with its COMPLETE scans, oldest finished first. */
export interface ReportImage {
  instanceId: string;
  repo: RepositoryRecord;
  tag: TagRecord;
  scans: ScanTaskRecord[];
}

export interface ReportData {
  instances: InstanceRecord[];
  images: ReportImage[];
  results: Map<string, ScanResultRecord>;
  fixTasks: FixTaskRecord[];
  /** The core's exceptions per instance (in force or not: the caller's clock decides). */
  exceptions: Map<string, VulnerabilityException[]>;
}

/** The instances a report covers: the one named, or every instance of the region. */
export interface ReportScope {
  InstanceId?: string;
  RegionId?: string;
}

/** Whose view the data is: which RAM action reads a repository's findings, and as which identity. */
export interface ReportAccess {
  /** The RAM action the calling action maps to (default `cr:GetScan`, reading scan results). */
  ramAction?: string;
  /** A RAM user name, or the main account's; default: the session identity. */
  identity?: string;
  /**
   * Load only the result of each image's latest COMPLETE scan (what the vulnerability search reads), not
   * the whole history: on the `scale` seed that is 2,000 result rows instead of 10,000.
   */
  latestOnly?: boolean;
}

const finishedAt = (task: ScanTaskRecord) => task.FinishTime ?? task.StartTime;

/**
 * Loads everything in one read transaction, only the repositories the identity may read (see the module
 * comment). INSTANCE_NOT_EXIST for an unknown (or other-region) instance.
 */
export async function loadReportData(
  ctx: ServiceContext,
  scope: ReportScope,
  access: ReportAccess = {},
): Promise<ReportData> {
  const stores = [
    ...VISIBILITY_STORES,
    'instances',
    'repositories',
    'tags',
    'scanTasks',
    'scanResults',
    'fixTasks',
    'vulnExceptions',
  ] as const;
  return read(ctx.store, [...stores], async (tx) => {
    const principal = await principalIn(tx, access.identity);
    const readable = readableBy(principal, access.ramAction ?? 'cr:GetScan', ctx.clock.now());
    let instances: InstanceRecord[];
    if (scope.InstanceId) {
      instances = [await requireInstance(tx, scope.InstanceId, scope.RegionId ? { regionId: scope.RegionId } : {})];
    } else if (scope.RegionId) {
      instances = await tx.objectStore('instances').index('by-region').getAll(scope.RegionId);
    } else throw new BusinessFailure('INSTANCE_NOT_EXIST');
    instances.sort((a, b) => a.InstanceId.localeCompare(b.InstanceId));

    if (!scope.InstanceId) {
      // Across a region: the instances the identity may read something of (the others are not its business).
      const repos = tx.objectStore('repositories').index('by-instance');
      const kept: InstanceRecord[] = [];
      for (const i of instances) {
        const readsAll = readable.instance(i.RegionId, i.InstanceId);
        if (readsAll || (await repos.getAll(i.InstanceId)).some((r) => readable.repository(i.RegionId, r)))
          kept.push(i);
      }
      instances = kept;
    }

    const images: ReportImage[] = [];
    const results = new Map<string, ScanResultRecord>();
    const fixTasks: FixTaskRecord[] = [];
    const exceptions = new Map<string, VulnerabilityException[]>();
    const pendingResults: Promise<void>[] = [];
    for (const instance of instances) {
      const id = instance.InstanceId;
      const repos = new Map(
        (await tx.objectStore('repositories').index('by-instance').getAll(id))
          .filter((r) => readable.repository(instance.RegionId, r))
          .map((r) => [r.RepoId, r]),
      );
      const tasks = (await tx.objectStore('scanTasks').index('by-instance').getAll(id)).filter(
        (t) => t.Status === 'COMPLETE' && repos.has(t.RepoId),
      );
      const byTag = new Map<string, ScanTaskRecord[]>();
      for (const task of tasks) {
        const key = `${task.RepoId}\u0000${task.Tag}`;
        byTag.set(key, [...(byTag.get(key) ?? []), task]);
      }
      for (const tag of await tx.objectStore('tags').index('by-instance').getAll(id)) {
        const repo = repos.get(tag.RepoId);
        if (!repo || SIGNATURE_TAG.test(tag.Tag)) continue;
        const scans = (byTag.get(`${tag.RepoId}\u0000${tag.Tag}`) ?? []).sort(
          (a, b) => finishedAt(a) - finishedAt(b) || a.StartTime - b.StartTime,
        );
        // Requested together (IndexedDB pipelines them in the transaction) rather than one round trip each.
        for (const scan of access.latestOnly ? scans.slice(-1) : scans) {
          pendingResults.push(
            tx
              .objectStore('scanResults')
              .get(scan.ScanTaskId)
              .then((result) => {
                if (result) results.set(scan.ScanTaskId, result);
              }),
          );
        }
        images.push({ instanceId: id, repo, tag, scans });
      }
      await Promise.all(pendingResults.splice(0));
      fixTasks.push(
        ...(await tx.objectStore('fixTasks').index('by-instance').getAll(id)).filter((t) => repos.has(t.RepoId)),
      );
      exceptions.set(id, (await instanceExceptions(tx, id)).map(toCoreException));
    }
    images.sort(imageOrder);
    return { instances, images, results, fixTasks, exceptions };
  });
}

/** Namespace, repository, tag, then instance: how every list of images is ordered. */
export function imageOrder(a: ReportImage, b: ReportImage): number {
  return (
    a.repo.RepoNamespaceName.localeCompare(b.repo.RepoNamespaceName) ||
    a.repo.RepoName.localeCompare(b.repo.RepoName) ||
    a.tag.Tag.localeCompare(b.tag.Tag) ||
    a.instanceId.localeCompare(b.instanceId)
  );
}

/** The latest COMPLETE scan finished at or before `asOf` (default: ever). */
export function latestScan(image: ReportImage, asOf = Number.POSITIVE_INFINITY): ScanTaskRecord | undefined {
  let latest: ScanTaskRecord | undefined;
  for (const scan of image.scans) if (finishedAt(scan) <= asOf) latest = scan;
  return latest;
}

/** The findings of a scan (none when its result row is missing). */
export function scanFindings(data: ReportData, scan: ScanTaskRecord | undefined): ScanVulnerability[] {
  return scan ? (data.results.get(scan.ScanTaskId)?.Vulnerabilities ?? []) : [];
}

/** A finding of a tag's latest scan, with where it was found and whether an exception in force covers it. */
export interface ImageFinding {
  image: ReportImage;
  scan: ScanTaskRecord;
  row: ScanVulnerability;
  ecosystem: string;
  excepted: boolean;
}

/** Every finding of every scanned image's latest scan as of `asOf`, exceptions applied as of `now`. */
export function imageFindings(data: ReportData, now: number, asOf = Number.POSITIVE_INFINITY): ImageFinding[] {
  const out: ImageFinding[] = [];
  for (const image of data.images) {
    const scan = latestScan(image, asOf);
    if (!scan) continue;
    const result = data.results.get(scan.ScanTaskId);
    const rows = result?.Vulnerabilities ?? [];
    const target = { namespace: image.repo.RepoNamespaceName, repository: image.repo.RepoName, tag: image.tag.Tag };
    const exceptions = (data.exceptions.get(image.instanceId) ?? []).filter(
      (e) => !e.createdAt || Date.parse(e.createdAt) <= now,
    );
    const applied = applyExceptions(
      rows.map((row) => ({ row, cveId: row.CveName })),
      exceptions,
      now,
      target,
    );
    for (const finding of applied.findings) {
      out.push({
        image,
        scan,
        row: finding.row,
        ecosystem: ecosystemOf(finding.row, result?.Os?.family),
        excepted: finding.excepted,
      });
    }
  }
  return out;
}

/**
 * 修复进度 of a finding as of `asOf`: 已忽略 (an exception in force covers it), 已修复 (a fix of the tag that
 * included the CVE succeeded), 修复中 (one is running, or succeeds only later), else 未修复, in that order of
 * precedence. Fix tasks count from their start (修复中) and their finish (已修复). The report's fix-progress
 * chart and the search's `FixState` filter both classify with this.
 */
export function fixStateOf(data: ReportData, f: ImageFinding, asOf: number): FixState {
  if (f.excepted) return 'IGNORED';
  const fixes = data.fixTasks.filter(
    (t) =>
      t.InstanceId === f.image.instanceId &&
      t.RepoId === f.image.repo.RepoId &&
      t.SourceTag === f.image.tag.Tag &&
      t.CveNames.includes(f.row.CveName) &&
      t.StartTime <= asOf,
  );
  if (fixes.some((t) => t.Status === 'SUCCESS' && (t.FinishTime ?? t.StartTime) <= asOf)) return 'FIXED';
  if (fixes.some((t) => t.Status === 'FIXING' || (t.Status === 'SUCCESS' && (t.FinishTime ?? 0) > asOf))) {
    return 'FIXING';
  }
  return 'UNFIXED';
}

/** `VersionFormat` back to the ecosystem names users know (gem → rubygems; dpkg/apk/rpm → the OS family). */
export function ecosystemOf(row: Pick<ScanVulnerability, 'ScanType' | 'VersionFormat'>, osFamily?: string): string {
  if (row.ScanType === 'cve') return osFamily ?? row.VersionFormat;
  return row.VersionFormat === 'gem' ? 'rubygems' : row.VersionFormat;
}

export const SEVERITY_ORDER: readonly ScanSeverity[] = ['High', 'Medium', 'Low', 'Unknown'];
export const severityRank = (severity: ScanSeverity) => 3 - SEVERITY_ORDER.indexOf(severity);

/** `sha256:<hex>`. */
export const digestOf = (hex: string) => (hex.startsWith('sha256:') ? hex : `sha256:${hex}`);

/** The calendar day of an instant in Asia/Shanghai (UTC+8, no DST), `YYYY-MM-DD`. */
export function shanghaiDate(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The last millisecond of a Shanghai day. */
export function endOfShanghaiDay(date: string): number {
  return Date.parse(`${date}T00:00:00+08:00`) + 86_400_000 - 1;
}

/** The `days` Shanghai dates ending today, oldest first. */
export function reportDates(now: number, days: number): string[] {
  const today = Date.parse(`${shanghaiDate(now)}T00:00:00+08:00`);
  return Array.from({ length: days }, (_, i) => shanghaiDate(today - (days - 1 - i) * 86_400_000));
}
