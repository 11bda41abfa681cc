/**
 * `SearchVulnerabilities` (console-only, 漏洞检索): every finding of the latest COMPLETE scan of every tag of an
 * instance, filtered by stackable conditions (AND), in a stable order so pages never shuffle.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { FixState, SearchHit } from '@/api/contract/reports';
import { readRamAction } from '../ram/visibility';
import type { ServiceContext } from './context';
import { ParameterFailure } from './errors';
import { paginate } from './paging';
import type { Payload } from './payload';
import { digestOf, fixStateOf, type ImageFinding, imageFindings, loadReportData, severityRank } from './report-data';

export type SearchFilters = Omit<ActionParams<'SearchVulnerabilities'>, 'PageNo' | 'PageSize'>;

const contains = (value: string, filter: string | undefined) =>
  !filter?.trim() || value.toLowerCase().includes(filter.trim().toLowerCase());

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

/** A finding with its fix-progress state today. */
type Classified = ImageFinding & { fixState: FixState };

function matches(f: Classified, filters: SearchFilters): boolean {
  const { row } = f;
  if (!globMatches(row.CveName, filters.CveId, true)) return false;
  if (!contains(row.Feature, filters.Package)) return false;
  if (!globMatches(f.image.repo.RepoNamespaceName, filters.Namespace)) return false;
  if (!globMatches(f.image.repo.RepoName, filters.RepoName)) return false;
  if (!globMatches(f.image.tag.Tag, filters.Tag)) return false;
  if (filters.Severity?.length && !filters.Severity.includes(row.Severity)) return false;
  if (filters.CvssMin !== undefined || filters.CvssMax !== undefined) {
    if (row.CvssScore === undefined) return false;
    if (filters.CvssMin !== undefined && row.CvssScore < filters.CvssMin) return false;
    if (filters.CvssMax !== undefined && row.CvssScore > filters.CvssMax) return false;
  }
  if (filters.Fixable !== undefined && (row.VersionFixed !== '') !== filters.Fixable) return false;
  if (filters.Ecosystem?.trim() && f.ecosystem !== filters.Ecosystem.trim()) return false;
  if (filters.Excepted !== undefined && f.excepted !== filters.Excepted) return false;
  if (filters.FixState?.length && !filters.FixState.includes(f.fixState)) return false;
  return true;
}

function toHit(f: Classified): SearchHit {
  const { row, image } = f;
  return {
    CveId: row.CveName,
    Severity: row.Severity,
    ...(row.CvssScore === undefined ? {} : { Cvss: row.CvssScore }),
    Package: row.Feature,
    Version: row.Version,
    ...(row.VersionFixed ? { FixedVersion: row.VersionFixed } : {}),
    Ecosystem: f.ecosystem,
    Namespace: image.repo.RepoNamespaceName,
    RepoName: image.repo.RepoName,
    RepoId: image.repo.RepoId,
    Tag: image.tag.Tag,
    Digest: digestOf(f.scan.Digest),
    ScanTaskId: f.scan.ScanTaskId,
    Excepted: f.excepted,
    FixState: f.fixState,
  };
}

/** `localeCompare` with one shared collator: the same order, without a collator lookup per comparison. */
const compareText = new Intl.Collator().compare;

/** Severity desc, CVSS desc (unscored last), CVE id, image, package, version. */
export function hitOrder(a: SearchHit, b: SearchHit): number {
  return (
    severityRank(b.Severity) - severityRank(a.Severity) ||
    (b.Cvss ?? -1) - (a.Cvss ?? -1) ||
    compareText(a.CveId, b.CveId) ||
    compareText(a.Namespace, b.Namespace) ||
    compareText(a.RepoName, b.RepoName) ||
    compareText(a.Tag, b.Tag) ||
    compareText(a.Package, b.Package) ||
    compareText(a.Version, b.Version)
  );
}

/** Every hit of the filters, sorted. InvalidParameter when CvssMin is above CvssMax. */
export async function searchHits(ctx: ServiceContext, filters: SearchFilters): Promise<SearchHit[]> {
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
  return imageFindings(data, now)
    .map((f): Classified => ({ ...f, fixState: fixStateOf(data, f, now) }))
    .filter((f) => matches(f, filters))
    .map(toHit)
    .sort(hitOrder);
}

/** `SearchVulnerabilities`. */
export async function searchVulnerabilities(
  ctx: ServiceContext,
  params: ActionParams<'SearchVulnerabilities'>,
): Promise<Payload<'SearchVulnerabilities'>> {
  const { PageNo, PageSize, ...filters } = params;
  const page = paginate(await searchHits(ctx, filters), PageNo, PageSize);
  return { Items: page.items, TotalCount: page.TotalCount, PageNo: page.PageNo, PageSize: page.PageSize };
}
