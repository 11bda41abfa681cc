/**
 * The `rockylinux:9` demo recipe: a Rocky Linux 9 base image whose rpm database is a real `rpmdb.sqlite`
 * (the format RHEL 9-family images use), written by the image factory's SQLite writer.
 */
import type { ImageFileSpec } from '../image/image-spec';
import { type RpmPackageSpec, writeRpmdbSqlite } from '../image/rpmdb/rpmdb-sqlite';
import { meta } from './build-steps';
import { stub } from './os-files';
import { variantOf } from './os-recipes';
import { ROCKY_9, type RockyRelease, type RockyRpm } from './rocky-data';
import type { DemoImageRecipe, DemoPackage } from './types';

/** Where RHEL 9-family images keep the rpm database. */
export const RPMDB_SQLITE_PATH = 'var/lib/rpm/rpmdb.sqlite';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Splits `epoch:version-release` (epoch optional). */
function splitEvr(evr: string): { epoch?: number; version: string; release: string } {
  const colon = evr.indexOf(':');
  const epoch = colon < 0 ? undefined : Number(evr.slice(0, colon));
  const rest = evr.slice(colon + 1);
  const dash = rest.lastIndexOf('-');
  return { epoch, version: rest.slice(0, dash), release: rest.slice(dash + 1) };
}

/** The rpm header fields of one table row. */
export function rockyRpmSpec([name, evr, arch, source, license]: RockyRpm, installTime: number): RpmPackageSpec {
  const { epoch, version, release } = splitEvr(evr);
  return {
    name,
    epoch,
    version,
    release,
    arch,
    sourceRpm: `${source}-${version}-${release}.src.rpm`,
    license,
    vendor: 'Rocky Enterprise Software Foundation',
    summary: `${name} (Rocky Linux 9 demo package)`,
    installTime,
  };
}

function osReleaseFiles(versionId: string): ImageFileSpec[] {
  const release = `Rocky Linux release ${versionId} (Blue Onyx)\n`;
  const osRelease = [
    'NAME="Rocky Linux"',
    `VERSION="${versionId} (Blue Onyx)"`,
    'ID="rocky"',
    'ID_LIKE="rhel centos fedora"',
    `VERSION_ID="${versionId}"`,
    'PLATFORM_ID="platform:el9"',
    `PRETTY_NAME="Rocky Linux ${versionId} (Blue Onyx)"`,
    'ANSI_COLOR="0;32"',
    'LOGO="fedora-logo-icon"',
    'CPE_NAME="cpe:/o:rocky:rocky:9::baseos"',
    'HOME_URL="https://rockylinux.org/"',
    'BUG_REPORT_URL="https://bugs.rockylinux.org/"',
    'SUPPORT_END="2032-05-31"',
    'ROCKY_SUPPORT_PRODUCT="Rocky-Linux-9"',
    `ROCKY_SUPPORT_PRODUCT_VERSION="${versionId}"`,
    'REDHAT_SUPPORT_PRODUCT="Rocky Linux"',
    `REDHAT_SUPPORT_PRODUCT_VERSION="${versionId}"`,
  ];
  return [
    // As in the real image: os-release lives in /usr/lib, and the *-release names point at rocky-release.
    { path: 'usr/lib/os-release', content: `${osRelease.join('\n')}\n` },
    { path: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' },
    { path: 'etc/rocky-release', content: release },
    { path: 'etc/rocky-release-upstream', content: `Derived from Red Hat Enterprise Linux ${versionId}\n` },
    { path: 'etc/redhat-release', type: 'symlink', linkTarget: 'rocky-release' },
    { path: 'etc/system-release', type: 'symlink', linkTarget: 'rocky-release' },
    { path: 'etc/system-release-cpe', content: 'cpe:/o:rocky:rocky:9::baseos\n' },
  ];
}

function rootfs(release: RockyRelease): ImageFileSpec[] {
  const rpms = release.packages.map((row) => rockyRpmSpec(row, release.installTime));
  return [
    ...osReleaseFiles(release.versionId),
    { path: RPMDB_SQLITE_PATH, content: writeRpmdbSqlite(rpms) },
    // RHEL 9 merged /usr: the top-level directories are symlinks into it.
    ...['bin', 'lib', 'lib64', 'sbin'].map(
      (dir): ImageFileSpec => ({ path: dir, type: 'symlink', linkTarget: `usr/${dir}` }),
    ),
    stub('usr/bin/bash', `GNU bash, version ${bashVersion(release)} (x86_64-redhat-linux-gnu)`),
    stub('usr/bin/rpm', 'RPM version 4.16.1.3'),
    stub('usr/lib64/libc.so.6', `GNU C Library (GNU libc) stable release version 2.34.`),
    {
      path: 'etc/passwd',
      content:
        'root:x:0:0:root:/root:/bin/bash\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin\n',
    },
    { path: 'etc/group', content: 'root:x:0:\nbin:x:1:\ndaemon:x:2:\nwheel:x:10:\nnobody:x:65534:\n' },
    {
      path: 'etc/dnf/dnf.conf',
      content:
        '[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\nbest=True\nskip_if_unavailable=False\ntsflags=nodocs\n',
    },
    {
      path: 'etc/yum.repos.d/rocky.repo',
      content:
        '[baseos]\nname=Rocky Linux $releasever - BaseOS\nmirrorlist=https://mirrors.rockylinux.org/mirrorlist?arch=$basearch&repo=BaseOS-$releasever$rltype\ngpgcheck=1\nenabled=1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-Rocky-9\n',
    },
    { path: 'root', type: 'dir', mode: 0o550 },
    { path: 'tmp', type: 'dir', mode: 0o1777 },
  ];
}

const bashVersion = (release: RockyRelease) =>
  (release.packages.find(([name]) => name === 'bash')?.[1] ?? '').split('-')[0] ?? '';

/** The rpm packages of a release, as demo inventory (versions as rpm prints them: epoch only when set). */
export function rockyDemoPackages(release: RockyRelease): DemoPackage[] {
  return release.packages.map(([name, evr, , source]) => ({
    type: 'rpm',
    name,
    version: evr,
    sourceName: source,
    sourceVersion: evr,
    path: RPMDB_SQLITE_PATH,
  }));
}

/** `rockylinux:9`: Rocky 9.2 (vulnerable) or 9.4 (patched), with a real rpmdb.sqlite. */
export const rockyRecipe: DemoImageRecipe = {
  name: 'rockylinux:9',
  description: 'Rocky Linux 9 base image with glibc, OpenSSL 3.0, curl and dnf, and its rpmdb.sqlite package database.',
  spec: (options) => {
    const release = ROCKY_9[variantOf(options)];
    const { created, versionId } = release;
    return {
      created,
      config: {
        Env: [PATH_ENV],
        Cmd: ['/bin/bash'],
        Labels: {
          'org.opencontainers.image.title': 'Rocky Linux 9 Base',
          'org.opencontainers.image.vendor': 'Rocky Enterprise Software Foundation',
          'org.opencontainers.image.licenses': 'BSD-3-Clause',
          'org.opencontainers.image.version': versionId,
        },
      },
      layers: [
        {
          createdBy: `/bin/sh -c #(nop) ADD file:rocky-${versionId}-container-x86_64.tar.xz in / `,
          created,
          files: rootfs(release),
        },
        meta(created, '/bin/sh -c #(nop)  CMD ["/bin/bash"]'),
      ],
    };
  },
  packages: (options) => rockyDemoPackages(ROCKY_9[variantOf(options)]),
};
