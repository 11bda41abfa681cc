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
import { createMatchContext, type MatchContext } from './match-context';
import { mergeFindings } from './merge';
import { DEFAULT_DETECTORS } from './registry';
import { defaultVersionScheme, isComparable, type VersionScheme } from './version-port';

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

/**
 * Matches one package with one detector; exported for detector tests. `context` carries a run's memos
 * (see ./match-context.ts) and must have been created over `versions`; without it a fresh one is used.
 */
export function detectPackage(
  pkg: Package,
  detector: Detector,
  env: DetectEnv,
  index: AdvisoryIndex,
  versions: VersionScheme,
  context: MatchContext = createMatchContext(versions),
): Vulnerability[] {
  const target = detector.target(pkg, env);
  if (!target || !isComparable(context.versions, target.scheme, target.version)) return [];
  const entries = [...new Set(target.namespaces.flatMap((ns) => index.lookup(ns, target.name)))];
  if (entries.length === 0) return [];
  const compare = context.comparator(target.scheme);
  const cache = context.rangeCache(target.scheme);
  const out: Vulnerability[] = [];
  for (const entry of entries) {
    const affected = detector.accepts ? entry.affected.filter((a) => detector.accepts?.(pkg, a)) : entry.affected;
    if (affected.length === 0) continue;
    const match = evaluateAffected(affected, target.version, compare, cache);
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

/**
 * `String.prototype.localeCompare(b)` without arguments is specified (ECMA-402) as comparing with a
 * default `Intl.Collator`; building that collator once instead of per call gives the same order faster.
 */
const collate = new Intl.Collator().compare;

function order(a: Vulnerability, b: Vulnerability): number {
  return (
    collate(a.pkgPath, b.pkgPath) ||
    collate(a.pkgName, b.pkgName) ||
    collate(a.installedVersion, b.installedVersion) ||
    collate(a.id, b.id)
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
  const context = createMatchContext(options.versions ?? defaultVersionScheme);
  const versions = context.versions;
  const detectors = options.detectors ?? DEFAULT_DETECTORS;
  const env: DetectEnv = {
    ...(inventory.os ? { os: inventory.os } : {}),
    ...(options.release ? { release: options.release } : {}),
  };
  const found: Vulnerability[] = [];
  for (const pkg of packagesOf(inventory)) {
    if (pkg.dev && !options.includeDev) continue;
    const detector = detectors.find((d) => d.handles(pkg, env));
    if (detector) found.push(...detectPackage(pkg, detector, env, index, versions, context));
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
