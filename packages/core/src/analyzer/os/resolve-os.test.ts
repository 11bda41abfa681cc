import { describe, expect, it } from 'vitest';
import type { OsInfo, Package } from '../../types/package';
import { type OsDetection, resolveOs } from './resolve-os';

const d = (path: string, family: OsInfo['family'], name: string, distroless?: boolean): OsDetection => ({
  path,
  os: distroless ? { family, name, distroless } : { family, name },
});

const deb = (filePath: string): Package => ({
  ecosystem: 'deb',
  name: 'x',
  version: '1',
  purl: '',
  licenses: [],
  filePath,
});

describe('resolveOs', () => {
  it.each<[string, OsDetection[], OsInfo | undefined]>([
    ['nothing found', [], undefined],
    [
      'debian: os-release family, debian_version precision',
      [d('etc/debian_version', 'debian', '12.4'), d('etc/os-release', 'debian', '12')],
      { family: 'debian', name: '12.4' },
    ],
    [
      'ubuntu ships a debian_version that must not win',
      [d('etc/debian_version', 'debian', 'bookworm/sid'), d('usr/lib/os-release', 'ubuntu', '24.04')],
      { family: 'ubuntu', name: '24.04' },
    ],
    [
      'ubuntu without os-release: lsb-release beats debian_version',
      [d('etc/debian_version', 'debian', 'buster/sid'), d('etc/lsb-release', 'ubuntu', '18.04')],
      { family: 'ubuntu', name: '18.04' },
    ],
    [
      'oracle claims red hat in redhat-release',
      [d('etc/redhat-release', 'redhat', '7.6'), d('etc/oracle-release', 'oracle', '7.6')],
      { family: 'oracle', name: '7.6' },
    ],
    [
      'centos-release refines os-release',
      [
        d('etc/os-release', 'centos', '7'),
        d('etc/centos-release', 'centos', '7.6.1810'),
        d('etc/redhat-release', 'centos', '7.6.1810'),
      ],
      { family: 'centos', name: '7.6.1810' },
    ],
    [
      'a release file that contradicts os-release does not override it',
      [d('etc/os-release', 'debian', '12'), d('etc/debian_version', 'debian', '11.9')],
      { family: 'debian', name: '12' },
    ],
    [
      'debian testing: os-release has no VERSION_ID so only debian_version is found',
      [d('etc/debian_version', 'debian', 'trixie/sid')],
      { family: 'debian', name: 'trixie/sid' },
    ],
    [
      'amazon 2023 refinement',
      [d('etc/os-release', 'amazon', '2023'), d('etc/system-release', 'amazon', '2023.3.20240108')],
      { family: 'amazon', name: '2023.3.20240108' },
    ],
    [
      'distroless flag from os-release is kept',
      [d('etc/os-release', 'debian', '12', true), d('etc/debian_version', 'debian', '12.5')],
      { family: 'debian', name: '12.5', distroless: true },
    ],
  ])('%s', (_name, detections, want) => {
    expect(resolveOs(detections)).toEqual(want);
  });

  it('recognises distroless Debian from status.d-only packages', () => {
    const found = [d('etc/debian_version', 'debian', '11.7')];
    expect(resolveOs(found, { osPackages: [deb('var/lib/dpkg/status.d/base-files')] })).toEqual({
      family: 'debian',
      name: '11.7',
      distroless: true,
    });
    expect(resolveOs(found, { osPackages: [deb('var/lib/dpkg/status')] })).toEqual({ family: 'debian', name: '11.7' });
  });
});
