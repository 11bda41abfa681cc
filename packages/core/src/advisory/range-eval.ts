/**
 * Evaluates OSV `affected` entries against an installed version.
 * Algorithm: https://ossf.github.io/osv-schema/#evaluation (events sorted by version,
 * `introduced: "0"` meaning "from the beginning", `limit` capping the search).
 *
 * The comparator is passed in so this file stays independent of any one version scheme.
 */
import type { OsvAffected, OsvEvent, OsvRange } from './osv-types';

/**
 * Three-way comparison of two versions; throws (or returns NaN) for unparsable input. `rangeType` says
 * which scheme applies: SEMVER ranges use SemVer 2.0 whatever the ecosystem, ECOSYSTEM ranges and
 * explicit `versions` use the ecosystem's own ordering.
 */
export type VersionCompare = (a: string, b: string, rangeType: 'SEMVER' | 'ECOSYSTEM') => number;

/** The outcome for one installed version against one `affected` entry (or several, merged). */
export interface RangeMatch {
  affected: boolean;
  /** The lowest `fixed` event strictly above the installed version, when the version is affected. */
  fixedVersion?: string;
}

interface FlatEvent {
  kind: keyof OsvEvent;
  version: string;
}

function flatten(events: OsvEvent[]): FlatEvent[] {
  const out: FlatEvent[] = [];
  for (const e of events) {
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const v = e[kind];
      if (v !== undefined) out.push({ kind, version: v });
    }
  }
  return out;
}

/** `0` is below every version in every scheme (OSV's convention), whatever the comparator says. */
function cmp(compare: VersionCompare, type: 'SEMVER' | 'ECOSYSTEM', a: string, b: string): number {
  if (a === b) return 0;
  if (a === '0') return -1;
  if (b === '0') return 1;
  const c = compare(a, b, type);
  if (Number.isNaN(c)) throw new RangeError(`cannot order ${a} and ${b}`);
  return c;
}

/**
 * The installed-version-independent part of a range: its `limit` events and its other events sorted
 * once. `sorted` is undefined when the comparator could not order the events (the range never matches).
 */
interface PreparedRange {
  limits: FlatEvent[];
  sorted: FlatEvent[] | undefined;
}

/**
 * Memo of the work that does not depend on the installed version, for ONE comparator semantics (one
 * version scheme during one detection run): ranges prepared once instead of re-sorted on every
 * evaluation, and explicit `versions` lists turned into sets when an exact equality key exists.
 */
export interface RangeEvalCache {
  readonly prepared: WeakMap<OsvRange, PreparedRange>;
  readonly listed: WeakMap<OsvAffected, ListedVersions>;
  /**
   * A key such that, for two versions it accepts, `key(a) === key(b)` exactly when the comparator
   * says `compare(a, b, 'ECOSYSTEM') === 0`; undefined for versions the comparator rejects (throws on).
   * Without it explicit `versions` lists are compared one by one.
   */
  readonly equalityKey?: (version: string) => string | undefined;
}

interface ListedVersions {
  raw: ReadonlySet<string>;
  keys: ReadonlySet<string>;
}

/** A cache for one comparator; see {@link RangeEvalCache}. */
export function createRangeEvalCache(equalityKey?: (version: string) => string | undefined): RangeEvalCache {
  return { prepared: new WeakMap(), listed: new WeakMap(), ...(equalityKey ? { equalityKey } : {}) };
}

function prepare(range: OsvRange, compare: VersionCompare): PreparedRange {
  const type = range.type as 'SEMVER' | 'ECOSYSTEM';
  const events = flatten(range.events);
  const limits = events.filter((e) => e.kind === 'limit');
  // A stable sort by version: events of equal version keep the record's order, so `introduced: X,
  // fixed: X` is empty while `fixed: X, introduced: X` (pyspark's PYSEC-2022-236) re-opens at X.
  let sorted: FlatEvent[] | undefined;
  try {
    sorted = events.filter((e) => e.kind !== 'limit').sort((a, b) => cmp(compare, type, a.version, b.version));
  } catch {
    sorted = undefined;
  }
  return { limits, sorted };
}

function prepared(range: OsvRange, compare: VersionCompare, cache: RangeEvalCache | undefined): PreparedRange {
  if (!cache) return prepare(range, compare);
  let p = cache.prepared.get(range);
  if (!p) {
    p = prepare(range, compare);
    cache.prepared.set(range, p);
  }
  return p;
}

/**
 * Whether `version` falls in one ECOSYSTEM or SEMVER range.
 * Throws when the comparator cannot order the versions involved (callers treat that as "no match").
 * With a `cache` (bound to this comparator) the range's events are sorted only once.
 */
export function inRange(range: OsvRange, version: string, compare: VersionCompare, cache?: RangeEvalCache): boolean {
  if (range.type === 'GIT') return false;
  const type = range.type;
  const { limits, sorted } = prepared(range, compare, cache);
  if (limits.length > 0 && limits.every((l) => l.version !== '*' && cmp(compare, type, version, l.version) >= 0))
    return false;
  if (!sorted) throw new RangeError('cannot order the events of the range');
  let vulnerable = false;
  for (const e of sorted) {
    const c = cmp(compare, type, version, e.version);
    if (e.kind === 'introduced' && c >= 0) vulnerable = true;
    else if (e.kind === 'fixed' && c >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && c > 0) vulnerable = false;
  }
  return vulnerable;
}

/** Whether an explicit `versions` entry equals `version` (by string, or by the comparator). */
function listedMatch(entry: OsvAffected, version: string, compare: VersionCompare, cache?: RangeEvalCache): boolean {
  const versions = entry.versions ?? [];
  const key = cache?.equalityKey;
  if (!cache || !key) return versions.some((v) => v === version || safe(() => compare(v, version, 'ECOSYSTEM') === 0));
  let listed = cache.listed.get(entry);
  if (!listed) {
    const keys = new Set<string>();
    for (const v of versions) {
      const k = key(v);
      if (k !== undefined) keys.add(k);
    }
    listed = { raw: new Set(versions), keys };
    cache.listed.set(entry, listed);
  }
  if (listed.raw.has(version)) return true;
  const k = key(version);
  return k !== undefined && listed.keys.has(k);
}

function safe(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

/**
 * Evaluates all `affected` entries of one package: affected when any explicit `versions` entry
 * equals the installed version or any range contains it. The fix reported is the LOWEST `fixed`
 * event above the installed version across all ranges (a later branch's fix would not help).
 * Versions the comparator cannot parse never match (Trivy skips them too). A `cache` must be bound to
 * `compare` (one scheme, one run); the result is the same with or without it.
 */
export function evaluateAffected(
  entries: OsvAffected[],
  version: string,
  compare: VersionCompare,
  cache?: RangeEvalCache,
): RangeMatch {
  let affected = false;
  for (const entry of entries) {
    if (affected) break;
    if (entry.versions && listedMatch(entry, version, compare, cache)) affected = true;
    for (const range of entry.ranges ?? []) {
      if (!affected && range.type !== 'GIT' && safe(() => inRange(range, version, compare, cache))) affected = true;
    }
  }
  // Fixes matter only for an affected version, so they are gathered after the verdict.
  if (!affected) return { affected: false };
  const fixes: { version: string; type: 'SEMVER' | 'ECOSYSTEM' }[] = [];
  for (const entry of entries) {
    for (const range of entry.ranges ?? []) {
      if (range.type === 'GIT') continue;
      const type = range.type;
      for (const e of range.events) {
        const fixed = e.fixed;
        if (fixed !== undefined && safe(() => cmp(compare, type, fixed, version) > 0))
          fixes.push({ version: fixed, type });
      }
    }
  }
  let lowest: (typeof fixes)[number] | undefined;
  for (const f of fixes) {
    const current = lowest;
    if (current === undefined || safe(() => compare(f.version, current.version, f.type) < 0)) lowest = f;
  }
  return lowest === undefined ? { affected } : { affected, fixedVersion: lowest.version };
}
