/**
 * Golden tests against Trivy's own integration reports (/work/shared/testdata/trivy/golden).
 * Each golden is read back into a ScanReport (the facts it states: image, OS, findings) and written
 * again; the output must equal the golden — same keys in the same order, same values — once the fields
 * the core does not produce are removed from the golden (ReportID, Fingerprint, DataSource, CweIDs,
 * UIDs, other vendors' severities) and Trivy's Packages listing is set aside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ecosystem } from '../types/ecosystem';
import type { TrivySeverity, Vulnerability } from '../types/finding';
import type { Application, OsFamily } from '../types/package';
import { toSarif } from './sarif';
import type { ScanReport } from './scan-report';
import { toTrivyJson } from './trivy-json';

const GOLDEN = '/work/shared/testdata/trivy/golden';
// biome-ignore lint/suspicious/noExplicitAny: golden files are untyped JSON.
type Any = any;

const OS_ECO: Record<string, Ecosystem> = { alpine: 'apk', debian: 'deb', ubuntu: 'deb', centos: 'rpm', redhat: 'rpm' };
const LANG_ECO: Record<string, Ecosystem> = { npm: 'npm', pip: 'pypi', pom: 'maven', gomod: 'go' };

function toVulnerability(g: Any, result: Any): Vulnerability {
  const os = result.Class === 'os-pkgs';
  return {
    id: g.VulnerabilityID,
    advisoryId: g.VendorIDs?.[0] ?? g.VulnerabilityID,
    aliases: [],
    ecosystem: os ? (OS_ECO[result.Type] as Ecosystem) : (LANG_ECO[result.Type] as Ecosystem),
    pkgName: g.PkgName,
    pkgId: g.PkgID,
    pkgPath: g.PkgPath ?? (os ? 'lib/apk/db/installed' : result.Target),
    purl: g.PkgIdentifier.PURL,
    installedVersion: g.InstalledVersion,
    fixedVersion: g.FixedVersion,
    status: g.Status,
    severity: g.Severity as TrivySeverity,
    severitySource: g.SeveritySource,
    cvss: Object.entries(g.CVSS ?? {}).flatMap(([source, c]: [string, Any]) => [
      ...(c.V2Vector ? [{ source, vector: c.V2Vector, score: c.V2Score }] : []),
      ...(c.V3Vector ? [{ source, vector: c.V3Vector, score: c.V3Score }] : []),
    ]),
    title: g.Title,
    description: g.Description,
    primaryUrl: g.PrimaryURL,
    references: g.References ?? [],
    publishedDate: g.PublishedDate,
    lastModifiedDate: g.LastModifiedDate,
    layer: g.Layer && { index: 0, digest: g.Layer.Digest, diffId: g.Layer.DiffID },
  };
}

function toScanReport(golden: Any): ScanReport {
  const m = golden.Metadata ?? {};
  const results: Any[] = golden.Results;
  const applications: Application[] = results
    .filter((r) => r.Class === 'lang-pkgs')
    .map((r) => ({ type: r.Type, filePath: r.Target, packages: [] }));
  const os = m.OS && { family: m.OS.Family as OsFamily, name: m.OS.Name, eol: m.OS.EOSL };
  return {
    artifactName: golden.ArtifactName,
    artifactType: 'container_image',
    imageId: m.ImageID ?? '',
    repoTags: m.RepoTags ?? [],
    repoDigests: m.RepoDigests ?? [],
    size: m.Size,
    imageConfig: m.ImageConfig,
    os,
    layers: (m.Layers ?? []).map((l: Any, index: number) => ({
      index,
      digest: l.Digest,
      diffId: l.DiffID,
      size: l.Size,
    })),
    inventory: { os, osPackages: [], applications },
    vulnerabilities: results.flatMap((r) => (r.Vulnerabilities ?? []).map((v: Any) => toVulnerability(v, r))),
    metadata: { scanner: { name: 'acr-scan', version: 'test' }, dbVersion: 'test', scannedAt: golden.CreatedAt },
  };
}

/** Removes what the core cannot know; keeps only our vendor's entry of VendorSeverity. */
function normaliseGolden(golden: Any): Any {
  const g = structuredClone(golden);
  for (const key of ['Trivy', 'ReportID', 'ArtifactID']) delete g[key];
  if (g.Metadata) delete g.Metadata.Reference;
  for (const r of g.Results) {
    delete r.Packages;
    for (const v of r.Vulnerabilities ?? []) {
      for (const key of ['Fingerprint', 'DataSource', 'CweIDs']) delete v[key];
      delete v.PkgIdentifier.UID;
      const own = v.VendorSeverity?.[v.SeveritySource];
      if (own === undefined) delete v.VendorSeverity;
      else v.VendorSeverity = { [v.SeveritySource]: own };
    }
  }
  return g;
}

const IMAGE_GOLDENS = [
  'alpine-310',
  'alpine-39',
  'alpine-distroless',
  'centos-7',
  'debian-buster',
  'debian-stretch',
  'distroless-base',
];
const LANG_GOLDENS = ['npm', 'pip', 'pom', 'gomod'];

// Skips with a note when the shared reference data is not mounted (e.g. outside the build machine).
describe.skipIf(!existsSync(GOLDEN))(`Trivy JSON against ${GOLDEN}`, () => {
  const read = (name: string) => JSON.parse(readFileSync(join(GOLDEN, `${name}.json.golden`), 'utf8'));

  it.each(IMAGE_GOLDENS)('%s: whole report, keys in Trivy order', (name) => {
    const golden = read(name);
    const ours = toTrivyJson(toScanReport(golden));
    expect(JSON.stringify(ours, null, 2)).toBe(JSON.stringify(normaliseGolden(golden), null, 2));
  });

  it.each(LANG_GOLDENS)('%s: results of a lock-file target', (name) => {
    const golden = read(name);
    // Filesystem goldens have no PkgID for requirements.txt packages; the core always names one.
    const expected = normaliseGolden(golden).Results;
    const ours = toTrivyJson(toScanReport(golden)).Results as Any[];
    ours.forEach((r, i) => {
      r.Vulnerabilities?.forEach((v: Any, j: number) => {
        if (!('PkgID' in expected[i].Vulnerabilities[j])) delete v.PkgID;
      });
    });
    expect(JSON.stringify(ours, null, 2)).toBe(JSON.stringify(expected, null, 2));
  });

  it('alpine-310: SARIF rules, levels, security-severity and locations match the golden', () => {
    const golden = JSON.parse(readFileSync(join(GOLDEN, 'alpine-310.sarif.golden'), 'utf8'));
    const ours = toSarif(toScanReport(read('alpine-310'))) as Any;
    const g = golden.runs[0];
    const o = ours.runs[0];
    expect(Object.keys(ours)).toEqual(Object.keys(golden));
    expect(Object.keys(o)).toEqual(Object.keys(g));
    // Rules: everything but the tool identity is Trivy's (help text, properties, descriptions).
    expect(o.tool.driver.rules).toEqual(g.tool.driver.rules);
    expect(o.results).toEqual(g.results);
    expect(o.properties).toEqual({ ...g.properties, repoDigests: [] });
  });
});
