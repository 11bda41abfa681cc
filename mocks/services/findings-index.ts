/**
 * The latest-findings index of the vulnerability search (漏洞检索): every finding of each image's latest
 * COMPLETE scan in one instance, already in the search's order, with what the filters compare precomputed
 * (lower-cased strings, severity rank, the fix tasks that name the finding). Searching is then one pass over
 * the rows, with no IndexedDB reads beyond the request's own (report-data.ts) and no sort.
 *
 * Built once per instance snapshot, which report-data.ts keeps for one data generation: the index lives in a
 * WeakMap keyed on the snapshot, so any write that changes the data (in any tab) brings a new snapshot and a
 * new index, and the old one is dropped with its snapshot.
 *
 * Nothing time-dependent is stored: whether an exception covers a finding and its 修复进度 are decided per
 * request (`exceptionCheck`, `fixStateFrom`) from the stored exceptions and fix tasks.
 */
import { applyExceptions, type VulnerabilityException } from '@acr-console/core';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { FixTaskRecord, ScanTaskRecord } from '../store/schema';
import {
  ecosystemOf,
  exceptionsCreatedBy,
  type InstanceSnapshot,
  latestScan,
  type ReportImage,
  severityRank,
} from './report-data';

/** An image with its latest COMPLETE scan, and that scan's findings in the result's row order. */
export interface IndexedImage {
  image: ReportImage;
  scan: ScanTaskRecord;
  /** What exception scopes are matched against. */
  target: { namespace: string; repository: string; tag: string };
  findings: IndexedFinding[];
}

export interface IndexedFinding {
  at: IndexedImage;
  /** Position in `at.findings` (exceptions are applied per image, by position). */
  position: number;
  row: ScanVulnerability;
  ecosystem: string;
  cveLower: string;
  packageLower: string;
  /** `severityRank` of the row. */
  rank: number;
  /** The fix tasks of this tag that included this CVE, whatever their state (the time decides per request). */
  fixes: readonly FixTaskRecord[];
}

export interface FindingsIndex {
  images: IndexedImage[];
  /** Every finding, in {@link findingOrder}. */
  ordered: IndexedFinding[];
}

/** `localeCompare` with one shared collator: the same order, without a collator lookup per comparison. */
const compareText = new Intl.Collator().compare;

/** Severity desc, CVSS desc (unscored last), CVE id, image, package, version: how search results are listed. */
export function findingOrder(a: IndexedFinding, b: IndexedFinding): number {
  return (
    b.rank - a.rank ||
    (b.row.CvssScore ?? -1) - (a.row.CvssScore ?? -1) ||
    compareText(a.row.CveName, b.row.CveName) ||
    compareText(a.at.image.repo.RepoNamespaceName, b.at.image.repo.RepoNamespaceName) ||
    compareText(a.at.image.repo.RepoName, b.at.image.repo.RepoName) ||
    compareText(a.at.image.tag.Tag, b.at.image.tag.Tag) ||
    compareText(a.row.Feature, b.row.Feature) ||
    compareText(a.row.Version, b.row.Version)
  );
}

const indexes = new WeakMap<InstanceSnapshot, FindingsIndex>();

/** The index of a snapshot, built on first use. */
export function findingsIndexOf(source: InstanceSnapshot): FindingsIndex {
  let index = indexes.get(source);
  if (!index) {
    index = buildIndex(source);
    indexes.set(source, index);
  }
  return index;
}

const fixKey = (repoId: string, tag: string, cve: string) => `${repoId}\u0000${tag}\u0000${cve}`;

function buildIndex(source: InstanceSnapshot): FindingsIndex {
  const fixesOf = new Map<string, FixTaskRecord[]>();
  for (const task of source.fixTasks) {
    for (const cve of new Set(task.CveNames)) {
      const key = fixKey(task.RepoId, task.SourceTag, cve);
      const list = fixesOf.get(key);
      if (list) list.push(task);
      else fixesOf.set(key, [task]);
    }
  }
  const images: IndexedImage[] = [];
  const ordered: IndexedFinding[] = [];
  for (const image of source.images) {
    const scan = latestScan(image);
    if (!scan) continue;
    const result = source.results.get(scan.ScanTaskId);
    const at: IndexedImage = {
      image,
      scan,
      target: { namespace: image.repo.RepoNamespaceName, repository: image.repo.RepoName, tag: image.tag.Tag },
      findings: [],
    };
    for (const row of result?.Vulnerabilities ?? []) {
      const finding: IndexedFinding = {
        at,
        position: at.findings.length,
        row,
        ecosystem: ecosystemOf(row, result?.Os?.family),
        cveLower: row.CveName.toLowerCase(),
        packageLower: row.Feature.toLowerCase(),
        rank: severityRank(row.Severity),
        fixes: fixesOf.get(fixKey(image.repo.RepoId, image.tag.Tag, row.CveName)) ?? [],
      };
      at.findings.push(finding);
      ordered.push(finding);
    }
    images.push(at);
  }
  ordered.sort(findingOrder);
  return { images, ordered };
}

/**
 * Whether an exception in force at `now` covers a finding, as `imageFindings` decides it (the core's
 * `applyExceptions` over the finding's image), computed only for images that have a finding whose CVE some
 * exception names, once per image.
 */
export function exceptionCheck(
  exceptions: readonly VulnerabilityException[],
  now: number,
): (finding: IndexedFinding) => boolean {
  const existing = exceptionsCreatedBy(exceptions, now);
  if (existing.length === 0) return () => false;
  // The core matches exceptions to findings by upper-cased CVE id.
  const named = new Set(existing.map((e) => e.cveId.toUpperCase()));
  const perImage = new Map<IndexedImage, boolean[]>();
  return (finding) => {
    if (!named.has(finding.row.CveName.toUpperCase())) return false;
    let flags = perImage.get(finding.at);
    if (!flags) {
      const rows = finding.at.findings.map((f) => ({ cveId: f.row.CveName }));
      flags = applyExceptions(rows, existing, now, finding.at.target).findings.map((f) => f.excepted);
      perImage.set(finding.at, flags);
    }
    return flags[finding.position] ?? false;
  };
}
