/**
 * Detection: inventory + advisory index → vulnerabilities (Trivy `detector/ospkg` + `detector/library`).
 */
import type { AdvisoryIndex } from '../advisory/advisory-index';
import { evaluateAffected } from '../advisory/range-eval';
import type { Ecosystem } from '../types/ecosystem';
import type { Vulnerability } from '../types/finding';
import type { Inventory, Package } from '../types/package';
import { buildFinding } from './build-finding';
import type { DetectEnv, Detector } from './detector';
import { mergeFindings } from './merge';
import { DEFAULT_DETECTORS } from './registry';
import { defaultVersionScheme, isComparable, rangeComparator, type VersionScheme } from './version-port';

/** Options of {@link detectVulnerabilities}. */
export interface DetectOptions {
  /** Version comparators; defaults to the core's (src/version). */
  versions?: VersionScheme;
  /** Detectors to use; defaults to {@link DEFAULT_DETECTORS}. */
  detectors?: readonly Detector[];
  /** Report development-only dependencies too (Trivy leaves them out by default). */
  includeDev?: boolean;
  /** Overrides the OS release used for lookups (e.g. Alpine's repository branch when newer than the OS file). */
  release?: string;
}

/** Matches one package with one detector; exported for detector tests. */
export function detectPackage(
  pkg: Package,
  detector: Detector,
  env: DetectEnv,
  index: AdvisoryIndex,
  versions: VersionScheme,
): Vulnerability[] {
  const target = detector.target(pkg, env);
  if (!target || !isComparable(versions, target.scheme, target.version)) return [];
  const entries = [...new Set(target.namespaces.flatMap((ns) => index.lookup(ns, target.name)))];
  if (entries.length === 0) return [];
  const compare = rangeComparator(versions, target.scheme);
  const out: Vulnerability[] = [];
  for (const entry of entries) {
    const affected = detector.accepts ? entry.affected.filter((a) => detector.accepts?.(pkg, a)) : entry.affected;
    if (affected.length === 0) continue;
    const match = evaluateAffected(affected, target.version, compare);
    if (!match.affected) continue;
    if (match.fixedVersion !== undefined && detector.displayVersion) {
      match.fixedVersion = detector.displayVersion(match.fixedVersion);
    }
    out.push(buildFinding(pkg, { record: entry.record, affected }, match));
  }
  return out;
}

function packagesOf(inventory: Inventory): Package[] {
  return [...inventory.osPackages, ...inventory.applications.flatMap((a) => a.packages)];
}

function order(a: Vulnerability, b: Vulnerability): number {
  return (
    a.pkgPath.localeCompare(b.pkgPath) ||
    a.pkgName.localeCompare(b.pkgName) ||
    a.installedVersion.localeCompare(b.installedVersion) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Finds the vulnerabilities of every package of an inventory. Each package goes to the first detector
 * that handles it; packages no detector handles (e.g. an OS without advisory data) yield nothing.
 * Duplicates (same id, package, installed version and path) are merged. Results are sorted by path,
 * package, version and id so reports are stable.
 */
export function detectVulnerabilities(
  inventory: Inventory,
  index: AdvisoryIndex,
  options: DetectOptions = {},
): Vulnerability[] {
  const versions = options.versions ?? defaultVersionScheme;
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  const env: DetectEnv = {
    ...(inventory.os ? { os: inventory.os } : {}),
    ...(options.release ? { release: options.release } : {}),
  };
  const found: Vulnerability[] = [];
  for (const pkg of packagesOf(inventory)) {
    if (pkg.dev && !options.includeDev) continue;
    const detector = detectors.find((d) => d.handles(pkg, env));
    if (detector) found.push(...detectPackage(pkg, detector, env, index, versions));
  }
  const lower = (x: string, y: string, eco: Ecosystem): boolean => {
    try {
      return versions.compare(eco, x, y) < 0;
    } catch {
      return false;
    }
  };
  return mergeFindings(found, lower).sort(order);
}
