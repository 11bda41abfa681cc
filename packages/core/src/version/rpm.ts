/**
 * RPM versions: `[epoch:]version[-release]`, each part compared with rpmvercmp.
 * ref. rpm's rpmio/rpmvercmp.c and tests/rpmvercmp.at (https://github.com/rpm-software-management/rpm),
 * https://rpm-software-management.github.io/rpm/manual/dependencies.html#versioning
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

/** A parsed RPM EVR. Epoch and release are undefined when absent. */
export interface RpmVersion {
  epoch?: string;
  version: string;
  release?: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isSep = (c: string | undefined): boolean =>
  c !== undefined && !isDigit(c) && !isAlpha(c) && c !== '~' && c !== '^';

/**
 * rpmvercmp: compares alternating digit/alpha segments; other characters only separate.
 * `~` sorts before everything (even the end), `^` after the end but before any further segment.
 */
export function rpmvercmp(a: string, b: string): Ordering {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (isSep(a[i])) i++;
    while (isSep(b[j])) j++;
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1;
      if (b[j] !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1;
      if (j >= b.length) return 1;
      if (a[i] !== '^') return 1;
      if (b[j] !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (i >= a.length || j >= b.length) break;
    const numeric = isDigit(a[i]);
    const test = numeric ? isDigit : isAlpha;
    const si = i;
    const sj = j;
    while (test(a[i])) i++;
    while (test(b[j])) j++;
    // A numeric segment is newer than an alphabetic one.
    if (j === sj) return numeric ? 1 : -1;
    const x = a.slice(si, i);
    const y = b.slice(sj, j);
    const c = numeric ? compareDigits(x, y) : compareStrings(x, y);
    if (c !== 0) return c;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

/** Splits an EVR string the way rpmverParse does: epoch before the first `:`, release after the last `-`. */
export function parseRpmVersion(evr: string): RpmVersion {
  let rest = evr.trim();
  let epoch: string | undefined;
  const m = /^(\d*):/.exec(rest);
  if (m) {
    epoch = m[1] === '' ? '0' : m[1];
    rest = rest.slice(m[0].length);
  }
  const dash = rest.lastIndexOf('-');
  if (dash < 0) return { epoch, version: rest };
  return { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}

/** RPM accepts almost anything; we require a non-empty version made of rpm's usual characters. */
export function isValidRpmVersion(v: string): boolean {
  const p = parseRpmVersion(v);
  return /^[A-Za-z0-9._+~^]+$/.test(p.version) && (p.release === undefined || /^[A-Za-z0-9._+~^]+$/.test(p.release));
}

/**
 * Compares two EVR strings like librpm's `rpm.ver` ordering (and `rpm.labelCompare`): a missing
 * epoch is 0, and a missing release sorts before any release (`1.0` < `1.0-1`), which keeps the
 * order total. (rpm's dependency matching treats a missing release as a wildcard instead; use a
 * range such as `>= 1.0, < 1.1` for that.)
 */
export function compareRpm(a: string, b: string): Ordering {
  const x = parseRpmVersion(a);
  const y = parseRpmVersion(b);
  return (
    rpmvercmp(x.epoch ?? '0', y.epoch ?? '0') ||
    rpmvercmp(x.version, y.version) ||
    (x.release === undefined || y.release === undefined
      ? x.release === y.release
        ? 0
        : x.release === undefined
          ? -1
          : 1
      : rpmvercmp(x.release, y.release))
  );
}
