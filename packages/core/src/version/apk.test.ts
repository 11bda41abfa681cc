import { describe, expect, it } from 'vitest';
import { compareApk, isValidApkVersion } from './apk';

// Rules of apk-tools' version.c; the full upstream test data runs in vectors.test.ts.
const ORDER: [string, string, -1 | 0 | 1][] = [
  ['1.0', '1.0.1', -1],
  ['1.0_alpha1', '1.0_beta1', -1],
  ['1.0_beta1', '1.0_pre1', -1],
  ['1.0_pre1', '1.0_rc1', -1],
  ['1.0_rc1', '1.0', -1], // pre-release suffixes sort below the release
  ['1.0', '1.0_cvs1', -1], // post-release suffixes above it
  ['1.0_cvs1', '1.0_svn1', -1],
  ['1.0_svn1', '1.0_git1', -1],
  ['1.0_git1', '1.0_hg1', -1],
  ['1.0_hg1', '1.0_p1', -1],
  ['1.0a', '1.0b', -1], // one letter after the digits
  ['1.0b', '1.0.1', -1],
  ['1.0-r1', '1.0-r2', -1],
  ['1.0-r10', '1.0-r9', 1],
  ['1.0', '1.0-r0', -1],
  ['1.0_p1-r0', '1.0_p1-r1', -1],
  ['1.0_alpha', '1.0_alpha1', -1],
  ['1.0_alpha_pre1', '1.0_alpha', -1],
  ['3.1.4-r5', '3.1.4-r5', 0],
  ['8.2.0', '8.2.001', -1], // v3: a leading zero makes the component a fraction
  ['1.0~1234', '1.0~2345', -1], // v3 commit hashes
  ['1.0.0_pre20191002222144-r0', '1.0.0_pre20210530193627-r0', -1], // numbers past 2^31
];

describe('compareApk', () => {
  it.each(ORDER)('%s ? %s = %i', (a, b, want) => {
    expect(compareApk(a, b)).toBe(want);
    expect(compareApk(b, a)).toBe(-want || 0);
  });
  it('gives invalid strings a deterministic place instead of failing', () => {
    expect(compareApk('1.0', '1.0bc')).toBe(-1);
    expect(compareApk('x', 'x')).toBe(0);
  });
});

describe('isValidApkVersion', () => {
  it.each([
    ['1.2.3', true],
    ['1.2.3-r0', true],
    ['1.2.3a', true],
    ['1.2.3_rc2-r1', true],
    ['1.2_alpha_pre2', true],
    ['2.14.0_git20240101~deadbeef-r3', true],
    ['1.2.3-1', false],
    ['1.2.3.', false],
    ['1.2.3ab', false],
    ['1.2.3_beta', true],
    ['1.2.3_foo', false],
    ['v1.2', false],
    ['1.2-r1-r2', false],
    ['', false],
  ])('%j valid = %s', (v, want) => {
    expect(isValidApkVersion(v)).toBe(want);
  });
});
