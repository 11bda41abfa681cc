import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../../types/errors';
import { byNameVersion, TRIVY_FIXTURES, type TrivyCase, type TrivyPackage, trivySummary } from '../testing/fixtures';
import { allPackages, runAnalyzer, summarize } from '../testing/parser-harness';
import { nodePkgAnalyzer, npmLockAnalyzer } from './analyzers';
import { parsePackageLock } from './package-lock';

const load = (name: string) => {
  const dir = join(TRIVY_FIXTURES, name);
  const cases = existsSync(dir)
    ? (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases as TrivyCase[])
    : [];
  return { dir, cases };
};

const lock = load('npm-lock');
describe.skipIf(!existsSync(lock.dir))(
  'package-lock.json against Trivy fixtures (npm-lock; skipped without /work/shared)',
  () => {
    // Compared: name, version, dev flag and licences. Trivy's relationships, locations, external
    // references and dependency graph have no place in our Package and are not compared.
    it.each(lock.cases.map((c) => [c.name as string, c] as const))('%s', (_name, c) => {
      const file = String(c.file).replace(/^testdata\//, '');
      const text = readFileSync(join(lock.dir, 'data', file), 'utf8');
      const got = byNameVersion(summarize(parsePackageLock(text, file)));
      const want = byNameVersion(((c.want as TrivyPackage[] | null) ?? []).map(trivySummary));
      expect(got).toEqual(want);
    });
  },
);

const analyzerFixture = load('npm-analyzer');
describe.skipIf(!existsSync(analyzerFixture.dir))('npm analyzer against Trivy fixtures (npm-analyzer)', () => {
  const analyzeCases = analyzerFixture.cases.filter((c) => c.test === 'Test_npmLibraryAnalyzer_Analyze');
  it.each(analyzeCases.map((c) => [c.name as string, c] as const))('analyze: %s', async (_name, c) => {
    const content = readFileSync(
      join(analyzerFixture.dir, 'data', String(c.dir).replace(/^testdata\//, ''), 'package-lock.json'),
    );
    const wantApps = (c.want as { Applications?: { Packages: TrivyPackage[] }[] }).Applications ?? [];
    if (wantApps.length === 0) {
      // Trivy logs and drops a broken lock file; our contract throws a typed error instead.
      await expect(runAnalyzer(npmLockAnalyzer, 'package-lock.json', content)).rejects.toBeInstanceOf(ScanError);
      return;
    }
    const result = await runAnalyzer(npmLockAnalyzer, 'package-lock.json', content);
    expect(result?.applications?.[0]?.type).toBe('npm');
    expect(result?.applications?.[0]?.filePath).toBe('package-lock.json');
    // Deliberate difference: Trivy's npm post-analyzer copies licences from node_modules/*/package.json
    // (absent from the snapshot); ours sees one file at a time, and nodePkgAnalyzer reports those
    // package.json files on their own. So licences are not compared here.
    const strip = (s: ReturnType<typeof trivySummary>) => ({ name: s.name, version: s.version, dev: s.dev });
    expect(byNameVersion(summarize(allPackages(result)).map(strip))).toEqual(
      byNameVersion((wantApps[0]?.Packages ?? []).map(trivySummary).map(strip)),
    );
  });

  const requiredCases = analyzerFixture.cases.filter((c) => c.test === 'Test_nodePkgLibraryAnalyzer_Required');
  it.each(requiredCases.map((c) => [c.name as string, c] as const))('required: %s', (_name, c) => {
    const path = String(c.filePath);
    // Lock files go to npmLockAnalyzer; node_modules package.json files, which Trivy's npm analyzer reads
    // for licences, go to nodePkgAnalyzer here. The root package.json is not a lock file.
    const analyzer =
      path.includes('node_modules/') && path.endsWith('package.json') ? nodePkgAnalyzer : npmLockAnalyzer;
    expect(
      analyzer.required(path, {
        path,
        type: 'file',
        size: 1,
        mode: 0o644,
        layer: { index: 0, digest: '', diffId: '' },
      }),
    ).toBe(c.want);
  });
});

const nodePkg = load('node-pkg');
describe.skipIf(!existsSync(nodePkg.dir))('package.json against Trivy fixtures (node-pkg)', () => {
  it.each(nodePkg.cases.map((c) => [c.name as string, c] as const))('%s', async (_name, c) => {
    const file = String(c.inputFile).replace(/^testdata\//, '');
    const content = readFileSync(join(nodePkg.dir, 'data', file));
    if (c.wantErr) {
      await expect(runAnalyzer(nodePkgAnalyzer, 'package.json', content)).rejects.toBeInstanceOf(ScanError);
      return;
    }
    const result = await runAnalyzer(nodePkgAnalyzer, 'app/package.json', content);
    const want = (c.want as { Applications: { Type: string; Packages: TrivyPackage[] }[] } | null)?.Applications ?? [];
    // Trivy's optional sha1 digest ("with checksum") is not part of our Package.
    expect(result?.applications?.map((a) => a.type) ?? []).toEqual(want.map((a) => a.Type));
    expect(summarize(allPackages(result))).toEqual(want.flatMap((a) => a.Packages.map(trivySummary)));
  });
});

describe('npm package purls and dev flags', () => {
  it.each([
    ['scoped', { name: '@babel/core', version: '7.0.0' }, 'pkg:npm/%40babel/core@7.0.0'],
    ['plain', { name: 'lodash', version: '4.17.21' }, 'pkg:npm/lodash@4.17.21'],
  ])('%s name', (_n, entry, purl) => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: { '': {}, [`node_modules/${entry.name}`]: { version: entry.version } },
    });
    const [pkg] = parsePackageLock(text, 'package-lock.json');
    expect(pkg?.purl).toBe(purl);
    expect(pkg?.id).toBe(entry.name);
    expect(pkg?.ecosystem).toBe('npm');
  });

  it.each([
    ['not JSON', '{broken'],
    ['a JSON array', '[]'],
    ['a string', '"x"'],
  ])('rejects %s with a ScanError', (_n, text) => {
    expect(() => parsePackageLock(text, 'package-lock.json')).toThrow(ScanError);
  });

  it('returns nothing for a lock file without packages', () => {
    expect(parsePackageLock('{"lockfileVersion":3}', 'package-lock.json')).toEqual([]);
  });

  it('does not take lock files inside node_modules', () => {
    const file = { path: '', type: 'file' as const, size: 1, mode: 0o644, layer: { index: 0, digest: '', diffId: '' } };
    expect(npmLockAnalyzer.required('app/node_modules/x/package-lock.json', file)).toBe(false);
    expect(npmLockAnalyzer.required('app/package-lock.json', file)).toBe(true);
  });
});
