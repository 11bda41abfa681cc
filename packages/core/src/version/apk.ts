/**
 * Alpine apk package versions: `digits{.digits}[letter]{_suffix[digits]}[~hash][-rN]`
 * (a Gentoo-style grammar).
 * ref. apk-tools src/version.c and test/version.data, https://gitlab.alpinelinux.org/alpine/apk-tools
 * and https://wiki.alpinelinux.org/wiki/APKBUILD_Reference#pkgver
 *
 * This follows apk-tools v3 (its test/unit/version.data). apk-tools v2, which older Alpine releases ship and
 * Trivy's go-apk-version mirrors, differs only where v3 added rules: dotted components with a leading zero
 * compare as text (`8.2.0` < `8.2.001`), `~<hex>` commit hashes, and a stricter grammar (`1.0a1` is invalid).
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

// Token kinds in grammar order: the tail rule relies on this order.
enum Tok {
  Invalid = -1,
  Digit = 1,
  Letter = 2,
  Suffix = 3,
  SuffixNo = 4,
  Hash = 5,
  Revision = 6,
  End = 7,
}

interface Token {
  t: Tok;
  v: string;
  /** Dotted component (not the first number): leading zeros make it compare as a string. */
  dotted?: boolean;
}

const PRE_SUFFIXES = ['alpha', 'beta', 'pre', 'rc'];
const POST_SUFFIXES = ['cvs', 'svn', 'git', 'hg', 'p'];
// Longest first so `pre` is not read as `p` + garbage.
const SUFFIXES = [...PRE_SUFFIXES, ...POST_SUFFIXES].sort((a, b) => b.length - a.length);

/** Pre-release suffixes are negative, post-release ones zero or more (apk's own numbering). */
function suffixValue(s: string): number {
  const pre = PRE_SUFFIXES.indexOf(s);
  return pre >= 0 ? pre - PRE_SUFFIXES.length : POST_SUFFIXES.indexOf(s);
}

const VALID_RE = /^\d+(\.\d+)*[a-z]?(_(alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*(~[0-9a-f]+)?(-r\d+)?$/;

/** True when apk-tools (v3) accepts `v` as a package version. */
export function isValidApkVersion(v: string): boolean {
  return VALID_RE.test(v);
}

function readDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j;
}

/** Splits a version into tokens; stops with an Invalid token where the grammar breaks. */
function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = readDigits(s, 0);
  if (i === 0) return [{ t: Tok.Invalid, v: '' }];
  out.push({ t: Tok.Digit, v: s.slice(0, i) });
  let prev = Tok.Digit;
  while (i < s.length) {
    const c = s[i] ?? '';
    let tok: Token | undefined;
    if (c === '.' && prev === Tok.Digit) {
      const j = readDigits(s, i + 1);
      if (j > i + 1) tok = { t: Tok.Digit, v: s.slice(i + 1, j), dotted: true };
      i = j;
    } else if (c >= 'a' && c <= 'z' && prev === Tok.Digit) {
      tok = { t: Tok.Letter, v: c };
      i++;
    } else if (c === '_' && prev < Tok.Hash) {
      const name = SUFFIXES.find((x) => s.startsWith(x, i + 1));
      if (name) {
        out.push({ t: Tok.Suffix, v: name });
        i += 1 + name.length;
        const j = readDigits(s, i);
        tok = { t: Tok.SuffixNo, v: s.slice(i, j) || '0' };
        // A suffix without a number counts as number 0 but must not swallow the next token.
        if (j === i) {
          prev = Tok.Suffix;
          continue;
        }
        i = j;
      }
    } else if (c === '~' && prev < Tok.Hash) {
      let j = i + 1;
      while (j < s.length && /[0-9a-f]/.test(s[j] ?? '')) j++;
      if (j > i + 1) tok = { t: Tok.Hash, v: s.slice(i + 1, j) };
      i = j;
    } else if (c === '-' && s[i + 1] === 'r' && prev < Tok.Revision) {
      const j = readDigits(s, i + 2);
      if (j > i + 2) tok = { t: Tok.Revision, v: s.slice(i + 2, j) };
      i = j;
    }
    if (!tok) {
      out.push({ t: Tok.Invalid, v: '' });
      return out;
    }
    out.push(tok);
    prev = tok.t;
  }
  out.push({ t: Tok.End, v: '' });
  return out;
}

function compareValues(a: Token, b: Token): Ordering {
  switch (a.t) {
    case Tok.Digit:
      // v3: a dotted component with a leading zero is a decimal fraction, so compare as text.
      if ((a.dotted && a.v.startsWith('0')) || (b.dotted && b.v.startsWith('0'))) return compareStrings(a.v, b.v);
      return compareDigits(a.v, b.v);
    case Tok.SuffixNo:
    case Tok.Revision:
      return compareDigits(a.v, b.v);
    case Tok.Suffix: {
      const d = suffixValue(a.v) - suffixValue(b.v);
      return d < 0 ? -1 : d > 0 ? 1 : 0;
    }
    default:
      return compareStrings(a.v, b.v);
  }
}

/**
 * Compares two apk versions like `apk version -t`. Invalid strings still get a deterministic order:
 * the valid prefix is compared and the point where the grammar breaks sorts below any valid token.
 */
export function compareApk(a: string, b: string): Ordering {
  const ta = tokenize(a);
  const tb = tokenize(b);
  for (let i = 0; ; i++) {
    const x = ta[i] ?? { t: Tok.End, v: '' };
    const y = tb[i] ?? { t: Tok.End, v: '' };
    if (x.t !== y.t) {
      // The longer version wins unless what it has next is a pre-release suffix (`_alpha`…`_rc`).
      if (x.t === Tok.Suffix && suffixValue(x.v) < 0) return -1;
      if (y.t === Tok.Suffix && suffixValue(y.v) < 0) return 1;
      return x.t > y.t ? -1 : 1;
    }
    if (x.t === Tok.End || x.t === Tok.Invalid) return 0;
    const c = compareValues(x, y);
    if (c !== 0) return c;
  }
}
