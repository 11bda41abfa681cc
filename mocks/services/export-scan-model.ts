/**
 * A stored scan rebuilt as the core's `ScanReport`, so single-image exports go through the core's own writers
 * (CSV, SARIF, CycloneDX, SPDX, Trivy JSON). The stored ACR rows carry what the writers print; what the store
 * does not keep (advisory aliases, references) is left empty.
 */
import type { Ecosystem, Package, ScanReport, TrivySeverity, Vulnerability } from '@acr-console/core';
import type { ScanSeverity, ScanVulnerability } from '@/api/contract/scans';
import type { ScanPackageRecord } from '../store/schema';
import type { ResolvedScan } from './report-scan';

const ECOSYSTEM_OF_FORMAT: Record<string, Ecosystem> = {
  dpkg: 'deb',
  apk: 'apk',
  rpm: 'rpm',
  npm: 'npm',
  pypi: 'pypi',
  maven: 'maven',
  go: 'go',
  gem: 'rubygems',
  composer: 'composer',
  cargo: 'cargo',
};

const TRIVY_SEVERITY: Record<ScanSeverity, TrivySeverity> = {
  High: 'HIGH',
  Medium: 'MEDIUM',
  Low: 'LOW',
  Unknown: 'UNKNOWN',
};

/** The scanner named in exported reports. */
export const EXPORT_SCANNER = { name: 'acr-console', version: '1.0.0' };

function toVulnerability(row: ScanVulnerability): Vulnerability {
  const path = row.CveLocation.replace(/^\/+/, '');
  return {
    id: row.CveName,
    advisoryId: row.CveName,
    aliases: [],
    ecosystem: ECOSYSTEM_OF_FORMAT[row.VersionFormat] ?? 'npm',
    pkgName: row.Feature,
    pkgPath: path,
    purl: '',
    installedVersion: row.Version,
    ...(row.VersionFixed ? { fixedVersion: row.VersionFixed } : {}),
    status: row.VersionFixed ? 'fixed' : 'affected',
    severity: TRIVY_SEVERITY[row.Severity],
    severitySource: '',
    cvss:
      row.CvssVector && row.CvssScore !== undefined
        ? [{ vector: row.CvssVector, score: row.CvssScore, source: 'nvd' }]
        : [],
    title: row.AliasName,
    description: row.Description,
    primaryUrl: row.CveLink,
    references: row.CveLink ? [row.CveLink] : [],
  };
}

function toPackage(record: ScanPackageRecord): Package {
  return {
    ecosystem: (ECOSYSTEM_OF_FORMAT[record.Ecosystem] ?? record.Ecosystem) as Ecosystem,
    name: record.Name,
    version: record.Version,
    purl: record.Purl ?? '',
    licenses: record.Licenses ?? [],
    filePath: record.FilePath ?? '',
    ...(record.SrcName ? { srcName: record.SrcName } : {}),
    ...(record.SrcVersion ? { srcVersion: record.SrcVersion } : {}),
    ...(record.Id ? { id: record.Id } : {}),
  };
}

/** The core report of a stored scan; `artifactName` is `namespace/repo:tag`. */
export function toCoreReport(scan: ResolvedScan, artifactName: string, imageId?: string): ScanReport {
  const packages = scan.result.Packages ?? [];
  const applications = new Map<string, { type: string; filePath: string; packages: Package[] }>();
  for (const record of packages) {
    if (!record.AppType) continue;
    const key = `${record.AppType}\u0000${record.AppPath ?? ''}`;
    const app = applications.get(key) ?? { type: record.AppType, filePath: record.AppPath ?? '', packages: [] };
    app.packages.push(toPackage(record));
    applications.set(key, app);
  }
  const os = scan.result.Os ? { family: scan.result.Os.family, name: scan.result.Os.name } : undefined;
  const digest = `sha256:${scan.task.Digest}`;
  return {
    artifactName,
    artifactType: 'container_image',
    imageId: imageId ? `sha256:${imageId.replace(/^sha256:/, '')}` : digest,
    digest,
    repoTags: [artifactName],
    repoDigests: [`${artifactName.replace(/:[^:/]*$/, '')}@${digest}`],
    ...(os ? { os } : {}),
    layers: [],
    inventory: {
      ...(os ? { os } : {}),
      osPackages: packages.filter((p) => !p.AppType).map(toPackage),
      applications: [...applications.values()],
    },
    vulnerabilities: scan.result.Vulnerabilities.map(toVulnerability),
    metadata: {
      scanner: EXPORT_SCANNER,
      dbVersion: scan.task.DbVersion ?? '',
      scannedAt: new Date(scan.task.FinishTime ?? scan.task.StartTime).toISOString(),
    },
  };
}
