import { describe, expect, it } from 'vitest';
import { parseApkInstalled } from '../analyzer/pkg/apk';
import { parseDpkgStatus } from '../analyzer/pkg/dpkg';
import { RPMTAG, RpmHeader } from '../analyzer/pkg/rpm-header';
import { rpmPackageInfo } from '../analyzer/pkg/rpm-package';
import { encodeRpmHeaderBlob, RPM_WRITE_TAG } from '../image/rpmdb/rpm-header-writer';
import { rpmPackageHeader } from '../image/rpmdb/rpmdb-sqlite';
import { rewriteApkInstalled } from './rewrite-apk';
import { rewriteDpkgStatus } from './rewrite-dpkg';
import { setRpmHeaderEvr, splitEvr } from './rpm-header-edit';
import type { FixEcosystem, PackageFix } from './types';

const fixes = (ecosystem: FixEcosystem, ...list: Array<[name: string, fixed: string, target?: string]>) =>
  new Map<string, PackageFix>(
    list.map(([name, fixed, target]) => [
      name,
      {
        name,
        ecosystem,
        installedVersion: '',
        fixedVersion: fixed,
        targetVersion: target ?? fixed,
        vulnerabilities: [],
      },
    ]),
  );

describe('rewriteApkInstalled', () => {
  const db = [
    'C:Q1abc=\nP:busybox\nV:1.36.0-r9\nA:x86_64\nL:GPL-2.0-only\no:busybox\nF:bin\nR:busybox\nZ:Q1zzz=\n',
    'C:Q1def=\nP:musl\nV:1.2.4-r0\nA:x86_64\nL:MIT\no:musl\n',
    '',
  ].join('\n');

  it('changes only the V: line of planned records', () => {
    const { text, changed } = rewriteApkInstalled(db, fixes('apk', ['busybox', '1.36.1-r7']));
    expect([...changed]).toEqual(['busybox']);
    expect(text).toBe(db.replace('V:1.36.0-r9', 'V:1.36.1-r7'));
    expect(parseApkInstalled(text, 'lib/apk/db/installed').map((p) => [p.name, p.version])).toEqual([
      ['busybox', '1.36.1-r7'],
      ['musl', '1.2.4-r0'],
    ]);
  });

  it('reports nothing when the planned package is absent', () => {
    const { text, changed } = rewriteApkInstalled(db, fixes('apk', ['zlib', '1.3-r0']));
    expect(changed.size).toBe(0);
    expect(text).toBe(db);
  });
});

describe('rewriteDpkgStatus', () => {
  const status = [
    'Package: bsdutils',
    'Essential: yes',
    'Status: install ok installed',
    'Architecture: amd64',
    'Source: util-linux (2.38.1-5)',
    'Version: 1:2.38.1-5+b1',
    'Description: basic utilities',
    ' from 4.4BSD-Lite',
    '',
    'Package: libssl3',
    'Status: install ok installed',
    'Architecture: amd64',
    'Source: openssl',
    'Version: 3.0.9-1',
    '',
    'Package: zlib1g',
    'Status: install ok installed',
    'Version: 1:1.2.13.dfsg-1',
    '',
  ].join('\n');

  it('sets Version and the fixed source version, keeping every other field', () => {
    const { text, changed } = rewriteDpkgStatus(
      status,
      fixes(
        'deb',
        ['bsdutils', '2.38.1-5+deb12u1', '1:2.38.1-5+deb12u1'],
        ['libssl3', '3.0.11-1~deb12u2'],
        ['zlib1g', '1:1.2.13.dfsg-1+deb12u1'],
      ),
    );
    expect([...changed].sort()).toEqual(['bsdutils', 'libssl3', 'zlib1g']);
    expect(text.split('\n')).toEqual([
      'Package: bsdutils',
      'Essential: yes',
      'Status: install ok installed',
      'Architecture: amd64',
      'Source: util-linux (2.38.1-5+deb12u1)',
      'Version: 1:2.38.1-5+deb12u1',
      'Description: basic utilities',
      ' from 4.4BSD-Lite',
      '',
      'Package: libssl3',
      'Status: install ok installed',
      'Architecture: amd64',
      'Source: openssl',
      'Version: 3.0.11-1~deb12u2',
      '',
      'Package: zlib1g',
      'Status: install ok installed',
      'Version: 1:1.2.13.dfsg-1+deb12u1',
      '',
    ]);
    const parsed = parseDpkgStatus(text, 'var/lib/dpkg/status');
    expect(parsed.map((p) => [p.name, p.version, p.srcName, p.srcVersion])).toEqual([
      ['bsdutils', '1:2.38.1-5+deb12u1', 'util-linux', '2.38.1-5+deb12u1'],
      ['libssl3', '3.0.11-1~deb12u2', 'openssl', '3.0.11-1~deb12u2'],
      ['zlib1g', '1:1.2.13.dfsg-1+deb12u1', 'zlib1g', '1:1.2.13.dfsg-1+deb12u1'],
    ]);
  });

  it('leaves removed packages (config-files) alone', () => {
    const removed = 'Package: libssl3\nStatus: deinstall ok config-files\nVersion: 3.0.9-1\n';
    const { text, changed } = rewriteDpkgStatus(removed, fixes('deb', ['libssl3', '3.0.11-1']));
    expect(text).toBe(removed);
    expect(changed.size).toBe(0);
  });

  it('adds a Source line before Version when the binary gains a version its source lacks', () => {
    const { text } = rewriteDpkgStatus(status, fixes('deb', ['zlib1g', '1.2.13.dfsg-2', '1:1.2.13.dfsg-2']));
    expect(text).toContain('Source: zlib1g (1.2.13.dfsg-2)\nVersion: 1:1.2.13.dfsg-2\n');
  });
});

describe('setRpmHeaderEvr', () => {
  const header = rpmPackageHeader({
    name: 'openssl-libs',
    version: '3.0.7',
    release: '16.el9_2',
    epoch: 1,
    arch: 'x86_64',
    sourceRpm: 'openssl-3.0.7-16.el9_2.src.rpm',
    license: 'ASL 2.0',
    summary: 'A general purpose cryptography library',
    size: 5_000_000,
    installTime: 1_700_000_000,
  });

  it('splits epoch:version-release as rpm does', () => {
    expect(splitEvr('1:3.0.7-27.el9')).toEqual({ epoch: 1, version: '3.0.7', release: '27.el9' });
    expect(splitEvr('2.34-60.el9_2.7')).toEqual({ version: '2.34', release: '60.el9_2.7' });
  });

  it('sets version, release, epoch and source rpm and keeps the other tags', () => {
    const edited = new RpmHeader(setRpmHeaderEvr(header, '1:3.0.7-27.el9'));
    expect(rpmPackageInfo(edited)).toEqual({
      name: 'openssl-libs',
      version: '3.0.7',
      release: '27.el9',
      epoch: 1,
      arch: 'x86_64',
      sourceRpm: 'openssl-3.0.7-27.el9.src.rpm',
      license: 'ASL 2.0',
    });
    expect(edited.string(1004)).toBe('A general purpose cryptography library');
    expect(edited.int(1009)).toBe(5_000_000);
    expect(edited.int(1008)).toBe(1_700_000_000);
  });

  it('drops the epoch when the target has none, and the stale header digests', () => {
    const signed = encodeRpmHeaderBlob([
      { tag: RPM_WRITE_TAG.NAME, value: 'glibc' },
      { tag: RPM_WRITE_TAG.VERSION, value: '2.34' },
      { tag: RPM_WRITE_TAG.RELEASE, value: '60.el9' },
      { tag: RPM_WRITE_TAG.EPOCH, value: [0] },
      { tag: 269, value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
      { tag: 5000, value: [1, 2, 3] },
    ]);
    const edited = new RpmHeader(setRpmHeaderEvr(signed, '2.34-60.el9_2.7'));
    expect(edited.string(RPMTAG.RELEASE)).toBe('60.el9_2.7');
    expect(edited.has(RPMTAG.EPOCH)).toBe(false);
    expect(edited.has(269)).toBe(false);
    expect(edited.get(5000)).toEqual([1, 2, 3]);
  });

  it('copies INT16 and INT64 data of real headers with their alignment', () => {
    // NAME, VERSION, RELEASE strings; FILEMODES (1030) INT16 ×2 at offset 2; LONGSIZE (5009) INT64 at 16.
    const data = new Uint8Array(24);
    const dv = new DataView(data.buffer);
    data.set([0x61, 0], 0);
    dv.setUint16(2, 0o100644);
    dv.setUint16(4, 0o40755);
    data.set([0x31, 0, 0x31, 0], 6);
    dv.setBigUint64(16, 2n ** 40n);
    const index: Array<[number, number, number, number]> = [
      [1000, 6, 0, 1],
      [1001, 6, 6, 1],
      [1002, 6, 8, 1],
      [1030, 3, 2, 2],
      [5009, 5, 16, 1],
    ];
    const blob = new Uint8Array(8 + index.length * 16 + data.length);
    const view = new DataView(blob.buffer);
    view.setUint32(0, index.length);
    view.setUint32(4, data.length);
    index.forEach(([tag, type, offset, count], i) => {
      view.setInt32(8 + i * 16, tag);
      view.setUint32(12 + i * 16, type);
      view.setInt32(16 + i * 16, offset);
      view.setUint32(20 + i * 16, count);
    });
    blob.set(data, 8 + index.length * 16);
    const edited = new RpmHeader(setRpmHeaderEvr(blob, '2-3'));
    expect([edited.string(RPMTAG.NAME), edited.string(RPMTAG.VERSION), edited.string(RPMTAG.RELEASE)]).toEqual([
      'a',
      '2',
      '3',
    ]);
    expect(edited.get(1030)).toEqual([0o100644, 0o40755]);
    expect(edited.get(5009)).toEqual([2 ** 40]);
  });
});
