/**
 * Python package versions, PEP 440: `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`, with the
 * normalisations the spec allows (`1.0-alpha-1` = `1.0a1`, `1.0.0-1` = `1.0.0.post1`, `v1.0`, case).
 * ref. https://packaging.python.org/en/latest/specifications/version-specifiers/ (PEP 440)
 * and pypa/packaging `packaging.version` (the oracle for the vectors).
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

/** A parsed PEP 440 version; numbers are kept as digit strings without leading zeros. */
export interface Pep440Version {
  epoch: string;
  release: string[];
  /** `a`, `b` or `rc` with its number. */
  pre?: { label: 'a' | 'b' | 'rc'; n: string };
  post?: string;
  dev?: string;
  local?: string[];
}

const VERSION_RE = new RegExp(
  '^\\s*v?(?:(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)' +
    '([-_.]?(alpha|a|beta|b|preview|pre|c|rc)[-_.]?(\\d+)?)?' +
    '((?:-(\\d+))|(?:[-_.]?(post|rev|r)[-_.]?(\\d+)?))?' +
    '([-_.]?(dev)[-_.]?(\\d+)?)?)' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$',
  'i',
);

const num = (s: string | undefined): string => (s ?? '0').replace(/^0+(?=\d)/, '');

/** Parses a PEP 440 version; undefined when `packaging.version.Version` would raise InvalidVersion. */
export function parsePep440(input: string): Pep440Version | undefined {
  const m = VERSION_RE.exec(input);
  if (!m) return undefined;
  const v: Pep440Version = { epoch: num(m[1]), release: (m[2] ?? '0').split('.').map(num) };
  if (m[3]) {
    const l = (m[4] ?? '').toLowerCase();
    v.pre = { label: l === 'alpha' || l === 'a' ? 'a' : l === 'beta' || l === 'b' ? 'b' : 'rc', n: num(m[5]) };
  }
  if (m[6]) v.post = num(m[7] ?? m[9]);
  if (m[10]) v.dev = num(m[12]);
  if (m[13]) v.local = m[13].toLowerCase().split(/[-_.]/);
  return v;
}

/** True when `v` is a valid PEP 440 version. */
export function isValidPep440(v: string): boolean {
  return parsePep440(v) !== undefined;
}

/** The canonical string form (what `str(Version(v))` prints). */
export function normalizePep440(v: Pep440Version): string {
  let s = v.epoch !== '0' ? `${v.epoch}!` : '';
  s += v.release.join('.');
  if (v.pre) s += `${v.pre.label}${v.pre.n}`;
  if (v.post !== undefined) s += `.post${v.post}`;
  if (v.dev !== undefined) s += `.dev${v.dev}`;
  if (v.local) s += `+${v.local.join('.')}`;
  return s;
}

const PRE_RANK = { a: 0, b: 1, rc: 2 } as const;

// Phases around the release: dev-only releases come before pre-releases, final ones after.
function preKey(v: Pep440Version): [number, number, string] {
  if (v.pre) return [1, PRE_RANK[v.pre.label], v.pre.n];
  if (v.post === undefined && v.dev !== undefined) return [0, 0, '0'];
  return [2, 0, '0'];
}

function compareRelease(a: readonly string[], b: readonly string[]): Ordering {
  // Trailing zeros are insignificant: 1.0 == 1.0.0.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compareDigits(a[i] ?? '0', b[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}

function compareLocal(a: readonly string[] | undefined, b: readonly string[] | undefined): Ordering {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    // Numeric local segments sort above alphanumeric ones.
    const c = xn && yn ? compareDigits(x, y) : xn ? 1 : yn ? -1 : compareStrings(x, y);
    if (c !== 0) return c;
  }
  return 0;
}

/** Orders two parsed versions exactly like packaging's `_cmpkey`. */
export function comparePep440Parsed(a: Pep440Version, b: Pep440Version, ignoreLocal = false): Ordering {
  const pa = preKey(a);
  const pb = preKey(b);
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    compareDigits(String(pa[0]), String(pb[0])) ||
    compareDigits(String(pa[1]), String(pb[1])) ||
    compareDigits(pa[2], pb[2]) ||
    (a.post === undefined || b.post === undefined
      ? a.post === b.post
        ? 0
        : a.post === undefined
          ? -1
          : 1
      : compareDigits(a.post, b.post)) ||
    (a.dev === undefined || b.dev === undefined
      ? a.dev === b.dev
        ? 0
        : a.dev === undefined
          ? 1
          : -1
      : compareDigits(a.dev, b.dev)) ||
    (ignoreLocal ? 0 : compareLocal(a.local, b.local))
  );
}

/** Compares two PEP 440 versions; invalid strings sort below all valid ones, by code units among themselves. */
export function comparePep440(a: string, b: string): Ordering {
  const x = parsePep440(a);
  const y = parsePep440(b);
  if (x && y) return comparePep440Parsed(x, y);
  if (x) return 1;
  if (y) return -1;
  return compareStrings(a, b);
}
