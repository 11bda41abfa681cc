import { describe, expect, it } from 'vitest';
import { compareDeb, isValidDebVersion, parseDebVersion } from './deb';

// Expectations checked with `dpkg --compare-versions` (dpkg 1.21.22).
const ORDER: [string, string, -1 | 0 | 1][] = [
  ['1.0~rc1', '1.0', -1], // `~` sorts before the end of the string
  ['1.0~~', '1.0~', -1],
  ['1.0~', '1.0', -1],
  ['1.0', '1.0+dfsg', -1],
  ['1.0a', '1.0+', -1], // letters sort before non-letters
  ['1.0', '1.0a', -1],
  ['1:0.1', '2.0', 1], // epoch wins
  ['0:1.0', '1.0', 0],
  ['1.0-1', '1.0-1ubuntu1', -1],
  ['1.0-0+deb11u1', '1.0-1', -1],
  ['1.01', '1.1', 0], // numbers compare numerically
  ['1.0', '1.0-0', 0], // an absent revision compares like "0"
  ['2.36-9+deb12u4', '2.36-9+deb12u10', -1],
  ['7.88.1-10+deb12u5', '7.88.1-10+deb12u12', -1],
  ['1.2.3-1~bpo11+1', '1.2.3-1', -1],
  ['10', '9', 1],
  ['1.0.0', '1.0', 1],
  ['99999999999999999999999', '99999999999999999999998', 1], // no overflow
];

describe('compareDeb', () => {
  it.each(ORDER)('%s ? %s = %i', (a, b, want) => {
    expect(compareDeb(a, b)).toBe(want);
    expect(compareDeb(b, a)).toBe(-want || 0);
  });
});

describe('parseDebVersion / isValidDebVersion', () => {
  it('splits epoch, upstream (which may hold hyphens) and revision at the last hyphen', () => {
    expect(parseDebVersion('1:2.3-4-5')).toEqual({ epoch: 1, upstream: '2.3-4', revision: '5' });
    expect(parseDebVersion(' 1.0 ')).toEqual({ epoch: 0, upstream: '1.0', revision: '' });
  });
  it.each([
    ['1.0', true],
    ['1:1.0-1', true],
    ['1.0~rc1+dfsg-2ubuntu0.1', true],
    ['', false],
    ['a1.0', false], // upstream must start with a digit
    ['1.0-', false], // empty revision
    ['x:1.0', false],
    ['1.0 1', false],
    ['1.0-1_2', false],
  ])('%j valid = %s', (v, want) => {
    expect(isValidDebVersion(v)).toBe(want);
  });
  it('still orders strings dpkg only warns about, by the same algorithm', () => {
    expect(compareDeb('a1', 'b1')).toBe(-1);
    expect(compareDeb('1:a', '2:a')).toBe(-1);
  });
});
