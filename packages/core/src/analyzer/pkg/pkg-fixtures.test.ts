/**
 * Runs the OS package analyzers over the cases transcribed from Trivy's tests
 * (/work/shared/testdata/trivy/fixtures/{apk,dpkg,rpm}). Field mapping: Trivy's ID, Maintainer, Digest,
 * DependsOn, InstalledFiles, Repository.Class and file lists have no place in `Package` and are not compared;
 * Trivy's split Epoch/Version/Release (and Src*) are compared as our joined `[epoch:]version[-release]` strings.
 * Deliberate differences, asserted explicitly:
 * - dpkg `Required`: we read only the status file and status.d stanzas, not `*.md5sums` or `available`
 *   (installed-file lists and digests are not modelled), so those cases expect false;
 * - dpkg licences come from a separate analyzer (`dpkg-copyright.ts`, checked in dpkg-copyright-fixtures.test.ts);
 *   `isThirdPartyPackage` is not implemented;
 * - rpm: Trivy's rpmdb fixture is not in the snapshot; its mocked `listPkgs` cases are run through `rpmPackage`
 *   (header fields → Package). The CBL-Mariner manifest cases are out of scope (no Mariner family).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Package } from '../../types/package';
import { testInput, testLayerFile } from '../os/test-input';
import { apkAnalyzer } from './apk';
import { dpkgAnalyzer } from './dpkg';
import { rpmPackage, splitSourceRpm } from './rpm-package';

const ROOT = '/work/shared/testdata/trivy/fixtures';
const haveFixtures = existsSync(join(ROOT, 'apk'));

interface TrivyPkg {
  Name: string;
  Version: string;
  Release?: string;
  Epoch?: number;
  Arch?: string;
  SrcName?: string;
  SrcVersion?: string;
  SrcRelease?: string;
  SrcEpoch?: number;
  Licenses?: string[];
}
interface TrivyCase {
  test: string;
  name: string | null;
  [key: string]: unknown;
}

const cases = (dir: string): TrivyCase[] =>
  (JSON.parse(readFileSync(join(ROOT, dir, 'expected.json'), 'utf8')) as { cases: TrivyCase[] }).cases;

const evr = (epoch: number | undefined, version: string, release: string | undefined): string =>
  `${epoch ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}`;

/** The fields we compare, from our Package and from Trivy's. */
type Comparable = Pick<Package, 'name' | 'version' | 'srcName' | 'srcVersion' | 'arch'> & { licenses?: string[] };

function fromTrivy(p: TrivyPkg, withLicenses: boolean): Comparable {
  const out: Comparable = { name: p.Name, version: evr(p.Epoch, p.Version, p.Release) };
  if (p.SrcName) {
    out.srcName = p.SrcName;
    out.srcVersion = evr(p.SrcEpoch, p.SrcVersion ?? '', p.SrcRelease);
  }
  if (p.Arch) out.arch = p.Arch;
  if (withLicenses) out.licenses = p.Licenses ?? [];
  return out;
}

function fromOurs(p: Package, withLicenses: boolean): Comparable {
  const out: Comparable = { name: p.name, version: p.version };
  if (p.srcName !== undefined) out.srcName = p.srcName;
  if (p.srcVersion !== undefined) out.srcVersion = p.srcVersion;
  if (p.arch !== undefined) out.arch = p.arch;
  if (withLicenses) out.licenses = p.licenses;
  return out;
}

const byName = (a: Comparable, b: Comparable) => a.name.localeCompare(b.name);

describe.skipIf(!haveFixtures)(
  `Trivy OS package fixtures${haveFixtures ? '' : ' — skipped: /work/shared/testdata is absent'}`,
  () => {
    describe('apk', () => {
      it.each(cases('apk').filter((c) => c.test === 'TestParseApkInfo'))('$name', async (c) => {
        const content = readFileSync(join(ROOT, 'apk/data/apk'));
        const result = await apkAnalyzer.analyze(testInput('lib/apk/db/installed', content));
        const got = (result?.osPackages ?? []).map((p) => fromOurs(p, true));
        expect(got).toEqual((c.wantPkgs as TrivyPkg[]).map((p) => fromTrivy(p, true)));
        for (const p of result?.osPackages ?? []) expect(p.filePath).toBe('lib/apk/db/installed');
      });

      it.each(cases('apk').filter((c) => c.test === 'TestRequired'))('required: $name', (c) => {
        const path = c.filePath as string;
        expect(apkAnalyzer.required(path, testLayerFile(path))).toBe(c.want);
      });
    });

    describe('dpkg', () => {
      it.each(cases('dpkg').filter((c) => c.test === 'Test_dpkgAnalyzer_Analyze'))('$name', async (c) => {
        const dir = (c.txtar as string).replace(/^testdata\//, '').replace(/\.txtar$/, '.d');
        const path = 'var/lib/dpkg/status';
        const content = readFileSync(join(ROOT, 'dpkg/data', dir, path));
        const result = await dpkgAnalyzer.analyze(testInput(path, content));
        const want = c.want as { PackageInfos: Array<{ FilePath: string; Packages: TrivyPkg[] }> };
        const wantPkgs = want.PackageInfos.flatMap((info) => info.Packages.map((p) => fromTrivy(p, false)));
        const got = (result?.osPackages ?? []).map((p) => fromOurs(p, false));
        expect(got.sort(byName)).toEqual(wantPkgs.sort(byName));
      });

      // What Trivy reads that we deliberately do not (see the module comment).
      const notRead = new Set([
        'var/lib/dpkg/status.d/base-files.md5sums',
        'var/lib/dpkg/info/bash.md5sums',
        'var/lib/dpkg/available',
      ]);
      it.each(cases('dpkg').filter((c) => c.test === 'Test_dpkgAnalyzer_Required'))('required: $name', (c) => {
        const path = c.filePath as string;
        expect(dpkgAnalyzer.required(path, testLayerFile(path))).toBe(notRead.has(path) ? false : c.want);
      });
    });

    describe('rpm', () => {
      interface MockPkg {
        Name: string;
        Version: string;
        Release: string;
        Arch?: string;
        SourceRpm?: string;
        Vendor?: string;
      }
      const listPkgs = cases('rpm').filter((c) => c.test === 'Test_rpmPkgAnalyzer_listPkgs' && c.wantPkgs);
      it.each(listPkgs)('listPkgs: $name', (c) => {
        const mock = (c.mock as { packages: MockPkg[] }).packages;
        const got = mock
          .map((m) =>
            rpmPackage(
              {
                name: m.Name,
                version: m.Version,
                release: m.Release,
                arch: m.Arch,
                sourceRpm: m.SourceRpm,
                vendor: m.Vendor,
              },
              'var/lib/rpm/rpmdb.sqlite',
            ),
          )
          .filter((p): p is Package => p !== undefined)
          .map((p) => fromOurs(p, false));
        expect(got).toEqual((c.wantPkgs as TrivyPkg[]).map((p) => fromTrivy(p, false)));
      });

      it.each(cases('rpm').filter((c) => c.test === 'Test_splitFileName'))('splitFileName: $name', (c) => {
        const got = splitSourceRpm(c.filename as string);
        if (c.wantErr) expect(got).toBeUndefined();
        else expect(got).toEqual({ name: c.wantName, version: c.wantVer, release: c.wantRel });
      });
    });
  },
);
