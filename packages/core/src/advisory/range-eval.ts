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
 * Whether `version` falls in one ECOSYSTEM or SEMVER range.
 * Throws when the comparator cannot order the versions involved (callers treat that as "no match").
 */
export function inRange(range: OsvRange, version: string, compare: VersionCompare): boolean {
  if (range.type === 'GIT') return false;
  const type = range.type;
  const events = flatten(range.events);
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && limits.every((l) => l.version !== '*' && cmp(compare, type, version, l.version) >= 0))
    return false;
  // A stable sort by version: events of equal version keep the record's order, so `introduced: X,
  // fixed: X` is empty while `fixed: X, introduced: X` (pyspark's PYSEC-2022-236) re-opens at X.
  const sorted = events.filter((e) => e.kind !== 'limit').sort((a, b) => cmp(compare, type, a.version, b.version));
  let vulnerable = false;
  for (const e of sorted) {
    const c = cmp(compare, type, version, e.version);
    if (e.kind === 'introduced' && c >= 0) vulnerable = true;
    else if (e.kind === 'fixed' && c >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && c > 0) vulnerable = false;
  }
  return vulnerable;
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
 * Versions the comparator cannot parse never match (Trivy skips them too).
 */
export function evaluateAffected(entries: OsvAffected[], version: string, compare: VersionCompare): RangeMatch {
  let affected = false;
  const fixes: { version: string; type: 'SEMVER' | 'ECOSYSTEM' }[] = [];
  for (const entry of entries) {
    for (const v of entry.versions ?? []) {
      if (v === version || safe(() => compare(v, version, 'ECOSYSTEM') === 0)) affected = true;
    }
    for (const range of entry.ranges ?? []) {
      if (range.type === 'GIT') continue;
      if (safe(() => inRange(range, version, compare))) affected = true;
      const type = range.type;
      for (const e of range.events) {
        const fixed = e.fixed;
        if (fixed !== undefined && safe(() => cmp(compare, type, fixed, version) > 0))
          fixes.push({ version: fixed, type });
      }
    }
  }
  if (!affected) return { affected: false };
  let lowest: (typeof fixes)[number] | undefined;
  for (const f of fixes) {
    const current = lowest;
    if (current === undefined || safe(() => compare(f.version, current.version, f.type) < 0)) lowest = f;
  }
  return lowest === undefined ? { affected } : { affected, fixedVersion: lowest.version };
}
