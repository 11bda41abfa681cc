import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS, type Ecosystem } from '../types/ecosystem';
import { compareVersions, isValidVersion, parseConstraint, satisfies } from './index';

describe('satisfies', () => {
  it.each([
    // Plain operator lists (OS packages, Go), comma or space AND, `||` OR.
    ['deb', '1.2.3-1', '>= 1.2.0, < 1.2.5', true],
    ['deb', '1:1.0-1', '<< 2.0', false], // the epoch dominates
    ['deb', '2.36-9+deb12u4', '< 2.36-9+deb12u7', true],
    ['apk', '1.2.3-r1', '<1.2.3-r2', true],
    ['apk', '1.2.3_rc1-r0', '>=1.2.3', false],
    ['rpm', '1:1.0-1.el8', '>=1:1.0-1.el8 <1:1.0-2.el8', true],
    ['rpm', '1.0-1.el8', '!= 1.0-1.el8', false],
    ['go', 'v0.0.0-20210101000000-abcdef123456', '< 0.1.0', true],
    ['go', '1.2.3', '>= 1.0.0, < 1.2.0 || >= 1.2.2, < 1.2.4', true],
    ['go', '1.2.3', '*', false], // no wildcard in the plain grammar
    // npm
    ['npm', '1.2.5', '^1.2.3', true],
    ['npm', '2.0.0', '^1.2.3', false],
    ['npm', '0.2.5', '^0.2.3', true],
    ['npm', '0.3.0', '^0.2.3', false],
    ['npm', '1.2.9', '~1.2.3', true],
    ['npm', '1.3.0', '~1.2.3', false],
    ['npm', '1.5.0', '1.x', true],
    ['npm', '2.3.5', '1.2.3 - 2.3', true],
    ['npm', '1.2.3-beta.2', '^1.2.3-beta.1', true],
    ['npm', '1.2.4-beta.1', '^1.2.3-beta.1', false], // prerelease of another tuple
    ['npm', '1.2.3', '>=1.2.0, <1.2.5', true],
    ['npm', '1.2.3', '== 1.2.3', true],
    ['npm', '1.2.3', '!1.0.0', false], // invalid constraint
    // Cargo: a bare version is a caret requirement
    ['cargo', '1.4.0', '1.2', true],
    ['cargo', '2.0.0', '1.2', false],
    ['cargo', '0.2.9', '>=0.2.0, <0.2.10', true],
    // PyPI
    ['pypi', '1.4.7', '~=1.4.5', true],
    ['pypi', '1.5.0', '~=1.4.5', false],
    ['pypi', '1.2.9', '==1.2.*', true],
    ['pypi', '1.3', '!=1.2.*', true],
    ['pypi', '1.0rc1', '<1.0', false], // `<V` excludes V's pre-releases
    ['pypi', '1.0.post1', '>1.0', false], // `>V` excludes V's post-releases
    ['pypi', '2.0.0', '>=1.0, <2.0', false],
    ['pypi', '4.2.8+sp1', '== 4.2.8', true], // local label ignored when the specifier has none
    ['pypi', '1.2..4', '<1.0.0', false], // invalid version
    // Maven
    ['maven', '1.5', '[1.0,2.0)', true],
    ['maven', '2.0', '[1.0,2.0)', false],
    ['maven', '1.2.3', '(,1.2.3]', true],
    ['maven', '3.1', '[1.0,1.2),[3.0,)', true],
    ['maven', '1.3', '[1.0,1.2),[3.0,)', false],
    ['maven', '1.2.3', '[1.2.3]', true],
    ['maven', '1.2.3.Final', '<1.2.3', false],
    ['maven', '2.0.0', '>=2.0.0 <2.0.8', true],
    // RubyGems
    ['rubygems', '1.5.9', '~> 1.5.5', true],
    ['rubygems', '1.6.0', '~> 1.5.5', false],
    ['rubygems', '1.9', '~> 1.5', true],
    ['rubygems', '1.2.3.a', '>= 1.2.3', false],
    ['rubygems', '1.2.3', '!= 1.2.3', false],
    // Composer
    ['composer', '1.9.9', '^1.2.3', true],
    ['composer', '2.0.0-beta1', '^1.2.3', false],
    ['composer', '0.3.9', '^0.3', true],
    ['composer', '0.4.0', '^0.3', false],
    ['composer', '1.9.0', '~1.2', true],
    ['composer', '1.3.0', '~1.2.3', false],
    ['composer', '1.2.17', '1.2.*', true],
    ['composer', '2.1.5', '1.0 - 2.1', true],
    ['composer', '2.2.0', '1.0 - 2.1', false],
    ['composer', '1.0.0-RC1', '1.0.0 - 2.0', true], // a bare lower bound admits its pre-releases
    ['composer', '1.2.3-RC1', '^1.2.3', true],
    ['composer', 'v1.5.0', '>=1.0,<1.6 || >=2.0', true],
    ['composer', '1.5.0', '<1.0 | >=1.5', true],
  ] as [Ecosystem, string, string, boolean][])('%s: %s satisfies %j = %s', (eco, v, c, want) => {
    expect(satisfies(eco, v, c)).toBe(want);
  });

  it('npm includePrerelease lets a prerelease match any range containing it (Trivy behaviour)', () => {
    expect(satisfies('npm', '1.45.1-lts.1', '>=1.4.4-lts.1, <2.0.0')).toBe(false);
    expect(satisfies('npm', '1.45.1-lts.1', '>=1.4.4-lts.1, <2.0.0', { includePrerelease: true })).toBe(true);
  });

  it.each(ECOSYSTEMS)('%s: an empty or dangling constraint is refused, never thrown', (eco) => {
    expect(satisfies(eco, '1.0.0', '>=')).toBe(false);
    expect(parseConstraint(eco, '>= 1.0 ||| <')).toBeUndefined();
  });
});

describe('compareVersions / isValidVersion', () => {
  it.each(ECOSYSTEMS)('%s: total on garbage, sorting never throws', (eco) => {
    const junk = ['', ' ', '!!', '1..2', 'v', '~', '-', '1.0', 'zzz', '\u00e9'];
    const sorted = [...junk].sort((a, b) => compareVersions(eco, a, b));
    expect(sorted).toHaveLength(junk.length);
    for (const a of junk) expect(compareVersions(eco, a, a)).toBe(0);
  });
  it.each(['npm', 'pypi', 'go', 'composer', 'cargo'] as Ecosystem[])(
    '%s: invalid strings sort below every valid version, by code units among themselves',
    (eco) => {
      expect(compareVersions(eco, 'not a version', '0.0.1')).toBe(-1);
      expect(compareVersions(eco, '0.0.1', 'not a version')).toBe(1);
      expect(compareVersions(eco, 'aaa!', 'bbb!')).toBe(-1);
    },
  );
  it.each([
    ['deb', '1:2.3-4', true],
    ['apk', '1.2.3-r4', true],
    ['rpm', '2:1.0-3.el9', true],
    ['npm', '1.2.3-rc.1', true],
    ['pypi', '1.0.post1', true],
    ['maven', '1.0-SNAPSHOT', true],
    ['go', 'v1.2.3+incompatible', true],
    ['rubygems', '1.2.3.pre', true],
    ['composer', 'v1.2.3-beta2', true],
    ['cargo', '1.2.3', true],
    ['deb', '-1', false],
    ['apk', '1.2.3-4', false],
    ['npm', '1.2', false],
    ['pypi', '1.0-foo', false],
    ['go', 'master', false],
    ['rubygems', '', false],
    ['composer', 'not a version', false],
    ['cargo', 'v1.2.3', false],
  ] as [Ecosystem, string, boolean][])('%s: %j valid = %s', (eco, v, want) => {
    expect(isValidVersion(eco, v)).toBe(want);
  });
});
