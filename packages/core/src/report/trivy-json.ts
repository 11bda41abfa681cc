/**
 * Trivy JSON report, schema version 2 (`trivy image --format json`).
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/types/report.go and vulnerability.go
 *
 * Keys are emitted in Trivy's struct order and empty values are omitted, as Go's `omitempty` does, so
 * the output diffs cleanly against a Trivy report. Fields the core has no data for (ReportID,
 * Fingerprint, DataSource, CweIDs, package UIDs) are left out rather than invented.
 *
 * A cloud-engine scan (`report.inspection`) adds results after the package results, one per kind and target
 * (the file, or `image config` for findings in the image config):
 * - baseline checks: `"Class": "config"`, `"Type": "baseline"`, with Trivy's `MisconfSummary` and
 *   `Misconfigurations` entries (ID = rule id, Status FAIL, `CauseMetadata` with the config key and line);
 * - secrets: `"Class": "secret"` with Trivy's `Secrets` entries (RuleID, Category, Severity, Title,
 *   StartLine, EndLine, Match — the masked evidence, never the secret — and Layer);
 * - malicious samples: `"Class": "malware"`, a class of this scanner (Trivy has none), with `Malware`
 *   entries: RuleID, Category, Severity, Level (the engine's serious/suspicious/remind), Title,
 *   Description, Resolution, StartLine/EndLine when a line matched, Match, MD5, SHA256 and Layer.
 * Severities follow `./inspection.ts` (malware serious → CRITICAL, suspicious → HIGH, remind → LOW).
 */
import type { InspectionFinding } from '../inspect/inspector';
import type { CvssScore, Vulnerability } from '../types/finding';
import type { LayerRef } from '../types/image';
import type { Package } from '../types/package';
import { type InspectionGroup, inspectionGroups, inspectionSeverity } from './inspection';
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
    Results: [
      ...reportTargets(report).map((t) => trivyResult(t, options)),
      ...inspectionGroups(report).map(trivyInspectionResult),
    ],
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

/** One cloud-engine result (see the module comment). */
export function trivyInspectionResult(group: InspectionGroup): Json {
  const { kind, target, findings } = group;
  if (kind === 'baseline') {
    return compact({
      Target: target,
      Class: 'config',
      Type: 'baseline',
      MisconfSummary: { Successes: 0, Failures: findings.length },
      Misconfigurations: findings.map(trivyMisconfiguration),
    });
  }
  if (kind === 'secret') return compact({ Target: target, Class: 'secret', Secrets: findings.map(trivySecret) });
  return compact({ Target: target, Class: 'malware', Malware: findings.map(trivyMalware) });
}

const layerOf = (layer: LayerRef | undefined): Json | undefined =>
  layer && compact({ Digest: layer.digest, DiffID: layer.diffId });

function trivyMisconfiguration(f: InspectionFinding): Json {
  const { line, configKey } = f.location;
  return compact({
    Type: 'ACR Baseline Check',
    ID: f.ruleId,
    Title: f.title['en-US'],
    Description: f.description['en-US'],
    Message: f.evidence ?? f.title['en-US'],
    Namespace: `acr.baseline.${f.ruleId}`,
    Resolution: f.remediation['en-US'],
    Severity: inspectionSeverity(f),
    References: f.kind === 'baseline' && f.cis ? [`CIS Docker Benchmark ${f.cis}`] : undefined,
    Status: 'FAIL',
    Layer: layerOf(f.location.layer),
    CauseMetadata: compact({
      Resource: configKey,
      Provider: configKey ? 'Image config' : 'File',
      Service: f.category['en-US'],
      StartLine: line,
      EndLine: line,
    }),
  });
}

function trivySecret(f: InspectionFinding): Json {
  return compact({
    RuleID: f.ruleId,
    Category: f.category['en-US'],
    Severity: inspectionSeverity(f),
    Title: f.title['en-US'],
    StartLine: f.location.line,
    EndLine: f.location.line,
    Match: f.evidence,
    Layer: layerOf(f.location.layer),
  });
}

function trivyMalware(f: InspectionFinding): Json {
  return compact({
    RuleID: f.ruleId,
    Category: f.category['en-US'],
    Severity: inspectionSeverity(f),
    Level: f.level,
    Title: f.title['en-US'],
    Description: f.description['en-US'],
    Resolution: f.remediation['en-US'],
    StartLine: f.location.line,
    EndLine: f.location.line,
    Match: f.evidence,
    MD5: f.kind === 'malware' ? f.md5 : undefined,
    SHA256: f.kind === 'malware' ? f.sha256 : undefined,
    Layer: layerOf(f.location.layer),
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
