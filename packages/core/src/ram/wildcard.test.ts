import { describe, expect, it } from 'vitest';
import { wildcardMatch } from './wildcard';

describe('wildcardMatch', () => {
  it.each([
    ['cr:*', 'cr:GetRepository', true],
    ['cr:Get*', 'cr:GetRepository', true],
    ['cr:Get*', 'cr:ListRepository', false],
    ['cr:*Scan*', 'cr:CreateRepoTagScanTask', true],
    ['cr:Get?epository', 'cr:GetRepository', true],
    ['cr:Get?epository', 'cr:GetRRepository', false],
    ['*', '', true],
    ['', '', true],
    ['', 'x', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbY', false],
  ])('%s ~ %s → %s', (pattern, value, expected) => {
    expect(wildcardMatch(pattern, value)).toBe(expected);
  });

  it('ignores case only when asked (actions yes, resources no)', () => {
    expect(wildcardMatch('cr:get*', 'cr:GetRepository', true)).toBe(true);
    expect(wildcardMatch('cr:get*', 'cr:GetRepository')).toBe(false);
  });

  it('stays linear on patterns that make regex engines backtrack', () => {
    const pattern = `${'*a'.repeat(30)}b`;
    const value = 'a'.repeat(5000);
    // Would take astronomically long with naive backtracking; the two-pointer scan is O(n·m) at worst.
    expect(wildcardMatch(pattern, value)).toBe(false);
  });
});
