/** Hostile cases: package databases and manifests: garbage dpkg/apk/rpm/npm/python/jar/go data. */
import { zipSync } from 'fflate';
import { concatBytes } from '../../src/image/tar-writer';
import { enc, exe, fakeGoBinary, garbage, layerImage, MiB, nestedJar } from './builders';
import { type HostileCase, handled } from './case-types';

export const PACKAGE_DB_CASES: readonly HostileCase[] = [
  {
    id: 'dpkg-status-binary',
    title: 'dpkg status of random bytes',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/dpkg/status', data: garbage(256 * 1024, 11) }]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'dpkg-status-1mb-line',
    title: 'dpkg status of a single 1 MB line',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/dpkg/status', data: `Package: ${'x'.repeat(1024 * 1024)}` }]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'dpkg-status-no-package-field',
    title: 'dpkg stanzas without Package:',
    group: 'package-db',
    build: () =>
      layerImage([
        {
          name: 'var/lib/dpkg/status',
          data: 'Status: install ok installed\nVersion: 1.0\n\nVersion: 2.0\nArchitecture: amd64\n',
        },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'apk-installed-garbage',
    title: 'apk installed database of random bytes and a field-less record',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'etc/alpine-release', data: '3.18.4\n' },
        { name: 'lib/apk/db/installed', data: concatBytes([garbage(64 * 1024, 5), enc.encode('\n\nV:\nP:\n::::\n')]) },
      ]),
    expect: handled({ osPackages: 0 }),
  },
  {
    id: 'rpmdb-sqlite-junk',
    title: 'rpmdb.sqlite with the SQLite header followed by junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'var/lib/rpm/rpmdb.sqlite', data: concatBytes([enc.encode('SQLite format 3\0'), garbage(8192, 13)]) },
      ]),
    expect: handled({ osPackages: 0, warning: /rpm: var\/lib\/rpm\/rpmdb\.sqlite/ }),
  },
  {
    id: 'rpmdb-bdb-junk',
    title: 'a BerkeleyDB Packages file of junk',
    group: 'package-db',
    build: () => layerImage([{ name: 'var/lib/rpm/Packages', data: garbage(16 * 1024, 17) }]),
    expect: handled({ osPackages: 0, warning: /rpm: var\/lib\/rpm\/Packages/ }),
  },
  {
    id: 'package-json-deep-nesting',
    title: 'package.json nested 10k objects deep',
    group: 'package-db',
    build: () =>
      layerImage([
        {
          name: 'app/node_modules/deep/package.json',
          data: `{"name":"deep","version":"1.0.0","x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
        },
      ]),
    expect: handled({ appPackages: 1 }),
  },
  {
    id: 'package-json-non-object',
    title: 'package.json files that are an array, a string, null, huge numbers and bad JSON',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'app/node_modules/arr/package.json', data: '[1,2,3]' },
        { name: 'app/node_modules/str/package.json', data: '"package"' },
        { name: 'app/node_modules/nul/package.json', data: 'null' },
        { name: 'app/node_modules/num/package.json', data: '{"name":1e999,"version":123456789012345678901234567890}' },
        { name: 'app/node_modules/bad/package.json', data: '{"name": "bad", ' },
      ]),
    expect: handled({ appPackages: 0, warning: /node-pkg: app\/node_modules\/bad\/package\.json/ }),
  },
  {
    id: 'package-lock-garbage',
    title: 'package-lock.json with a non-object packages map, deep nesting and bad entries',
    group: 'package-db',
    lockFiles: true,
    build: () =>
      layerImage([
        { name: 'app/package-lock.json', data: '{"lockfileVersion":3,"packages":"nope","dependencies":[1,2]}' },
        {
          name: 'srv/package-lock.json',
          data: `{"lockfileVersion":1,"dependencies":{"a":{"version":1e999,"dependencies":${'{"b":{"dependencies":'.repeat(5000)}{}${'}}'.repeat(5000)}}}}`,
        },
        { name: 'opt/package-lock.json', data: garbage(4096, 19) },
      ]),
    expect: handled({ warning: /npm: opt\/package-lock\.json/ }),
  },
  {
    id: 'requirements-garbage',
    title: 'requirements.txt of binary bytes and absurd lines',
    group: 'package-db',
    lockFiles: true,
    build: () =>
      layerImage([
        {
          name: 'app/requirements.txt',
          data: concatBytes([
            garbage(8192, 23),
            enc.encode(
              `\n==\n===1\n${'a'.repeat(100_000)}==1.0\nflask==${'9'.repeat(5000)}\n-r ../../../../etc/passwd\n`,
            ),
          ]),
        },
      ]),
    expect: handled(),
  },
  {
    id: 'python-metadata-garbage',
    title: 'dist-info METADATA of binary bytes, and one without Name/Version',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'usr/lib/python3/site-packages/x-1.0.dist-info/METADATA', data: garbage(16 * 1024, 29) },
        {
          name: 'usr/lib/python3/site-packages/y-1.0.dist-info/METADATA',
          data: 'Metadata-Version: 2.1\nSummary: no name\n',
        },
      ]),
    expect: handled({ appPackages: 0 }),
  },
  {
    id: 'jar-not-a-zip',
    title: 'a .jar that is random bytes',
    group: 'package-db',
    build: () => layerImage([{ name: 'app/lib/evil.jar', data: garbage(4096, 31) }]),
    expect: handled({ appPackages: 0, warning: /jar: app\/lib\/evil\.jar/ }),
  },
  {
    id: 'jar-nested-fanout',
    title: 'jars nested 12 deep, each holding two copies of the next (4096 leaves)',
    group: 'package-db',
    build: () => layerImage([{ name: 'app/lib/nest.jar', data: nestedJar(12) }]),
    expect: handled(),
  },
  {
    id: 'jar-zip-bomb-pom',
    title: 'a jar whose pom.properties inflates to 200 MiB of zeros',
    group: 'package-db',
    bomb: true,
    build: async () => {
      const zeros = new Uint8Array(200 * MiB);
      const jar = zipSync({ 'META-INF/maven/g/a/pom.properties': [zeros, { level: 9 }] });
      return layerImage([{ name: 'app/lib/bomb-1.0.jar', data: jar }]);
    },
    expect: handled(),
  },
  {
    id: 'jar-corrupt-pom-properties',
    title: 'a jar whose pom.properties is binary junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'app/lib/junk.jar', data: zipSync({ 'META-INF/maven/g/a/pom.properties': garbage(2048, 37) }) },
      ]),
    expect: handled(),
  },
  {
    id: 'go-buildinfo-junk',
    title: 'an ELF executable with a Go build-info marker followed by junk',
    group: 'package-db',
    build: () => layerImage([{ name: 'usr/local/bin/app', data: fakeGoBinary(), mode: exe }]),
    expect: handled({ appPackages: 0 }),
  },
  {
    id: 'os-release-binary',
    title: 'os-release of binary bytes, and alpine-release of junk',
    group: 'package-db',
    build: () =>
      layerImage([
        { name: 'etc/os-release', data: garbage(4096, 41) },
        { name: 'etc/alpine-release', data: garbage(512, 43) },
      ]),
    expect: handled({ osPackages: 0 }),
  },
];
