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
  AcrTransaction,
  FixTaskRecord,
  InstanceRecord,
  RepositoryRecord,
  ScanResultRecord,
  ScanTaskRecord,
  StoreName,
  TagRecord,
} from '../store/schema';
import { dataGeneration, read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { cachedAt, rememberAt } from './generation-cache';
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
  /**
   * The per-instance snapshots these rows were cut from, before the identity's scope (cached per data
   * generation, see generation-cache.ts): indexes derived from the data (the search's) key on them.
   */
  sources: InstanceSnapshot[];
}

/** One instance's report rows as stored, for every identity: what is cached between requests. */
export interface InstanceSnapshot {
  instanceId: string;
  /** Every repository of the instance, by id. */
  repos: Map<string, RepositoryRecord>;
  /** Every image tag of the instance (signature tags excluded) with its COMPLETE scans, in image order. */
  images: ReportImage[];
  /** The results of every image's scans, or only of its latest one (`latestOnly`). */
  results: Map<string, ScanResultRecord>;
  latestOnly: boolean;
  fixTasks: FixTaskRecord[];
  exceptions: VulnerabilityException[];
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

/** The stores a report reads; all but the identity's are in `GENERATION_STORES`, so the cache sees their writes. */
const REPORT_STORES = [
  ...VISIBILITY_STORES,
  'instances',
  'repositories',
  'tags',
  'scanTasks',
  'scanResults',
  'fixTasks',
  'vulnExceptions',
] as const satisfies readonly StoreName[];

/**
 * Loads everything in one read transaction, only the repositories the identity may read (see the module
 * comment). INSTANCE_NOT_EXIST for an unknown (or other-region) instance.
 *
 * The stored rows of each instance are read once per data generation and kept (generation-cache.ts); who
 * may read what (RAM conditions can depend on the time) and exceptions in force are decided per request.
 */
export async function loadReportData(
  ctx: ServiceContext,
  scope: ReportScope,
  access: ReportAccess = {},
): Promise<ReportData> {
  return read(ctx.store, REPORT_STORES, async (tx) => {
    const generation = await dataGeneration(tx);
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

    const sources: InstanceSnapshot[] = [];
    for (const instance of instances) {
      const id = instance.InstanceId;
      // A snapshot of the whole history serves a latest-only reader too.
      const cached =
        cachedAt<InstanceSnapshot>(ctx.store, generation, `report:${id}:all`) ??
        (access.latestOnly ? cachedAt<InstanceSnapshot>(ctx.store, generation, `report:${id}:latest`) : undefined);
      sources.push(
        cached ??
          rememberAt(
            ctx.store,
            generation,
            `report:${id}:${access.latestOnly ? 'latest' : 'all'}`,
            await readInstanceSnapshot(tx, id, access.latestOnly ?? false),
          ),
      );
    }
    return scopedData(instances, sources, (regionId, repo) => readable.repository(regionId, repo));
  });
}

/** An instance's report rows as stored, for every identity (the uncached read). */
export async function readInstanceSnapshot(
  tx: AcrTransaction<'readonly'>,
  instanceId: string,
  latestOnly: boolean,
): Promise<InstanceSnapshot> {
  const repos = new Map(
    (await tx.objectStore('repositories').index('by-instance').getAll(instanceId)).map((r) => [r.RepoId, r]),
  );
  const tasks = (await tx.objectStore('scanTasks').index('by-instance').getAll(instanceId)).filter(
    (t) => t.Status === 'COMPLETE' && repos.has(t.RepoId),
  );
  const byTag = new Map<string, ScanTaskRecord[]>();
  for (const task of tasks) {
    const key = `${task.RepoId}\u0000${task.Tag}`;
    const list = byTag.get(key);
    if (list) list.push(task);
    else byTag.set(key, [task]);
  }
  const images: ReportImage[] = [];
  const results = new Map<string, ScanResultRecord>();
  const pendingResults: Promise<void>[] = [];
  for (const tag of await tx.objectStore('tags').index('by-instance').getAll(instanceId)) {
    const repo = repos.get(tag.RepoId);
    if (!repo || SIGNATURE_TAG.test(tag.Tag)) continue;
    const scans = (byTag.get(`${tag.RepoId}\u0000${tag.Tag}`) ?? []).sort(
      (a, b) => finishedAt(a) - finishedAt(b) || a.StartTime - b.StartTime,
    );
    // Requested together (IndexedDB pipelines them in the transaction) rather than one round trip each.
    for (const scan of latestOnly ? scans.slice(-1) : scans) {
      pendingResults.push(
        tx
          .objectStore('scanResults')
          .get(scan.ScanTaskId)
          .then((result) => {
            if (result) results.set(scan.ScanTaskId, result);
          }),
      );
    }
    images.push({ instanceId, repo, tag, scans });
  }
  await Promise.all(pendingResults);
  const fixTasks = (await tx.objectStore('fixTasks').index('by-instance').getAll(instanceId)).filter((t) =>
    repos.has(t.RepoId),
  );
  const exceptions = (await instanceExceptions(tx, instanceId)).map(toCoreException);
  images.sort(imageOrder);
  return { instanceId, repos, images, results, latestOnly, fixTasks, exceptions };
}

/** The snapshots cut down to the repositories `reads` lets through (the identity's scope). */
function scopedData(
  instances: InstanceRecord[],
  sources: InstanceSnapshot[],
  reads: (regionId: string, repo: RepositoryRecord) => boolean,
): ReportData {
  const images: ReportImage[] = [];
  const fixTasks: FixTaskRecord[] = [];
  const exceptions = new Map<string, VulnerabilityException[]>();
  let everything = true;
  for (const [index, source] of sources.entries()) {
    const regionId = instances[index]?.RegionId ?? '';
    const readableRepos = new Set([...source.repos.values()].filter((r) => reads(regionId, r)).map((r) => r.RepoId));
    if (readableRepos.size < source.repos.size) everything = false;
    for (const image of source.images) if (readableRepos.has(image.repo.RepoId)) images.push(image);
    for (const task of source.fixTasks) if (readableRepos.has(task.RepoId)) fixTasks.push(task);
    exceptions.set(source.instanceId, source.exceptions);
  }
  // Each snapshot is in image order already; several instances interleave.
  if (sources.length > 1) images.sort(imageOrder);
  let results: Map<string, ScanResultRecord>;
  if (everything && sources.length === 1 && sources[0]) results = sources[0].results;
  else {
    // Only the results of the images in scope.
    results = new Map();
    const all = sources.map((s) => s.results);
    for (const image of images) {
      for (const scan of image.scans) {
        const result = all.find((m) => m.has(scan.ScanTaskId))?.get(scan.ScanTaskId);
        if (result) results.set(scan.ScanTaskId, result);
      }
    }
  }
  return { instances, images, results, fixTasks, exceptions, sources };
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
    const exceptions = exceptionsCreatedBy(data.exceptions.get(image.instanceId) ?? [], now);
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

/** The exceptions that exist at `now` (the trend looks at past days: later ones did not exist yet). */
export function exceptionsCreatedBy(
  exceptions: readonly VulnerabilityException[],
  now: number,
): VulnerabilityException[] {
  return exceptions.filter((e) => !e.createdAt || Date.parse(e.createdAt) <= now);
}

/**
 * 修复进度 of a finding as of `asOf`: 已忽略 (an exception in force covers it), 已修复 (a fix of the tag that
 * included the CVE succeeded), 修复中 (one is running, or succeeds only later), else 未修复, in that order of
 * precedence. Fix tasks count from their start (修复中) and their finish (已修复). The report's fix-progress
 * chart and the search's `FixState` filter both classify with this.
 */
export function fixStateOf(data: ReportData, f: ImageFinding, asOf: number): FixState {
  const fixes = data.fixTasks.filter(
    (t) =>
      t.InstanceId === f.image.instanceId &&
      t.RepoId === f.image.repo.RepoId &&
      t.SourceTag === f.image.tag.Tag &&
      t.CveNames.includes(f.row.CveName),
  );
  return fixStateFrom(f.excepted, fixes, asOf);
}

/** {@link fixStateOf} given the fix tasks of the finding's tag that included its CVE (started or not). */
export function fixStateFrom(excepted: boolean, fixTasks: readonly FixTaskRecord[], asOf: number): FixState {
  if (excepted) return 'IGNORED';
  const fixes = fixTasks.filter((t) => t.StartTime <= asOf);
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
