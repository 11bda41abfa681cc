/**
 * npm ranges (node-semver grammar): `||` alternatives of space-separated comparators, with `^`, `~`,
 * x-ranges (`1.2.x`, `1.*`, `2`), hyphen ranges (`1.2 - 2.3.4`) and node-semver's prerelease rule.
 * Advisory-data extensions: commas also separate comparators and `==` means `=`.
 * Cargo requirements use the same desugaring with a bare version meaning `^` (the semver crate's rule).
 * ref. https://github.com/npm/node-semver#ranges and https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html
 */
import type { Ordering } from './compare-util';
import { type Comparator, parseOrGroups, type Range, splitTerms } from './constraint';
import { compareSemverParsed, parseSemver, type SemVer } from './npm';

const X = '(0|[1-9]\\d*|[xX*])';
const PRE = '(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][a-zA-Z0-9-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][a-zA-Z0-9-]*))*))?';
const PARTIAL_RE = new RegExp(`^[v=]*${X}(?:\\.${X}(?:\\.${X}${PRE}(?:\\+[0-9A-Za-z.-]+)?)?)?$`);

interface Partial {
  major?: string;
  minor?: string;
  patch?: string;
  pre: string[];
}

const isX = (s: string | undefined): boolean => s === undefined || /^[xX*]$/.test(s);

function parsePartial(s: string): Partial | undefined {
  const m = PARTIAL_RE.exec(s);
  if (!m) return undefined;
  const major = isX(m[1]) ? undefined : m[1];
  const minor = major === undefined || isX(m[2]) ? undefined : m[2];
  const patch = minor === undefined || isX(m[3]) ? undefined : m[3];
  return { major, minor, patch, pre: m[4] ? m[4].split('.') : [] };
}

const inc = (n: string | undefined): string => String(BigInt(n ?? '0') + 1n);
const ver = (M: string, m: string, p: string, pre: string[] = []): string =>
  `${M}.${m}.${p}${pre.length > 0 ? `-${pre.join('.')}` : ''}`;
const ge = (v: string): Comparator => ({ op: '>=', version: v });
const lt = (v: string): Comparator => ({ op: '<', version: v });
// node-semver's `-0` upper bounds keep prereleases of the next version out.
const NOTHING: Comparator = { op: '<', version: '0.0.0-0' };

function caret(p: Partial, z: string[]): Comparator[] {
  const { major: M, minor: m, patch: pt, pre } = p;
  if (M === undefined) return [];
  if (m === undefined) return [ge(ver(M, '0', '0', z)), lt(ver(inc(M), '0', '0', ['0']))];
  if (pt === undefined) {
    return M === '0'
      ? [ge(ver(M, m, '0', z)), lt(ver(M, inc(m), '0', ['0']))]
      : [ge(ver(M, m, '0', z)), lt(ver(inc(M), '0', '0', ['0']))];
  }
  const lower = ge(ver(M, m, pt, pre));
  if (M !== '0') return [lower, lt(ver(inc(M), '0', '0', ['0']))];
  if (m !== '0') return [lower, lt(ver(M, inc(m), '0', ['0']))];
  return [lower, lt(ver(M, m, inc(pt), ['0']))];
}

function tilde(p: Partial, z: string[]): Comparator[] {
  const { major: M, minor: m, patch: pt, pre } = p;
  if (M === undefined) return [];
  if (m === undefined) return [ge(ver(M, '0', '0', z)), lt(ver(inc(M), '0', '0', ['0']))];
  return [ge(pt === undefined ? ver(M, m, '0', z) : ver(M, m, pt, pre)), lt(ver(M, inc(m), '0', ['0']))];
}

function xrange(op: string, p: Partial, z: string[]): Comparator[] {
  const { major: M, minor: m, patch: pt, pre } = p;
  const anyX = pt === undefined;
  if (M === undefined) return op === '<' || op === '>' ? [NOTHING] : [];
  if (!anyX)
    return [
      {
        op: op === '' || op === '=' || op === '==' ? '=' : (op as Comparator['op']),
        version: ver(M, m ?? '0', pt, pre),
      },
    ];
  if (op === '' || op === '=' || op === '==') {
    return m === undefined
      ? [ge(ver(M, '0', '0', z)), lt(ver(inc(M), '0', '0', ['0']))]
      : [ge(ver(M, m, '0', z)), lt(ver(M, inc(m), '0', ['0']))];
  }
  // `>1.2` is `>=1.3.0`, `<=1.2` is `<1.3.0-0`, `<1.2` is `<1.2.0-0`, `>=1.2` is `>=1.2.0`.
  const mm = m ?? '0';
  if (op === '>') return [ge(m === undefined ? ver(inc(M), '0', '0', z) : ver(M, inc(m), '0', z))];
  if (op === '<=') return [lt(m === undefined ? ver(inc(M), '0', '0', ['0']) : ver(M, inc(m), '0', ['0']))];
  if (op === '<') return [lt(ver(M, mm, '0', ['0']))];
  if (op === '>=') return [ge(ver(M, mm, '0', z))];
  return [];
}

function hyphen(from: Partial, to: Partial, z: string[]): Comparator[] {
  const out: Comparator[] = [];
  if (from.major !== undefined) {
    const pre = from.patch !== undefined && from.pre.length > 0 ? from.pre : z;
    out.push(ge(ver(from.major, from.minor ?? '0', from.patch ?? '0', pre)));
  }
  if (to.major !== undefined) {
    if (to.minor === undefined) out.push(lt(ver(inc(to.major), '0', '0', ['0'])));
    else if (to.patch === undefined) out.push(lt(ver(to.major, inc(to.minor), '0', ['0'])));
    else if (to.pre.length === 0 && z.length > 0) out.push(lt(ver(to.major, to.minor, inc(to.patch), ['0'])));
    else out.push({ op: '<=', version: ver(to.major, to.minor, to.patch, to.pre) });
  }
  return out;
}

const RANGE_OPS = ['~>', '==', '<=', '>=', '<', '>', '=', '^', '~'];

/**
 * Parses an npm range (or, with `bareIsCaret`, a Cargo requirement) into plain comparators. With
 * `includePrerelease` the lower bounds of partial versions start at `-0`, as node-semver does.
 */
export function parseNpmRange(constraint: string, bareIsCaret = false, includePrerelease = false): Range | undefined {
  const z = includePrerelease ? ['0'] : [];
  const any = ge(includePrerelease ? '0.0.0-0' : '0.0.0');
  return parseOrGroups(
    constraint,
    (group) => {
      const h = /^(\S+)\s+-\s+(\S+)$/.exec(group);
      if (h) {
        const from = parsePartial(h[1] ?? '');
        const to = parsePartial(h[2] ?? '');
        if (!from || !to) return undefined;
        const cs = hyphen(from, to, z);
        return cs.length > 0 ? cs : [any];
      }
      const terms = splitTerms(group, RANGE_OPS);
      if (!terms) return undefined;
      const out: Comparator[] = [];
      for (const t of terms) {
        const p = parsePartial(t.version);
        if (!p) return undefined;
        const op = t.op === '' && bareIsCaret ? '^' : t.op;
        out.push(...(op === '^' ? caret(p, z) : op === '~' || op === '~>' ? tilde(p, z) : xrange(op, p, z)));
      }
      // `*` alone still has to match (every release version).
      return out.length > 0 ? out : [any];
    },
    [any],
  );
}

function test(c: Comparator, v: SemVer): boolean {
  const w = parseSemver(c.version);
  if (!w) return false;
  const r: Ordering = compareSemverParsed(v, w);
  return c.op === '<'
    ? r < 0
    : c.op === '<='
      ? r <= 0
      : c.op === '>'
        ? r > 0
        : c.op === '>='
          ? r >= 0
          : c.op === '='
            ? r === 0
            : r !== 0;
}

/**
 * node-semver's `satisfies`: a prerelease only matches a group that names a prerelease of the same
 * `major.minor.patch`, unless `includePrerelease`.
 */
export function testNpmRange(range: Range, version: SemVer, includePrerelease: boolean): boolean {
  return range.some((set) => {
    if (!set.every((c) => test(c, version))) return false;
    if (version.prerelease.length === 0 || includePrerelease) return true;
    return set.some((c) => {
      const w = parseSemver(c.version);
      return (
        w !== undefined &&
        w.prerelease.length > 0 &&
        w.major === version.major &&
        w.minor === version.minor &&
        w.patch === version.patch
      );
    });
  });
}
