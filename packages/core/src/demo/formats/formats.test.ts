import { describe, expect, it } from 'vitest';
import { type ApkPackage, formatApkInstalled } from './apk-installed';
import { type DpkgPackage, formatDpkgStanza, formatDpkgStatus } from './dpkg-status';
import {
  distInfoDir,
  formatGoMod,
  formatJarManifest,
  formatPackageLock,
  formatPomProperties,
  formatPythonMetadata,
  formatRequirements,
} from './language-files';
import { stableBase64, stableBytes, stableHex } from './stable-hash';

const musl: ApkPackage = {
  name: 'musl',
  version: '1.2.4-r0',
  arch: 'x86_64',
  size: 383_152,
  installedSize: 622_592,
  description: 'the musl c library (libc) implementation',
  url: 'https://musl.libc.org/',
  license: 'MIT',
  origin: 'musl',
  maintainer: 'Timo Teräs <timo.teras@iki.fi>',
  buildTime: 1_683_652_563,
  provides: ['so:libc.musl-x86_64.so.1=1'],
  files: [{ dir: 'lib', files: ['ld-musl-x86_64.so.1'] }],
};

describe('formatApkInstalled', () => {
  it('writes the fields in apk-tools order, one package per blank-line separated record', () => {
    const text = formatApkInstalled([
      musl,
      { ...musl, name: 'musl-utils', provides: undefined, files: undefined, maintainer: undefined },
    ]);
    const [first, second, rest] = text.split('\n\n');
    expect(rest).toBe('');
    expect(first?.split('\n').map((line) => line.slice(0, 2))).toEqual([
      'C:',
      'P:',
      'V:',
      'A:',
      'S:',
      'I:',
      'T:',
      'U:',
      'L:',
      'o:',
      'm:',
      't:',
      'c:',
      'p:',
      'F:',
      'R:',
      'Z:',
    ]);
    expect(first).toContain('\nP:musl\nV:1.2.4-r0\nA:x86_64\nS:383152\nI:622592\n');
    expect(first).toContain('\np:so:libc.musl-x86_64.so.1=1\nF:lib\nR:ld-musl-x86_64.so.1\nZ:Q1');
    expect(second).not.toMatch(/^m:|^p:|^F:/m);
  });

  it('derives stable, well-formed checksums from the package identity', () => {
    const a = formatApkInstalled([musl]);
    expect(formatApkInstalled([musl])).toBe(a);
    expect(formatApkInstalled([{ ...musl, version: '1.2.4-r1' }])).not.toBe(a);
    expect(a).toMatch(/^C:Q1[A-Za-z0-9+/]{27}=$/m);
    expect(a).toMatch(/^c:[0-9a-f]{40}$/m);
  });
});

const bsdutils: DpkgPackage = {
  name: 'bsdutils',
  version: '1:2.38.1-5+b1',
  architecture: 'amd64',
  source: 'util-linux',
  sourceVersion: '2.38.1-5',
  section: 'utils',
  priority: 'required',
  installedSize: 335,
  maintainer: 'util-linux packagers <util-linux@packages.debian.org>',
  description:
    'basic utilities from 4.4BSD-Lite\nThis package contains the bare minimum of BSD utilities.\n\nIt includes logger and script.',
  essential: true,
  multiArch: 'foreign',
  preDepends: 'libc6 (>= 2.34)',
};

describe('formatDpkgStanza', () => {
  it('writes dpkg field order, Source with version, and folded description lines', () => {
    expect(formatDpkgStanza(bsdutils)).toBe(
      [
        'Package: bsdutils',
        'Essential: yes',
        'Status: install ok installed',
        'Priority: required',
        'Section: utils',
        'Installed-Size: 335',
        'Maintainer: util-linux packagers <util-linux@packages.debian.org>',
        'Architecture: amd64',
        'Multi-Arch: foreign',
        'Source: util-linux (2.38.1-5)',
        'Version: 1:2.38.1-5+b1',
        'Pre-Depends: libc6 (>= 2.34)',
        'Description: basic utilities from 4.4BSD-Lite',
        ' This package contains the bare minimum of BSD utilities.',
        ' .',
        ' It includes logger and script.',
      ].join('\n'),
    );
  });

  it.each([
    { what: 'same name and version', pkg: { source: undefined, sourceVersion: undefined }, source: undefined },
    { what: 'another source name', pkg: { source: 'glibc', sourceVersion: undefined }, source: 'glibc' },
    {
      what: 'a binNMU of the same source',
      pkg: { source: undefined, sourceVersion: '5.2.15-2' },
      source: 'bsdutils (5.2.15-2)',
    },
  ])('writes the Source field for $what', ({ pkg, source }) => {
    const stanza = formatDpkgStanza({ ...bsdutils, ...pkg });
    expect(/^Source: (.*)$/m.exec(stanza)?.[1]).toBe(source);
  });

  it('separates stanzas of the status file with blank lines', () => {
    expect(formatDpkgStatus([bsdutils, bsdutils]).split('\n\n')).toHaveLength(3);
  });
});

describe('language files', () => {
  it('writes a v3 package-lock with the root package and sorted node_modules entries', () => {
    const lock = JSON.parse(
      formatPackageLock({
        name: 'app',
        version: '1.0.0',
        license: 'MIT',
        dependencies: { lodash: '4.17.15' },
        installed: [
          { name: 'lodash', version: '4.17.15', license: 'MIT', description: '' },
          { name: '@types/node', version: '20.0.0', license: 'MIT', description: '' },
        ],
      }),
    );
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(lock.packages)).toEqual(['', 'node_modules/@types/node', 'node_modules/lodash']);
    expect(lock.packages['node_modules/lodash'].resolved).toBe(
      'https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz',
    );
    expect(lock.packages['node_modules/@types/node'].resolved).toBe(
      'https://registry.npmjs.org/@types/node/-/node-20.0.0.tgz',
    );
  });

  it.each([
    ['PyYAML', '5.3.1', 'PyYAML-5.3.1.dist-info'],
    ['charset-normalizer', '3.4.1', 'charset_normalizer-3.4.1.dist-info'],
    ['zope.interface', '6.0', 'zope_interface-6.0.dist-info'],
  ])('names the dist-info of %s %s %s', (name, version, dir) => {
    expect(distInfoDir({ name, version, summary: '', homePage: '', license: '' })).toBe(dir);
  });

  it('writes core metadata headers and pinned requirements', () => {
    const dist = {
      name: 'Jinja2',
      version: '2.11.2',
      summary: 'templates',
      homePage: 'https://x',
      license: 'BSD-3-Clause',
      requiresDist: ['MarkupSafe (>=0.23)'],
    };
    expect(formatPythonMetadata(dist)).toBe(
      'Metadata-Version: 2.1\nName: Jinja2\nVersion: 2.11.2\nSummary: templates\nHome-page: https://x\nLicense: BSD-3-Clause\nRequires-Dist: MarkupSafe (>=0.23)\n\n',
    );
    expect(formatRequirements([dist])).toBe('Jinja2==2.11.2\n');
  });

  it('writes pom.properties and a CRLF jar manifest', () => {
    const artifact = { groupId: 'org.apache.logging.log4j', artifactId: 'log4j-core', version: '2.14.1' };
    expect(formatPomProperties(artifact).split('\n').slice(1)).toEqual([
      'version=2.14.1',
      'groupId=org.apache.logging.log4j',
      'artifactId=log4j-core',
      '',
    ]);
    expect(formatJarManifest(artifact, 'Apache Log4j Core')).toMatch(/^Manifest-Version: 1\.0\r\n.*\r\n\r\n$/s);
  });

  it('writes go.mod with direct and indirect require blocks', () => {
    expect(
      formatGoMod('example.com/app', '1.20', [
        { path: 'golang.org/x/net', version: 'v0.7.0' },
        { path: 'golang.org/x/text', version: 'v0.7.0', indirect: true },
      ]),
    ).toBe(
      'module example.com/app\n\ngo 1.20\n\nrequire (\n\tgolang.org/x/net v0.7.0\n)\n\nrequire (\n\tgolang.org/x/text v0.7.0 // indirect\n)\n',
    );
    expect(formatGoMod('m', '1.22', [])).toBe('module m\n\ngo 1.22\n');
  });
});

describe('stable hashes', () => {
  it('are deterministic, seed-dependent and sized as asked', () => {
    expect(stableBytes('a', 20)).toEqual(stableBytes('a', 20));
    expect(stableHex('a', 20)).not.toBe(stableHex('b', 20));
    expect(stableHex('a', 20)).toMatch(/^[0-9a-f]{40}$/);
    expect(stableBase64('a', 20)).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });
});
