// biome-ignore-all lint/suspicious/noExplicitAny: the reports are untyped JSON documents.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Vulnerability } from '../types/finding';
import type { Package } from '../types/package';
import { acrApiSeverity, fixCommand, toAcrRow, toAcrScanResult, toAcrScanSummary } from './acr';
import { CSV_HEADERS, csvField, toCsv } from './csv';
import { toCycloneDx } from './cyclonedx';
import { spdxLicenseExpression } from './licenses';
import { reportTargets } from './report-targets';
import { sarifLevel, securitySeverity, toSarif } from './sarif';
import type { ScanReport } from './scan-report';
import { toSpdx } from './spdx';
import { displayWidth, toTable, totalsLine } from './table';
import { toTrivyJson } from './trivy-json';
import { REPORT_FORMATS, writeReport } from './write-report';

const layer0 = { index: 0, digest: 'sha256:aaa', diffId: 'sha256:da0' };
const layer1 = { index: 1, digest: 'sha256:bbb', diffId: 'sha256:db1' };

function pkg(p: Partial<Package> & Pick<Package, 'ecosystem' | 'name' | 'version' | 'filePath'>): Package {
  return { purl: `pkg:${p.ecosystem}/${p.name}@${p.version}`, licenses: [], ...p };
}

function vuln(v: Partial<Vulnerability> & Pick<Vulnerability, 'id' | 'ecosystem' | 'pkgName'>): Vulnerability {
  return {
    advisoryId: v.id,
    aliases: [],
    pkgPath: 'lib/apk/db/installed',
    purl: `pkg:${v.ecosystem}/${v.pkgName}@1.0`,
    installedVersion: '1.0',
    status: 'affected',
    severity: 'MEDIUM',
    severitySource: 'nvd',
    cvss: [],
    title: `${v.id} title`,
    primaryUrl: `https://example.test/${v.id}`,
    references: [],
    ...v,
  };
}

const osPkgs = [
  pkg({
    ecosystem: 'apk',
    name: 'openssl',
    version: '1.1.1c-r0',
    filePath: 'lib/apk/db/installed',
    layer: layer0,
    licenses: ['OpenSSL'],
  }),
  pkg({
    ecosystem: 'apk',
    name: 'musl',
    version: '1.1.22-r3',
    filePath: 'lib/apk/db/installed',
    layer: layer0,
    licenses: ['MIT', 'weird licence'],
  }),
];
const npmPkgs = [
  pkg({
    ecosystem: 'npm',
    name: 'lodash',
    version: '4.17.4',
    filePath: 'app/node_modules/lodash/package.json',
    layer: layer1,
  }),
  pkg({
    ecosystem: 'npm',
    name: '@scope/x',
    version: '1.0.0',
    filePath: 'app/node_modules/@scope/x/package.json',
    layer: layer1,
  }),
];
const lockPkgs = [pkg({ ecosystem: 'pypi', name: 'django', version: '2.0', filePath: 'srv/requirements.txt' })];

const vulns: Vulnerability[] = [
  vuln({
    id: 'CVE-2019-0002',
    ecosystem: 'apk',
    pkgName: 'openssl',
    installedVersion: '1.1.1c-r0',
    fixedVersion: '1.1.1d-r0',
    status: 'fixed',
    severity: 'LOW',
    layer: layer0,
  }),
  vuln({
    id: 'CVE-2019-0001',
    ecosystem: 'apk',
    pkgName: 'openssl',
    installedVersion: '1.1.1c-r0',
    severity: 'CRITICAL',
    cvss: [{ source: 'nvd', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', score: 9.8 }],
    layer: layer0,
  }),
  vuln({
    id: 'CVE-2018-3721',
    ecosystem: 'npm',
    pkgName: 'lodash',
    installedVersion: '4.17.4',
    fixedVersion: '4.17.5',
    status: 'fixed',
    severity: 'HIGH',
    publishedDate: '2018-06-07T02:29:00Z',
    lastModifiedDate: '2019-10-09T23:38:00Z',
    pkgPath: 'app/node_modules/lodash/package.json',
    layer: layer1,
  }),
  vuln({
    id: 'CVE-2019-19844',
    ecosystem: 'pypi',
    pkgName: 'django',
    installedVersion: '2.0',
    fixedVersion: '2.2.9, 3.0.1',
    status: 'fixed',
    severity: 'UNKNOWN',
    pkgPath: 'srv/requirements.txt',
    title: 'say "hi", then\nleave',
  }),
];

const report: ScanReport = {
  artifactName: 'demo.tar',
  artifactType: 'container_image',
  imageId: 'sha256:c0ffee',
  digest: 'sha256:d1e57',
  repoTags: ['demo:1.0'],
  repoDigests: [],
  size: 1234,
  os: { family: 'alpine', name: '3.10.2', eol: true },
  layers: [
    { ...layer0, size: 1000 },
    { ...layer1, size: 234 },
  ],
  inventory: {
    os: { family: 'alpine', name: '3.10.2', eol: true },
    osPackages: osPkgs,
    applications: [
      { type: 'node-pkg', filePath: 'app/node_modules/lodash/package.json', packages: [npmPkgs[0] as Package] },
      { type: 'node-pkg', filePath: 'app/node_modules/@scope/x/package.json', packages: [npmPkgs[1] as Package] },
      { type: 'pip', filePath: 'srv/requirements.txt', packages: lockPkgs },
    ],
  },
  vulnerabilities: vulns,
  metadata: {
    scanner: { name: 'acr-scan', version: '0.1.0' },
    dbVersion: 'curated-1',
    scannedAt: '2026-01-02T03:04:05.678Z',
  },
};

describe('reportTargets', () => {
  it('puts the OS first, aggregates node-pkg as Node.js and keeps lock files as their own target', () => {
    const targets = reportTargets(report);
    expect(targets.map((t) => [t.target, t.class, t.type, t.vulnerabilities.length, t.packages.length])).toEqual([
      ['demo.tar (alpine 3.10.2)', 'os-pkgs', 'alpine', 2, 2],
      ['Node.js', 'lang-pkgs', 'node-pkg', 1, 2],
      ['srv/requirements.txt', 'lang-pkgs', 'pip', 1, 1],
    ]);
    // Same package: worst severity first.
    expect(targets[0]?.vulnerabilities.map((v) => v.id)).toEqual(['CVE-2019-0001', 'CVE-2019-0002']);
  });

  it('gives an unmatched finding a target of its own instead of dropping it', () => {
    const stray = vuln({ id: 'GHSA-x', ecosystem: 'go', pkgName: 'golang.org/x/net', pkgPath: 'usr/bin/app' });
    const targets = reportTargets({ ...report, vulnerabilities: [stray] });
    expect(targets.find((t) => t.target === 'usr/bin/app')?.vulnerabilities).toEqual([stray]);
  });
});

describe('Trivy JSON', () => {
  const json = toTrivyJson(report, { listPackages: true }) as Record<string, any>;
  it('writes the schema-v2 envelope and metadata', () => {
    expect(Object.keys(json)).toEqual([
      'SchemaVersion',
      'CreatedAt',
      'ArtifactName',
      'ArtifactType',
      'Metadata',
      'Results',
    ]);
    expect(json.Metadata.OS).toEqual({ Family: 'alpine', Name: '3.10.2', EOSL: true });
    expect(json.Metadata.DiffIDs).toEqual(['sha256:da0', 'sha256:db1']);
    expect(json.Metadata.RepoDigests).toBeUndefined();
  });
  it('sets PkgPath only for aggregated targets and writes CVSS per source', () => {
    const [osResult, nodeResult, pipResult] = json.Results;
    expect(osResult.Vulnerabilities[0].PkgPath).toBeUndefined();
    expect(osResult.Vulnerabilities[0].CVSS).toEqual({
      nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', V3Score: 9.8 },
    });
    expect(osResult.Vulnerabilities[0].VendorSeverity).toEqual({ nvd: 4 });
    expect(nodeResult.Vulnerabilities[0].PkgPath).toBe('app/node_modules/lodash/package.json');
    expect(nodeResult.Packages.map((p: any) => p.FilePath)).toHaveLength(2);
    expect(pipResult.Vulnerabilities[0].FixedVersion).toBe('2.2.9, 3.0.1');
  });
});

describe('table', () => {
  it('prints Trivy totals per target, without colours unless asked', () => {
    const text = toTable(report);
    expect(text).toContain('Total: 2 (UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 0, CRITICAL: 1)');
    expect(text).toContain('Node.js (node-pkg)');
    expect(text).toContain('lodash (app/node_modules/lodash/package.json)');
    expect(text).not.toContain('\u001b[');
    expect(toTable(report, { color: true })).toContain('\u001b[31m');
    // Every line of one table has the same width.
    const box = text.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌'));
    expect(new Set(box.slice(0, 3).map(displayWidth)).size).toBe(1);
  });
  it.each([
    [[], 'Total: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)'],
    [vulns, 'Total: 4 (UNKNOWN: 1, LOW: 1, MEDIUM: 0, HIGH: 1, CRITICAL: 1)'],
  ])('totals line %#', (list, line) => {
    expect(totalsLine(list)).toBe(line);
  });
  it.each([
    ['abc', 3],
    ['漏洞', 4],
  ])('display width of %s is %d', (s, w) => expect(displayWidth(s)).toBe(w));
});

describe('SARIF', () => {
  it.each([
    ['CRITICAL', 'error'],
    ['HIGH', 'error'],
    ['MEDIUM', 'warning'],
    ['LOW', 'note'],
    ['UNKNOWN', 'note'],
  ] as const)('%s → %s', (severity, level) => expect(sarifLevel(severity)).toBe(level));

  it('has one rule per id and security-severity from CVSS or the default', () => {
    const sarif = toSarif(report) as any;
    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual([
      'CVE-2019-0001',
      'CVE-2019-0002',
      'CVE-2018-3721',
      'CVE-2019-19844',
    ]);
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('9.8');
    expect(run.tool.driver.rules[1].properties['security-severity']).toBe('2.0');
    expect(run.results[2].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'app/node_modules/lodash/package.json',
    );
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('demo.tar');
    expect(securitySeverity(vulns[2] as Vulnerability)).toBe('8.0');
  });
});

describe('CycloneDX 1.5', () => {
  const bom = toCycloneDx(report, { serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000' }) as any;
  it('describes the image, its OS, targets and packages, and links vulnerabilities by bom-ref', () => {
    expect(bom.specVersion).toBe('1.5');
    expect(bom.metadata.component.type).toBe('container');
    const refs = new Set(bom.components.map((c: any) => c['bom-ref']));
    expect(refs.size).toBe(bom.components.length);
    expect(bom.components.find((c: any) => c.type === 'operating-system')).toMatchObject({
      name: 'alpine',
      version: '3.10.2',
    });
    expect(bom.components.find((c: any) => c.name === 'x')).toMatchObject({ group: '@scope' });
    const musl = bom.components.find((c: any) => c.name === 'musl');
    expect(musl.licenses).toEqual([{ license: { id: 'MIT' } }, { license: { name: 'weird licence' } }]);
    for (const v of bom.vulnerabilities) for (const a of v.affects) expect(refs.has(a.ref)).toBe(true);
    const crit = bom.vulnerabilities.find((v: any) => v.id === 'CVE-2019-0001');
    expect(crit.ratings).toEqual([
      {
        source: { name: 'nvd' },
        score: 9.8,
        severity: 'critical',
        method: 'CVSSv31',
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
      },
    ]);
    expect(bom.dependencies[0]).toEqual({ ref: 'image:sha256:c0ffee', dependsOn: expect.any(Array) });
  });

  const golden = '/work/shared/testdata/trivy/golden/npm-cyclonedx.json.golden';
  it.skipIf(!existsSync(golden))('uses the same member names as Trivy’s CycloneDX golden', () => {
    const g = JSON.parse(readFileSync(golden, 'utf8'));
    expect(Object.keys(bom)).toEqual(Object.keys(g));
    const keysOf = (list: any[]) => new Set(list.flatMap((x) => Object.keys(x)));
    const ours = keysOf(bom.vulnerabilities);
    for (const key of keysOf(g.vulnerabilities)) if (key !== 'cwes') expect(ours).toContain(key);
    const lib = g.components.find((c: any) => c.type === 'library');
    const ourLib = bom.components.find((c: any) => c.type === 'library' && c.licenses);
    for (const key of Object.keys(lib)) expect(Object.keys(ourLib)).toContain(key);
  });
});

describe('SPDX 2.3', () => {
  const doc = toSpdx(report, { documentNamespace: 'https://example.test/doc' }) as any;
  it('describes the image and contains every package with a purl', () => {
    expect(doc.spdxVersion).toBe('SPDX-2.3');
    expect(doc.creationInfo.created).toBe('2026-01-02T03:04:05Z');
    const ids = doc.packages.map((p: any) => p.SPDXID);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[A-Za-z0-9.-]+$/);
    expect(doc.relationships[0]).toEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relatedSpdxElement: 'SPDXRef-Image',
      relationshipType: 'DESCRIBES',
    });
    const contained = doc.relationships.filter((r: any) => r.relationshipType === 'CONTAINS');
    expect(contained).toHaveLength(doc.packages.length - 1);
    const lodash = doc.packages.find((p: any) => p.name === 'lodash');
    expect(lodash.externalRefs).toEqual([
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/lodash@4.17.4' },
    ]);
  });
  it.each([
    [[], 'NOASSERTION'],
    [['mit'], 'MIT'],
    [['MIT', 'GPL-2.0-only', 'MIT'], 'MIT AND GPL-2.0-only'],
    [['Custom (c) Corp'], 'LicenseRef-Custom-c-Corp'],
  ])('licence expression of %j is %s', (names, expr) => expect(spdxLicenseExpression(names)).toBe(expr));
});

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %s', (input, out) => expect(csvField(input)).toBe(out));

  it('writes a header row and one CRLF-terminated row per finding', () => {
    const csv = toCsv(report);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_HEADERS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(csv).toContain('"say ""hi"", then\nleave"');
    expect(csv.match(/\r\n/g)).toHaveLength(vulns.length + 1);
  });
});

describe('ACR shapes', () => {
  it.each([
    ['CRITICAL', 'High'],
    ['HIGH', 'High'],
    ['MEDIUM', 'Medium'],
    ['LOW', 'Low'],
    ['UNKNOWN', 'Unknown'],
  ] as const)('%s → %s', (s, acr) => expect(acrApiSeverity(s)).toBe(acr));

  it.each([
    [{ ecosystem: 'apk', pkgName: 'openssl', fixedVersion: '1.1.1d-r0' }, 'apk upgrade openssl'],
    [{ ecosystem: 'deb', pkgName: 'libssl1.1', fixedVersion: '1.1.1n-0' }, 'apt-get install --only-upgrade libssl1.1'],
    [{ ecosystem: 'rpm', pkgName: 'bash', fixedVersion: '4.2.46-34.el7' }, 'yum update bash'],
    [{ ecosystem: 'npm', pkgName: 'lodash', fixedVersion: '4.17.5' }, 'npm install lodash@4.17.5'],
    [{ ecosystem: 'pypi', pkgName: 'django', fixedVersion: '2.2.9, 3.0.1' }, 'pip install django==2.2.9'],
    [{ ecosystem: 'go', pkgName: 'golang.org/x/net', fixedVersion: '0.7.0' }, 'go get golang.org/x/net@v0.7.0'],
    [{ ecosystem: 'cargo', pkgName: 'smallvec', fixedVersion: '1.6.1' }, 'cargo update -p smallvec --precise 1.6.1'],
    [{ ecosystem: 'deb', pkgName: 'bash' }, ''],
  ] as const)('fix command for %j', (v, cmd) => {
    expect(fixCommand(vuln({ id: 'CVE-1', ...v }))).toBe(cmd);
  });

  it('maps rows with the API field names and counts the summary with CRITICAL folded into High', () => {
    const row = toAcrRow(vulns[2] as Vulnerability);
    expect(row).toEqual({
      CveName: 'CVE-2018-3721',
      AliasName: 'CVE-2018-3721 title',
      Severity: 'High',
      Feature: 'lodash',
      Version: '4.17.4',
      VersionFixed: '4.17.5',
      VersionFormat: 'npm',
      FixCmd: 'npm install lodash@4.17.5',
      ScanType: 'sca',
      AddedBy: 'sha256:bbb',
      CveLocation: '/app/node_modules/lodash/package.json',
      CveLink: 'https://example.test/CVE-2018-3721',
      Description: 'CVE-2018-3721 title',
    });
    expect(toAcrScanResult(report).map((r) => r.ScanType)).toEqual(['cve', 'cve', 'sca', 'sca']);
    expect(toAcrScanSummary(vulns)).toEqual({
      HighSeverity: 2,
      MediumSeverity: 0,
      LowSeverity: 1,
      UnknownSeverity: 1,
      TotalSeverity: 4,
    });
  });
});

describe('writeReport', () => {
  it.each(REPORT_FORMATS.filter((f) => f !== 'table' && f !== 'csv'))('%s output parses as JSON', (format) => {
    expect(() => JSON.parse(writeReport(report, format))).not.toThrow();
  });
});
