import { describe, expect, it } from 'vitest';
import type { OsInfo, Package } from '../../types/package';
import { osPackagePurl, withOsPurls } from './purl';

type In = Pick<Package, 'ecosystem' | 'name' | 'version' | 'arch'>;

describe('osPackagePurl', () => {
  it.each<[In, OsInfo | undefined, string]>([
    [
      { ecosystem: 'apk', name: 'musl', version: '1.1.22-r3', arch: 'x86_64' },
      { family: 'alpine', name: '3.10.2' },
      'pkg:apk/alpine/musl@1.1.22-r3?arch=x86_64&distro=3.10.2',
    ],
    [
      { ecosystem: 'deb', name: 'libssl1.1', version: '1.1.0k-1~deb9u1', arch: 'amd64' },
      { family: 'debian', name: '9.9' },
      'pkg:deb/debian/libssl1.1@1.1.0k-1~deb9u1?arch=amd64&distro=debian-9.9',
    ],
    [
      { ecosystem: 'deb', name: 'bash', version: '4.4.18-2ubuntu1.2', arch: 'amd64' },
      { family: 'ubuntu', name: '18.04' },
      'pkg:deb/ubuntu/bash@4.4.18-2ubuntu1.2?arch=amd64&distro=ubuntu-18.04',
    ],
    [
      { ecosystem: 'rpm', name: 'openssl-libs', version: '1:1.0.2k-16.el7', arch: 'x86_64' },
      { family: 'centos', name: '7.6.1810' },
      'pkg:rpm/centos/openssl-libs@1.0.2k-16.el7?arch=x86_64&distro=centos-7.6.1810&epoch=1',
    ],
    [{ ecosystem: 'deb', name: 'tar', version: '1.34+dfsg-1' }, undefined, 'pkg:deb/debian/tar@1.34%2Bdfsg-1'],
    [{ ecosystem: 'rpm', name: 'x', version: '0:1-1' }, undefined, 'pkg:rpm/redhat/x@1-1'],
  ])('%o on %o', (pkg, os, want) => {
    expect(osPackagePurl(pkg, os)).toBe(want);
  });

  it('withOsPurls rewrites OS package purls only', () => {
    const base = { licenses: [], filePath: 'f' };
    const pkgs: Package[] = [
      { ...base, ecosystem: 'deb', name: 'a', version: '1', purl: 'pkg:deb/debian/a@1' },
      { ...base, ecosystem: 'npm', name: 'b', version: '2', purl: 'pkg:npm/b@2' },
    ];
    expect(withOsPurls(pkgs, { family: 'ubuntu', name: '22.04' }).map((p) => p.purl)).toEqual([
      'pkg:deb/ubuntu/a@1?distro=ubuntu-22.04',
      'pkg:npm/b@2',
    ]);
  });
});
