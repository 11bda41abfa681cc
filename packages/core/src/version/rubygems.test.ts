import { describe, expect, it } from 'vitest';
import { bumpGemVersion, compareGem, isGemPrerelease, isValidGemVersion } from './rubygems';

// Gem::Version#<=> behaviour (rubygems lib/rubygems/version.rb).
describe('compareGem', () => {
  it.each([
    ['1.0', '1.0.0', 0], // trailing zeros do not count
    ['1.0.a', '1.0', -1], // letters make a prerelease
    ['1.0.a', '1.0.b', -1],
    ['1.0.a10', '1.0.a9', 1],
    ['1.0.rc1', '1.0.a', 1],
    ['4.1a', '4.2b1', -1],
    ['1.9.25-x86-mingw32', '1.9.25', -1], // `-` means `.pre.`
    ['1.9.25-x86-mingw32', '1.9.24', 1],
    ['1.10', '1.9', 1],
    ['2', '1.99.99', 1],
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareGem(a, b)).toBe(want);
    expect(compareGem(b, a)).toBe(-want || 0);
  });
  it.each([
    ['1.5.5', '1.6'],
    ['1.5', '2'],
    ['1', '2'],
    ['1.5.0.rc1', '1.6'],
  ])('bump(%s) = %s, the upper bound of ~>', (v, want) => expect(bumpGemVersion(v)).toBe(want));
  it.each([
    ['1.2.3', true],
    ['1.2.3.pre', true],
    ['1.9.25-x86-mingw32', true],
    ['1.2..4', false],
    ['a.1', false],
  ])('%j valid = %s', (v, want) => expect(isValidGemVersion(v)).toBe(want));
  it('recognises prereleases', () => {
    expect(isGemPrerelease('1.0.rc1')).toBe(true);
    expect(isGemPrerelease('1.0.1')).toBe(false);
  });
});
