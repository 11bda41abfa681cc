/**
 * Runs the OS analyzers over the cases transcribed from Trivy's own tests (/work/shared/testdata/trivy/fixtures/os-*).
 * Deliberate differences, asserted explicitly below rather than skipped:
 * - families the core does not model (SUSE, Photon, Mariner, Bottlerocket, …) give null instead of an OS;
 * - CentOS Stream is family `centos` with release `stream8` (Trivy: family `centos-stream`, name `8`);
 * - an unparseable release file gives null instead of an error: a broken release file is not fatal, `resolveOs`
 *   falls back on the other files;
 * - Ubuntu ESM (`var/lib/ubuntu-advantage/status.json`) is not modelled (`OsInfo` has no "extended" flag), so no
 *   analyzer reads that file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OsInfo } from '../../types/package';
import type { Analyzer } from '../analyzer';
import { osAnalyzers } from './index';
import { osReleaseAnalyzer } from './os-release';
import { debianVersionAnalyzer, lsbReleaseAnalyzer, redhatReleaseAnalyzer } from './release-files';
import { testInput, testLayerFile } from './test-input';

const ROOT = '/work/shared/testdata/trivy/fixtures';
const haveFixtures = existsSync(join(ROOT, 'os-release'));

interface TrivyCase {
  test: string;
  name: string;
  inputFile?: string;
  testFile?: string;
  filePath?: string;
  want?: { OS: { Family: string; Name?: string; Extended?: boolean } } | null;
  wantErr?: string;
}

function cases(dir: string): TrivyCase[] {
  return (JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as { cases: TrivyCase[] }).cases;
}

function dataFile(dir: string, inputFile: string): Buffer {
  return readFileSync(join(ROOT, dir, 'data', inputFile.replace(/^testdata\//, '')));
}

const SUPPORTED = new Set([
  'alpine',
  'debian',
  'ubuntu',
  'redhat',
  'centos',
  'rocky',
  'alma',
  'oracle',
  'amazon',
  'fedora',
]);

/** What our analyzer should return for a Trivy expectation (see the module comment for the differences). */
function ours(want: TrivyCase['want']): OsInfo | null {
  if (!want) return null;
  const { Family, Name = '' } = want.OS;
  if (Family === 'centos-stream') return { family: 'centos', name: `stream${Name}` };
  return SUPPORTED.has(Family) ? ({ family: Family, name: Name } as OsInfo) : null;
}

async function run(analyzer: Analyzer, path: string, content: Uint8Array): Promise<OsInfo | null> {
  expect(analyzer.required(path, testLayerFile(path))).toBe(true);
  const result = await analyzer.analyze(testInput(path, content));
  return result?.os ?? null;
}

describe.skipIf(!haveFixtures)(
  `Trivy OS fixtures${haveFixtures ? '' : ' — skipped: /work/shared/testdata is absent'}`,
  () => {
    it.each(cases('os-release'))('os-release: $name', async (c) => {
      const got = await run(osReleaseAnalyzer, 'etc/os-release', dataFile('os-release', c.inputFile ?? ''));
      expect(got).toEqual(ours(c.want));
    });

    it.each(cases('os-debian'))('debian_version: $name', async (c) => {
      const got = await run(debianVersionAnalyzer, 'etc/debian_version', dataFile('os-debian', c.inputFile ?? ''));
      expect(got).toEqual(c.wantErr ? null : ours(c.want));
    });

    const ubuntu = cases('os-ubuntu');
    it.each(ubuntu.filter((c) => c.test === 'Test_ubuntuOSAnalyzer_Analyze'))('lsb-release: $name', async (c) => {
      const got = await run(lsbReleaseAnalyzer, 'etc/lsb-release', dataFile('os-ubuntu', c.inputFile ?? ''));
      expect(got).toEqual(c.wantErr ? null : ours(c.want));
    });

    it.each(ubuntu.filter((c) => c.test === 'Test_ubuntuESMAnalyzer_Analyze'))('ESM not modelled: $name', (c) => {
      const path = c.filePath ?? '';
      expect(osAnalyzers.some((a) => a.required(path, testLayerFile(path)))).toBe(false);
    });

    const fileByTest: Record<string, string> = {
      Test_redhatOSAnalyzer_Analyze: 'etc/redhat-release',
      Test_centosOSAnalyzer_Analyze: 'etc/centos-release',
      Test_almaOSAnalyzer_Analyze: 'etc/almalinux-release',
      Test_rockyOSAnalyzer_Analyze: 'etc/rocky-release',
      Test_oracleOSAnalyzer_Analyze: 'etc/oracle-release',
      Test_fedoraOSAnalyzer_Analyze: 'etc/fedora-release',
    };
    it.each(cases('os-redhatbase'))('$test: $name', async (c) => {
      const path = fileByTest[c.test] ?? `etc/${basename(c.inputFile ?? '')}`;
      const got = await run(redhatReleaseAnalyzer, path, dataFile('os-redhatbase', c.inputFile ?? ''));
      expect(got).toEqual(c.wantErr ? null : ours(c.want));
    });
  },
);
