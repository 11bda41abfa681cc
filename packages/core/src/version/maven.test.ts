import { describe, expect, it } from 'vitest';
import { compareMaven, isValidMavenVersion } from './maven';

// Every expectation was checked with Maven 3.8.7's ComparableVersion main class.
const ASCENDING = [
  '1-alpha-1',
  '1-beta-1',
  '1-milestone-1',
  '1-rc-1',
  '1-snapshot',
  '1',
  '1-sp',
  '1-foo',
  '1-1',
  '1.1',
];

describe('compareMaven', () => {
  it('orders qualifiers alpha < beta < milestone < rc < snapshot < release < sp < unknown', () => {
    expect([...ASCENDING].reverse().sort(compareMaven)).toEqual(ASCENDING);
  });
  it.each([
    ['1.0', '1', 0],
    ['1.0.0', '1-ga', 0],
    ['1-final', '1.release', 0],
    ['1-cr1', '1-rc1', 0],
    ['1-a1', '1-alpha-1', 0],
    ['1.0-SNAPSHOT', '1.0-snapshot', 0],
    ['2.0.0.Final', '2.0.0', 0],
    ['1-foo', '1.foo', 0], // Maven 3.8 treats `.X` like `-X`
    ['1-0.3', '1', 1], // every item counts against "nothing" (MNG-6964)
    ['2.0.a', '2-1', -1],
    ['1.0.0-20210101.123456-1', '1.0.0', 1], // a numeric sub-list ranks above the release
    ['1.10', '1.9', 1],
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareMaven(a, b)).toBe(want);
    expect(compareMaven(b, a)).toBe(-want || 0);
  });
  it.each([
    ['1.2.3', true],
    ['31.1-jre', true],
    ['[1.0,2.0)', false],
    ['1.0\\.0', false],
    ['', false],
  ])('%j valid = %s', (v, want) => expect(isValidMavenVersion(v)).toBe(want));
});
