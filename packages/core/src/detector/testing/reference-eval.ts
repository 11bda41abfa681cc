/**
 * A deliberately plain OSV range evaluator for tests: the matching code as it was before the per-run
 * caches (validity gate on every comparison, events re-sorted per call, a full comparison against every
 * explicit version). Cached matching must agree with it exactly (see ../match-context.test.ts).
 * Algorithm: https://ossf.github.io/osv-schema/#evaluation
 */
import type { OsvAffected, OsvEvent, OsvRange } from '../../advisory/osv-types';
import type { RangeMatch, VersionCompare } from '../../advisory/range-eval';
import type { Ecosystem } from '../../types/ecosystem';
import { compareVersions, isValidVersion } from '../../version/index';
import { toSemver } from '../version-port';

/** The reference comparator for a package scheme (Go and SEMVER ranges compare as SemVer). */
export function refCompare(scheme: Ecosystem): VersionCompare {
  const checked = (eco: Ecosystem, a: string, b: string) => {
    if (eco !== 'rpm' && (!isValidVersion(eco, a) || !isValidVersion(eco, b))) throw new RangeError('invalid');
    return compareVersions(eco, a, b);
  };
  return (a, b, type) =>
    type === 'SEMVER' || scheme === 'go' ? checked('npm', toSemver(a), toSemver(b)) : checked(scheme, a, b);
}

function refCmp(compare: VersionCompare, type: 'SEMVER' | 'ECOSYSTEM', a: string, b: string): number {
  if (a === b) return 0;
  if (a === '0') return -1;
  if (b === '0') return 1;
  return compare(a, b, type);
}

function refInRange(range: OsvRange, version: string, compare: VersionCompare): boolean {
  if (range.type === 'GIT') return false;
  const type = range.type;
  const events: { kind: keyof OsvEvent; version: string }[] = [];
  for (const e of range.events)
    for (const kind of ['introduced', 'fixed', 'last_affected', 'limit'] as const)
      if (e[kind] !== undefined) events.push({ kind, version: e[kind] as string });
  const limits = events.filter((e) => e.kind === 'limit');
  if (limits.length > 0 && limits.every((l) => l.version !== '*' && refCmp(compare, type, version, l.version) >= 0))
    return false;
  const sorted = events.filter((e) => e.kind !== 'limit').sort((a, b) => refCmp(compare, type, a.version, b.version));
  let vulnerable = false;
  for (const e of sorted) {
    const c = refCmp(compare, type, version, e.version);
    if (e.kind === 'introduced' && c >= 0) vulnerable = true;
    else if (e.kind === 'fixed' && c >= 0) vulnerable = false;
    else if (e.kind === 'last_affected' && c > 0) vulnerable = false;
  }
  return vulnerable;
}

const safe = (f: () => boolean) => {
  try {
    return f();
  } catch {
    return false;
  }
};

/** The reference verdict and lowest fix for one package version. */
export function refEvaluate(entries: OsvAffected[], version: string, compare: VersionCompare): RangeMatch {
  let affected = false;
  const fixes: { version: string; type: 'SEMVER' | 'ECOSYSTEM' }[] = [];
  for (const entry of entries) {
    for (const v of entry.versions ?? [])
      if (v === version || safe(() => compare(v, version, 'ECOSYSTEM') === 0)) affected = true;
    for (const range of entry.ranges ?? []) {
      if (range.type === 'GIT') continue;
      if (safe(() => refInRange(range, version, compare))) affected = true;
      for (const e of range.events) {
        const fixed = e.fixed;
        if (fixed !== undefined && safe(() => refCmp(compare, range.type as 'ECOSYSTEM', fixed, version) > 0))
          fixes.push({ version: fixed, type: range.type as 'ECOSYSTEM' });
      }
    }
  }
  if (!affected) return { affected: false };
  let lowest: (typeof fixes)[number] | undefined;
  for (const f of fixes) {
    const cur = lowest;
    if (cur === undefined || safe(() => compare(f.version, cur.version, f.type) < 0)) lowest = f;
  }
  return lowest === undefined ? { affected } : { affected, fixedVersion: lowest.version };
}
