import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../../types/errors';
import { byNameVersion, TRIVY_FIXTURES, type TrivyCase, type TrivyPackage, trivySummary } from '../testing/fixtures';
import { summarize } from '../testing/parser-harness';
import { parsePnpmKey, parsePnpmLock } from './pnpm-lock';
import { parseYarnHeader, parseYarnLock, parseYarnPattern } from './yarn-lock';

const yarnDir = join(TRIVY_FIXTURES, 'yarn-lock');
const yarnCases: TrivyCase[] = existsSync(yarnDir)
  ? JSON.parse(readFileSync(join(yarnDir, 'expected.json'), 'utf8')).cases
  : [];

describe.skipIf(!existsSync(yarnDir))(
  'yarn.lock against Trivy fixtures (yarn-lock; skipped without /work/shared)',
  () => {
    const parseCases = yarnCases.filter((c) => c.test === 'TestParse');
    it.each(parseCases.map((c) => [String(c.name ?? c.file), c] as const))('%s', (_n, c) => {
      const file = String(c.file).replace(/^testdata\//, '');
      const got = parseYarnLock(readFileSync(join(yarnDir, 'data', file), 'utf8'), file);
      const want = ((c.want as TrivyPackage[] | null) ?? []).map(trivySummary);
      expect(byNameVersion(summarize(got))).toEqual(byNameVersion(want));
    });

    // TestParsePattern: name, protocol and range of a descriptor; lines that are no descriptor fail.
    const patternCases = yarnCases.filter((c) => c.test === 'TestParsePattern');
    it.each(patternCases.map((c) => [String(c.target), c] as const))('pattern %s', (_n, c) => {
      const got = parseYarnPattern(String(c.target));
      if (c.occurErr) {
        expect(got).toBeNull();
        return;
      }
      const name = String(c.expectName);
      let protocol = String(c.expectProtocol ?? '');
      let range = String(c.expactVersion);
      // Trivy splits `git+https://…` at the first colon and drops the colon; we keep `git+https` as the
      // protocol too, with the range after the colon, so the same expectations hold.
      if (protocol === '' && got?.protocol) {
        protocol = got.protocol;
        range = got.range;
      }
      expect(got).toEqual({ name, protocol, range });
    });
  },
);

describe.skipIf(!existsSync(yarnDir))('yarn.lock entry headers (TestParsePackagePatterns)', () => {
  const headerCases = yarnCases.filter((c) => c.test === 'TestParsePackagePatterns');
  it.each(headerCases.map((c) => [String(c.target), c] as const))('header %s', (_n, c) => {
    const got = parseYarnHeader(String(c.target));
    if (c.occurErr) expect(got).toBeNull();
    else expect(got).toEqual({ name: c.expectName, protocol: c.expectProtocol ?? '', patterns: c.expactPatterns });
  });
  // TestGetDependency checks the parsing of `dependencies:` lines; our Package has no dependency graph,
  // so those lines are not parsed and the six cases have no counterpart here.
});

describe('yarn berry', () => {
  const berry = `__metadata:
  version: 6
  cacheKey: 8

"app@workspace:.":
  version: 0.0.0-use.local
  resolution: "app@workspace:."
  languageName: unknown
  linkType: soft

"resolve@npm:^1.1.7":
  version: 1.22.1
  resolution: "resolve@npm:1.22.1"
  linkType: hard

"resolve@patch:resolve@^1.1.7#~builtin<compat/resolve>":
  version: 1.22.1
  resolution: "resolve@patch:resolve@npm%3A1.22.1#~builtin<compat/resolve>::version=1.22.1&hash=07638b"
  linkType: hard

"@types/node@npm:18.0.0, @types/node@npm:^18":
  version: 18.0.0
  resolution: "@types/node@npm:18.0.0"

"local@file:./local.tgz::locator=app%40workspace%3A.":
  version: 1.0.0
  resolution: "local@file:./local.tgz#./local.tgz::hash=1&locator=app%40workspace%3A."
`;
  it('reports npm entries once and skips workspace, patch and file entries', () => {
    expect(summarize(parseYarnLock(berry, 'yarn.lock'))).toEqual([
      { name: '@types/node', version: '18.0.0' },
      { name: 'resolve', version: '1.22.1' },
    ]);
  });

  it('gives scoped packages a namespace in the purl', () => {
    expect(parseYarnLock(berry, 'yarn.lock')[0]?.purl).toBe('pkg:npm/%40types/node@18.0.0');
  });

  it.each([
    ['bad YAML', '__metadata:\n  version: 6\n"a@npm:1":\n  version: [1\n'],
    ['a YAML scalar', '__metadata: 1\n"a'],
  ])('rejects %s with a ScanError', (_n, text) => {
    expect(() => parseYarnLock(text, 'yarn.lock')).toThrow(ScanError);
  });

  it('finds nothing in classic-format garbage', () => {
    expect(parseYarnLock('\u0000\u0001 not a lock file\n  version "1"\n', 'yarn.lock')).toEqual([]);
  });
});

const pnpmV5 = `lockfileVersion: 5.4
specifiers:
  lodash: ^4.17.21
dependencies:
  lodash: 4.17.21
devDependencies:
  ts-node: 10.9.1_typescript@4.9.5
packages:
  /lodash/4.17.21:
    resolution: {integrity: sha512-x}
    dev: false
  /@babel/core/7.20.0:
    resolution: {integrity: sha512-y}
    dev: true
  /ts-node/10.9.1_typescript@4.9.5:
    resolution: {integrity: sha512-z}
    dev: true
  github.com/user/repo/abc123:
    resolution: {tarball: https://codeload.github.com/user/repo/tar.gz/abc123}
    name: repo
    version: 0.0.0-git
    dev: false
`;

const pnpmV6 = `lockfileVersion: '6.0'
dependencies:
  react-dom:
    specifier: ^18.2.0
    version: 18.2.0(react@18.2.0)
packages:
  /react-dom@18.2.0(react@18.2.0):
    resolution: {integrity: sha512-a}
    dev: false
  /react@18.2.0:
    resolution: {integrity: sha512-b}
    dev: false
  /@types/react@18.0.0:
    resolution: {integrity: sha512-c}
    dev: true
  /local@file:../local:
    resolution: {directory: ../local, type: directory}
    name: local
    version: file:../local
    dev: false
`;

const pnpmV9 = `lockfileVersion: '9.0'
importers:
  .:
    dependencies:
      express:
        specifier: ^4.18.0
        version: 4.18.2
    devDependencies:
      vitest:
        specifier: ^1.0.0
        version: 1.0.0(@types/node@20.0.0)
packages:
  express@4.18.2:
    resolution: {integrity: sha512-a}
  debug@2.6.9:
    resolution: {integrity: sha512-b}
  vitest@1.0.0:
    resolution: {integrity: sha512-c}
  '@types/node@20.0.0':
    resolution: {integrity: sha512-d}
  tinypool@0.8.0:
    resolution: {integrity: sha512-e}
snapshots:
  express@4.18.2:
    dependencies:
      debug: 2.6.9
  debug@2.6.9: {}
  vitest@1.0.0(@types/node@20.0.0):
    dependencies:
      '@types/node': 20.0.0
      debug: 2.6.9
      tinypool: 0.8.0
  '@types/node@20.0.0': {}
  tinypool@0.8.0: {}
`;

describe('pnpm-lock.yaml', () => {
  it.each([
    [
      'v5',
      pnpmV5,
      [
        { name: '@babel/core', version: '7.20.0', dev: true },
        { name: 'lodash', version: '4.17.21' },
        { name: 'ts-node', version: '10.9.1', dev: true },
      ],
    ],
    [
      'v6',
      pnpmV6,
      [
        { name: '@types/react', version: '18.0.0', dev: true },
        { name: 'react', version: '18.2.0' },
        { name: 'react-dom', version: '18.2.0' },
      ],
    ],
    [
      // debug is reached from both express (prod) and vitest (dev): not dev-only.
      'v9',
      pnpmV9,
      [
        { name: '@types/node', version: '20.0.0', dev: true },
        { name: 'debug', version: '2.6.9' },
        { name: 'express', version: '4.18.2' },
        { name: 'tinypool', version: '0.8.0', dev: true },
        { name: 'vitest', version: '1.0.0', dev: true },
      ],
    ],
  ])('parses %s', (_v, text, want) => {
    expect(summarize(parsePnpmLock(text, 'pnpm-lock.yaml'))).toEqual(want);
  });

  it.each([
    ['/lodash/4.17.21', 'lodash', '4.17.21'],
    ['/@babel/core/7.20.0', '@babel/core', '7.20.0'],
    ['/ts-node/10.9.1_typescript@4.9.5', 'ts-node', '10.9.1'],
    ['/@scope/pkg/1.0.0_@types+node@20.0.0', '@scope/pkg', '1.0.0'],
    ['/react-dom@18.2.0(react@18.2.0)', 'react-dom', '18.2.0'],
    ['/@types/react@18.0.0', '@types/react', '18.0.0'],
    ['express@4.18.2', 'express', '4.18.2'],
    ['@types/node@20.0.0', '@types/node', '20.0.0'],
  ])('splits key %s', (key, name, version) => {
    expect(parsePnpmKey(key)).toEqual({ name, version });
  });

  it.each([
    ['bad YAML', 'packages: [\n'],
    ['a scalar', 'just text'],
  ])('rejects %s with a ScanError', (_n, text) => {
    expect(() => parsePnpmLock(text, 'pnpm-lock.yaml')).toThrow(ScanError);
  });

  it('finds nothing in a lock file without packages', () => {
    expect(parsePnpmLock("lockfileVersion: '9.0'\n", 'pnpm-lock.yaml')).toEqual([]);
  });
});
