/** Turns a matched advisory into the core's `Vulnerability` shape. */
import type { AdvisoryEntry } from '../advisory/advisory-index';
import type { RangeMatch } from '../advisory/range-eval';
import { assessSeverity } from '../advisory/severity';
import type { FixStatus, Vulnerability } from '../types/finding';
import type { Package } from '../types/package';

const STATUSES: readonly FixStatus[] = ['fixed', 'affected', 'will_not_fix', 'fix_deferred', 'end_of_life', 'unknown'];

/**
 * The id reported: the record's own id when it is a CVE, else its first CVE alias, else a CVE it names
 * as `upstream` (OSV 1.7: `UBUNTU-CVE-…`, `DEBIAN-CVE-…`, `ALPINE-CVE-…` records), else the CVE inside
 * such an id, else the id itself.
 */
export function reportedId(record: { id: string; aliases?: string[]; upstream?: string[] }): string {
  if (record.id.startsWith('CVE-')) return record.id;
  const isCve = (a: string) => a.startsWith('CVE-');
  return (
    record.aliases?.find(isCve) ??
    record.upstream?.find(isCve) ??
    /^[A-Z]+-(CVE-\d{4}-\d+)$/.exec(record.id)?.[1] ??
    record.id
  );
}

/**
 * Fix status: `fixed` when a fix exists; otherwise the vendor's word from
 * `affected[].ecosystem_specific.status` (our convention for distribution data that says e.g.
 * `will_not_fix`), else `affected`.
 */
function statusOf(entry: AdvisoryEntry, match: RangeMatch): FixStatus {
  if (match.fixedVersion !== undefined) return 'fixed';
  for (const a of entry.affected) {
    const s = a.ecosystem_specific?.status;
    if (typeof s === 'string' && (STATUSES as readonly string[]).includes(s) && s !== 'fixed') return s as FixStatus;
  }
  return 'affected';
}

function primaryUrl(entry: AdvisoryEntry, id: string): string {
  const refs = entry.record.references ?? [];
  const advisory = refs.filter((r) => r.type === 'ADVISORY');
  const own = advisory.find((r) => r.url.includes(id)) ?? advisory[0];
  return own?.url ?? `https://osv.dev/vulnerability/${encodeURIComponent(entry.record.id)}`;
}

function titleOf(summary: string | undefined, details: string | undefined): string {
  if (summary?.trim()) return summary.trim();
  const first = details?.trim().split(/\n/)[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 197)}...` : first;
}

/** Builds the finding for `pkg` affected by `entry`. */
export function buildFinding(pkg: Package, entry: AdvisoryEntry, match: RangeMatch): Vulnerability {
  const { record } = entry;
  const id = reportedId(record);
  const severity = assessSeverity(record, entry.affected[0]);
  const aliases = [record.id, ...(record.aliases ?? []), ...(record.upstream ?? [])].filter(
    (a, i, all) => a !== id && all.indexOf(a) === i,
  );
  const vuln: Vulnerability = {
    id,
    advisoryId: record.id,
    aliases,
    ecosystem: pkg.ecosystem,
    pkgName: pkg.name,
    pkgPath: pkg.filePath,
    purl: pkg.purl,
    installedVersion: pkg.version,
    status: statusOf(entry, match),
    severity: severity.severity,
    severitySource: severity.source,
    cvss: severity.cvss,
    title: titleOf(record.summary, record.details),
    primaryUrl: primaryUrl(entry, id),
    references: (record.references ?? []).map((r) => r.url),
    lastModifiedDate: record.modified,
  };
  if (pkg.id) vuln.pkgId = pkg.id;
  if (match.fixedVersion !== undefined) vuln.fixedVersion = match.fixedVersion;
  if (record.details) vuln.description = record.details;
  if (record.published) vuln.publishedDate = record.published;
  if (pkg.layer) vuln.layer = pkg.layer;
  return vuln;
}
