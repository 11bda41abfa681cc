/**
 * Version ordering and constraint matching for every ecosystem the scanner knows. One comparator per
 * scheme lives in its own file (deb, apk, rpm, npm, pep440, maven, go, rubygems, composer, cargo);
 * this module dispatches on the {@link Ecosystem}.
 */
import type { Ecosystem } from '../types/ecosystem';
import { compareApk, isValidApkVersion } from './apk';
import { compareCargo, isValidCargoVersion } from './cargo';
import type { Ordering } from './compare-util';
import { compareComposer, isValidComposerVersion } from './composer';
import { parseComposerConstraint } from './composer-range';
import { parsePlainRange, type Range, testRange } from './constraint';
import { compareDeb, isValidDebVersion } from './deb';
import { compareGo, isValidGoVersion } from './go';
import { compareMaven, isValidMavenVersion } from './maven';
import { parseMavenRange } from './maven-range';
import { compareNpm, parseSemver } from './npm';
import { parseNpmRange, testNpmRange } from './npm-range';
import { comparePep440, isValidPep440 } from './pep440';
import { parsePep440Specifier } from './pep440-specifier';
import { compareRpm, isValidRpmVersion } from './rpm';
import { compareGem, isValidGemVersion, parseGemRequirement } from './rubygems';

export type { Ordering } from './compare-util';

const COMPARATORS: Record<Ecosystem, (a: string, b: string) => Ordering> = {
  deb: compareDeb,
  apk: compareApk,
  rpm: compareRpm,
  npm: compareNpm,
  pypi: comparePep440,
  maven: compareMaven,
  go: compareGo,
  rubygems: compareGem,
  composer: compareComposer,
  cargo: compareCargo,
};

const VALIDATORS: Record<Ecosystem, (v: string) => boolean> = {
  deb: isValidDebVersion,
  apk: isValidApkVersion,
  rpm: isValidRpmVersion,
  // node-semver's loose form (`v1.2.3`, `=1.2.3`, `1.2.3beta`, leading zeros) shows up in advisory data.
  npm: (v) => parseSemver(v, true) !== undefined,
  pypi: isValidPep440,
  maven: isValidMavenVersion,
  go: isValidGoVersion,
  rubygems: (v) => isValidGemVersion(v) && v.trim() !== '',
  composer: isValidComposerVersion,
  cargo: isValidCargoVersion,
};

/**
 * Compares two versions of `ecosystem` and returns -1, 0 or 1. Total: it never throws. Strings that
 * are not valid versions of the scheme (see {@link isValidVersion}) still get a deterministic place:
 * for deb, apk, rpm and Maven the scheme's own algorithm runs on the raw text (as dpkg, apk and rpm do);
 * for npm, PyPI, Go, Composer and Cargo invalid strings sort below every valid version and among
 * themselves by UTF-16 code units; RubyGems orders the digit and letter runs it finds.
 */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): Ordering {
  return COMPARATORS[ecosystem](a, b);
}

/** True when `version` is a valid version string in `ecosystem`'s scheme. */
export function isValidVersion(ecosystem: Ecosystem, version: string): boolean {
  return VALIDATORS[ecosystem](version);
}

/** Options for {@link satisfies}. */
export interface SatisfiesOptions {
  /**
   * npm and Cargo only: let prereleases match any range that contains them. Without it (node-semver's
   * default) a prerelease matches only a group naming a prerelease of the same `major.minor.patch`.
   * Trivy's npm matching behaves like `true`.
   */
  includePrerelease?: boolean;
}

/**
 * Parses a constraint in `ecosystem`'s grammar; undefined when it is not valid. Every grammar accepts
 * `||` alternatives of AND-groups (comparators separated by commas or spaces) and `=`/`==`/`!=`/`<`/`<=`/
 * `>`/`>=`; on top of that npm takes `^`/`~`/x-ranges/hyphen ranges, Cargo the same with a bare version
 * meaning `^`, PyPI `~=`/`==1.2.*`/`===`, Maven `[1.0,2.0)` ranges, RubyGems `~>`, Composer `^`/`~`/`1.2.*`
 * and hyphen ranges. Elsewhere a bare version means equality.
 */
export function parseConstraint(
  ecosystem: Ecosystem,
  constraint: string,
  options: SatisfiesOptions = {},
): Range | undefined {
  switch (ecosystem) {
    case 'npm':
      return parseNpmRange(constraint, false, options.includePrerelease);
    case 'cargo':
      return parseNpmRange(constraint, true, options.includePrerelease);
    case 'pypi':
      return parsePep440Specifier(constraint);
    case 'maven':
      return parseMavenRange(constraint);
    case 'rubygems':
      return parseGemRequirement(constraint);
    case 'composer':
      return parseComposerConstraint(constraint);
    default:
      return parsePlainRange(constraint, VALIDATORS[ecosystem]);
  }
}

/**
 * Does `version` satisfy `constraint` in `ecosystem`'s rules? Never throws: an invalid version or
 * constraint gives false (a scanner must not report a match it cannot justify).
 */
export function satisfies(
  ecosystem: Ecosystem,
  version: string,
  constraint: string,
  options: SatisfiesOptions = {},
): boolean {
  if (!isValidVersion(ecosystem, version)) return false;
  const range = parseConstraint(ecosystem, constraint, options);
  if (!range) return false;
  if (ecosystem === 'npm' || ecosystem === 'cargo') {
    const v = ecosystem === 'npm' ? parseSemver(version, true) : parseSemver(version);
    return v !== undefined && testNpmRange(range, v, options.includePrerelease ?? false);
  }
  return testRange(range, version, COMPARATORS[ecosystem]);
}

export { isValidApkVersion } from './apk';
export { normalizeComposerVersion } from './composer';
export type { Comparator, Op, Range } from './constraint';
export { isPseudoVersion } from './go';
export { normalizePep440, parsePep440 } from './pep440';
