/**
 * Oracle vectors: the project's own (testdata/, produced by real dpkg, librpm, packaging, node-semver
 * and Maven through testdata/generate.py) always run; the shared reference vectors run when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../types/ecosystem';
import { compareVersions, isValidVersion, satisfies } from './index';
import { rpmvercmp } from './rpm';

const OWN = join(import.meta.dirname, 'testdata');
const SHARED = '/work/shared/testdata/versions';
const SYM = { '-1': '<', '0': '=', '1': '>' } as const;

if (!existsSync(SHARED)) {
  console.warn(`${SHARED} is absent: the shared reference-vector block is skipped (project vectors still run).`);
}

/** Rows of a TSV file, skipping `#` comments and the header line. */
function readTsv(path: string): string[][] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines.slice(1).map((l) => l.split('\t'));
}

function checkOrder(rows: string[][], cmp: (a: string, b: string) => number): string[] {
  const bad: string[] = [];
  for (const [a = '', b = '', want] of rows) {
    const got = SYM[String(cmp(a, b)) as keyof typeof SYM];
    const back = SYM[String(cmp(b, a)) as keyof typeof SYM];
    const mirror = want === '<' ? '>' : want === '>' ? '<' : '=';
    if (got !== want || back !== mirror) bad.push(`${a} ? ${b}: want ${want}, got ${got} (reverse ${back})`);
  }
  return bad;
}

const OWN_ORDER: [string, Ecosystem][] = [
  ['deb.tsv', 'deb'],
  ['rpm.tsv', 'rpm'],
  ['pep440.tsv', 'pypi'],
  ['npm.tsv', 'npm'],
  ['maven.tsv', 'maven'],
];

describe('project vectors (testdata/, real tools)', () => {
  it.each(OWN_ORDER)('%s agrees with its oracle in both directions', (file, eco) => {
    const rows = readTsv(join(OWN, file));
    expect(rows.length).toBeGreaterThan(300);
    expect(checkOrder(rows, (a, b) => compareVersions(eco, a, b))).toEqual([]);
  });

  it('npm_ranges.tsv agrees with node-semver satisfies, with and without includePrerelease', () => {
    const rows = readTsv(join(OWN, 'npm_ranges.tsv'));
    expect(rows.length).toBeGreaterThan(300);
    const bad = rows.filter(
      ([v = '', r = '', plain, incl]) =>
        String(satisfies('npm', v, r)) !== plain ||
        String(satisfies('npm', v, r, { includePrerelease: true })) !== incl,
    );
    expect(bad).toEqual([]);
  });

  it('pep440_specifiers.tsv agrees with packaging SpecifierSet.contains(prereleases=True)', () => {
    const rows = readTsv(join(OWN, 'pep440_specifiers.tsv'));
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.filter(([v = '', s = '', want]) => String(satisfies('pypi', v, s)) !== want)).toEqual([]);
  });
});

// Maven 3.8.7 (the oracle here) and go-mvn-version (Trivy) disagree on these; we follow Maven.
// Each is also pinned by a row of testdata/maven.tsv or maven.test.ts produced by Maven itself.
const MAVEN_387_OVERRIDES: Record<string, string> = {
  '1-foo\t1.foo': '=',
  '1-1-foo\t1-1.foo': '=',
  '2-1\t2.0.a': '>',
  '2.0.a\t2-1': '<',
};

const SHARED_ORDER: [string, (a: string, b: string) => number][] = [
  ['deb.tsv', (a, b) => compareVersions('deb', a, b)],
  ['deb_oracle.tsv', (a, b) => compareVersions('deb', a, b)],
  ['apk.tsv', (a, b) => compareVersions('apk', a, b)],
  ['apk_upstream.tsv', (a, b) => compareVersions('apk', a, b)],
  ['rpm.tsv', (a, b) => compareVersions('rpm', a, b)],
  ['rpm_rpmvercmp.tsv', rpmvercmp],
  ['pep440.tsv', (a, b) => compareVersions('pypi', a, b)],
  ['npm.tsv', (a, b) => compareVersions('npm', a, b)],
];

describe.skipIf(!existsSync(SHARED))('shared reference vectors (/work/shared/testdata/versions)', () => {
  it.each(SHARED_ORDER)('%s: every vector agrees', (file, cmp) => {
    const rows = readTsv(join(SHARED, file));
    expect(rows.length).toBeGreaterThan(30);
    expect(checkOrder(rows, cmp)).toEqual([]);
  });

  it('maven.tsv: every vector agrees, with the 4 go-mvn-version rows Maven 3.8.7 answers differently', () => {
    const rows = readTsv(join(SHARED, 'maven.tsv')).map(([a = '', b = '', e = '']) => [
      a,
      b,
      MAVEN_387_OVERRIDES[`${a}\t${b}`] ?? e,
    ]);
    expect(rows.filter(([a, b]) => MAVEN_387_OVERRIDES[`${a}\t${b}`])).toHaveLength(4);
    expect(checkOrder(rows, (a, b) => compareVersions('maven', a, b))).toEqual([]);
  });

  it('apk_validity.tsv: isValidVersion matches apk-tools v3', () => {
    const rows = readTsv(join(SHARED, 'apk_validity.tsv'));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter(([v = '', want]) => String(isValidVersion('apk', v)) !== want)).toEqual([]);
  });

  it('npm_constraints.tsv: satisfies agrees (incl. the `==` and comma extensions advisory data uses)', () => {
    const rows = readTsv(join(SHARED, 'npm_constraints.tsv'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter(([v = '', c = '', want]) => String(satisfies('npm', v, c)) !== want)).toEqual([]);
  });
});

/** Deterministic sample (mulberry32) so a failure reproduces. */
function sample<T>(xs: T[], n: number, seed: number): T[] {
  let s = seed;
  const rnd = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}

const EXTRA: Partial<Record<Ecosystem, string[]>> = {
  apk: [
    '1.0',
    '1.0_alpha',
    '1.0_p1',
    '1.0-r1',
    '1.0a',
    '1.0.1',
    '1.0~12ab',
    '1.01',
    '1.001',
    '2',
    '1.0bc',
    'x',
    '1.0_foo',
  ],
  go: ['v1', 'v1.2', 'v1.2.3', 'v1.2.3-rc.1', 'v0.0.0-20210101000000-abcdef123456', 'v2.0.0+incompatible', 'junk', ''],
  rubygems: ['1', '1.0', '1.0.a', '1.0.b1', '1.0.rc', '1.1', '1.9.25-x86-mingw32', '2.a', '0.9', '1.2..4'],
  composer: [
    '1.0',
    '1.0.0-dev',
    '1.0.0-alpha1',
    '1.0.0-RC1',
    '1.0.0-p1',
    'v1.1',
    '2.x-dev',
    'dev-main',
    '2010-01-01',
    'x',
  ],
  cargo: ['1.0.0', '1.0.0-alpha', '1.0.0-alpha.1', '0.1.0', '1.0.0+b', 'v1.0.0', '1.0'],
};

describe('order properties on sampled vector versions (antisymmetry, transitivity)', () => {
  const pools: [Ecosystem, string[]][] = OWN_ORDER.map(([file, eco]) => [
    eco,
    [...new Set(readTsv(join(OWN, file)).flatMap(([a = '', b = '']) => [a, b]))],
  ]);
  for (const [eco, extra] of Object.entries(EXTRA)) pools.push([eco as Ecosystem, extra]);

  it.each(pools.map(([eco, vs], i) => [eco, sample(vs, 30, 1000 + i)] as const))('%s', (eco, vs) => {
    const c = (a: string, b: string): number => compareVersions(eco, a, b);
    const bad: string[] = [];
    for (const a of vs) {
      for (const b of vs) {
        if (c(a, b) !== -c(b, a)) bad.push(`antisymmetry ${a} ${b}`);
        for (const d of vs) {
          if (c(a, b) <= 0 && c(b, d) <= 0 && c(a, d) > 0) bad.push(`transitivity ${a} <= ${b} <= ${d}`);
        }
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
