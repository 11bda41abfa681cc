/**
 * Trivy JSON report, schema version 2 (`trivy image --format json`).
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/types/report.go and vulnerability.go
 *
 * Keys are emitted in Trivy's struct order and empty values are omitted, as Go's `omitempty` does, so
 * the output diffs cleanly against a Trivy report. Fields the core has no data for (ReportID,
 * Fingerprint, DataSource, CweIDs, package UIDs) are left out rather than invented.
 */
import type { CvssScore, Vulnerability } from '../types/finding';
import type { Package } from '../types/package';
import { pkgIdOf, type ReportTarget, reportTargets } from './report-targets';
import { type ScanReport, severityRank } from './scan-report';

/** Options of {@link toTrivyJson}. */
export interface TrivyJsonOptions {
  /** Lists every package of each target under `Packages` (Trivy's `--list-all-pkgs`). */
  listPackages?: boolean;
}

type Json = Record<string, unknown>;

/** Distribution advisory ids (Trivy lists them as VendorIDs; CVE and GHSA ids are not vendor ids). */
const VENDOR_ADVISORY = /^(DSA|DLA|RHSA|RHBA|RHEA|ALAS\d*|USN|ELSA|ALSA|RLSA)-/;

/** Builds the Trivy schema-v2 report object (serialise with `JSON.stringify(x, null, 2)`). */
export function toTrivyJson(report: ScanReport, options: TrivyJsonOptions = {}): Json {
  return compact({
    SchemaVersion: 2,
    CreatedAt: report.metadata.scannedAt,
    ArtifactName: report.artifactName,
    ArtifactType: report.artifactType,
    Metadata: trivyMetadata(report),
    Results: reportTargets(report).map((t) => trivyResult(t, options)),
  });
}

function trivyMetadata(report: ScanReport): Json {
  const os = report.os ?? report.inventory.os;
  return compact({
    Size: report.size,
    OS: os && compact({ Family: os.family, Name: os.name, EOSL: os.eol === true ? true : undefined }),
    ImageID: report.imageId,
    DiffIDs: report.layers.map((l) => l.diffId),
    RepoTags: report.repoTags,
    RepoDigests: report.repoDigests,
    ImageConfig: report.imageConfig,
    Layers: report.layers.map((l) => compact({ Size: l.size, Digest: l.digest, DiffID: l.diffId })),
  });
}

function trivyResult(target: ReportTarget, options: TrivyJsonOptions): Json {
  return compact({
    Target: target.target,
    Class: target.class,
    Type: target.type,
    Packages: options.listPackages ? target.packages.map((p) => trivyPackage(p, target)) : undefined,
    Vulnerabilities: target.vulnerabilities.map((v) => trivyVulnerability(v, target.showsPkgPath)),
  });
}

function trivyPackage(pkg: Package, target: ReportTarget): Json {
  return compact({
    ID: `${pkg.id ?? pkg.name}@${pkg.version}`,
    Name: pkg.name,
    Identifier: { PURL: pkg.purl },
    Version: pkg.version,
    Arch: pkg.arch,
    SrcName: pkg.srcName,
    SrcVersion: pkg.srcVersion,
    Licenses: pkg.licenses,
    Dev: pkg.dev === true ? true : undefined,
    Layer: pkg.layer && compact({ Digest: pkg.layer.digest, DiffID: pkg.layer.diffId }),
    FilePath: target.showsPkgPath ? pkg.filePath : undefined,
  });
}

/** One `Vulnerabilities[]` element in Trivy's key order. */
export function trivyVulnerability(v: Vulnerability, showPkgPath: boolean): Json {
  return compact({
    VulnerabilityID: v.id,
    VendorIDs: VENDOR_ADVISORY.test(v.advisoryId) ? [v.advisoryId] : undefined,
    PkgID: pkgIdOf(v),
    PkgName: v.pkgName,
    PkgPath: showPkgPath ? v.pkgPath : undefined,
    PkgIdentifier: compact({ PURL: v.purl }),
    InstalledVersion: v.installedVersion,
    FixedVersion: v.fixedVersion,
    Status: v.status,
    Layer: v.layer && compact({ Digest: v.layer.digest, DiffID: v.layer.diffId }),
    SeveritySource: v.severitySource,
    PrimaryURL: v.primaryUrl,
    Title: v.title,
    Description: v.description,
    Severity: v.severity,
    VendorSeverity: v.severitySource ? { [v.severitySource]: severityRank(v.severity) } : undefined,
    CVSS: trivyCvss(v.cvss),
    References: v.references,
    PublishedDate: v.publishedDate,
    LastModifiedDate: v.lastModifiedDate,
  });
}

/** Trivy's CVSS map: per source, the v2 / v3 / v4 vector and score (Go struct order). */
export function trivyCvss(scores: readonly CvssScore[]): Json | undefined {
  if (scores.length === 0) return undefined;
  const bySource = new Map<string, Json>();
  for (const s of scores) {
    const entry = bySource.get(s.source) ?? {};
    const version = cvssVersion(s.vector);
    entry[`${version}Vector`] = s.vector;
    entry[`${version}Score`] = s.score;
    bySource.set(s.source, entry);
  }
  const order = ['V2Vector', 'V3Vector', 'V40Vector', 'V2Score', 'V3Score', 'V40Score'];
  const out: Json = {};
  for (const [source, entry] of bySource) {
    out[source] = Object.fromEntries(order.filter((k) => k in entry).map((k) => [k, entry[k]]));
  }
  return out;
}

/** `V2` for bare v2 vectors, `V3` for `CVSS:3.x/…`, `V40` for `CVSS:4.0/…`. */
export function cvssVersion(vector: string): 'V2' | 'V3' | 'V40' {
  if (vector.startsWith('CVSS:4')) return 'V40';
  if (vector.startsWith('CVSS:3')) return 'V3';
  return 'V2';
}

/** Drops keys whose value is undefined, '' or an empty array/object (Go `omitempty`). */
export function compact(obj: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0) continue;
    out[k] = v;
  }
  return out;
}
