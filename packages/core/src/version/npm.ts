/**
 * Semantic Versioning 2.0.0 as npm uses it: `MAJOR.MINOR.PATCH[-prerelease][+build]`.
 * ref. https://semver.org/spec/v2.0.0.html and node-semver (https://github.com/npm/node-semver),
 * which is the oracle for the vectors. Loose forms seen in advisory data (`v1.2.3`, `=1.2.3`,
 * `1.2.3beta`, leading zeros) are accepted by {@link parseSemver} with `loose`.
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

/** A parsed semantic version; numbers stay strings so huge components compare exactly. */
export interface SemVer {
  major: string;
  minor: string;
  patch: string;
  prerelease: string[];
  build: string[];
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const STRICT_RE = new RegExp(
  `^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);
const LOOSE_RE =
  /^[v=\s]*(\d+)\.(\d+)\.(\d+)(?:-?((?:\d+|\d*[a-zA-Z-][a-zA-Z0-9-]*)(?:\.(?:\d+|\d*[a-zA-Z-][a-zA-Z0-9-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses a semantic version (strict semver 2.0 with an optional `v`, or node-semver's loose form). */
export function parseSemver(input: string, loose = false): SemVer | undefined {
  const m = (loose ? LOOSE_RE : STRICT_RE).exec(input.trim());
  if (!m) return undefined;
  const strip = (n: string | undefined): string => (n ?? '0').replace(/^0+(?=\d)/, '');
  return {
    major: strip(m[1]),
    minor: strip(m[2]),
    patch: strip(m[3]),
    prerelease: m[4] ? m[4].split('.') : [],
    build: m[5] ? m[5].split('.') : [],
  };
}

/** True for a strict semver 2.0 string (an optional leading `v` is tolerated, as node-semver does). */
export function isValidSemver(v: string): boolean {
  return parseSemver(v) !== undefined;
}

const isNumeric = (s: string): boolean => /^\d+$/.test(s);

function compareIdentifiers(a: string, b: string): Ordering {
  const an = isNumeric(a);
  const bn = isNumeric(b);
  if (an && bn) return compareDigits(a, b);
  // Numeric identifiers always have lower precedence than alphanumeric ones.
  if (an) return -1;
  if (bn) return 1;
  return compareStrings(a, b);
}

/** Orders prerelease lists: none ranks above any; otherwise identifier by identifier, shorter first. */
export function comparePrerelease(a: readonly string[], b: readonly string[]): Ordering {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const c = compareIdentifiers(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Semver precedence (build metadata ignored). */
export function compareSemverParsed(a: SemVer, b: SemVer): Ordering {
  return (
    compareDigits(a.major, b.major) ||
    compareDigits(a.minor, b.minor) ||
    compareDigits(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

/**
 * Compares two npm versions. Loose forms are accepted; strings that are not versions at all sort
 * below every version and by code units among themselves, so sorting never throws.
 */
export function compareNpm(a: string, b: string): Ordering {
  const x = parseSemver(a, true);
  const y = parseSemver(b, true);
  if (x && y) return compareSemverParsed(x, y);
  if (x) return 1;
  if (y) return -1;
  return compareStrings(a, b);
}
