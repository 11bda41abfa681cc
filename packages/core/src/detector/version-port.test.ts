import { describe, expect, it } from 'vitest';
import { defaultVersionScheme, isComparable, rangeComparator, toSemver } from './version-port';

describe('toSemver', () => {
  it.each([
    ['v1.13.1', '1.13.1'],
    ['1.13.1', '1.13.1'],
    ['go1.21', '1.21.0'],
    ['go1.21.3', '1.21.3'],
    ['go1.21rc2', '1.21.0-rc.2'],
    ['1.20beta1', '1.20.0-beta.1'],
    ['v0.0.0-20210101000000-abcdefabcdef', '0.0.0-20210101000000-abcdefabcdef'],
    ['v2.0.0+incompatible', '2.0.0+incompatible'],
  ])('%s → %s', (input, want) => {
    expect(toSemver(input)).toBe(want);
  });
});

describe('rangeComparator', () => {
  it('orders Go toolchain versions against OSV stdlib events', () => {
    const cmp = rangeComparator(defaultVersionScheme, 'go');
    expect(cmp('go1.21rc2', '1.21.0', 'SEMVER')).toBeLessThan(0);
    expect(cmp('v1.20.5', '1.20.10', 'SEMVER')).toBeLessThan(0);
  });

  it('throws on versions the scheme rejects, except for rpm which orders anything', () => {
    expect(() => rangeComparator(defaultVersionScheme, 'apk')('1.0-r0', 'invalid', 'ECOSYSTEM')).toThrow(RangeError);
    expect(rangeComparator(defaultVersionScheme, 'rpm')('1.0-1', '1.0-2.el9', 'ECOSYSTEM')).toBeLessThan(0);
  });

  it.each([
    ['go', '(devel)', false],
    ['go', 'v1.2.3', true],
    ['apk', 'bad version!', false],
    ['rpm', 'anything-goes', true],
    ['rpm', '', false],
    ['pypi', '2.0.post1', true],
  ] as const)('isComparable(%s, %s) = %s', (eco, v, want) => {
    expect(isComparable(defaultVersionScheme, eco, v)).toBe(want);
  });
});
