/**
 * `SearchVulnerabilities` (console-only, 漏洞检索): every finding of the latest COMPLETE scan of every tag of an
 * instance, filtered by stackable conditions (AND), in a stable order so pages never shuffle.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { FixState, SearchHit } from '@/api/contract/reports';
import { readRamAction } from '../ram/visibility';
import type { ServiceContext } from './context';
import { ParameterFailure } from './errors';
import {
  exceptionCheck,
  findingOrder,
  findingsIndexOf,
  type IndexedFinding,
  type IndexedImage,
} from './findings-index';
import { paginate } from './paging';
import type { Payload } from './payload';
import { digestOf, fixStateFrom, loadReportData } from './report-data';

export type SearchFilters = Omit<ActionParams<'SearchVulnerabilities'>, 'PageNo' | 'PageSize'>;

/** Exact, or a glob where `*` matches any run of characters (`CVE-2023-*`, `web-*`). */
export function globMatches(value: string, filter: string | undefined, caseInsensitive = false): boolean {
  const wanted = filter?.trim();
  if (!wanted) return true;
  if (!wanted.includes('*')) return caseInsensitive ? value.toLowerCase() === wanted.toLowerCase() : value === wanted;
  const key = `${caseInsensitive ? 'i' : ''}:${wanted}`;
  let regex = globCache.get(key);
  if (!regex) {
    const pattern = wanted
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    regex = new RegExp(`^${pattern}$`, caseInsensitive ? 'i' : '');
    // A search compiles a handful of globs and tests them on every finding: compile each once.
    if (globCache.size > 100) globCache.clear();
    globCache.set(key, regex);
  }
  return regex.test(value);
}

const globCache = new Map<string, RegExp>();

/** A predicate of a glob filter, compiled once per request (absent or blank: everything matches). */
function globTest(filter: string | undefined, caseInsensitive = false): ((value: string) => boolean) | undefined {
  if (!filter?.trim()) return undefined;
  return (value) => globMatches(value, filter, caseInsensitive);
}

/** A finding of the page with its state as of the request. */
interface Classified {
  finding: IndexedFinding;
  excepted: boolean;
  fixState: FixState;
}

function toHit({ finding, excepted, fixState }: Classified): SearchHit {
  const { row, at, ecosystem } = finding;
  return {
    CveId: row.CveName,
    Severity: row.Severity,
    ...(row.CvssScore === undefined ? {} : { Cvss: row.CvssScore }),
    Package: row.Feature,
    Version: row.Version,
    ...(row.VersionFixed ? { FixedVersion: row.VersionFixed } : {}),
    Ecosystem: ecosystem,
    Namespace: at.image.repo.RepoNamespaceName,
    RepoName: at.image.repo.RepoName,
    RepoId: at.image.repo.RepoId,
    Tag: at.image.tag.Tag,
    Digest: digestOf(at.scan.Digest),
    ScanTaskId: at.scan.ScanTaskId,
    Excepted: excepted,
    FixState: fixState,
  };
}

/**
 * Every finding the filters keep, in the search's order (severity desc, CVSS desc, CVE id, image, package,
 * version), each with its exception and fix state as of now. One pass over the instance's latest-findings
 * index (findings-index.ts); InvalidParameter when CvssMin is above CvssMax.
 */
async function matchingFindings(ctx: ServiceContext, filters: SearchFilters): Promise<Classified[]> {
  if (filters.CvssMin !== undefined && filters.CvssMax !== undefined && filters.CvssMin > filters.CvssMax) {
    throw new ParameterFailure('InvalidParameter', 'CvssMin', 'CvssMin must not be above CvssMax.');
  }
  // Only the repositories the session identity may read (`cr:GetScan`, what the search is checked against).
  const data = await loadReportData(
    ctx,
    { InstanceId: filters.InstanceId },
    { ramAction: readRamAction('SearchVulnerabilities'), latestOnly: true },
  );
  const now = ctx.clock.now();
  const inScope = new Set(data.images);
  const namespace = globTest(filters.Namespace);
  const repoName = globTest(filters.RepoName);
  const tag = globTest(filters.Tag);
  const cve = globTest(filters.CveId, true);
  const pkg = filters.Package?.trim().toLowerCase();
  const severities = filters.Severity?.length ? new Set(filters.Severity) : undefined;
  const ecosystem = filters.Ecosystem?.trim();
  const fixStates = filters.FixState?.length ? new Set(filters.FixState) : undefined;
  const cvssBounded = filters.CvssMin !== undefined || filters.CvssMax !== undefined;

  const out: Classified[] = [];
  for (const source of data.sources) {
    const index = findingsIndexOf(source);
    // Scope and image filters are decided once per image, not per finding.
    const imageKept = new Set<IndexedImage>();
    for (const at of index.images) {
      const { repo, tag: image } = at.image;
      if (!inScope.has(at.image)) continue;
      if (namespace && !namespace(repo.RepoNamespaceName)) continue;
      if (repoName && !repoName(repo.RepoName)) continue;
      if (tag && !tag(image.Tag)) continue;
      imageKept.add(at);
    }
    const excepted = exceptionCheck(data.exceptions.get(source.instanceId) ?? [], now);
    for (const f of index.ordered) {
      if (!imageKept.has(f.at)) continue;
      const { row } = f;
      if (severities && !severities.has(row.Severity)) continue;
      if (filters.Fixable !== undefined && (row.VersionFixed !== '') !== filters.Fixable) continue;
      if (cvssBounded) {
        if (row.CvssScore === undefined) continue;
        if (filters.CvssMin !== undefined && row.CvssScore < filters.CvssMin) continue;
        if (filters.CvssMax !== undefined && row.CvssScore > filters.CvssMax) continue;
      }
      if (ecosystem && f.ecosystem !== ecosystem) continue;
      if (pkg && !f.packageLower.includes(pkg)) continue;
      if (cve && !cve(row.CveName)) continue;
      const isExcepted = excepted(f);
      if (filters.Excepted !== undefined && isExcepted !== filters.Excepted) continue;
      const fixState = fixStateFrom(isExcepted, f.fixes, now);
      if (fixStates && !fixStates.has(fixState)) continue;
      out.push({ finding: f, excepted: isExcepted, fixState });
    }
  }
  // Several instances (a region): merge their ordered runs (the sort is stable).
  if (data.sources.length > 1) out.sort((a, b) => findingOrder(a.finding, b.finding));
  return out;
}

/** Every hit of the filters, sorted (what the exports write). InvalidParameter when CvssMin is above CvssMax. */
export async function searchHits(ctx: ServiceContext, filters: SearchFilters): Promise<SearchHit[]> {
  return (await matchingFindings(ctx, filters)).map(toHit);
}

/** `SearchVulnerabilities`: only the page's findings become hits. */
export async function searchVulnerabilities(
  ctx: ServiceContext,
  params: ActionParams<'SearchVulnerabilities'>,
): Promise<Payload<'SearchVulnerabilities'>> {
  const { PageNo, PageSize, ...filters } = params;
  const page = paginate(await matchingFindings(ctx, filters), PageNo, PageSize);
  return { Items: page.items.map(toHit), TotalCount: page.TotalCount, PageNo: page.PageNo, PageSize: page.PageSize };
}
