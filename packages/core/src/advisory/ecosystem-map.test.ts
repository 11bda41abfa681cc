import { describe, expect, it } from 'vitest';
import { normalizePackageName, osvNamespace } from './ecosystem-map';

describe('osvNamespace', () => {
  it.each([
    ['npm', 'npm', 'npm'],
    ['PyPI', 'pypi', 'pypi'],
    ['Maven', 'maven', 'maven'],
    ['Go', 'go', 'go'],
    ['crates.io', 'cargo', 'cargo'],
    ['RubyGems', 'rubygems', 'rubygems'],
    ['Packagist', 'composer', 'composer'],
    ['Debian:12', 'deb', 'debian:12'],
    ['Debian:11', 'deb', 'debian:11'],
    ['Ubuntu:22.04', 'deb', 'ubuntu:22.04'],
    ['Ubuntu:22.04:LTS', 'deb', 'ubuntu:22.04'],
    ['Ubuntu:Pro:18.04:LTS', 'deb', 'ubuntu:18.04-ESM'],
    ['Alpine:v3.18', 'apk', 'alpine:3.18'],
    ['Alpine:v3.9', 'apk', 'alpine:3.9'],
    ['Red Hat:enterprise_linux:9::appstream', 'rpm', 'redhat:9'],
    ['Red Hat:enterprise_linux:8::baseos', 'rpm', 'redhat:8'],
    ['Rocky Linux:9', 'rpm', 'rocky:9'],
    ['AlmaLinux:8', 'rpm', 'alma:8'],
  ])('%s → %s %s', (osv, ecosystem, key) => {
    expect(osvNamespace(osv)).toMatchObject({ ecosystem, key });
  });

  it.each([
    'NuGet',
    'Hex',
    'Debian',
    'Alpine',
    'Ubuntu:Pro:FIPS:18.04:LTS',
    'SUSE:Linux Enterprise Server 15',
    'npm:extra',
    '',
  ])('ignores %s', (osv) => {
    expect(osvNamespace(osv)).toBeUndefined();
  });
});

describe('normalizePackageName', () => {
  it.each([
    ['pypi', 'Django', 'django'],
    ['pypi', 'zope.interface', 'zope-interface'],
    ['pypi', 'Foo__Bar-._baz', 'foo-bar-baz'],
    ['composer', 'Symfony/Symfony', 'symfony/symfony'],
    ['cargo', 'Serde_JSON', 'serde-json'],
    ['go', 'github.com/Masterminds/vcs', 'github.com/Masterminds/vcs'],
    ['maven', 'org.apache.logging.log4j:log4j-core', 'org.apache.logging.log4j:log4j-core'],
    ['npm', '@scope/Name', '@scope/Name'],
  ] as const)('%s %s → %s', (eco, name, want) => {
    expect(normalizePackageName(eco, name)).toBe(want);
  });
});
