/**
 * Rocky Linux 9 package sets for the `rockylinux:9` demo image. Data table (exempt from the file-size rule).
 *
 * Versions are real Rocky Linux 9 builds (https://dl.rockylinux.org/vault/rocky/): the `vulnerable` set is
 * Rocky 9.2 as the mid-2023 image shipped it (glibc 2.34-60.el9, OpenSSL 3.0.7-16.el9_2, curl 7.76.1-23.el9),
 * the `patched` set is Rocky 9.4 with its mid-2024 errata. Each package names its source rpm (SOURCERPM), as
 * the rpm database records it, because OS advisories key on source packages.
 */
import type { DemoVariant } from './types';

/** One binary rpm: `[name, epoch:version-release, arch, source name, license]`. */
export type RockyRpm = readonly [name: string, evr: string, arch: string, source: string, license: string];

/** What differs between the two Rocky releases the demo image imitates. */
export interface RockyRelease {
  /** `VERSION_ID` of os-release, e.g. `9.2`. */
  versionId: string;
  /** Image creation time. */
  created: string;
  /** rpm install time recorded in the headers (seconds). */
  installTime: number;
  packages: readonly RockyRpm[];
}

const GLIBC_LICENSE =
  'LGPLv2+ and LGPLv2+ with exceptions and GPLv2+ and GPLv2+ with exceptions and BSD and Inner-Net and ISC and Public Domain and GFDL';

/** The two generations of the image. */
export const ROCKY_9: Record<DemoVariant, RockyRelease> = {
  vulnerable: {
    versionId: '9.2',
    created: '2023-07-13T20:27:49Z',
    installTime: 1_689_279_600,
    packages: [
      ['bash', '5.1.8-6.el9_1', 'x86_64', 'bash', 'GPLv3+'],
      ['coreutils-single', '8.32-34.el9', 'x86_64', 'coreutils', 'GPLv3+'],
      ['curl', '7.76.1-23.el9', 'x86_64', 'curl', 'MIT'],
      ['dnf', '4.14.0-5.el9_2', 'noarch', 'dnf', 'GPLv2+'],
      ['expat', '2.5.0-1.el9', 'x86_64', 'expat', 'MIT'],
      ['glibc', '2.34-60.el9', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['glibc-common', '2.34-60.el9', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['glibc-minimal-langpack', '2.34-60.el9', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['gnutls', '3.7.6-20.el9_2', 'x86_64', 'gnutls', 'GPLv3+ and LGPLv2+'],
      ['krb5-libs', '1.20.1-8.el9', 'x86_64', 'krb5', 'MIT'],
      ['libcurl', '7.76.1-23.el9', 'x86_64', 'curl', 'MIT'],
      [
        'libgcc',
        '11.3.1-4.3.el9',
        'x86_64',
        'gcc',
        'GPLv3+ and GPLv3+ with exceptions and GPLv2+ with exceptions and LGPLv2+ and BSD',
      ],
      ['libxml2', '2.9.13-3.el9_2', 'x86_64', 'libxml2', 'MIT'],
      ['ncurses-base', '6.2-8.20210508.el9', 'noarch', 'ncurses', 'MIT'],
      ['ncurses-libs', '6.2-8.20210508.el9', 'x86_64', 'ncurses', 'MIT'],
      ['openssl-libs', '1:3.0.7-16.el9_2', 'x86_64', 'openssl', 'ASL 2.0'],
      ['python3', '3.9.16-1.el9', 'x86_64', 'python3.9', 'Python'],
      ['python3-libs', '3.9.16-1.el9', 'x86_64', 'python3.9', 'Python'],
      ['rocky-gpg-keys', '9.2-1.6.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rocky-release', '9.2-1.6.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rocky-repos', '9.2-1.6.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rpm', '4.16.1.3-22.el9', 'x86_64', 'rpm', 'GPLv2+'],
      ['rpm-libs', '4.16.1.3-22.el9', 'x86_64', 'rpm', 'GPLv2+ and LGPLv2+ with exceptions'],
      ['sqlite-libs', '3.34.1-6.el9_1', 'x86_64', 'sqlite', 'Public Domain'],
      ['systemd-libs', '252-13.el9_2', 'x86_64', 'systemd', 'LGPLv2+ and MIT'],
      ['tzdata', '2023c-1.el9', 'noarch', 'tzdata', 'Public Domain'],
      ['xz-libs', '5.2.5-8.el9_0', 'x86_64', 'xz', 'Public Domain'],
      ['zlib', '1.2.11-40.el9', 'x86_64', 'zlib', 'zlib and Boost'],
    ],
  },
  patched: {
    versionId: '9.4',
    created: '2024-08-05T21:16:02Z',
    installTime: 1_722_891_600,
    packages: [
      ['bash', '5.1.8-9.el9', 'x86_64', 'bash', 'GPLv3+'],
      ['coreutils-single', '8.32-35.el9', 'x86_64', 'coreutils', 'GPLv3+'],
      ['curl', '7.76.1-29.el9_4.1', 'x86_64', 'curl', 'MIT'],
      ['dnf', '4.14.0-9.el9', 'noarch', 'dnf', 'GPLv2+'],
      ['expat', '2.5.0-2.el9_4', 'x86_64', 'expat', 'MIT'],
      ['glibc', '2.34-100.el9_4.2', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['glibc-common', '2.34-100.el9_4.2', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['glibc-minimal-langpack', '2.34-100.el9_4.2', 'x86_64', 'glibc', GLIBC_LICENSE],
      ['gnutls', '3.8.3-4.el9_4', 'x86_64', 'gnutls', 'GPLv3+ and LGPLv2+'],
      ['krb5-libs', '1.21.1-2.el9_4', 'x86_64', 'krb5', 'MIT'],
      ['libcurl', '7.76.1-29.el9_4.1', 'x86_64', 'curl', 'MIT'],
      [
        'libgcc',
        '11.4.1-3.el9',
        'x86_64',
        'gcc',
        'GPLv3+ and GPLv3+ with exceptions and GPLv2+ with exceptions and LGPLv2+ and BSD',
      ],
      ['libxml2', '2.9.13-6.el9_4', 'x86_64', 'libxml2', 'MIT'],
      ['ncurses-base', '6.2-10.20210508.el9', 'noarch', 'ncurses', 'MIT'],
      ['ncurses-libs', '6.2-10.20210508.el9', 'x86_64', 'ncurses', 'MIT'],
      ['openssl-libs', '1:3.0.7-27.el9', 'x86_64', 'openssl', 'Apache-2.0'],
      ['python3', '3.9.18-3.el9', 'x86_64', 'python3.9', 'Python'],
      ['python3-libs', '3.9.18-3.el9', 'x86_64', 'python3.9', 'Python'],
      ['rocky-gpg-keys', '9.4-1.7.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rocky-release', '9.4-1.7.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rocky-repos', '9.4-1.7.el9', 'noarch', 'rocky-release', 'BSD-3-Clause'],
      ['rpm', '4.16.1.3-29.el9', 'x86_64', 'rpm', 'GPLv2+'],
      ['rpm-libs', '4.16.1.3-29.el9', 'x86_64', 'rpm', 'GPLv2+ and LGPLv2+ with exceptions'],
      ['sqlite-libs', '3.34.1-7.el9_3', 'x86_64', 'sqlite', 'Public Domain'],
      ['systemd-libs', '252-32.el9_4', 'x86_64', 'systemd', 'LGPLv2+ and MIT'],
      ['tzdata', '2024a-1.el9', 'noarch', 'tzdata', 'Public Domain'],
      ['xz-libs', '5.2.5-8.el9_0', 'x86_64', 'xz', 'Public Domain'],
      ['zlib', '1.2.11-40.el9', 'x86_64', 'zlib', 'zlib and Boost'],
    ],
  },
};
