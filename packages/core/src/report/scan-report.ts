/**
 * The scan report: everything one image scan produced, in the core's own model. Every output format
 * (Trivy JSON, table, SARIF, CycloneDX, SPDX, CSV, ACR API shapes) is a pure function of this value.
 */
import type { ImageConfig } from '../image/oci';
import type { BaselineFinding, MaliciousFinding, SecretFinding } from '../inspect/inspector';
import { TRIVY_SEVERITIES, type TrivySeverity, type Vulnerability } from '../types/finding';
import type { LayerRef, Platform } from '../types/image';
import type { Inventory, OsInfo } from '../types/package';

/** A layer of the scanned image with its stored (compressed) size when known. */
export interface ScanReportLayer extends LayerRef {
  /** Bytes of the layer blob as stored. */
  size?: number;
}

/** Who produced the report and from which advisory data. */
export interface ScanReportMetadata {
  scanner: { name: string; version: string };
  /** Identifies the advisory data used (built-in dataset version plus extra sources). */
  dbVersion: string;
  /** ISO 8601 time the scan finished. */
  scannedAt: string;
  /** Severities the vulnerabilities were filtered to; absent when every severity was kept. */
  severities?: TrivySeverity[];
}

/** Findings of a scan's content inspectors, each list sorted by level, path, line and rule id. */
export interface ScanInspection {
  baseline: BaselineFinding[];
  secrets: SecretFinding[];
  malware: MaliciousFinding[];
}

/** The result of scanning one container image. */
export interface ScanReport {
  /** What the user named: the archive path, the layout directory or an image reference. */
  artifactName: string;
  artifactType: 'container_image';
  /** `sha256:<hex>` of the image config blob (what `docker images` shows as IMAGE ID). */
  imageId: string;
  /** `sha256:<hex>` of the image manifest, when the source records it. */
  digest?: string;
  repoTags: string[];
  /** `name@sha256:…` references. */
  repoDigests: string[];
  platform?: Platform;
  /** Total stored size of the layers, bytes. */
  size?: number;
  /** The image config blob as parsed. */
  imageConfig?: ImageConfig;
  /** Same value as `inventory.os`, lifted for convenience. */
  os?: OsInfo;
  /** Base layer first. */
  layers: ScanReportLayer[];
  inventory: Inventory;
  vulnerabilities: Vulnerability[];
  /**
   * Findings of the content inspectors (baseline risks, leaked secrets, malicious samples), each list
   * sorted by level, path, line and rule id. Present only when the scan was given `inspectors`.
   */
  inspection?: ScanInspection;
  /** Files skipped because an analyzer could not parse them (`analyzer: path: reason`). */
  warnings?: string[];
  metadata: ScanReportMetadata;
}

/** Count of vulnerabilities per Trivy severity. */
export type SeverityCounts = Record<TrivySeverity, number>;

/** Counts vulnerabilities per severity (every severity present, zero when none). */
export function countBySeverity(vulnerabilities: readonly Vulnerability[]): SeverityCounts {
  const counts = Object.fromEntries(TRIVY_SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const v of vulnerabilities) counts[v.severity] += 1;
  return counts;
}

/** Rank of a severity: CRITICAL 4 … UNKNOWN 0 (Trivy's numeric severity). */
export function severityRank(severity: TrivySeverity): number {
  return TRIVY_SEVERITIES.length - 1 - TRIVY_SEVERITIES.indexOf(severity);
}
