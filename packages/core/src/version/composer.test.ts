import { describe, expect, it } from 'vitest';
import { compareComposer, normalizeComposerVersion, phpVersionCompare } from './composer';

// Composer's VersionParser::normalize outputs and PHP version_compare ordering.
describe('normalizeComposerVersion', () => {
  it.each([
    ['1.2', '1.2.0.0'],
    ['v1.2.3', '1.2.3.0'],
    ['1.0.0-beta2', '1.0.0.0-beta2'],
    ['1.0.0-b2', '1.0.0.0-beta2'],
    ['1.0.0RC1', '1.0.0.0-RC1'],
    ['1.0.0-alpha.3', '1.0.0.0-alpha3'],
    ['1.0.0-p1', '1.0.0.0-patch1'],
    ['1.0.0-pl2', '1.0.0.0-patch2'],
    ['1.0.0-stable', '1.0.0.0'],
    ['1.0.0-dev', '1.0.0.0-dev'],
    ['1.0.0-beta.5-dev', '1.0.0.0-beta5-dev'],
    ['1.x-dev', '1.9999999.9999999.9999999-dev'],
    ['dev-master', 'dev-master'],
    ['1.0.0+build.3', '1.0.0.0'],
    ['2010-01-02', '2010.01.02'],
    ['1.0.0 as 2.0.0', '1.0.0.0'],
    ['foo', undefined],
  ])('%s → %s', (raw, want) => expect(normalizeComposerVersion(raw)).toBe(want));
});

describe('compareComposer', () => {
  it.each([
    ['1.0.0-dev', '1.0.0-alpha1', -1],
    ['1.0.0-alpha1', '1.0.0-beta1', -1],
    ['1.0.0-beta1', '1.0.0-RC1', -1],
    ['1.0.0-RC1', '1.0.0', -1],
    ['1.0.0', '1.0.0-p1', -1],
    ['1.0', '1.0.0.0', 0],
    ['v2.1', '2.1.0', 0],
    ['1.0.0-beta10', '1.0.0-beta9', 1],
    ['1.10.0', '1.9.0', 1],
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareComposer(a, b)).toBe(want);
    expect(compareComposer(b, a)).toBe(-want || 0);
  });
  it('follows PHP version_compare on raw strings', () => {
    expect(phpVersionCompare('1.0rc1', '1.0')).toBe(-1);
    expect(phpVersionCompare('1.0pl1', '1.0')).toBe(1);
    expect(phpVersionCompare('1.0-dev', '1.0-alpha')).toBe(-1);
  });
});
