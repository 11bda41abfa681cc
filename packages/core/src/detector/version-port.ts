/** The version operations detection needs, as a port so tests and callers can swap comparators. */
import type { VersionCompare } from '../advisory/range-eval';
import type { Ecosystem } from '../types/ecosystem';
import { compareVersions, isValidVersion } from '../version/index';

/** Version ordering and validity per ecosystem (the shape of src/version's `compareVersions` / `isValidVersion`). */
export interface VersionScheme {
  /** -1, 0 or 1; may throw on versions the scheme cannot parse. */
  compare(ecosystem: Ecosystem, a: string, b: string): number;
  isValid(ecosystem: Ecosystem, version: string): boolean;
}

/** The core's comparators (src/version): one per scheme. */
export const defaultVersionScheme: VersionScheme = { compare: compareVersions, isValid: isValidVersion };

/**
 * A comparator for the range evaluator: SEMVER ranges compare as SemVer (the `npm` scheme) with a
 * leading `v` dropped (Go's `v1.2.3` against OSV's `1.2.3`); ECOSYSTEM ranges use the package's scheme.
 * Unparsable versions throw, so the evaluator treats them as "no match" rather than guessing.
 * `semver` is {@link toSemver} or a memoised copy of it.
 */
export function rangeComparator(
  versions: VersionScheme,
  scheme: Ecosystem,
  semver: (v: string) => string = toSemver,
): VersionCompare {
  return (a, b, rangeType) => {
    if (rangeType === 'SEMVER' || scheme === 'go') return compareChecked(versions, 'npm', semver(a), semver(b));
    return compareChecked(versions, scheme, a, b);
  };
}

/**
 * Go module versions are SemVer with a `v` (OSV's Go records drop it); toolchain versions, which the
 * `stdlib` records use, are written `go1.21`, `go1.21.3` or `go1.21rc2`. All become plain SemVer.
 */
export function toSemver(v: string): string {
  const plain = v.replace(/^(?:go|v)/, '');
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?((?:rc|beta)\d+)?$/.exec(plain);
  if (!m) return plain;
  const pre = m[4] ? `-${m[4].replace(/(\d+)$/, '.$1')}` : '';
  return `${m[1]}.${m[2]}.${m[3] ?? '0'}${pre}`;
}

/** rpmvercmp orders any two strings (rpm itself never rejects a version), so RPM skips the validity gate. */
const TOTAL_SCHEMES: ReadonlySet<Ecosystem> = new Set(['rpm']);

function compareChecked(versions: VersionScheme, eco: Ecosystem, a: string, b: string): number {
  if (TOTAL_SCHEMES.has(eco)) return versions.compare(eco, a, b);
  if (!versions.isValid(eco, a)) throw new RangeError(`invalid ${eco} version ${a}`);
  if (!versions.isValid(eco, b)) throw new RangeError(`invalid ${eco} version ${b}`);
  return versions.compare(eco, a, b);
}

/** Whether an installed version can be matched at all (Trivy skips packages whose version it cannot parse). */
export function isComparable(versions: VersionScheme, scheme: Ecosystem, version: string): boolean {
  if (TOTAL_SCHEMES.has(scheme)) return version.trim() !== '';
  return scheme === 'go' ? versions.isValid('npm', toSemver(version)) : versions.isValid(scheme, version);
}
