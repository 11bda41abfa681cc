import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import type { OsvRecord } from '../advisory/osv-types';
import type { Inventory } from '../types/package';
import { detectVulnerabilities } from './detect';
import { osInv, pkg, rec } from './testing/inventory-fixtures';

const ids = (inv: Inventory, records: OsvRecord[], opts = {}) =>
  detectVulnerabilities(inv, createAdvisoryIndex(records), opts).map(
    (v) => `${v.id} ${v.pkgName} ${v.installedVersion} ${v.fixedVersion ?? '-'}`,
  );

describe('OS detectors', () => {
  const debRecords = [
    rec('DSA-5000-1', 'Debian:12', 'openssl', [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u1' }], {
      aliases: ['CVE-2023-1'],
    }),
    rec('DSA-4000-1', 'Debian:11', 'openssl', [{ introduced: '0' }, { fixed: '9.9' }], { aliases: ['CVE-2023-2'] }),
  ];

  it('Debian: matches the SOURCE package in the major release and reports the binary package', () => {
    const lib = pkg('deb', 'libssl3', '3.0.9-1', { srcName: 'openssl', srcVersion: '3.0.9-1' });
    expect(ids(osInv({ family: 'debian', name: '12.4' }, lib), debRecords)).toEqual([
      'CVE-2023-1 libssl3 3.0.9-1 3.0.11-1~deb12u1',
    ]);
    expect(
      ids(osInv({ family: 'debian', name: '12.4' }, { ...lib, srcVersion: '3.0.11-1~deb12u1' }), debRecords),
    ).toEqual([]);
  });

  it('Ubuntu: release as written, Debian records never apply', () => {
    const records = [
      rec('UBUNTU-CVE-2024-1', 'Ubuntu:22.04:LTS', 'openssl', [{ introduced: '0' }, { fixed: '3.0.2-0ubuntu1.15' }]),
      ...debRecords,
    ];
    const lib = pkg('deb', 'libssl3', '3.0.2-0ubuntu1.10', { srcName: 'openssl' });
    expect(ids(osInv({ family: 'ubuntu', name: '22.04' }, lib), records)).toEqual([
      'CVE-2024-1 libssl3 3.0.2-0ubuntu1.10 3.0.2-0ubuntu1.15',
    ]);
  });

  it('Alpine: matches the origin package in the v<major.minor> branch', () => {
    const records = [
      rec('ALPINE-CVE-2023-5', 'Alpine:v3.18', 'openssl', [{ introduced: '0' }, { fixed: '3.1.4-r1' }], {
        aliases: ['CVE-2023-5'],
      }),
    ];
    const libcrypto = pkg('apk', 'libcrypto3', '3.1.3-r0', { srcName: 'openssl' });
    expect(ids(osInv({ family: 'alpine', name: '3.18.4' }, libcrypto), records)).toEqual([
      'CVE-2023-5 libcrypto3 3.1.3-r0 3.1.4-r1',
    ]);
    expect(ids(osInv({ family: 'alpine', name: '3.19.0' }, libcrypto), records)).toEqual([]);
    expect(ids(osInv({ family: 'alpine', name: '3.17.2' }, libcrypto), records, { release: '3.18' })).toHaveLength(1);
  });

  it('RPM: epoch-aware, binary name, arch from the purl, 0: epoch dropped from the fix shown', () => {
    const r = rec(
      'RLSA-2024:1',
      'Rocky Linux:9',
      'vim-minimal',
      [{ introduced: '0' }, { fixed: '2:8.2.2637-20.el9_1' }],
      { aliases: ['CVE-2024-9'] },
    );
    const vim = pkg('rpm', 'vim-minimal', '2:8.2.2637-16.el9', { arch: 'x86_64' });
    expect(ids(osInv({ family: 'rocky', name: '9.3' }, vim), [r])).toEqual([
      'CVE-2024-9 vim-minimal 2:8.2.2637-16.el9 2:8.2.2637-20.el9_1',
    ]);
    // without the epoch the installed version sorts below 2:… — epoch 1 beats any version at epoch 0
    expect(ids(osInv({ family: 'rocky', name: '9.3' }, { ...vim, version: '3:8.0-1.el9' }), [r])).toEqual([]);
    const arm = rec('RHSA-2024:2', 'Red Hat:enterprise_linux:9::baseos', 'kernel', [
      { introduced: '0' },
      { fixed: '0:5.14.0-400.el9' },
    ]);
    (arm.affected?.[0]?.package as { purl?: string }).purl = 'pkg:rpm/redhat/kernel?arch=aarch64';
    const kernel = pkg('rpm', 'kernel', '5.14.0-300.el9', { arch: 'x86_64' });
    expect(ids(osInv({ family: 'redhat', name: '9.2' }, kernel), [arm])).toEqual([]);
    expect(ids(osInv({ family: 'centos', name: '9' }, { ...kernel, arch: 'aarch64' }), [arm])).toEqual([
      'RHSA-2024:2 kernel 5.14.0-300.el9 5.14.0-400.el9',
    ]);
  });

  it('skips unparsable installed or fixed versions', () => {
    const records = [
      rec('ALPINE-1', 'Alpine:v3.18', 'x', [{ introduced: '0' }, { fixed: 'not a version' }]),
      rec('ALPINE-2', 'Alpine:v3.18', 'y', [{ introduced: '0' }]),
    ];
    const inv = osInv({ family: 'alpine', name: '3.18.0' }, pkg('apk', 'x', '1.0-r0'), pkg('apk', 'y', 'bad version!'));
    expect(ids(inv, records)).toEqual([]);
  });

  it('yields nothing without an OS or for a family without data', () => {
    expect(ids({ osPackages: [pkg('deb', 'openssl', '1.0')], applications: [] }, debRecords)).toEqual([]);
    expect(ids(osInv({ family: 'amazon', name: '2023' }, pkg('rpm', 'openssl', '1.0')), debRecords)).toEqual([]);
  });
});
