/**
 * Maven artifact versions, ordered like Maven 3.8's `ComparableVersion`: the string splits on `.`,
 * `-` and digit/letter transitions into numbers, qualifiers and nested lists (`-` opens a sub-list).
 * Qualifier order: alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp,
 * then unknown qualifiers alphabetically; `a1`/`b1`/`m1` mean alpha/beta/milestone.
 * ref. https://maven.apache.org/pom.html#version-order-specification and
 * https://github.com/apache/maven/blob/maven-3.8.7/maven-artifact/src/main/java/org/apache/maven/artifact/versioning/ComparableVersion.java
 */
import { compareDigits, compareStrings, type Ordering } from './compare-util';

type Item = { kind: 'int'; v: string } | { kind: 'str'; v: string } | { kind: 'list'; items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));

// Known qualifiers become their index, unknown ones sort after all of them and alphabetically.
function comparable(q: string): string {
  const i = QUALIFIERS.indexOf(q);
  return i === -1 ? `${QUALIFIERS.length}-${q}` : String(i);
}

function strItem(value: string, followedByDigit: boolean): Item {
  let v = value;
  if (followedByDigit && v.length === 1) v = v === 'a' ? 'alpha' : v === 'b' ? 'beta' : v === 'm' ? 'milestone' : v;
  return { kind: 'str', v: ALIASES[v] ?? v };
}

function parseItem(isDigit: boolean, s: string): Item {
  return isDigit ? { kind: 'int', v: s.replace(/^0+/, '') || '0' } : strItem(s, false);
}

function isNull(it: Item): boolean {
  return it.kind === 'int' ? it.v === '0' : it.kind === 'str' ? it.v === '' : it.items.length === 0;
}

// Trailing "null" items (0, "", empty list) do not count: 1.0.0 == 1 and 1-ga == 1.
function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i] as Item;
    if (isNull(last)) list.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

/** Parses a Maven version into ComparableVersion's item tree. */
export function parseMavenVersion(version: string): Item {
  const s = version.toLowerCase();
  const root: Item[] = [];
  let list = root;
  const stack: Item[][] = [root];
  const push = (): void => {
    const next: Item[] = [];
    list.push({ kind: 'list', items: next });
    list = next;
    stack.push(next);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === '.') {
      list.push(i === start ? { kind: 'int', v: '0' } : parseItem(isDigit, s.slice(start, i)));
      start = i + 1;
    } else if (c === '-') {
      list.push(i === start ? { kind: 'int', v: '0' } : parseItem(isDigit, s.slice(start, i)));
      start = i + 1;
      push();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: a qualifier after `.` is treated like one after `-`.
        if (list.length > 0) push();
        list.push(strItem(s.slice(start, i), true));
        start = i;
        push();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.push(parseItem(true, s.slice(start, i)));
        start = i;
        push();
      }
      isDigit = false;
    }
  }
  if (s.length > start) {
    if (!isDigit && list.length > 0) push();
    list.push(parseItem(isDigit, s.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalize(stack[i] as Item[]);
  return { kind: 'list', items: root };
}

function compareItem(a: Item, b: Item | undefined): Ordering {
  if (a.kind === 'int') {
    if (!b) return a.v === '0' ? 0 : 1;
    return b.kind === 'int' ? compareDigits(a.v, b.v) : 1;
  }
  if (a.kind === 'str') {
    if (!b) return compareStrings(comparable(a.v), RELEASE_INDEX);
    if (b.kind === 'int' || b.kind === 'list') return -1;
    return compareStrings(comparable(a.v), comparable(b.v));
  }
  if (!b) {
    // Every item counts against "nothing", not only the first (MNG-6964): 1-0.3 > 1.
    for (const it of a.items) {
      const c = compareItem(it, undefined);
      if (c !== 0) return c;
    }
    return 0;
  }
  if (b.kind === 'int') return -1;
  if (b.kind === 'str') return 1;
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) {
    const l = a.items[i];
    const r = b.items[i];
    const c: Ordering = l ? compareItem(l, r) : r ? (-compareItem(r, undefined) as Ordering) : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/** Compares two Maven versions. Every string is a Maven version, so this never fails. */
export function compareMaven(a: string, b: string): Ordering {
  const c = compareItem(parseMavenVersion(a.trim()), parseMavenVersion(b.trim()));
  return c === 0 ? 0 : c; // normalise -0
}

/**
 * Maven itself orders any string; we call a version valid when it starts with a letter or digit and
 * uses only the characters artifact versions use in practice (so range syntax and typos are refused).
 */
export function isValidMavenVersion(v: string): boolean {
  return /^[0-9A-Za-z][0-9A-Za-z._+-]*$/.test(v);
}
