import { describe, expect, it } from 'vitest';
import { compareNpm, isValidSemver, parseSemver } from './npm';

// Precedence rules of semver.org §11 (node-semver agrees; generated pairs live in testdata/npm.tsv).
const ASCENDING = [
  '1.0.0-0',
  '1.0.0-1',
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0',
  '1.0.1',
  '1.1.0',
  '2.0.0',
  '10.0.0',
  '18446744073709551616.0.0', // beyond 64 bits
];

describe('compareNpm', () => {
  it('orders the semver.org precedence example list', () => {
    const shuffled = [...ASCENDING].reverse();
    expect(shuffled.sort(compareNpm)).toEqual(ASCENDING);
  });
  it.each([
    ['1.0.0+build.1', '1.0.0+build.2', 0], // build metadata is ignored
    ['v1.2.3', '1.2.3', 0],
    ['=1.2.3', '1.2.3', 0], // loose forms from advisory data
    ['1.2.3beta', '1.2.3-beta', 0],
    ['not-a-version', '0.0.0', -1], // invalid strings sort first
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareNpm(a, b)).toBe(want);
    expect(compareNpm(b, a)).toBe(-want || 0);
  });
});

describe('parseSemver', () => {
  it('splits prerelease and build identifiers', () => {
    expect(parseSemver('1.2.3-rc.1+sha.5')).toEqual({
      major: '1',
      minor: '2',
      patch: '3',
      prerelease: ['rc', '1'],
      build: ['sha', '5'],
    });
  });
  it.each([
    ['1.2.3', true],
    ['1.2', false],
    ['01.2.3', false], // strict: no leading zeros
    ['1.2.3-01', false],
    ['1.2.3-', false],
    ['1.2..4', false],
  ])('%j strict-valid = %s', (v, want) => expect(isValidSemver(v)).toBe(want));
  it('accepts leading zeros only in loose mode', () => {
    expect(parseSemver('01.2.3', true)?.major).toBe('1');
  });
});
