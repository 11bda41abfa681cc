/**
 * Runs the dpkg licence analyzer over the cases transcribed from Trivy's `copyright_test.go`
 * (/work/shared/testdata/trivy/fixtures/dpkg). Trivy's result is a `LicenseFile` (type, path, findings, package
 * name); ours is a `packageLicenses` entry with the same package name and licence names in the same order.
 * The licence classifier fallback (`--license-full`) is not implemented; no case here uses it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testInput, testLayerFile } from '../os/test-input';
import { dpkgCopyrightAnalyzer } from './dpkg-copyright';

const DIR = '/work/shared/testdata/trivy/fixtures/dpkg';
const haveFixtures = existsSync(join(DIR, 'expected.json'));

interface TrivyCase {
  test: string;
  name: string;
  filePath: string;
  testFile?: string;
  want: unknown;
}
interface TrivyLicenseFile {
  FilePath: string;
  PkgName: string;
  Findings: Array<{ Name: string }>;
}

const cases = (test: string): TrivyCase[] =>
  haveFixtures
    ? (JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { cases: TrivyCase[] }).cases.filter(
        (c) => c.test === test,
      )
    : [];

describe.skipIf(!haveFixtures)(
  `Trivy dpkg licence fixtures${haveFixtures ? '' : ' — skipped: /work/shared/testdata is absent'}`,
  () => {
    it.each(cases('Test_dpkgLicenseAnalyzer_Analyze'))('analyze: $name', async (c) => {
      const content = readFileSync(join(DIR, 'data', (c.testFile ?? '').replace(/^testdata\//, '')));
      const got = await dpkgCopyrightAnalyzer.analyze(testInput(c.filePath, content));
      const want = c.want as { Licenses: TrivyLicenseFile[] } | null;
      expect(got).toEqual(
        want === null
          ? null
          : {
              packageLicenses: want.Licenses.map((l) => ({
                ecosystem: 'deb',
                name: l.PkgName,
                licenses: l.Findings.map((f) => f.Name),
              })),
            },
      );
    });

    it.each(cases('Test_dpkgLicenseAnalyzer_Required'))('required: $name', (c) => {
      expect(dpkgCopyrightAnalyzer.required(c.filePath, testLayerFile(c.filePath))).toBe(c.want);
    });

    it('covers every transcribed case', () => {
      expect(cases('Test_dpkgLicenseAnalyzer_Analyze')).toHaveLength(4);
      expect(cases('Test_dpkgLicenseAnalyzer_Required')).toHaveLength(4);
    });
  },
);
