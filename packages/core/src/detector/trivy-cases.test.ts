/**
 * Trivy's own detector test cases (pkg/detector/ospkg/{alpine,debian,ubuntu,redhat} and
 * pkg/detector/library), run against the OSV index: the trivy-db fixture buckets are converted to OSV
 * records by ./testing/trivy-buckets.ts. Read at run time from /work/shared; skipped when absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import { parseOsvDocument } from '../advisory/osv-loader';
import type { Ecosystem } from '../types/ecosystem';
import type { Inventory, OsFamily, Package } from '../types/package';
import { compareVersions } from '../version/index';
import { detectVulnerabilities } from './detect';
import { type BoltPair, trivyBucketsToOsv } from './testing/trivy-buckets';

const ROOT = '/work/shared/testdata/trivy/detect';

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
}
interface Expected {
  VulnerabilityID: string;
  PkgName: string;
  InstalledVersion: string;
  FixedVersion?: string;
  Status?: string;
  SeveritySource?: string;
  VendorIDs?: string[];
  Vulnerability?: { Severity?: { $call?: string } };
}
interface TrivyCase {
  name: string;
  fixtures: string[];
  osVer?: string;
  repo?: { Release: string } | null;
  input_packages?: TrivyPkg[];
  libType?: string;
  pkgName?: string;
  pkgVer?: string;
  expected: Expected[] | null;
  wantErr: unknown;
}

/** Cases whose behaviour rests on something the OSV model does not carry, with the reason. */
const NOT_APPLICABLE: Record<string, string> = {
  'ubuntu/ubuntu 19.04-ESM, 19.04 is outdated':
    "depends on Trivy's EOL clock (drops the base release once it is past EOL)",
  'redhat/modular packages': 'the inventory model carries no RPM modularity label (Trivy looks up `php:7.2::php`)',
  'library/julia package': 'Julia is not an ecosystem of the core',
  'redhat/happy path: advisories have different arches':
    "the fixture's Version `3.10.0-326.36` holds a `-`, which real RPM versions cannot; as one EVR string it splits at the last `-` like rpm does, so it sorts above 3.10.0-327.36.3",
};

/**
 * Where our documented rule (fixed version = the LOWEST fix above the installed version) differs from
 * Trivy (which joins all patched versions for libraries and keeps the last-seen fix for Red Hat).
 */
const OUR_FIXED_VERSION: Record<string, Record<string, string>> = {
  'library/no vulnerable versions in the advisory': { 'CVE-2015-3226': '4.1.11' },
  'library/Custom data for vulnerability': { 'GHSA-v23v-6jw2-98fq': '23.0.15' },
  'redhat/happy path: multiple RHSA-IDs': { 'CVE-2020-12403': '3.36.0-9.el7_6' },
  'redhat/happy path: CVE-ID and RHSA-ID for same vulnerability': { 'CVE-2024-45490': '2.2.5-17.el8_10' },
};

const FAMILY: Record<string, { family: OsFamily; ecosystem: Ecosystem }> = {
  alpine: { family: 'alpine', ecosystem: 'apk' },
  debian: { family: 'debian', ecosystem: 'deb' },
  ubuntu: { family: 'ubuntu', ecosystem: 'deb' },
  redhat: { family: 'redhat', ecosystem: 'rpm' },
};

const LIB_TYPES: Record<string, Ecosystem> = {
  composer: 'composer',
  gomod: 'go',
  gobinary: 'go',
  'python-pkg': 'pypi',
  pip: 'pypi',
  bundler: 'rubygems',
  npm: 'npm',
  pom: 'maven',
};

function evr(epoch: number | undefined, version: string, release: string | undefined): string {
  return `${epoch ? `${epoch}:` : ''}${version}${release ? `-${release}` : ''}`;
}

function toPackage(p: TrivyPkg, ecosystem: Ecosystem): Package {
  const rpm = ecosystem === 'rpm';
  const pkg: Package = {
    ecosystem,
    name: p.Name,
    version: rpm ? evr(p.Epoch, p.Version, p.Release) : p.Version,
    purl: `pkg:${ecosystem}/${p.Name}@${p.Version}`,
    licenses: [],
    filePath: 'db',
  };
  if (p.SrcName) pkg.srcName = p.SrcName;
  if (p.SrcVersion) pkg.srcVersion = rpm ? evr(p.SrcEpoch, p.SrcVersion, p.SrcRelease) : p.SrcVersion;
  if (p.Arch) pkg.arch = p.Arch;
  return pkg;
}

function inventoryOf(dir: string, c: TrivyCase): Inventory {
  const lib = LIB_TYPES[c.libType ?? ''];
  if (dir === 'library') {
    const pkg: Package = {
      ecosystem: lib as Ecosystem,
      name: c.pkgName as string,
      version: c.pkgVer as string,
      purl: '',
      licenses: [],
      filePath: 'lock',
    };
    if (lib === 'maven') pkg.id = pkg.name;
    return { osPackages: [], applications: [{ type: c.libType as string, filePath: 'lock', packages: [pkg] }] };
  }
  const f = FAMILY[dir] as { family: OsFamily; ecosystem: Ecosystem };
  return {
    os: { family: f.family, name: c.osVer as string },
    osPackages: (c.input_packages ?? []).map((p) => toPackage(p, f.ecosystem)),
    applications: [],
  };
}

const SEVERITY_CALL = /Severity(\w+)\.String/;

for (const dir of ['alpine', 'debian', 'ubuntu', 'redhat', 'library']) {
  const casesFile = join(ROOT, dir, 'cases.json');
  describe.skipIf(!existsSync(casesFile))(`Trivy ${dir} detector cases (skipped without /work/shared)`, () => {
    const cases: TrivyCase[] = existsSync(casesFile) ? JSON.parse(readFileSync(casesFile, 'utf8')).cases : [];
    const runnable = cases.filter((c) => !NOT_APPLICABLE[`${dir}/${c.name}`]);

    it('has cases', () => expect(runnable.length).toBeGreaterThan(0));

    it.each(runnable.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const key = `${dir}/${c.name}`;
      const buckets = c.fixtures.flatMap(
        (f) => parseYaml(readFileSync(join(ROOT, dir, 'fixtures', basename(f)), 'utf8')) as BoltPair[],
      );
      const eco = dir === 'library' ? (LIB_TYPES[c.libType ?? ''] as Ecosystem) : (FAMILY[dir]?.ecosystem as Ecosystem);
      const raw = trivyBucketsToOsv(buckets, (a, b) => compareVersions(eco, a, b));
      if (c.wantErr) {
        // Trivy fails reading a malformed bucket; our loader rejects the record it becomes.
        expect(() => parseOsvDocument(raw, `${key}.json`)).toThrow(/not a valid OSV record/);
        return;
      }
      const index = createAdvisoryIndex(parseOsvDocument(raw, `${key}.json`));
      const options = c.repo?.Release ? { release: c.repo.Release } : {};
      const got = detectVulnerabilities(inventoryOf(dir, c), index, options);
      const want = (c.expected ?? []).map((e) => ({
        id: e.VulnerabilityID,
        pkgName: e.PkgName,
        installedVersion: e.InstalledVersion,
        fixedVersion: OUR_FIXED_VERSION[key]?.[e.VulnerabilityID] ?? e.FixedVersion,
      }));
      const actual = got.map((v) => ({
        id: v.id,
        pkgName: v.pkgName,
        installedVersion: v.installedVersion,
        fixedVersion: v.fixedVersion,
      }));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(actual.sort(byId)).toEqual(want.sort(byId));
      for (const e of c.expected ?? []) {
        const v = got.find((g) => g.id === e.VulnerabilityID);
        if (e.Status) expect(v?.status).toBe(e.Status);
        if (e.SeveritySource) expect(v?.severitySource).toBe(e.SeveritySource);
        const sev = SEVERITY_CALL.exec(e.Vulnerability?.Severity?.$call ?? '')?.[1];
        if (sev) expect(v?.severity).toBe(sev.toUpperCase());
        for (const vendorId of e.VendorIDs ?? []) expect([v?.advisoryId, ...(v?.aliases ?? [])]).toContain(vendorId);
      }
    });
  });
}
