/**
 * Debian package versions: `[epoch:]upstream_version[-debian_revision]`.
 * ref. Debian Policy §5.6.12 https://www.debian.org/doc/debian-policy/ch-controlfields.html#version
 * and dpkg's lib/dpkg/version.c (verrevcmp), whose behaviour the test vectors pin.
 */
import { compareDigits, type Ordering, sign } from './compare-util';

/** A parsed Debian version. */
export interface DebVersion {
  epoch: number;
  upstream: string;
  revision: string;
}

// Policy: upstream starts with a digit and holds [A-Za-z0-9.+~-] (colons only when an epoch exists in old dpkg;
// modern dpkg rejects them), revision holds [A-Za-z0-9+.~].
const UPSTREAM_RE = /^[0-9][A-Za-z0-9.+~-]*$/;
const REVISION_RE = /^[A-Za-z0-9.+~]*$/;

/** Parses a Debian version the way dpkg does; returns undefined for strings dpkg refuses. */
export function parseDebVersion(input: string): DebVersion | undefined {
  const v = input.trim();
  if (v === '' || /\s/.test(v)) return undefined;
  let epoch = 0;
  let rest = v;
  const colon = v.indexOf(':');
  if (colon >= 0) {
    const e = v.slice(0, colon);
    if (!/^[0-9]+$/.test(e)) return undefined;
    epoch = Number(e);
    if (!Number.isSafeInteger(epoch) || epoch > 0x7fffffff) return undefined;
    rest = v.slice(colon + 1);
  }
  // The revision is whatever follows the LAST hyphen, so upstream versions may contain hyphens.
  const dash = rest.lastIndexOf('-');
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest;
  const revision = dash >= 0 ? rest.slice(dash + 1) : '';
  if (dash >= 0 && revision === '') return undefined;
  if (!UPSTREAM_RE.test(upstream) || !REVISION_RE.test(revision)) return undefined;
  return { epoch, upstream, revision };
}

/** True when dpkg would accept `v` as a version. */
export function isValidDebVersion(v: string): boolean {
  return parseDebVersion(v) !== undefined;
}

// dpkg's order(): `~` sorts before everything (even the end of the string), letters before non-letters.
function order(ch: string | undefined): number {
  if (ch === undefined) return 0;
  if (ch === '~') return -1;
  if (/[A-Za-z]/.test(ch)) return ch.charCodeAt(0);
  return ch.charCodeAt(0) + 256;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** dpkg's verrevcmp: alternating non-digit and digit runs. */
export function debSegmentCompare(a: string, b: string): Ordering {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const ac = order(isDigit(a[i]) ? undefined : a[i]);
      const bc = order(isDigit(b[j]) ? undefined : b[j]);
      if (ac !== bc) return sign(ac - bc);
      i++;
      j++;
    }
    const ds = i;
    while (isDigit(a[i])) i++;
    const es = j;
    while (isDigit(b[j])) j++;
    const c = compareDigits(a.slice(ds, i) || '0', b.slice(es, j) || '0');
    if (c !== 0) return c;
  }
  return 0;
}

/** Compares two parsed Debian versions: epoch, then upstream, then revision. */
export function compareDebParsed(a: DebVersion, b: DebVersion): Ordering {
  if (a.epoch !== b.epoch) return a.epoch < b.epoch ? -1 : 1;
  return debSegmentCompare(a.upstream, b.upstream) || debSegmentCompare(a.revision, b.revision);
}

/**
 * Compares Debian versions like `dpkg --compare-versions`. Strings dpkg refuses are compared with
 * the same algorithm on the raw text after an optional epoch, so sorting stays total.
 */
export function compareDeb(a: string, b: string): Ordering {
  return compareDebParsed(parseDebVersion(a) ?? looseDeb(a), parseDebVersion(b) ?? looseDeb(b));
}

function looseDeb(v: string): DebVersion {
  const m = /^\s*(\d+):(.*)$/.exec(v);
  const rest = (m ? m[2] : v.trim()) ?? '';
  const dash = rest.lastIndexOf('-');
  return {
    epoch: m ? Number(m[1]) : 0,
    upstream: dash >= 0 ? rest.slice(0, dash) : rest,
    revision: dash >= 0 ? rest.slice(dash + 1) : '',
  };
}
