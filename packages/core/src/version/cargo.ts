/**
 * Rust crate versions: strict Semantic Versioning 2.0 (no `v` prefix), as the `semver` crate parses them.
 * ref. https://doc.rust-lang.org/cargo/reference/semver.html and https://semver.org/spec/v2.0.0.html
 */
import { compareStrings, type Ordering } from './compare-util';
import { compareSemverParsed, parseSemver, type SemVer } from './npm';

/** Parses a crate version (strict semver; a leading `v` is refused like the semver crate does). */
export function parseCargoVersion(v: string): SemVer | undefined {
  const s = v.trim();
  return s.startsWith('v') ? undefined : parseSemver(s);
}

/** True for a strict semver string. */
export function isValidCargoVersion(v: string): boolean {
  return parseCargoVersion(v) !== undefined;
}

/** Compares two crate versions by semver precedence; invalid strings sort first, by code units. */
export function compareCargo(a: string, b: string): Ordering {
  const x = parseCargoVersion(a);
  const y = parseCargoVersion(b);
  if (x && y) return compareSemverParsed(x, y);
  if (x) return 1;
  if (y) return -1;
  return compareStrings(a, b);
}
