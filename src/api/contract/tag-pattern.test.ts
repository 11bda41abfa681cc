import { describe, expect, it } from 'vitest';
import { checkTagPattern, TAG_PATTERN_INPUT_MAX, tagMatcher } from './tag-pattern';

describe('checkTagPattern', () => {
  it.each([
    ['.*'],
    ['v\\d+\\.\\d+\\.\\d+'],
    ['release-(stable|beta)'],
    ['1\\.25(-alpine)?'],
    ['[0-9a-f]{7}'],
    ['(?:rc)?\\d+'],
    ['[(+*]+x'],
    ['a{2}b*'],
  ])('accepts %s', (pattern) => {
    expect(checkTagPattern(pattern)).toBeNull();
  });

  it.each([
    ['', 'required'],
    ['x'.repeat(257), 'too-long'],
    ['[a-', 'invalid'],
    ['a)|(b', 'invalid'],
    ['(a+)+', 'nested-quantifier'],
    ['(a*)*', 'nested-quantifier'],
    ['(a|a)*', 'nested-quantifier'],
    ['(\\d+){2,}', 'nested-quantifier'],
    ['((ab)*c)+', 'nested-quantifier'],
    ['(?:a|b)+', 'nested-quantifier'],
    ['(?<x>a)\\k<x>', 'backreference'],
    ['(a)\\1', 'backreference'],
    ['.*.*.*.*.*x', 'too-complex'],
  ])('rejects %s (%s)', (pattern, problem) => {
    expect(checkTagPattern(pattern)).toBe(problem);
  });
});

describe('tagMatcher', () => {
  it('matches the whole tag only, and never tags over the length limit', () => {
    const matches = tagMatcher('v\\d+|latest');
    expect(['v1', 'latest', 'v1-rc', 'xlatest'].map(matches)).toEqual([true, true, false, false]);
    const any = tagMatcher('.*');
    expect(any('a'.repeat(TAG_PATTERN_INPUT_MAX))).toBe(true);
    expect(any('a'.repeat(TAG_PATTERN_INPUT_MAX + 1))).toBe(false);
  });

  it('refuses to build a matcher for an unsafe pattern', () => {
    expect(() => tagMatcher('(a+)+')).toThrow();
  });
});
