/**
 * RubyGems versions (`Gem::Version`): dot-separated numeric and letter segments; any letter makes
 * the version a prerelease (`1.0.a` < `1.0`), `-` means `.pre.` and trailing zero segments do not count.
 * ref. https://guides.rubygems.org/patterns/#semantic-versioning and
 * https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';
import { type Comparator, type Op, parseOrGroups, type Range, splitTerms } from './constraint';

const VERSION_RE = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)?\s*$/;

/** True when `Gem::Version.correct?` accepts `v` (the empty string counts as "0", as RubyGems does). */
export function isValidGemVersion(v: string): boolean {
  return VERSION_RE.test(v);
}

/** Segments as Gem::Version#segments: digit runs (kept as digit strings, tagged) and letter runs. */
function segments(v: string): { num: boolean; v: string }[] {
  const s = v.trim().replace(/-/g, '.pre.');
  return (s.match(/[0-9]+|[a-z]+/gi) ?? []).map((x) => ({ num: /^\d/.test(x), v: x }));
}

/** True when the version has a letter segment (a RubyGems prerelease). */
export function isGemPrerelease(v: string): boolean {
  return /[a-zA-Z]/.test(v);
}

/**
 * Compares two gem versions like `Gem::Version#<=>`. Strings Gem::Version rejects are still ordered
 * by their segments so sorting stays total.
 */
export function compareGem(a: string, b: string): Ordering {
  const cx = canonicalize(segments(a));
  const cy = canonicalize(segments(b));
  for (let i = 0; i < Math.max(cx.length, cy.length); i++) {
    const l = cx[i] ?? { num: true, v: '0' };
    const r = cy[i] ?? { num: true, v: '0' };
    if (l.num !== r.num) return l.num ? 1 : -1;
    const c = l.num ? compareDigits(l.v, r.v) : compareStrings(l.v, r.v);
    if (c !== 0) return c;
  }
  return 0;
}

/** Gem::Version#canonical_segments: trailing zeros dropped from the release part and from the prerelease part. */
function canonicalize(segs: { num: boolean; v: string }[]): { num: boolean; v: string }[] {
  const firstStr = segs.findIndex((s) => !s.num);
  const rel = firstStr < 0 ? segs : segs.slice(0, firstStr);
  const pre = firstStr < 0 ? [] : segs.slice(firstStr);
  const trim = (xs: { num: boolean; v: string }[]): { num: boolean; v: string }[] => {
    let n = xs.length;
    while (n > 0 && xs[n - 1]?.num && /^0+$/.test(xs[n - 1]?.v ?? '')) n--;
    return xs.slice(0, n);
  };
  return [...trim(rel), ...trim(pre)];
}

/**
 * Gem::Version#bump, the upper bound of `~>`: drop prerelease segments, drop the last segment
 * (unless only one is left) and increment the new last one. `~> 1.5.5` means `>= 1.5.5, < 1.6`.
 */
export function bumpGemVersion(v: string): string {
  const segs = segments(v);
  while (segs.length > 0 && segs.some((s) => !s.num)) segs.pop();
  if (segs.length > 1) segs.pop();
  const last = segs[segs.length - 1];
  if (!last) return '1';
  last.v = String(BigInt(last.v) + 1n);
  return segs.map((s) => s.v).join('.');
}

/**
 * Parses a RubyGems requirement list (`~> 1.5.5`, `>= 1.7.7`, `!= 2.0`, comma-separated; `||`
 * alternatives as advisory data writes them). `~> X` expands to `>= X, < bump(X)`.
 * ref. https://guides.rubygems.org/patterns/#pessimistic-version-constraint
 */
export function parseGemRequirement(constraint: string): Range | undefined {
  return parseOrGroups(constraint, (group) => {
    const terms = splitTerms(group, ['~>', '!=', '>=', '<=', '>', '<', '=']);
    if (!terms) return undefined;
    const out: Comparator[] = [];
    for (const t of terms) {
      if (!isValidGemVersion(t.version) || t.version.trim() === '') return undefined;
      if (t.op === '~>') out.push({ op: '>=', version: t.version }, { op: '<', version: bumpGemVersion(t.version) });
      else out.push({ op: t.op === '' ? '=' : (t.op as Op), version: t.version });
    }
    return out;
  });
}
