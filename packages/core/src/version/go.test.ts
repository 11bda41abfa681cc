import { describe, expect, it } from 'vitest';
import { compareGo, isPseudoVersion, isValidGoVersion } from './go';

// golang.org/x/mod/semver.Compare semantics (https://go.dev/ref/mod#versions).
describe('compareGo', () => {
  it.each([
    ['v1.2.3', 'v1.2.4', -1],
    ['v1.2.3', '1.2.3', 0], // OSV writes Go versions without the `v`
    ['v2.0.0+incompatible', 'v2.0.0', 0], // build metadata is ignored
    ['v0.0.0-20210101000000-abcdef123456', 'v0.0.0-20220101000000-abcdef123456', -1],
    ['v0.0.0-20210101000000-abcdef123456', 'v0.0.1', -1], // pseudo-versions are prereleases
    ['v1.2.4-0.20210101000000-abcdef123456', 'v1.2.3', 1], // ...of the next patch after a tag
    ['v1', 'v1.0.0', 0], // shorthands
    ['v1.2', 'v1.2.0', 0],
    ['v1.0.0-rc.1', 'v1.0.0', -1],
    ['bad', 'v0.0.0', -1], // invalid strings sort first
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(compareGo(a, b)).toBe(want);
    expect(compareGo(b, a)).toBe(-want || 0);
  });
  it.each([
    ['v0.0.0-20210101000000-abcdef123456', true],
    ['v1.2.4-0.20210101000000-abcdef123456', true],
    ['v1.2.4-pre.0.20210101000000-abcdef123456', true],
    ['v2.0.1-0.20210101000000-abcdef123456+incompatible', true],
    ['v1.2.3', false],
    ['v1.2.3-rc.1', false],
  ])('isPseudoVersion(%s) = %s', (v, want) => expect(isPseudoVersion(v)).toBe(want));
  it.each([
    ['v1.2.3', true],
    ['1.2.3', true],
    ['v1.2.3.4', false],
    ['v01.2.3', false],
    ['latest', false],
  ])('isValidGoVersion(%s) = %s', (v, want) => expect(isValidGoVersion(v)).toBe(want));
});
