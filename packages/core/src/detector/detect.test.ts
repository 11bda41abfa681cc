import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import type { OsvRecord } from '../advisory/osv-types';
import type { Inventory, Package } from '../types/package';
import { reportedId } from './build-finding';
import { detectVulnerabilities } from './detect';
import { osInv, pkg, rec } from './testing/inventory-fixtures';

function appInv(type: string, ...packages: Package[]): Inventory {
  return {
    osPackages: [],
    applications: [{ type, filePath: 'app/lock', packages: packages.map((p) => ({ ...p, filePath: 'app/lock' })) }],
  };
}

describe('library detectors', () => {
  it.each([
    ['npm', 'npm', 'lodash', '4.17.20', 'npm', 'lodash', [{ introduced: '0' }, { fixed: '4.17.21' }], '4.17.21'],
    [
      'pypi PEP 503 names',
      'pypi',
      'Zope.Interface',
      '5.0',
      'PyPI',
      'zope-interface',
      [{ introduced: '0' }, { fixed: '5.1' }],
      '5.1',
    ],
    [
      'pypi PEP 440 pre-release',
      'pypi',
      'django',
      '4.2rc1',
      'PyPI',
      'Django',
      [{ introduced: '4.0' }, { fixed: '4.2' }],
      '4.2',
    ],
    [
      'maven by group:artifact',
      'maven',
      'log4j-core',
      '2.14.1',
      'Maven',
      'org.apache.logging.log4j:log4j-core',
      [{ introduced: '2.0-beta9' }, { fixed: '2.15.0' }],
      '2.15.0',
    ],
    [
      'composer',
      'composer',
      'Symfony/Symfony',
      '4.2.6',
      'Packagist',
      'symfony/symfony',
      [{ introduced: '4.2.0' }, { fixed: '4.2.7' }],
      '4.2.7',
    ],
    [
      'cargo',
      'cargo',
      'smallvec',
      '1.6.0',
      'crates.io',
      'smallvec',
      [{ introduced: '1.6.0' }, { fixed: '1.6.1' }],
      '1.6.1',
    ],
    ['rubygems', 'rubygems', 'rack', '2.0.7', 'RubyGems', 'rack', [{ introduced: '0' }, { fixed: '2.0.8' }], '2.0.8'],
  ] as const)('%s', (_n, eco, name, version, osvEco, osvName, events, fixed) => {
    const extra = eco === 'maven' ? { id: 'org.apache.logging.log4j:log4j-core' } : {};
    const got = detectVulnerabilities(
      appInv('x', pkg(eco, name, version, extra)),
      createAdvisoryIndex([rec('GHSA-1', osvEco, osvName, [...events])]),
    );
    expect(got.map((v) => v.fixedVersion)).toEqual([fixed]);
  });

  it('Go: SEMVER ranges without `v` against `v`-prefixed module versions', () => {
    const r: OsvRecord = {
      id: 'GO-2022-0001',
      modified: '2024-01-01T00:00:00Z',
      aliases: ['CVE-2022-21235', 'GHSA-6635-c626-vj4r'],
      affected: [
        {
          package: { ecosystem: 'Go', name: 'github.com/Masterminds/vcs' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.13.2' }] }],
        },
      ],
    };
    const got = detectVulnerabilities(
      appInv('gobinary', pkg('go', 'github.com/Masterminds/vcs', 'v1.13.1')),
      createAdvisoryIndex([r]),
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      id: 'CVE-2022-21235',
      advisoryId: 'GO-2022-0001',
      aliases: ['GO-2022-0001', 'GHSA-6635-c626-vj4r'],
      fixedVersion: '1.13.2',
      status: 'fixed',
    });
    expect(
      detectVulnerabilities(
        appInv('gobinary', pkg('go', 'github.com/masterminds/vcs', 'v1.13.1')),
        createAdvisoryIndex([r]),
      ),
    ).toEqual([]);
  });

  it('leaves dev dependencies out unless asked', () => {
    const index = createAdvisoryIndex([rec('GHSA-1', 'npm', 'jest', [{ introduced: '0' }])]);
    const inv = appInv('npm', pkg('npm', 'jest', '1.0.0', { dev: true }));
    expect(detectVulnerabilities(inv, index)).toEqual([]);
    expect(detectVulnerabilities(inv, index, { includeDev: true })).toHaveLength(1);
  });
});

describe('findings', () => {
  it('merges records for the same CVE on the same package, keeping the lowest fix and the highest severity', () => {
    const records = [
      rec('GHSA-aaaa', 'PyPI', 'django', [{ introduced: '0' }, { fixed: '4.2.3' }], {
        aliases: ['CVE-2023-36053'],
        database_specific: { severity: 'HIGH' },
      }),
      rec('PYSEC-2023-100', 'PyPI', 'django', [{ introduced: '0' }, { fixed: '4.2.2' }], {
        aliases: ['CVE-2023-36053'],
      }),
    ];
    const got = detectVulnerabilities(appInv('pip', pkg('pypi', 'Django', '4.2.1')), createAdvisoryIndex(records));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({
      id: 'CVE-2023-36053',
      fixedVersion: '4.2.2',
      severity: 'HIGH',
      severitySource: 'ghsa',
    });
    expect(new Set([got[0]?.advisoryId, ...(got[0]?.aliases ?? [])])).toEqual(new Set(['GHSA-aaaa', 'PYSEC-2023-100']));
  });

  it('keeps one finding per path when the same package appears twice', () => {
    const index = createAdvisoryIndex([rec('GHSA-1', 'npm', 'a', [{ introduced: '0' }])]);
    const inv: Inventory = {
      osPackages: [],
      applications: [
        {
          type: 'npm',
          filePath: 'x/package-lock.json',
          packages: [pkg('npm', 'a', '1.0.0', { filePath: 'x/package-lock.json' })],
        },
        {
          type: 'npm',
          filePath: 'y/package-lock.json',
          packages: [pkg('npm', 'a', '1.0.0', { filePath: 'y/package-lock.json' })],
        },
      ],
    };
    expect(detectVulnerabilities(inv, index).map((v) => v.pkgPath)).toEqual([
      'x/package-lock.json',
      'y/package-lock.json',
    ]);
  });

  it('fills the finding from the record', () => {
    const r = rec('GHSA-6c3j-c64m-qhgq', 'npm', 'jquery', [{ introduced: '0' }, { fixed: '3.4.0' }], {
      aliases: ['CVE-2019-11358'],
      summary: 'XSS in jQuery',
      details: 'jQuery before 3.4.0 mishandles jQuery.extend.',
      published: '2019-04-26T16:29:11Z',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }],
      references: [
        { type: 'WEB', url: 'https://github.com/jquery/jquery/pull/4333' },
        { type: 'ADVISORY', url: 'https://nvd.nist.gov/vuln/detail/CVE-2019-11358' },
      ],
    });
    const layer = { index: 0, digest: 'sha256:a', diffId: 'sha256:b' };
    const [v] = detectVulnerabilities(
      appInv('npm', pkg('npm', 'jquery', '3.3.1', { layer })),
      createAdvisoryIndex([r]),
    );
    expect(v).toEqual({
      id: 'CVE-2019-11358',
      advisoryId: 'GHSA-6c3j-c64m-qhgq',
      aliases: ['GHSA-6c3j-c64m-qhgq'],
      ecosystem: 'npm',
      pkgName: 'jquery',
      pkgPath: 'app/lock',
      purl: 'pkg:npm/jquery@3.3.1',
      installedVersion: '3.3.1',
      fixedVersion: '3.4.0',
      status: 'fixed',
      severity: 'MEDIUM',
      severitySource: 'ghsa',
      cvss: [{ vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', score: 6.1, source: 'ghsa' }],
      title: 'XSS in jQuery',
      description: 'jQuery before 3.4.0 mishandles jQuery.extend.',
      primaryUrl: 'https://nvd.nist.gov/vuln/detail/CVE-2019-11358',
      references: ['https://github.com/jquery/jquery/pull/4333', 'https://nvd.nist.gov/vuln/detail/CVE-2019-11358'],
      publishedDate: '2019-04-26T16:29:11Z',
      lastModifiedDate: '2024-01-01T00:00:00Z',
      layer,
    });
  });

  it('reports an unfixed advisory as affected, or with the vendor status', () => {
    const r = rec('CVE-2021-31618', 'Debian:9', 'apache2', [{ introduced: '0' }]);
    const index = createAdvisoryIndex([r]);
    const inv = osInv({ family: 'debian', name: '9.13' }, pkg('deb', 'apache2', '2.4.25-3'));
    const [v] = detectVulnerabilities(inv, index);
    expect(v?.status).toBe('affected');
    expect(v && 'fixedVersion' in v).toBe(false);
    (r.affected?.[0] as { ecosystem_specific?: object }).ecosystem_specific = { status: 'will_not_fix' };
    expect(detectVulnerabilities(inv, createAdvisoryIndex([r]))[0]?.status).toBe('will_not_fix');
  });
});

describe('reportedId', () => {
  it.each([
    [{ id: 'CVE-2024-1', aliases: ['GHSA-x'] }, 'CVE-2024-1'],
    [{ id: 'GHSA-x', aliases: ['PYSEC-1', 'CVE-2024-2'] }, 'CVE-2024-2'],
    [{ id: 'UBUNTU-CVE-2024-3', upstream: ['CVE-2024-3'] }, 'CVE-2024-3'],
    [{ id: 'DEBIAN-CVE-2024-4' }, 'CVE-2024-4'],
    [{ id: 'GO-2024-5', aliases: ['GHSA-y'] }, 'GO-2024-5'],
  ])('%o → %s', (record, want) => {
    expect(reportedId(record)).toBe(want);
  });
});
