import { describe, expect, it } from 'vitest';
import type { OsInfo } from '../../types/package';
import { osAnalyzers } from './index';
import { parseOsRelease } from './os-release';
import { parseAlpineRelease, parseDebianVersion, parseLsbRelease, parseRedhatRelease } from './release-files';
import { testLayerFile } from './test-input';

describe('parseOsRelease', () => {
  it.each<[string, string, OsInfo | undefined]>([
    [
      'debian 12',
      'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n',
      { family: 'debian', name: '12' },
    ],
    ['ubuntu', 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"\n', { family: 'ubuntu', name: '22.04' }],
    ['amazon 2023', 'NAME="Amazon Linux"\nID="amzn"\nVERSION_ID="2023"\n', { family: 'amazon', name: '2023' }],
    ['centos stream 9', 'NAME="CentOS Stream"\nID="centos"\nVERSION_ID="9"\n', { family: 'centos', name: 'stream9' }],
    [
      'distroless',
      'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\n',
      { family: 'debian', name: '12', distroless: true },
    ],
    [
      'single quotes and comments',
      "# comment\nID='alpine'\nVERSION_ID='3.19.1'\n",
      { family: 'alpine', name: '3.19.1' },
    ],
    ['CRLF line endings', 'ID=fedora\r\nVERSION_ID=40\r\n', { family: 'fedora', name: '40' }],
    ['debian testing has no VERSION_ID', 'ID=debian\nVERSION_CODENAME=trixie\n', undefined],
    ['ID_LIKE alone is not trusted', 'ID=linuxmint\nID_LIKE=ubuntu\nVERSION_ID="21.2"\n', undefined],
    ['unsupported family', 'ID=opensuse-leap\nVERSION_ID="15.5"\n', undefined],
    ['garbage', '\u0000\u0001binary\n=\n==x', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, text, want) => {
    expect(parseOsRelease(text)).toEqual(want);
  });
});

describe('release files', () => {
  it.each<[string, (t: string) => OsInfo | undefined, string, OsInfo | undefined]>([
    ['alpine-release', parseAlpineRelease, '3.18.4\n', { family: 'alpine', name: '3.18.4' }],
    [
      'alpine-release edge snapshot',
      parseAlpineRelease,
      '3.20_alpha20240315\n',
      { family: 'alpine', name: '3.20_alpha20240315' },
    ],
    ['alpine-release garbage', parseAlpineRelease, 'hello', undefined],
    ['debian_version', parseDebianVersion, '\n12.4\n', { family: 'debian', name: '12.4' }],
    ['debian_version blank', parseDebianVersion, ' \n\n', undefined],
    ['lsb-release not ubuntu', parseLsbRelease, 'DISTRIB_ID=LinuxMint\nDISTRIB_RELEASE=21\n', undefined],
    [
      'lsb-release quoted',
      parseLsbRelease,
      'DISTRIB_ID="Ubuntu"\nDISTRIB_RELEASE="24.04"\n',
      { family: 'ubuntu', name: '24.04' },
    ],
    ['rhel 9', parseRedhatRelease, 'Red Hat Enterprise Linux release 9.3 (Plow)\n', { family: 'redhat', name: '9.3' }],
    ['oracle', parseRedhatRelease, 'Oracle Linux Server release 8.9\n', { family: 'oracle', name: '8.9' }],
    ['centos stream', parseRedhatRelease, 'CentOS Stream release 9\n', { family: 'centos', name: 'stream9' }],
    ['amazon 2', parseRedhatRelease, 'Amazon Linux release 2 (Karoo)\n', { family: 'amazon', name: '2' }],
    ['amazon 1', parseRedhatRelease, 'Amazon Linux AMI release 2018.03\n', { family: 'amazon', name: '2018.03' }],
    [
      'amazon 2023',
      parseRedhatRelease,
      'Amazon Linux release 2023.3.20240108 (Amazon Linux)\n',
      { family: 'amazon', name: '2023.3.20240108' },
    ],
    ['unknown vendor', parseRedhatRelease, 'Foo Linux release 1.0\n', undefined],
    ['no release word', parseRedhatRelease, 'CentOS Linux 7\n', undefined],
  ])('%s', (_name, parse, text, want) => {
    expect(parse(text)).toEqual(want);
  });
});

describe('osAnalyzers', () => {
  it.each([
    ['etc/os-release', 'os-release'],
    ['usr/lib/os-release', 'os-release'],
    ['etc/alpine-release', 'alpine'],
    ['etc/debian_version', 'debian'],
    ['etc/lsb-release', 'ubuntu'],
    ['etc/redhat-release', 'redhatbase'],
    ['etc/centos-release', 'redhatbase'],
    ['etc/rocky-release', 'redhatbase'],
    ['etc/almalinux-release', 'redhatbase'],
    ['etc/oracle-release', 'redhatbase'],
    ['etc/system-release', 'redhatbase'],
    ['etc/fedora-release', 'redhatbase'],
    ['etc/issue', undefined],
    ['usr/etc/os-release', undefined],
  ])('%s is read by %s', (path, name) => {
    const readers = osAnalyzers.filter((a) => a.required(path, testLayerFile(path))).map((a) => a.name);
    expect(readers).toEqual(name ? [name] : []);
    expect(osAnalyzers.some((a) => a.required(path, testLayerFile(path, 0, 'dir')))).toBe(false);
  });
});
