/**
 * The constraint engine shared by every scheme: a constraint is an OR (`||`) of AND-groups
 * (comparators separated by commas or spaces), the shape advisory data uses (`>= 1.2.0, < 1.2.5 || >= 2.0`).
 * Scheme-specific syntax (npm `^`/`~`/x-ranges, PEP 440 `~=`, Maven `[1.0,2.0)`, Ruby `~>`, Composer `^`/`~`)
 * is expanded by the scheme's own module into these plain comparators.
 */
import type { Ordering } from './compare-util';

/** The plain comparison operators every scheme understands. */
export type Op = '<' | '<=' | '>' | '>=' | '=' | '!=';

/** One comparator: either a plain `op version` or a custom test (PEP 440 `==1.2.*`, `===`). */
export interface Comparator {
  op: Op;
  version: string;
  /** When present, decides the match instead of `op`/`version` (which then only describe it). */
  test?: (version: string) => boolean;
}

/** OR of AND-groups. */
export type Range = Comparator[][];

/** The pieces of one AND-group: each is an operator (possibly empty) and a version text. */
export interface Term {
  op: string;
  version: string;
}

const OPS = ['===', '~>', '~=', '==', '!=', '<=', '>=', '<<', '>>', '<', '>', '=', '^', '~'];

/**
 * Splits an AND-group into terms. Operators may be separated from their version by spaces
 * (`>= 1.2.0`); terms are separated by commas and/or spaces. Returns undefined on a dangling operator.
 */
export function splitTerms(group: string, ops: readonly string[] = OPS): Term[] | undefined {
  const words = group
    .split(/[\s,]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const terms: Term[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const op = ops.find((o) => w.startsWith(o)) ?? '';
    let version = w.slice(op.length);
    if (op !== '' && version === '') {
      version = words[++i] ?? '';
      if (version === '' || ops.some((o) => version.startsWith(o))) return undefined;
    }
    terms.push({ op, version });
  }
  return terms;
}

/** Maps the spellings advisory data uses onto plain operators (`==` and `=`, dpkg's `<<`/`>>`). */
export function plainOp(op: string): Op | undefined {
  switch (op) {
    case '':
    case '=':
    case '==':
      return '=';
    case '<<':
      return '<';
    case '>>':
      return '>';
    case '<':
    case '<=':
    case '>':
    case '>=':
    case '!=':
      return op;
    default:
      return undefined;
  }
}

/**
 * Splits on `||` and parses each AND-group with `parseGroup`; undefined if any group is invalid.
 * An empty group is invalid unless `emptyGroup` says what it means (node-semver: anything).
 */
export function parseOrGroups(
  constraint: string,
  parseGroup: (group: string) => Comparator[] | undefined,
  emptyGroup?: Comparator[],
): Range | undefined {
  const groups = constraint.split('||');
  const out: Range = [];
  for (const g of groups) {
    if (g.trim() === '') {
      if (!emptyGroup) return undefined;
      out.push(emptyGroup);
      continue;
    }
    const set = parseGroup(g.trim());
    if (!set || set.length === 0) return undefined;
    out.push(set);
  }
  return out.length > 0 ? out : undefined;
}

/** Does `version` satisfy one comparator under the scheme's order? */
export function testComparator(c: Comparator, version: string, compare: (a: string, b: string) => Ordering): boolean {
  if (c.test) return c.test(version);
  const r = compare(version, c.version);
  switch (c.op) {
    case '<':
      return r < 0;
    case '<=':
      return r <= 0;
    case '>':
      return r > 0;
    case '>=':
      return r >= 0;
    case '=':
      return r === 0;
    case '!=':
      return r !== 0;
  }
}

/** True when every comparator of some AND-group matches. */
export function testRange(range: Range, version: string, compare: (a: string, b: string) => Ordering): boolean {
  return range.some((set) => set.every((c) => testComparator(c, version, compare)));
}

/**
 * The default grammar (deb, apk, rpm, go, and bare versions elsewhere): plain operators only, a bare
 * version means equality, and every version must pass `isValid`.
 */
export function parsePlainRange(constraint: string, isValid: (v: string) => boolean): Range | undefined {
  return parseOrGroups(constraint, (group) => {
    const terms = splitTerms(group);
    if (!terms) return undefined;
    const out: Comparator[] = [];
    for (const t of terms) {
      const op = plainOp(t.op);
      if (!op || !isValid(t.version)) return undefined;
      out.push({ op, version: t.version });
    }
    return out;
  });
}
