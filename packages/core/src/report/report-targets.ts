/**
 * Splits a scan report into Trivy's "results": one target for the OS packages and one per language
 * target. Trivy groups packages found from installed metadata (node-pkg, python-pkg, jar, gemspec,
 * conda-pkg) under one language-named target ("Node.js", "Python", …) and shows each package's own file
 * as PkgPath; lock files and binaries are targets of their own.
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/scanner/langpkg/scan.go
 */
import { OS_ECOSYSTEMS } from '../types/ecosystem';
import type { Vulnerability } from '../types/finding';
import type { Package } from '../types/package';
import { type ScanReport, severityRank } from './scan-report';

export type TargetClass = 'os-pkgs' | 'lang-pkgs';

/** One Trivy result: a target with its packages and the vulnerabilities found in them. */
export interface ReportTarget {
  target: string;
  class: TargetClass;
  /** OS family for `os-pkgs`, Trivy's application type for `lang-pkgs`. */
  type: string;
  packages: Package[];
  vulnerabilities: Vulnerability[];
  /** True for aggregated targets, whose findings name the package's own file (PkgPath). */
  showsPkgPath: boolean;
}

/** Application types Trivy aggregates into one target per language. */
export const AGGREGATED_TARGETS: Readonly<Record<string, string>> = {
  'node-pkg': 'Node.js',
  'python-pkg': 'Python',
  jar: 'Java',
  gemspec: 'Ruby',
  'conda-pkg': 'Conda',
};

const OS_SET: ReadonlySet<string> = new Set(OS_ECOSYSTEMS);

/** Whether a vulnerability concerns an OS package (matched per distribution). */
export function isOsVulnerability(v: Vulnerability): boolean {
  return OS_SET.has(v.ecosystem);
}

/** The OS target name Trivy prints: `"<artifact> (<family> <release>)"`. */
export function osTargetName(report: ScanReport): string {
  const os = report.os ?? report.inventory.os;
  return os ? `${report.artifactName} (${os.family} ${os.name})` : report.artifactName;
}

/**
 * Groups the report into targets: the OS target first (when an OS or OS packages exist), then
 * language targets sorted by name. A vulnerability whose file matches no inventory target gets a target
 * of its own, so no finding is dropped.
 */
export function reportTargets(report: ScanReport): ReportTarget[] {
  const os = report.os ?? report.inventory.os;
  const osVulns = report.vulnerabilities.filter(isOsVulnerability);
  const targets: ReportTarget[] = [];
  if (os || report.inventory.osPackages.length > 0 || osVulns.length > 0) {
    targets.push({
      target: osTargetName(report),
      class: 'os-pkgs',
      type: os?.family ?? osVulns[0]?.ecosystem ?? report.inventory.osPackages[0]?.ecosystem ?? 'unknown',
      packages: [...report.inventory.osPackages],
      vulnerabilities: sortVulnerabilities(osVulns),
      showsPkgPath: false,
    });
  }

  const lang = new Map<string, ReportTarget>();
  const byFile = new Map<string, ReportTarget>();
  for (const app of report.inventory.applications) {
    const aggregated = AGGREGATED_TARGETS[app.type];
    const name = aggregated ?? app.filePath;
    let target = lang.get(name);
    if (!target) {
      target = {
        target: name,
        class: 'lang-pkgs',
        type: app.type,
        packages: [],
        vulnerabilities: [],
        showsPkgPath: aggregated !== undefined,
      };
      lang.set(name, target);
    }
    target.packages.push(...app.packages);
    byFile.set(app.filePath, target);
    for (const pkg of app.packages) if (!byFile.has(pkg.filePath)) byFile.set(pkg.filePath, target);
  }
  for (const v of report.vulnerabilities) {
    if (isOsVulnerability(v)) continue;
    let target = byFile.get(v.pkgPath);
    if (!target) {
      target = {
        target: v.pkgPath,
        class: 'lang-pkgs',
        type: v.ecosystem,
        packages: [],
        vulnerabilities: [],
        showsPkgPath: false,
      };
      lang.set(v.pkgPath, target);
      byFile.set(v.pkgPath, target);
    }
    target.vulnerabilities.push(v);
  }
  const langTargets = [...lang.values()].sort((a, b) => compareStrings(a.target, b.target));
  for (const t of langTargets) t.vulnerabilities = sortVulnerabilities(t.vulnerabilities);
  return [...targets, ...langTargets];
}

/** Trivy's order inside a result: package name, package id, installed version, severity (worst first), id, path. */
export function sortVulnerabilities(vulnerabilities: readonly Vulnerability[]): Vulnerability[] {
  return [...vulnerabilities].sort(
    (a, b) =>
      compareStrings(a.pkgName, b.pkgName) ||
      compareStrings(pkgIdOf(a), pkgIdOf(b)) ||
      compareStrings(a.installedVersion, b.installedVersion) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      compareStrings(a.id, b.id) ||
      compareStrings(a.pkgPath, b.pkgPath),
  );
}

/** The package id Trivy prints (`name@version` unless the detector set one). */
export function pkgIdOf(v: Vulnerability): string {
  return v.pkgId ?? `${v.pkgName}@${v.installedVersion}`;
}

/** Code-unit order, like Go's string comparison (locale-independent, so output is stable). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
