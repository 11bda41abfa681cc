import { describe, expect, it } from 'vitest';
import { compareRpm, isValidRpmVersion, parseRpmVersion, rpmvercmp } from './rpm';

// Checked against librpm 4.18 (rpm.ver / rpm.labelCompare); the generated table is in testdata/rpm.tsv.
const ORDER: [string, string, -1 | 0 | 1][] = [
  ['1.0~rc1', '1.0', -1], // `~` before everything
  ['1.0', '1.0^20210101', -1], // `^` after the end...
  ['1.0^20210101', '1.0.1', -1], // ...but before any further segment
  ['1.0a', '1.0', 1],
  ['1.0a', '1.0.1', -1],
  ['5.5p1', '5.5p10', -1],
  ['1.01', '1.1', 0],
  ['1..0', '1.0', 0], // separators only separate
  ['1:1.0-1', '2.0-1', 1],
  ['0:1.0-1', '1.0-1', 0],
  ['1.0-1.el8', '1.0-1.el8_4', -1],
  ['1.0', '1.0-1', -1], // a missing release sorts first (librpm's ordering)
  ['2.0.0-1.el8', '10-1.el8', -1],
];

describe('compareRpm', () => {
  it.each(ORDER)('%s ? %s = %i', (a, b, want) => {
    expect(compareRpm(a, b)).toBe(want);
    expect(compareRpm(b, a)).toBe(-want || 0);
  });
});

describe('rpmvercmp / parseRpmVersion', () => {
  it('numeric segments beat alphabetic ones', () => {
    expect(rpmvercmp('1.1', '1.a')).toBe(1);
    expect(rpmvercmp('', '')).toBe(0);
  });
  it('splits epoch at the first colon and release at the last hyphen', () => {
    expect(parseRpmVersion('3:1.2-3-4.el9')).toEqual({ epoch: '3', version: '1.2-3', release: '4.el9' });
    expect(parseRpmVersion('1.2')).toEqual({ epoch: undefined, version: '1.2' });
  });
  it.each([
    ['1.2.3-1.el8', true],
    ['1:2.0^git1-3', true],
    ['', false],
    ['1.0 2', false],
  ])('%j valid = %s', (v, want) => expect(isValidRpmVersion(v)).toBe(want));
});
