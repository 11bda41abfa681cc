/**
 * Composer (PHP) package versions: normalised by Composer's VersionParser to
 * `M.m.p.b[-(dev|alpha|beta|RC|patch)N]` and then ordered by PHP's `version_compare`.
 * ref. https://getcomposer.org/doc/articles/versions.md, composer/semver src/VersionParser.php
 * and https://www.php.net/manual/en/function.version-compare.php
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+)*)?)?([.-]?dev)?';
const CLASSIC_RE = new RegExp(`^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?${MODIFIER}$`, 'i');
const DATE_RE = new RegExp(`^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})${MODIFIER}$`, 'i');

function expandStability(s: string): string {
  const l = s.toLowerCase();
  if (l === 'a') return 'alpha';
  if (l === 'b') return 'beta';
  if (l === 'p' || l === 'pl') return 'patch';
  if (l === 'rc') return 'RC';
  return l;
}

/**
 * Normalises a version like Composer's `VersionParser::normalize` (`1.2` → `1.2.0.0`,
 * `v1.0-beta2` → `1.0.0.0-beta2`, `1.x-dev` → `1.9999999.9999999.9999999-dev`, `dev-main` unchanged).
 * Returns undefined for strings Composer rejects.
 */
export function normalizeComposerVersion(input: string): string | undefined {
  let v = input.trim();
  const alias = /^([^,\s]+) +as +([^,\s]+)$/.exec(v);
  if (alias) v = alias[1] ?? v;
  v = v.replace(/@(?:stable|RC|beta|alpha|dev)$/i, '');
  if (/^(?:dev-)?(?:master|trunk|default)$/i.test(v)) return `dev-${v.replace(/^dev-/i, '')}`;
  if (/^dev-/i.test(v)) return `dev-${v.slice(4)}`;
  v = v.replace(/\+[0-9A-Za-z.-]+$/, '');
  const classic = CLASSIC_RE.exec(v);
  const date = classic ? undefined : DATE_RE.exec(v);
  if (classic || date) {
    let version: string;
    let mods: (string | undefined)[];
    if (classic) {
      version = [classic[1], classic[2] ?? '.0', classic[3] ?? '.0', classic[4] ?? '.0'].join('');
      mods = classic.slice(5, 8);
    } else {
      version = (date?.[1] ?? '').replace(/\D/g, '.');
      mods = date?.slice(2, 5) ?? [];
    }
    const [stab, stabNum, dev] = mods;
    if (stab && stab.toLowerCase() !== 'stable')
      version += `-${expandStability(stab)}${(stabNum ?? '').replace(/^[.-]/, '')}`;
    if (dev) version += '-dev';
    return version;
  }
  const branch = /^(.*?)[.-]?dev$/i.exec(v);
  if (branch?.[1] && /^v?(\d+)(\.(?:\d+|[xX*]))*$/.test(branch[1])) {
    const parts = branch[1].replace(/^v/, '').split('.');
    while (parts.length < 4) parts.push('x');
    return `${parts.map((p) => (/^[xX*]$/.test(p) ? '9999999' : p)).join('.')}-dev`;
  }
  return undefined;
}

/** True when Composer can normalise `v`. */
export function isValidComposerVersion(v: string): boolean {
  return normalizeComposerVersion(v) !== undefined;
}

// PHP version_compare special forms; matching is by prefix, so `patch` counts as `p`.
const SPECIAL: [string, number][] = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

function special(form: string): number {
  for (const [name, order] of SPECIAL) if (form.startsWith(name)) return order;
  return -6;
}

/** PHP's canonical form split into parts: `1.0rc1` → `1`, `0`, `rc`, `1`. */
function phpParts(v: string): string[] {
  return v
    .replace(/[^0-9A-Za-z]+/g, '.')
    .replace(/(\d)(?=[^\d.])|([^\d.])(?=\d)/g, '$1$2.')
    .split('.')
    .filter((p) => p !== '');
}

/** PHP's `version_compare($a, $b)` (without an operator). */
export function phpVersionCompare(a: string, b: string): Ordering {
  const x = phpParts(a);
  const y = phpParts(b);
  const isNum = (p: string): boolean => /^\d+$/.test(p);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const l = x[i] ?? '';
    const r = y[i] ?? '';
    let c: number;
    if (isNum(l) && isNum(r)) c = compareDigits(l, r);
    else c = special(isNum(l) ? '#' : l) - special(isNum(r) ? '#' : r);
    if (c !== 0) return c < 0 ? -1 : 1;
  }
  if (x.length === y.length) return 0;
  // The longer one wins when it goes on with a number, or with a form ranking above a number.
  if (x.length > y.length) {
    const rest = x[y.length] ?? '';
    return isNum(rest) || special(rest) > special('#') ? 1 : -1;
  }
  const rest = y[x.length] ?? '';
  return isNum(rest) || special(rest) > special('#') ? -1 : 1;
}

/**
 * Compares Composer versions: both are normalised, then ordered by `version_compare`. Strings that
 * do not normalise sort below every version (by code units among themselves).
 */
export function compareComposer(a: string, b: string): Ordering {
  const x = normalizeComposerVersion(a);
  const y = normalizeComposerVersion(b);
  if (x !== undefined && y !== undefined) return phpVersionCompare(x, y);
  if (x !== undefined) return 1;
  if (y !== undefined) return -1;
  return compareStrings(a, b);
}
