/**
 * One image scan with the real scan core, over the blobs the registry stores for a tag. The same function runs
 * inside the browser's scan worker and in-process in Node tests; it touches no store and no DOM.
 */
import {
  type Analyzer,
  baselineInspector,
  type Inspector,
  MALWARE_SIGNATURES_VERSION,
  malwareInspector,
  memoryDirectory,
  type OsInfo,
  type Package,
  type ScanInspection,
  type ScanProgress,
  scanImage,
  secretsInspector,
  toAcrRow,
  toAcrScanResult,
  toAcrScanSummary,
} from '@acr-console/core';
import type { ScanPhase, ScanService, ScanSummary, ScanVulnerability } from '@/api/contract/scans';
import type { ScanPackageRecord } from '../store/schema';

/** A blob of the image: manifest, config or layer, with its bytes (transferred to the worker, not copied). */
export interface ScanJobBlob {
  /** `sha256:<hex>`. */
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What a runner scans: one image, addressed by its manifest digest among the blobs. */
export interface ScanJob {
  /** `sha256:<hex>` of the manifest. */
  manifestDigest: string;
  /** Name shown in the report, e.g. `prod/web-api:1.4.2`. */
  artifactName: string;
  blobs: ScanJobBlob[];
  /** The cloud-security engine also inspects the files: baseline risks, secrets, malicious samples. */
  engine?: ScanService;
}

/** Progress in the contract's terms: the phase and a percentage. */
export interface JobProgress {
  phase: ScanPhase;
  progress: number;
}

/** The findings of a finished scan, already in the API's shapes. */
export interface ScanOutcome {
  summary: ScanSummary;
  vulnerabilities: ScanVulnerability[];
  /** Cloud-security engine only. */
  inspection?: ScanInspection;
  /** The advisory data the findings came from (built-in dataset version). */
  dbVersion: string;
  /** The OS the scan found (family and release), when it found one. */
  os?: { family: OsInfo['family']; name: string };
  /** Cloud-security engine only: version of the malware signature set. */
  signatureVersion?: string;
  /** The package inventory (OS packages, then each application's), for scan diffs and SBOMs. */
  packages?: ScanPackageRecord[];
}

/** What the cloud-security engine adds to Trivy's vulnerability scan. */
function cloudInspectors(): Inspector[] {
  return [baselineInspector(), secretsInspector(), malwareInspector()];
}

/** Maps the core's progress events to a phase and 0–100; layers fill 10–80 in proportion. */
export function toJobProgress(event: ScanProgress): JobProgress {
  switch (event.phase) {
    case 'opening':
      return { phase: 'OPENING', progress: 5 };
    case 'layer':
      return { phase: 'LAYERS', progress: 10 + Math.floor((70 * event.index) / Math.max(event.count, 1)) };
    case 'analyzing':
      return { phase: 'ANALYZING', progress: 80 };
    case 'matching':
      return { phase: 'MATCHING', progress: 90 };
    case 'done':
      return { phase: 'DONE', progress: 100 };
  }
}

/**
 * Lays the blobs out as an OCI image layout (`oci-layout`, `index.json`, `blobs/sha256/<hex>`) in memory, the
 * way a registry would export the image.
 */
export function layoutOf(job: ScanJob): ReturnType<typeof memoryDirectory> {
  const manifest = job.blobs.find((blob) => blob.digest === job.manifestDigest);
  if (!manifest) throw new Error(`The manifest ${job.manifestDigest} is not among the image's blobs.`);
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  files.set('oci-layout', encoder.encode(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }],
  };
  files.set('index.json', encoder.encode(JSON.stringify(index)));
  for (const blob of job.blobs) files.set(`blobs/sha256/${blob.digest.replace(/^sha256:/, '')}`, blob.bytes);
  return memoryDirectory(files);
}

/** Scans the job's image with the core and maps the findings to ACR rows and counts. */
export async function runScan(
  job: ScanJob,
  onProgress: (progress: JobProgress) => void,
  options: { analyzers?: readonly Analyzer[] } = {},
): Promise<ScanOutcome> {
  const cloud = job.engine === 'SAS_SCAN_SERVICE';
  const report = await scanImage(layoutOf(job), {
    artifactName: job.artifactName,
    analyzers: options.analyzers,
    ...(cloud ? { inspectors: cloudInspectors() } : {}),
    onProgress: (event) => onProgress(toJobProgress(event)),
  });
  return {
    summary: toAcrScanSummary(report.vulnerabilities),
    vulnerabilities: withCvss(report),
    ...(cloud && report.inspection ? { inspection: report.inspection } : {}),
    dbVersion: report.metadata.dbVersion,
    ...(report.os ? { os: { family: report.os.family, name: report.os.name } } : {}),
    ...(cloud ? { signatureVersion: MALWARE_SIGNATURES_VERSION } : {}),
    packages: inventoryPackages(report),
  };
}

/** The inventory as stored records: only defined fields, so the store keeps no `undefined` holes. */
export function inventoryPackages(report: CoreReport): ScanPackageRecord[] {
  const record = (pkg: Package, app?: { type: string; filePath: string }): ScanPackageRecord => ({
    Name: pkg.name,
    Version: pkg.version,
    Ecosystem: pkg.ecosystem,
    ...(pkg.purl ? { Purl: pkg.purl } : {}),
    ...(pkg.licenses.length ? { Licenses: [...pkg.licenses] } : {}),
    ...(pkg.filePath ? { FilePath: pkg.filePath } : {}),
    ...(pkg.srcName ? { SrcName: pkg.srcName } : {}),
    ...(pkg.srcVersion ? { SrcVersion: pkg.srcVersion } : {}),
    ...(pkg.id ? { Id: pkg.id } : {}),
    ...(app ? { AppType: app.type, AppPath: app.filePath } : {}),
    ...(pkg.layer?.digest ? { LayerDigest: pkg.layer.digest } : {}),
    ...(pkg.layer?.diffId ? { LayerDiffId: pkg.layer.diffId } : {}),
  });
  return [
    ...report.inventory.osPackages.map((pkg) => record(pkg)),
    ...report.inventory.applications.flatMap((app) => app.packages.map((pkg) => record(pkg, app))),
  ];
}

type CoreReport = Parameters<typeof toAcrScanResult>[0];

/** Identity of an ACR row: the same finding always maps to the same key. */
const rowKey = (row: ScanVulnerability) =>
  [row.CveName, row.Feature, row.Version, row.CveLocation, row.AddedBy].join('\u0000');

/** The core's ACR rows plus the console-only CVSS fields, from each finding's first CVSS entry. */
function withCvss(report: CoreReport): ScanVulnerability[] {
  const cvss = new Map<string, { vector: string; score: number }>();
  for (const v of report.vulnerabilities) {
    const first = v.cvss[0];
    if (first) cvss.set(rowKey(toAcrRow(v)), first);
  }
  return toAcrScanResult(report).map((row) => {
    const first = cvss.get(rowKey(row));
    return first ? { ...row, CvssVector: first.vector, CvssScore: first.score } : row;
  });
}
