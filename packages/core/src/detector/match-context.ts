/**
 * Per-run memos for detection. Matching one inventory compares the same few thousand version strings
 * hundreds of thousands of times; every comparison used to re-validate and re-parse both strings and
 * every range was re-sorted for each package. A context created per `detectVulnerabilities` run keeps
 * (a) validity and parse results per (scheme, version), (b) one range comparator per scheme and
 * (c) one range-evaluation cache per scheme (events sorted once, explicit version lists as sets).
 * Results are identical to the uncached path: version schemes are pure functions of their inputs.
 */
import { createRangeEvalCache, type RangeEvalCache, type VersionCompare } from '../advisory/range-eval';
import type { Ecosystem } from '../types/ecosystem';
import { compareVersions, isValidVersion } from '../version/index';
import { compareNpm, compareSemverParsed, parseSemver, type SemVer } from '../version/npm';
import { comparePep440, comparePep440Parsed, type Pep440Version, parsePep440 } from '../version/pep440';
import { rangeComparator, toSemver, type VersionScheme } from './version-port';

/** Entries kept per memo before it is emptied: bounds memory on huge inventories or advisory sets. */
const MEMO_LIMIT = 50_000;

/** A bounded string-keyed memo whose values may be `undefined` (a failed parse is worth remembering). */
class Memo<V> {
  private readonly map = new Map<string, V>();
  get(key: string, compute: (key: string) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size >= MEMO_LIMIT) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/**
 * The PEP 440 key that is equal for two valid versions exactly when `comparePep440Parsed` says 0:
 * trailing zero release components dropped (`1.0` = `1.0.0`), numeric local segments without leading
 * zeros (`+01` = `+1`, compared as numbers there), everything else as parsed (already canonical).
 */
export function pep440EqualityKey(v: Pep440Version): string {
  const release = [...v.release];
  while (release.length > 0 && release[release.length - 1] === '0') release.pop();
  const pre = v.pre ? `${v.pre.label}${v.pre.n}` : '';
  const local = v.local?.map((s) => (/^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : s)).join('.');
  return `${v.epoch}!${release.join('.')}|${pre}|${v.post ?? '-'}|${v.dev ?? '-'}|${local ?? '-'}`;
}

/** True when `versions` is the core's own scheme (src/version), whose parse results may be reused. */
function isCoreScheme(versions: VersionScheme): boolean {
  return versions.compare === compareVersions && versions.isValid === isValidVersion;
}

/** Memoised detection state for one run; see the file header. */
export interface MatchContext {
  /** The run's version scheme, with validity (and, for the core's scheme, parsing) memoised. */
  readonly versions: VersionScheme;
  /** The range comparator for a package scheme (one per scheme and run). */
  comparator(scheme: Ecosystem): VersionCompare;
  /** The range-evaluation cache bound to {@link MatchContext.comparator}`(scheme)`. */
  rangeCache(scheme: Ecosystem): RangeEvalCache;
}

/**
 * Creates the memos for one detection run over `versions`. The core's scheme additionally gets parsed
 * PEP 440 and SemVer versions reused across comparisons, and exact equality keys for PyPI version lists.
 */
export function createMatchContext(versions: VersionScheme): MatchContext {
  const core = isCoreScheme(versions);
  const valid = new Map<Ecosystem, Memo<boolean>>();
  const pep440 = new Memo<Pep440Version | undefined>();
  const semver = new Memo<SemVer | undefined>();
  const plainSemver = new Memo<string>();
  const pyKeys = new Memo<string | undefined>();
  const asSemver = (v: string) => plainSemver.get(v, toSemver);
  const parsePy = (v: string) => pep440.get(v, parsePep440);
  const parseNpm = (v: string) => semver.get(v, (s) => parseSemver(s, true));
  const isValid = (eco: Ecosystem, v: string): boolean => {
    if (core && eco === 'pypi') return parsePy(v) !== undefined;
    if (core && eco === 'npm') return parseNpm(v) !== undefined;
    let memo = valid.get(eco);
    if (!memo) {
      memo = new Memo<boolean>();
      valid.set(eco, memo);
    }
    return memo.get(v, (s) => versions.isValid(eco, s));
  };
  const compare = (eco: Ecosystem, a: string, b: string): number => {
    if (core && eco === 'pypi') {
      const x = parsePy(a);
      const y = parsePy(b);
      return x && y ? comparePep440Parsed(x, y) : comparePep440(a, b);
    }
    if (core && eco === 'npm') {
      const x = parseNpm(a);
      const y = parseNpm(b);
      return x && y ? compareSemverParsed(x, y) : compareNpm(a, b);
    }
    return versions.compare(eco, a, b);
  };
  const scheme: VersionScheme = { compare, isValid };
  const comparators = new Map<Ecosystem, VersionCompare>();
  const caches = new Map<Ecosystem, RangeEvalCache>();
  return {
    versions: scheme,
    comparator(eco) {
      let c = comparators.get(eco);
      if (!c) {
        c = rangeComparator(scheme, eco, asSemver);
        comparators.set(eco, c);
      }
      return c;
    },
    rangeCache(eco) {
      let c = caches.get(eco);
      if (!c) {
        // Only PyPI's ECOSYSTEM comparison is the plain PEP 440 one with a proven equality key; other
        // schemes (and Go, compared as SemVer) keep comparing list entries one by one.
        const key =
          core && eco === 'pypi'
            ? (v: string) =>
                pyKeys.get(v, (s) => {
                  const p = parsePy(s);
                  return p ? pep440EqualityKey(p) : undefined;
                })
            : undefined;
        c = createRangeEvalCache(key);
        caches.set(eco, c);
      }
      return c;
    },
  };
}
