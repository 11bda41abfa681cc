/** What detection produces: vulnerabilities matched to packages. */
import type { Ecosystem } from './ecosystem';
import type { LayerRef } from './image';

/** Trivy's severity levels (kept for Trivy-format reports). */
export const TRIVY_SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type TrivySeverity = (typeof TRIVY_SEVERITIES)[number];

/** ACR's levels (高危/中危/低危/未知): Trivy's CRITICAL folds into HIGH. */
export const ACR_SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type AcrSeverity = (typeof ACR_SEVERITIES)[number];

export type FixStatus = 'fixed' | 'affected' | 'will_not_fix' | 'fix_deferred' | 'end_of_life' | 'unknown';

export interface CvssScore {
  /** e.g. `CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H` */
  vector: string;
  score: number;
  /** Where the vector came from (`nvd`, `ghsa`, `debian`, …). */
  source: string;
}

export interface Vulnerability {
  /** The id reported (CVE id when the advisory has one as alias, else the advisory id). */
  id: string;
  /** The advisory's own id (e.g. `GHSA-…`, `DSA-…`, `GO-…`) and other aliases. */
  advisoryId: string;
  aliases: string[];
  ecosystem: Ecosystem;
  pkgName: string;
  pkgId?: string;
  /** Where the package was found (lock file, jar, binary, package db). */
  pkgPath: string;
  purl: string;
  installedVersion: string;
  /** Lowest fixed version above the installed one; absent when no fix exists. */
  fixedVersion?: string;
  status: FixStatus;
  severity: TrivySeverity;
  severitySource: string;
  cvss: CvssScore[];
  title: string;
  description?: string;
  primaryUrl: string;
  references: string[];
  publishedDate?: string;
  lastModifiedDate?: string;
  layer?: LayerRef;
}
