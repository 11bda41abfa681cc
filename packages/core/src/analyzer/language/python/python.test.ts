import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../../types/errors';
import { TRIVY_FIXTURES, type TrivyCase, type TrivyPackage, trivySummary } from '../testing/fixtures';
import { allPackages, layerFile, runAnalyzer, summarize } from '../testing/parser-harness';
import { pythonPackagingAnalyzer } from './analyzers';
import { parseCoreMetadata } from './core-metadata';
import { parseRequirements } from './requirements';

const load = (name: string) => {
  const dir = join(TRIVY_FIXTURES, name);
  const cases: TrivyCase[] = existsSync(dir) ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases : [];
  return { dir, cases };
};

const packaging = load('python-packaging');
describe.skipIf(!existsSync(packaging.dir))(
  'core metadata against Trivy fixtures (python-packaging; skipped without /work/shared)',
  () => {
    it.each(packaging.cases.map((c) => [`${c.name} (${c.input})`, c] as const))('%s', (_n, c) => {
      const file = String(c.input).replace(/^testdata\//, '');
      const text = readFileSync(join(packaging.dir, 'data', file), 'utf8');
      if (c.wantErr) {
        expect(() => parseCoreMetadata(text, file)).toThrow(ScanError);
        return;
      }
      expect(summarize(parseCoreMetadata(text, file))).toEqual((c.want as TrivyPackage[]).map(trivySummary));
    });
  },
);

const analyzerFixture = load('python-packaging-analyzer');
describe.skipIf(!existsSync(analyzerFixture.dir))(
  'python-pkg analyzer against Trivy fixtures (python-packaging-analyzer)',
  () => {
    const analyzeCases = analyzerFixture.cases.filter((c) => c.test === 'Test_packagingAnalyzer_Analyze');
    it.each(analyzeCases.map((c) => [String(c.name), c] as const))('analyze: %s', async (_n, c) => {
      type App = { Type: string; FilePath: string; Packages: TrivyPackage[] };
      const [want] = (c.want as { Applications: App[] }).Applications;
      if (!want) throw new Error('fixture without an application');
      const dataDir = join(analyzerFixture.dir, 'data', String(c.dir).replace(/^testdata\//, ''));
      const result = await runAnalyzer(
        pythonPackagingAnalyzer,
        want.FilePath,
        readFileSync(join(dataDir, want.FilePath)),
      );
      expect(result?.applications?.map((a) => [a.type, a.filePath])).toEqual([[want.Type, want.FilePath]]);
      const expected = want.Packages.map(trivySummary);
      const got = summarize(allPackages(result));
      if (c.name === 'license file in dist.info') {
        // Deliberate difference: Trivy classifies the text of the License-File (LICENSE.txt) into SPDX ids.
        // We have no licence classifier and one file at a time, so we report where the licence is.
        expect(got).toEqual([
          { name: 'typing_extensions', version: '4.4.0', licenses: ['file://licenses/LICENSE.txt'] },
        ]);
        return;
      }
      expect(got).toEqual(expected);
    });

    const requiredCases = analyzerFixture.cases.filter((c) => c.test === 'Test_packagingAnalyzer_Required');
    it.each(requiredCases.map((c) => [String(c.name), c] as const))('required: %s', (_n, c) => {
      const path = String(c.filePath);
      // Deliberate difference: `*.dist-info/LICENSE` is only read for Trivy's licence classifier, which we
      // do not have, so we do not ask for it.
      const want = c.name === 'wheel license' ? false : c.want;
      expect(pythonPackagingAnalyzer.required(path, layerFile(path))).toBe(want);
    });

    it.each([
      ['egg-zip/kitchen-1.2.6-py2.7.egg', [{ name: 'kitchen', version: '1.2.6', licenses: ['LGPLv2+'] }]],
      ['no-req-files/no-required-files.egg', []],
    ])('reads the PKG-INFO of a zipped egg: %s', async (file, want) => {
      const content = readFileSync(join(analyzerFixture.dir, 'data', file));
      expect(
        summarize(allPackages(await runAnalyzer(pythonPackagingAnalyzer, `site-packages/${file}`, content))),
      ).toEqual(want);
    });
  },
);

const pip = load('pip-requirements');
describe.skipIf(!existsSync(pip.dir))('requirements.txt against Trivy fixtures (pip-requirements)', () => {
  // The "compatible versions" case turns `>=`/`~=` into versions under Trivy's opt-in `useMinVersion`;
  // we report exact pins only (a range says nothing about what is installed), so it is checked below.
  const cases = pip.cases.filter((c) => !c.useMinVersion);
  it.each(cases.map((c) => [String(c.name), c] as const))('%s', (_n, c) => {
    const file = String(c.filePath).replace(/^testdata\//, '');
    const text = new TextDecoder(file.includes('utf16') ? 'utf-16le' : 'utf-8').decode(
      readFileSync(join(pip.dir, 'data', file)),
    );
    expect(summarize(parseRequirements(text, file))).toEqual(
      ((c.want as TrivyPackage[] | null) ?? []).map(trivySummary),
    );
  });

  it('reports no pins from the ranges of the compatible-versions file', () => {
    const text = readFileSync(join(pip.dir, 'data', 'requirements_compatible.txt'), 'utf8');
    expect(parseRequirements(text, 'requirements.txt')).toEqual([]);
  });

  it('decodes a UTF-16LE file with a BOM through the analyzer', async () => {
    const content = readFileSync(join(pip.dir, 'data', 'requirements_utf16le.txt'));
    const result = await runAnalyzer(
      (await import('./analyzers')).pipRequirementsAnalyzer,
      'app/requirements.txt',
      content,
    );
    expect(summarize(allPackages(result))).toEqual([{ name: 'attrs', version: '20.3.0' }]);
  });
});

describe('pypi purls', () => {
  it.each([
    ['Flask', '2.0.0', 'pkg:pypi/flask@2.0.0', 'flask'],
    ['typing_extensions', '4.4.0', 'pkg:pypi/typing-extensions@4.4.0', 'typing-extensions'],
    ['zope.interface', '5.0', 'pkg:pypi/zope-interface@5.0', 'zope-interface'],
    ['Foo__Bar-.baz', '1.0+local.1', 'pkg:pypi/foo-bar-baz@1.0%2Blocal.1', 'foo-bar-baz'],
  ])('%s', (name, version, purl, id) => {
    const [pkg] = parseRequirements(`${name}==${version}`, 'requirements.txt');
    expect(pkg?.purl).toBe(purl);
    expect(pkg?.id).toBe(id);
    expect(pkg?.name).toBe(name);
  });

  it.each([
    ['-r base.txt\n-e git+https://x/y.git#egg=y\n--index-url https://pypi.org/simple\n', []],
    [
      'requests[security,socks] == 2.31.0 ; python_version >= "3.8" # pinned\n',
      [{ name: 'requests', version: '2.31.0' }],
    ],
    ['Django===4.2.1\n', [{ name: 'Django', version: '4.2.1' }]],
    ['\u0000\u0001binary\u00ff==\n', []],
  ])('requirements line %#', (text, want) => {
    expect(summarize(parseRequirements(text, 'requirements.txt'))).toEqual(want);
  });
});
