/**
 * Go module versions: semantic versions with a `v` prefix, pseudo-versions
 * (`v0.0.0-20210101000000-abcdef123456`) and the `+incompatible` build suffix.
 * ref. https://go.dev/ref/mod#versions, https://go.dev/ref/mod#pseudo-versions and
 * golang.org/x/mod/semver (Compare). Go OSV data writes versions without the `v`; both forms are accepted.
 */
import { compareStrings, type Ordering } from './compare-util';
import { compareSemverParsed, parseSemver, type SemVer } from './npm';

/** Parses a Go version; `v1` and `v1.2` are shorthands for `v1.0.0` and `v1.2.0` as in x/mod/semver. */
export function parseGoVersion(input: string): SemVer | undefined {
  const v = input.trim();
  const short = /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?$/.exec(v);
  if (short) return { major: short[1] ?? '0', minor: short[2] ?? '0', patch: '0', prerelease: [], build: [] };
  return parseSemver(v.startsWith('v') ? v : `v${v}`);
}

/** True for a Go module version (with or without the leading `v`). */
export function isValidGoVersion(v: string): boolean {
  return parseGoVersion(v) !== undefined;
}

const PSEUDO_RE = /^v?\d+\.\d+\.\d+-(?:(?:0\.|[\w.]+\.0\.)?)(\d{14})-([0-9a-f]{12})(?:\+incompatible)?$/;

/** True for a pseudo-version such as `v0.0.0-20210101000000-abcdef123456` (its order is plain semver). */
export function isPseudoVersion(v: string): boolean {
  return PSEUDO_RE.test(v.trim());
}

/**
 * Compares Go versions like x/mod/semver.Compare: build metadata (`+incompatible`) is ignored and
 * invalid strings sort below every valid version (by code units among themselves, for a total order).
 */
export function compareGo(a: string, b: string): Ordering {
  const x = parseGoVersion(a);
  const y = parseGoVersion(b);
  if (x && y) return compareSemverParsed(x, y);
  if (x) return 1;
  if (y) return -1;
  return compareStrings(a, b);
}
