/**
 * The scan rules' tag filter (`RepoTagFilterPattern`), shared by the backend (which rejects bad patterns) and the
 * rule wizard (which explains them before submitting).
 *
 * A pattern is a JavaScript regular expression without flags that must match the whole tag: it is applied as
 * `^(?:pattern)$`. Because a rule is evaluated by the backend over every tag of its scope, a pattern must not be
 * able to backtrack for long. A small static check rejects the classic catastrophic forms instead of trying to
 * time out a running match (a synchronous regex cannot be interrupted):
 * - a repeated group (`*`, `+`, `{n,}`, `{n,m}` with m > 1) whose body contains a quantifier or an alternation:
 *   `(a+)+`, `(a*)*`, `(a|a)*`, `(\d+){2,}`, `((ab)*c)+`;
 * - backreferences (`\1`…`\9`, `\k<name>`);
 * - more than {@link TAG_PATTERN_MAX_UNBOUNDED} unbounded quantifiers (`.*.*.*.*.*x` is polynomial but still slow).
 * Tags longer than {@link TAG_PATTERN_INPUT_MAX} characters (Docker's limit) never match, which bounds the input.
 */

export const TAG_PATTERN_MAX_LENGTH = 256;
/** Longest tag a pattern is ever run against (Docker's tag length limit). */
export const TAG_PATTERN_INPUT_MAX = 128;
/** Most unbounded quantifiers (`*`, `+`, `{n,}`, `{n,m}` with m > 16) a pattern may hold. */
export const TAG_PATTERN_MAX_UNBOUNDED = 4;

/** Why a pattern was rejected; the console maps each reason to a message. */
export type TagPatternProblem =
  | 'required'
  | 'too-long'
  | 'invalid'
  | 'nested-quantifier'
  | 'backreference'
  | 'too-complex';

interface Frame {
  /** The group's body holds a quantifier (directly or in a nested group). */
  quantified: boolean;
  /** The group's body holds an alternation (directly or in a nested group). */
  alternated: boolean;
}

/** Reads a `{n}`, `{n,}` or `{n,m}` quantifier at `i`; undefined when the brace is a literal. */
function braceQuantifier(pattern: string, i: number): { end: number; max: number } | undefined {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
  if (!match) return undefined;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
  return { end: i + match[0].length, max };
}

/** The static safety check; assumes the pattern compiles. */
function staticProblem(pattern: string): TagPatternProblem | null {
  const stack: Frame[] = [{ quantified: false, alternated: false }];
  /** What the last atom was: a group (with its body's frame) or anything else. */
  let lastGroup: Frame | undefined;
  let lastIsAtom = false;
  let unbounded = 0;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    const top = stack.at(-1) as Frame;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) return 'backreference';
      i += 2;
      lastGroup = undefined;
      lastIsAtom = true;
      continue;
    }
    if (ch === '[') {
      i += 1;
      if (pattern[i] === '^') i += 1;
      if (pattern[i] === ']') i += 1;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i += 1;
      lastGroup = undefined;
      lastIsAtom = true;
      continue;
    }
    if (ch === '(') {
      stack.push({ quantified: false, alternated: false });
      i += 1;
      if (pattern[i] === '?') {
        // (?:  (?=  (?!  (?<=  (?<!  (?<name>
        const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(pattern.slice(i));
        i += named ? named[0].length : pattern[i + 1] === '<' ? 3 : 2;
      }
      lastGroup = undefined;
      lastIsAtom = false;
      continue;
    }
    if (ch === ')') {
      const body = stack.pop() as Frame;
      const parent = stack.at(-1) as Frame;
      parent.quantified ||= body.quantified;
      parent.alternated ||= body.alternated;
      lastGroup = body;
      lastIsAtom = true;
      i += 1;
      continue;
    }
    if (ch === '|') {
      top.alternated = true;
      lastGroup = undefined;
      lastIsAtom = false;
      i += 1;
      continue;
    }
    let max: number | undefined;
    let end = i + 1;
    if (ch === '*' || ch === '+') max = Number.POSITIVE_INFINITY;
    else if (ch === '?') max = 1;
    else if (ch === '{') {
      const brace = braceQuantifier(pattern, i);
      if (brace) {
        max = brace.max;
        end = brace.end;
      }
    }
    if (max !== undefined && lastIsAtom) {
      if (max > 1 && lastGroup && (lastGroup.quantified || lastGroup.alternated)) return 'nested-quantifier';
      if (max > 16) unbounded += 1;
      if (unbounded > TAG_PATTERN_MAX_UNBOUNDED) return 'too-complex';
      top.quantified = true;
      // A lazy suffix (`*?`, `+?`) belongs to the quantifier.
      if (pattern[end] === '?') end += 1;
      lastGroup = undefined;
      lastIsAtom = false;
      i = end;
      continue;
    }
    lastGroup = undefined;
    lastIsAtom = true;
    i += 1;
  }
  return null;
}

/** Why `pattern` cannot be a rule's tag filter, or null when it can. */
export function checkTagPattern(pattern: string): TagPatternProblem | null {
  if (pattern === '') return 'required';
  if (pattern.length > TAG_PATTERN_MAX_LENGTH) return 'too-long';
  try {
    new RegExp(pattern);
    new RegExp(`^(?:${pattern})$`);
  } catch {
    return 'invalid';
  }
  return staticProblem(pattern);
}

/**
 * A matcher for a pattern that passed {@link checkTagPattern}: true when the whole tag matches. Tags longer
 * than {@link TAG_PATTERN_INPUT_MAX} never match. Throws on a pattern that did not pass the check.
 */
export function tagMatcher(pattern: string): (tag: string) => boolean {
  const problem = checkTagPattern(pattern);
  if (problem) throw new Error(`Unsafe or invalid tag pattern (${problem}).`);
  const regex = new RegExp(`^(?:${pattern})$`);
  return (tag) => tag.length <= TAG_PATTERN_INPUT_MAX && regex.test(tag);
}
