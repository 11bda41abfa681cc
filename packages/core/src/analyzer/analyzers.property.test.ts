/**
 * Fuzzing every analyzer the scan runs by default (issue 9, item 2): OS release files, the apk, dpkg and rpm
 * package databases, dpkg copyright files and every language parser (npm/yarn/pnpm locks, package.json,
 * Python METADATA/requirements/poetry/Pipfile, jars and exploded pom.properties, Go binaries and go.mod,
 * Cargo.lock, composer.lock, Gemfile.lock). The analyzer contract says `analyze` returns a result or null, or
 * throws ScanError for a database it cannot read; anything else (a TypeError, RangeError, a sql.js error)
 * escaping would abort a whole scan on one hostile file. Each analyzer is fed arbitrary bytes and mutations
 * (byte flips, truncations, insertions, deletions, duplicated slices) of a valid input built with the core's
 * own writers where it has them (the demo formatters, the rpmdb.sqlite writer, fflate's zip for jars), and
 * the seed itself must parse to something. Seeds are fixed so failures reproduce.
 */

import fc from 'fast-check';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { formatApkInstalled } from '../demo/formats/apk-installed';
import { formatDpkgStatus } from '../demo/formats/dpkg-status';
import { formatGoBinary } from '../demo/formats/go-binary';
import {
  formatGoMod,
  formatJarManifest,
  formatPackageLock,
  formatPomProperties,
  formatPythonMetadata,
  formatRequirements,
  formatRootPackageJson,
} from '../demo/formats/language-files';
import { writeRpmdbSqlite } from '../image/rpmdb/rpmdb-sqlite';
import { fuzzTimeout, mutate, mutationArb, runs } from '../testing/fuzz';
import { ScanError } from '../types/errors';
import type { Analyzer } from './analyzer';
import { languageAnalyzers } from './language';
import { analyzerInput } from './language/testing/parser-harness';
import { osAnalyzers } from './os';
import { osPackageAnalyzers } from './pkg';
import { dpkgCopyrightAnalyzer } from './pkg/dpkg-copyright';

vi.setConfig({ testTimeout: fuzzTimeout() });
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const python = {
  name: 'PyYAML',
  version: '6.0.1',
  summary: 'YAML parser',
  homePage: 'https://pyyaml.org/',
  license: 'MIT',
  requiresDist: ['requests>=2'],
};
const artifact = { groupId: 'org.example', artifactId: 'demo', version: '1.2.3' };
const npmProject = {
  name: 'app',
  version: '1.0.0',
  license: 'MIT',
  dependencies: { lodash: '^4.17.0' },
  installed: [{ name: 'lodash', version: '4.17.20', license: 'MIT', description: 'utils' }],
};

const jar = zipSync({
  'META-INF/MANIFEST.MF': enc(formatJarManifest(artifact, 'Demo')),
  'META-INF/maven/org.example/demo/pom.properties': enc(formatPomProperties(artifact)),
  'lib/inner.jar': zipSync({ 'META-INF/maven/a/b/pom.properties': enc('groupId=a\nartifactId=b\nversion=1\n') }),
});

/** One valid input per analyzer: the path it reads and bytes that parse. */
const SEEDS: Record<string, { path: string; content: Uint8Array; mode?: number }> = {
  'os-release': { path: 'etc/os-release', content: enc('ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian 12"\n') },
  alpine: { path: 'etc/alpine-release', content: enc('3.19.1\n') },
  debian: { path: 'etc/debian_version', content: enc('12.5\n') },
  ubuntu: { path: 'etc/lsb-release', content: enc('DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=22.04\n') },
  redhatbase: { path: 'etc/rocky-release', content: enc('Rocky Linux release 9.3 (Blue Onyx)\n') },
  apk: {
    path: 'lib/apk/db/installed',
    content: enc(
      formatApkInstalled([
        {
          name: 'musl',
          version: '1.2.4-r2',
          arch: 'x86_64',
          size: 1,
          installedSize: 2,
          description: 'libc',
          url: 'https://musl.libc.org/',
          license: 'MIT',
          origin: 'musl',
          buildTime: 1,
          depends: ['so:libc.musl-x86_64.so.1'],
          files: [{ dir: 'lib', files: ['ld-musl-x86_64.so.1'] }],
        },
      ]),
    ),
  },
  dpkg: {
    path: 'var/lib/dpkg/status',
    content: enc(
      formatDpkgStatus([
        {
          name: 'zlib1g',
          version: '1:1.2.13.dfsg-1',
          architecture: 'amd64',
          source: 'zlib',
          section: 'libs',
          priority: 'optional',
          installedSize: 160,
          maintainer: 'Mark Brown <broonie@debian.org>',
          description: 'compression library\n runtime',
          depends: 'libc6 (>= 2.14)',
        },
      ]),
    ),
  },
  rpm: {
    path: 'var/lib/rpm/rpmdb.sqlite',
    content: writeRpmdbSqlite([
      { name: 'bash', version: '5.1.8', release: '6.el9', arch: 'x86_64', sourceRpm: 'bash-5.1.8-6.el9.src.rpm' },
      {
        name: 'glibc',
        version: '2.34',
        release: '60.el9',
        epoch: 1,
        arch: 'x86_64',
        sourceRpm: 'glibc-2.34-60.el9.src.rpm',
        license: 'LGPLv2+',
      },
    ]),
  },
  'dpkg-license': {
    path: 'usr/share/doc/zlib1g/copyright',
    content: enc(
      'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: Zlib\n',
    ),
  },
  npm: { path: 'app/package-lock.json', content: enc(formatPackageLock(npmProject)) },
  yarn: {
    path: 'app/yarn.lock',
    content: enc('# yarn lockfile v1\n\n"lodash@^4.17.0":\n  version "4.17.21"\n  resolved "https://r/lodash.tgz"\n'),
  },
  pnpm: {
    path: 'app/pnpm-lock.yaml',
    content: enc(
      "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      express:\n        specifier: ^4.18.0\n        version: 4.18.2\npackages:\n  express@4.18.2:\n    resolution: {integrity: sha512-a}\nsnapshots:\n  express@4.18.2: {}\n",
    ),
  },
  'node-pkg': { path: 'app/node_modules/lodash/package.json', content: enc(formatRootPackageJson(npmProject, {})) },
  'python-pkg': {
    path: 'usr/lib/python3/site-packages/PyYAML-6.0.1.dist-info/METADATA',
    content: enc(formatPythonMetadata(python)),
  },
  pip: { path: 'app/requirements.txt', content: enc(formatRequirements([python])) },
  poetry: {
    path: 'app/poetry.lock',
    content: enc(
      '[[package]]\nname = "Django"\nversion = "4.2.1"\ncategory = "main"\n\n[metadata]\nlock-version = "2.0"\n',
    ),
  },
  pipenv: {
    path: 'app/Pipfile.lock',
    content: enc(
      JSON.stringify({
        _meta: {},
        default: { requests: { version: '==2.31.0' } },
        develop: { pytest: { version: '==7.3.1' } },
      }),
    ),
  },
  jar: { path: 'app/lib/demo-1.2.3.jar', content: jar },
  gobinary: {
    path: 'usr/local/bin/server',
    mode: 0o755,
    content: formatGoBinary({
      goVersion: 'go1.22.1',
      path: 'example.com/demo/cmd/server',
      main: { path: 'example.com/demo', version: 'v1.0.0' },
      deps: [{ path: 'golang.org/x/net', version: 'v0.17.0', sum: 'h1:abc=' }],
      settings: [['-ldflags', '-X main.version=1.0.0']],
    }),
  },
  gomod: {
    path: 'app/go.mod',
    content: enc(formatGoMod('example.com/app', '1.22', [{ path: 'golang.org/x/net', version: 'v0.17.0' }])),
  },
  cargo: {
    path: 'app/Cargo.lock',
    content: enc(
      'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.188"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    ),
  },
  composer: {
    path: 'app/composer.lock',
    content: enc(JSON.stringify({ packages: [{ name: 'monolog/monolog', version: '2.9.1', license: ['MIT'] }] })),
  },
  bundler: {
    path: 'app/Gemfile.lock',
    content: enc('GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.3)\n\nPLATFORMS\n  ruby\n'),
  },
};

const ANALYZERS: Analyzer[] = [...osAnalyzers, ...osPackageAnalyzers, dpkgCopyrightAnalyzer, ...languageAnalyzers];

/** Runs the analyzer; resolves to 'ok' or rethrows anything that is not a ScanError. */
async function analyzeOrScanError(analyzer: Analyzer, path: string, content: Uint8Array, mode?: number): Promise<void> {
  try {
    const result = await analyzer.analyze(analyzerInput(path, content, mode));
    expect(result === null || typeof result === 'object').toBe(true);
  } catch (error) {
    if (error instanceof ScanError) return;
    throw new Error(`${analyzer.name} threw ${String(error)} (not a ScanError)`, { cause: error });
  }
}

/** Arbitrary content, partly text-like so line/JSON/TOML parsers get past their first byte. */
const arbitraryBytes = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc.string({ maxLength: 256 }).map(enc),
  fc.string({ unit: fc.constantFrom(...'{}[]":,\n =-@#./\\0aZ9 \t\'|'.split('')), maxLength: 200 }).map(enc),
);

// sql.js opens each mutated rpmdb in wasm, which is slower than the text parsers.
const runsFor = (name: string): number => runs(name === 'rpm' ? 40 : name === 'gobinary' || name === 'jar' ? 80 : 150);

describe.each(ANALYZERS.map((a) => [a.name, a] as const))('analyzer %s', (name, analyzer) => {
  const seed = SEEDS[name];
  if (!seed) throw new Error(`no seed input for analyzer ${name}: add one to SEEDS`);
  const base = 0xa11 + ANALYZERS.findIndex((a) => a.name === name) * 16;

  it('reads its valid seed input', async () => {
    expect(analyzer.required(seed.path, analyzerInput(seed.path, seed.content, seed.mode).file)).toBe(true);
    const result = await analyzer.analyze(analyzerInput(seed.path, seed.content, seed.mode));
    expect(result).not.toBeNull();
  });

  it('returns or throws ScanError on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBytes, (bytes) => analyzeOrScanError(analyzer, seed.path, bytes, seed.mode)),
      { seed: base, numRuns: runsFor(name) },
    );
  });

  it('returns or throws ScanError on mutations of the valid input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (ms) =>
        analyzeOrScanError(analyzer, seed.path, mutate(seed.content, ms), seed.mode),
      ),
      { seed: base + 1, numRuns: runsFor(name) },
    );
  });
});
