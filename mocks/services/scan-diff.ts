/**
 * `DiffScans` (console-only, 扫描对比): two tags, or two scans of one tag. Vulnerabilities are keyed by
 * (CveId, Package); packages by (Ecosystem, Name). Scans stored before package lists were kept compare only
 * their vulnerabilities (`PackagesCompared: false`).
 */
import type { ActionParams } from '@/api/contract/actions';
import type { DiffVulnerability, ScanDiff } from '@/api/contract/reports';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { ScanPackageRecord } from '../store/schema';
import type { ServiceContext } from './context';
import type { Payload } from './payload';
import { digestOf, severityRank } from './report-data';
import { type ResolvedScan, resolveCompleteScan } from './report-scan';
import { countLevels } from './report-security';

const vulnKey = (row: Pick<ScanVulnerability, 'CveName' | 'Feature'>) => `${row.CveName}\u0000${row.Feature}`;

/** One entry per key: the most severe row (a CVE can hit one package at several paths). */
function byKey(rows: readonly ScanVulnerability[]): Map<string, ScanVulnerability> {
  const map = new Map<string, ScanVulnerability>();
  for (const row of rows) {
    const seen = map.get(vulnKey(row));
    if (!seen || severityRank(row.Severity) > severityRank(seen.Severity)) map.set(vulnKey(row), row);
  }
  return map;
}

function toDiffVuln(row: ScanVulnerability): DiffVulnerability {
  return {
    CveId: row.CveName,
    Package: row.Feature,
    Severity: row.Severity,
    Version: row.Version,
    ...(row.VersionFixed ? { FixedVersion: row.VersionFixed } : {}),
  };
}

const vulnOrder = (a: DiffVulnerability, b: DiffVulnerability) =>
  severityRank(b.Severity) - severityRank(a.Severity) ||
  a.CveId.localeCompare(b.CveId) ||
  a.Package.localeCompare(b.Package);

/** Base/Target vulnerability sets compared. */
export function diffVulnerabilities(
  base: readonly ScanVulnerability[],
  target: readonly ScanVulnerability[],
): ScanDiff['Vulnerabilities'] {
  const before = byKey(base);
  const after = byKey(target);
  const Added = [...after].filter(([k]) => !before.has(k)).map(([, row]) => toDiffVuln(row));
  const Fixed = [...before].filter(([k]) => !after.has(k)).map(([, row]) => toDiffVuln(row));
  const Unchanged = [...after].filter(([k]) => before.has(k)).map(([, row]) => toDiffVuln(row));
  return { Added: Added.sort(vulnOrder), Fixed: Fixed.sort(vulnOrder), Unchanged: Unchanged.sort(vulnOrder) };
}

const pkgKey = (p: ScanPackageRecord) => `${p.Ecosystem}\u0000${p.Name}`;

/** A package installed at several versions (several lock files) keeps them all, joined, for the comparison. */
function packageVersions(
  packages: readonly ScanPackageRecord[],
): Map<string, { pkg: ScanPackageRecord; versions: string }> {
  const grouped = new Map<string, { pkg: ScanPackageRecord; set: Set<string> }>();
  for (const pkg of packages) {
    const entry = grouped.get(pkgKey(pkg)) ?? { pkg, set: new Set<string>() };
    entry.set.add(pkg.Version);
    grouped.set(pkgKey(pkg), entry);
  }
  return new Map([...grouped].map(([k, e]) => [k, { pkg: e.pkg, versions: [...e.set].sort().join(', ') }]));
}

const pkgOrder = (a: { Ecosystem: string; Name: string }, b: { Ecosystem: string; Name: string }) =>
  a.Ecosystem.localeCompare(b.Ecosystem) || a.Name.localeCompare(b.Name);

/** Base/Target package inventories compared. */
export function diffPackages(
  base: readonly ScanPackageRecord[],
  target: readonly ScanPackageRecord[],
): ScanDiff['Packages'] {
  const before = packageVersions(base);
  const after = packageVersions(target);
  const view = ({ pkg, versions }: { pkg: ScanPackageRecord; versions: string }) => ({
    Name: pkg.Name,
    Version: versions,
    Ecosystem: pkg.Ecosystem,
  });
  const result: ScanDiff['Packages'] = { Added: [], Removed: [], Upgraded: [], Unchanged: 0 };
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (!old) result.Added.push(view(entry));
    else if (old.versions === entry.versions) result.Unchanged += 1;
    else
      result.Upgraded.push({
        Name: entry.pkg.Name,
        Ecosystem: entry.pkg.Ecosystem,
        From: old.versions,
        To: entry.versions,
      });
  }
  for (const [key, entry] of before) if (!after.has(key)) result.Removed.push(view(entry));
  result.Added.sort(pkgOrder);
  result.Removed.sort(pkgOrder);
  result.Upgraded.sort(pkgOrder);
  return result;
}

function summary(side: ResolvedScan): ScanDiff['Base'] {
  return {
    RepoId: side.repo.RepoId,
    Tag: side.task.Tag,
    Digest: digestOf(side.task.Digest),
    ScanTaskId: side.task.ScanTaskId,
    FinishTime: side.task.FinishTime ?? side.task.StartTime,
    ...countLevels(side.result.Vulnerabilities.map((v) => v.Severity)),
  };
}

/** `DiffScans`. */
export async function diffScans(ctx: ServiceContext, params: ActionParams<'DiffScans'>): Promise<Payload<'DiffScans'>> {
  const base = await resolveCompleteScan(ctx, { InstanceId: params.InstanceId, ...params.Base });
  const target = await resolveCompleteScan(ctx, { InstanceId: params.InstanceId, ...params.Target });
  const compared = base.result.Packages !== undefined && target.result.Packages !== undefined;
  return {
    Base: summary(base),
    Target: summary(target),
    Vulnerabilities: diffVulnerabilities(base.result.Vulnerabilities, target.result.Vulnerabilities),
    PackagesCompared: compared,
    Packages: compared
      ? diffPackages(base.result.Packages ?? [], target.result.Packages ?? [])
      : { Added: [], Removed: [], Upgraded: [], Unchanged: 0 },
  };
}
