// biome-ignore-all lint/suspicious/noExplicitAny: the reports are untyped JSON documents.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InspectionFinding } from '../inspect/inspector';
import type { Vulnerability } from '../types/finding';
import type { Package } from '../types/package';
import { acrApiSeverity, fixCommand, toAcrRow, toAcrScanResult, toAcrScanSummary } from './acr';
import { CSV_HEADERS, csvField, toCsv } from './csv';
import { toCycloneDx } from './cyclonedx';
import { filterInspection, inspectionGroups, inspectionLocation, inspectionSeverity } from './inspection';
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

// --- cloud-engine findings (report.inspection) ---------------------------------------------------------------

const text = (en: string) => ({ 'zh-CN': en, 'en-US': en });
const common = (ruleId: string) => ({
  ruleId,
  title: text(`${ruleId} title`),
  category: text(`${ruleId} category`),
  description: text(`${ruleId} description`),
  remediation: text(`${ruleId} fix`),
});
const cloudFindings = {
  envSecret: {
    kind: 'baseline',
    ...common('cis-4.10-secret-in-env'),
    level: 'high',
    cis: '4.10',
    location: { configKey: 'config.Env[1]' },
    evidence: 'DB_PASSWORD=Po******',
  },
  sshd: {
    kind: 'baseline',
    ...common('ssh-password-authentication'),
    level: 'medium',
    location: { layer: layer1, path: 'etc/ssh/sshd_config', line: 11 },
    evidence: 'PasswordAuthentication yes',
  },
  awsKey: {
    kind: 'secret',
    ...common('aws-access-key-id'),
    level: 'high',
    location: { layer: layer1, path: 'var/www/config/aws.ini', line: 5 },
    evidence: 'aws_access_key_id = AKIA****',
  },
  eicar: {
    kind: 'malware',
    ...common('eicar-test-file'),
    level: 'serious',
    md5: '44d88612fea8a8f36de82e1278abb02f',
    sha256: '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f',
    location: { layer: layer1, path: 'var/www/uploads/eicar.com' },
    evidence: 'sha256:275a…',
  },
  miner: {
    kind: 'malware',
    ...common('miner-pool-url'),
    level: 'remind',
    md5: '0',
    sha256: '1',
    location: { layer: layer1, path: 'opt/x.conf', line: 2 },
    evidence: 'stratum+tcp://…',
  },
} satisfies Record<string, InspectionFinding>;
const f = cloudFindings;

const cloud: ScanReport = {
  ...report,
  inspection: { baseline: [f.envSecret, f.sshd], secrets: [f.awsKey], malware: [f.eicar, f.miner] },
};
const INSPECTION_CLASSES = ['config', 'secret', 'malware'];

describe('cloud-engine findings', () => {
  it.each([
    [f.envSecret, 'HIGH'],
    [f.sshd, 'MEDIUM'],
    [{ ...f.sshd, level: 'low' }, 'LOW'],
    [f.awsKey, 'HIGH'],
    [f.eicar, 'CRITICAL'],
    [{ ...f.eicar, level: 'suspicious' }, 'HIGH'],
    [f.miner, 'LOW'],
  ] as const)('%# severity of a %s finding is %s', (finding, severity) => {
    expect(inspectionSeverity(finding as InspectionFinding)).toBe(severity);
  });

  it('locates findings as path:line, path or config key', () => {
    expect([f.sshd, f.eicar, f.envSecret].map(inspectionLocation)).toEqual([
      'etc/ssh/sshd_config:11',
      'var/www/uploads/eicar.com',
      'config.Env[1]',
    ]);
  });

  it('groups findings by kind and target, image config first', () => {
    expect(inspectionGroups(cloud).map((g) => [g.kind, g.target, g.findings.length])).toEqual([
      ['baseline', 'image config', 1],
      ['baseline', 'etc/ssh/sshd_config', 1],
      ['secret', 'var/www/config/aws.ini', 1],
      ['malware', 'opt/x.conf', 1],
      ['malware', 'var/www/uploads/eicar.com', 1],
    ]);
  });

  it('filters findings by mapped severity', () => {
    const kept = filterInspection(cloud.inspection as NonNullable<ScanReport['inspection']>, ['CRITICAL', 'MEDIUM']);
    expect(kept).toEqual({ baseline: [f.sshd], secrets: [], malware: [f.eicar] });
  });

  it('Trivy JSON: config, secret and malware results after the package results', () => {
    const json = toTrivyJson(cloud) as any;
    const results = json.Results as any[];
    expect(results.map((r) => r.Class)).toEqual([
      'os-pkgs',
      'lang-pkgs',
      'lang-pkgs',
      'config',
      'config',
      'secret',
      'malware',
      'malware',
    ]);
    const [envResult, sshdResult] = results.filter((r) => r.Class === 'config');
    expect(envResult).toMatchObject({ Target: 'image config', Type: 'baseline', MisconfSummary: { Failures: 1 } });
    expect(envResult.Misconfigurations[0]).toMatchObject({
      ID: 'cis-4.10-secret-in-env',
      Severity: 'HIGH',
      Status: 'FAIL',
      Message: 'DB_PASSWORD=Po******',
      CauseMetadata: { Resource: 'config.Env[1]' },
    });
    expect(sshdResult.Misconfigurations[0]).toMatchObject({
      Severity: 'MEDIUM',
      Layer: { Digest: 'sha256:bbb', DiffID: 'sha256:db1' },
      CauseMetadata: { StartLine: 11, EndLine: 11 },
    });
    const secret = results.find((r) => r.Class === 'secret');
    expect(secret).toEqual({
      Target: 'var/www/config/aws.ini',
      Class: 'secret',
      Secrets: [
        {
          RuleID: 'aws-access-key-id',
          Category: 'aws-access-key-id category',
          Severity: 'HIGH',
          Title: 'aws-access-key-id title',
          StartLine: 5,
          EndLine: 5,
          Match: 'aws_access_key_id = AKIA****',
          Layer: { Digest: 'sha256:bbb', DiffID: 'sha256:db1' },
        },
      ],
    });
    const eicar = results.find((r) => r.Target === 'var/www/uploads/eicar.com');
    expect(eicar.Malware[0]).toMatchObject({
      RuleID: 'eicar-test-file',
      Severity: 'CRITICAL',
      Level: 'serious',
      SHA256: f.eicar.sha256,
    });
    expect(eicar.Malware[0].StartLine).toBeUndefined();
  });

  it('table: a section per kind with totals, path:line and levels', () => {
    const table = toTable(cloud);
    expect(table).toContain('Baseline risks (image config and files)');
    expect(table).toContain('Total: 2 (UNKNOWN: 0, LOW: 0, MEDIUM: 1, HIGH: 1, CRITICAL: 0)');
    expect(table).toContain('Total: 2 (UNKNOWN: 0, LOW: 1, MEDIUM: 0, HIGH: 0, CRITICAL: 1)');
    const rowOf = (needle: string) => table.split('\n').find((l) => l.includes(needle)) ?? '';
    expect(rowOf('etc/ssh/sshd_config:11')).toMatch(/ssh-password-authentication\s*│ MEDIUM\s*│ medium/);
    expect(rowOf('var/www/config/aws.ini:5')).toMatch(/aws-access-key-id\s*│ HIGH\s*│ high/);
    expect(rowOf('var/www/uploads/eicar.com')).toMatch(/eicar-test-file\s*│ CRITICAL\s*│ serious/);
    expect(rowOf('config.Env[1]')).toContain('cis-4.10-secret-in-env');
    expect(toTable(cloud, { color: true })).toContain('\u001b[31m CRITICAL');
  });

  it('SARIF: a rule per check, rule and signature and located results with mapped levels', () => {
    const run = (toSarif(cloud) as any).runs[0];
    const rules = run.tool.driver.rules as any[];
    const results = run.results as any[];
    const own = results.slice(vulns.length);
    expect(own.map((r) => [r.ruleId, r.level, rules[r.ruleIndex].id, rules[r.ruleIndex].name])).toEqual([
      ['cis-4.10-secret-in-env', 'error', 'cis-4.10-secret-in-env', 'Misconfiguration'],
      ['ssh-password-authentication', 'warning', 'ssh-password-authentication', 'Misconfiguration'],
      ['aws-access-key-id', 'error', 'aws-access-key-id', 'Secret'],
      ['eicar-test-file', 'error', 'eicar-test-file', 'Malware'],
      ['miner-pool-url', 'note', 'miner-pool-url', 'Malware'],
    ]);
    const loc = (r: any) => r.locations[0].physicalLocation;
    expect(loc(own[1])).toEqual({
      artifactLocation: { uri: 'etc/ssh/sshd_config', uriBaseId: 'ROOTPATH' },
      region: { startLine: 11, startColumn: 1, endLine: 11, endColumn: 1 },
    });
    expect(loc(own[0]).artifactLocation.uri).toBe('demo.tar');
    expect(own[0].locations[0].message.text).toBe('demo.tar: config.Env[1]');
    expect(rules.find((r) => r.id === 'eicar-test-file').properties['security-severity']).toBe('9.5');
  });

  it('CSV: one row per finding with the finding type, location and level', () => {
    const rows = toCsv(cloud)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(rows).toHaveLength(vulns.length + 6);
    // The last three columns; earlier fields may hold quoted commas.
    expect(CSV_HEADERS.slice(-3)).toEqual(['Finding Type', 'Location', 'Level']);
    const kinds = rows.slice(1).map((r) => r.split(',').at(-3));
    expect(kinds).toEqual([
      ...vulns.map(() => 'vulnerability'),
      'baseline',
      'baseline',
      'secret',
      'malware',
      'malware',
    ]);
    expect(rows).toContain(
      'var/www/config/aws.ini,secret,secret,,var/www/config/aws.ini,aws-access-key-id,HIGH,FAIL,,,aws-access-key-id title,sha256:db1,,secret,var/www/config/aws.ini:5,high',
    );
    expect(rows).toContain(
      'image config,config,baseline,,,cis-4.10-secret-in-env,HIGH,FAIL,,,cis-4.10-secret-in-env title,,,baseline,config.Env[1],high',
    );
  });

  it('no format shows cloud findings by default', () => {
    const json = toTrivyJson(report) as any;
    for (const c of INSPECTION_CLASSES) expect(json.Results.some((r: any) => r.Class === c)).toBe(false);
    expect(toTable(report)).not.toContain('Baseline risks');
    expect(toTable(report)).not.toContain('Malicious files');
    const sarif = toSarif(report) as any;
    expect(sarif.runs[0].results).toHaveLength(vulns.length);
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.name)).not.toContain('Malware');
    const csv = toCsv(report);
    expect(csv).not.toMatch(/,(baseline|secret|malware),/);
  });

  it('an empty inspection still shows the three table sections with zero totals', () => {
    const table = toTable({ ...report, inspection: { baseline: [], secrets: [], malware: [] } });
    expect(table).toContain('Secrets\n=======\nTotal: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)');
  });

  it('CycloneDX, SPDX and the ACR shapes leave cloud findings out', () => {
    const opts = { serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000' };
    expect(toCycloneDx(cloud, opts)).toEqual(toCycloneDx(report, opts));
    expect(toSpdx(cloud, { documentNamespace: 'x' })).toEqual(toSpdx(report, { documentNamespace: 'x' }));
    expect(writeReport(cloud, 'acr')).toBe(writeReport(report, 'acr'));
  });
});
