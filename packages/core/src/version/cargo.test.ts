import { describe, expect, it } from 'vitest';
import { compareCargo, isValidCargoVersion } from './cargo';

describe('compareCargo (semver crate rules)', () => {
  it.each([
    ['1.0.0-alpha', '1.0.0', -1],
    ['0.9.9', '0.10.0', -1],
    ['1.0.0+build', '1.0.0', 0],
    ['1.0.0-alpha.2', '1.0.0-alpha.10', -1],
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareCargo(a, b)).toBe(want);
    expect(compareCargo(b, a)).toBe(-want || 0);
  });
  it.each([
    ['1.2.3', true],
    ['v1.2.3', false], // the semver crate refuses a `v`
    ['1.2', false],
  ])('%j valid = %s', (v, want) => expect(isValidCargoVersion(v)).toBe(want));
});
