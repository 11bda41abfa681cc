/**
 * ACR (Alibaba Cloud Container Registry EE, API version cr 2018-12-01) scan result shapes:
 * `ListRepoTagScanResult.Vulnerabilities[]` rows and `GetRepoTagScanSummary` counts.
 * ref. https://help.aliyun.com/document_detail/451352.html (ListRepoTagScanResult),
 *      https://help.aliyun.com/document_detail/451351.html (GetRepoTagScanSummary)
 *
 * ACR has four levels (High/Medium/Low/Unknown, no Critical), so Trivy's CRITICAL folds into High.
 * `ScanType` is `cve` for OS-package (镜像系统漏洞) and `sca` for application (镜像应用漏洞) findings.
 */
import type { Ecosystem } from '../types/ecosystem';
import type { AcrSeverity, TrivySeverity, Vulnerability } from '../types/finding';
import { isOsVulnerability, sortVulnerabilities } from './report-targets';
import type { ScanReport } from './scan-report';

/** ACR severity strings, mixed case exactly as the API writes them. */
export type AcrApiSeverity = 'High' | 'Medium' | 'Low' | 'Unknown';

/** One `ListRepoTagScanResult.Vulnerabilities[]` row. */
export interface AcrScanResultRow {
  CveName: string;
  /** Deprecated display name; the API still returns it. */
  AliasName: string;
  Severity: AcrApiSeverity;
  /** Affected package name. */
  Feature: string;
  Version: string;
  VersionFixed: string;
  /** Package format: `dpkg`, `apk`, `rpm`, or the language ecosystem. */
  VersionFormat: string;
  /** Remediation command; empty when no fixed version exists. */
  FixCmd: string;
  ScanType: 'cve' | 'sca';
  /** Digest of the layer that introduced the package. */
  AddedBy: string;
  /** Absolute path of the file the package was found in. */
  CveLocation: string;
  CveLink: string;
  Description: string;
}

/** `GetRepoTagScanSummary` counts. */
export interface AcrScanSummary {
  HighSeverity: number;
  MediumSeverity: number;
  LowSeverity: number;
  UnknownSeverity: number;
  TotalSeverity: number;
}

const TO_ACR: Record<TrivySeverity, AcrSeverity> = {
  CRITICAL: 'HIGH',
  HIGH: 'HIGH',
  MEDIUM: 'MEDIUM',
  LOW: 'LOW',
  UNKNOWN: 'UNKNOWN',
};

/** ACR's level for a Trivy severity (CRITICAL → HIGH). */
export function toAcrSeverity(severity: TrivySeverity): AcrSeverity {
  return TO_ACR[severity];
}

/** The API spelling of an ACR level (`HIGH` → `High`). */
export function acrApiSeverity(severity: TrivySeverity): AcrApiSeverity {
  const s = TO_ACR[severity];
  return `${s[0]}${s.slice(1).toLowerCase()}` as AcrApiSeverity;
}

const VERSION_FORMAT: Record<Ecosystem, string> = {
  deb: 'dpkg',
  apk: 'apk',
  rpm: 'rpm',
  npm: 'npm',
  pypi: 'pypi',
  maven: 'maven',
  go: 'go',
  rubygems: 'gem',
  composer: 'composer',
  cargo: 'cargo',
};

/**
 * The command that installs the fixed version, per package manager. Language commands pin the fixed
 * version because the manifest, not the system, decides what gets installed.
 */
export function fixCommand(v: Vulnerability): string {
  const fixed = v.fixedVersion?.split(',')[0]?.trim();
  if (!fixed) return '';
  const name = v.pkgName;
  switch (v.ecosystem) {
    case 'apk':
      return `apk upgrade ${name}`;
    case 'deb':
      return `apt-get install --only-upgrade ${name}`;
    case 'rpm':
      return `yum update ${name}`;
    case 'npm':
      return `npm install ${name}@${fixed}`;
    case 'pypi':
      return `pip install ${name}==${fixed}`;
    case 'maven': {
      return `mvn versions:use-dep-version -Dincludes=${name} -DdepVersion=${fixed} -DforceVersion=true`;
    }
    case 'go':
      return `go get ${name}@${fixed.startsWith('v') ? fixed : `v${fixed}`}`;
    case 'rubygems':
      return `bundle update ${name} --conservative`;
    case 'composer':
      return `composer require ${name}:^${fixed}`;
    case 'cargo':
      return `cargo update -p ${name} --precise ${fixed}`;
  }
}

/** Maps one finding to an ACR result row. */
export function toAcrRow(v: Vulnerability): AcrScanResultRow {
  return {
    CveName: v.id,
    AliasName: v.title,
    Severity: acrApiSeverity(v.severity),
    Feature: v.pkgName,
    Version: v.installedVersion,
    VersionFixed: v.fixedVersion ?? '',
    VersionFormat: VERSION_FORMAT[v.ecosystem],
    FixCmd: fixCommand(v),
    ScanType: isOsVulnerability(v) ? 'cve' : 'sca',
    AddedBy: v.layer?.digest ?? '',
    CveLocation: v.pkgPath ? `/${v.pkgPath.replace(/^\/+/, '')}` : '',
    CveLink: v.primaryUrl,
    Description: v.description ?? v.title,
  };
}

/** Every finding of the report as ACR rows (OS findings first, then application findings). */
export function toAcrScanResult(report: ScanReport): AcrScanResultRow[] {
  const os = sortVulnerabilities(report.vulnerabilities.filter(isOsVulnerability));
  const apps = sortVulnerabilities(report.vulnerabilities.filter((v) => !isOsVulnerability(v)));
  return [...os, ...apps].map(toAcrRow);
}

/** The summary counts ACR shows for a scanned tag. */
export function toAcrScanSummary(vulnerabilities: readonly Vulnerability[]): AcrScanSummary {
  const summary: AcrScanSummary = {
    HighSeverity: 0,
    MediumSeverity: 0,
    LowSeverity: 0,
    UnknownSeverity: 0,
    TotalSeverity: 0,
  };
  for (const v of vulnerabilities) {
    summary[`${acrApiSeverity(v.severity)}Severity`] += 1;
    summary.TotalSeverity += 1;
  }
  return summary;
}
