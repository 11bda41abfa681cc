/**
 * Debian and Ubuntu package data for the demo images (a data table, exempt from the file-size rule).
 *
 * Versions are the ones the official images shipped, per docker-library/repo-info:
 * debian:bookworm-slim 2023-07-03 (12.0) and 2024-08-13 (12.6), debian:bullseye-slim 11.7 and
 * 11.11, ubuntu:22.04 2023-06-05 and 2025-04-07. Each image carries a representative subset of
 * its packages. Synopses, sections and source names are the packages' real metadata.
 */
import type { DpkgPackage } from './formats/dpkg-status';

interface DebCatalogEntry {
  /** Source package; defaults to the binary name. */
  source?: string;
  section: string;
  priority: string;
  installedKiB: number;
  maintainer: string;
  description: string;
  architecture?: 'all';
  multiArch?: 'same' | 'foreign' | 'allowed';
  essential?: boolean;
  depends?: string;
  preDepends?: string;
  homepage?: string;
}

const GLIBC = 'GNU Libc Maintainers <debian-glibc@lists.debian.org>';
const GCC = 'Debian GCC Maintainers <debian-gcc@lists.debian.org>';
const UTIL_LINUX = 'util-linux packagers <util-linux@packages.debian.org>';
const PAM = 'Sam Hartman <hartmans@debian.org>';
const SYSTEMD = 'Debian systemd Maintainers <pkg-systemd-maintainers@lists.alioth.debian.org>';
const NCURSES = 'Craig Small <csmall@debian.org>';
const SHADOW = 'Shadow package maintainers <pkg-shadow-devel@lists.alioth.debian.org>';
const GNUTLS = 'Debian GnuTLS Maintainers <pkg-gnutls-maint@lists.alioth.debian.org>';
const KRB5 = 'Sam Hartman <hartmans@debian.org>';
const GCS = 'Laszlo Boszormenyi (GCS) <gcs@debian.org>';
const MD = "Marco d'Itri <md@linux.it>";
const UBUNTU = 'Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>';

const req = { priority: 'required', essential: true } as const;
const lib = (source: string, description: string, installedKiB: number, maintainer: string): DebCatalogEntry => ({
  source,
  section: 'libs',
  priority: 'optional',
  installedKiB,
  maintainer,
  description,
  multiArch: 'same',
});

const catalog: Record<string, DebCatalogEntry> = {
  'base-files': {
    section: 'admin',
    ...req,
    installedKiB: 340,
    maintainer: 'Santiago Vila <sanvila@debian.org>',
    description: 'Debian base system miscellaneous files',
  },
  'base-passwd': {
    section: 'admin',
    ...req,
    installedKiB: 243,
    maintainer: 'Colin Watson <cjwatson@debian.org>',
    description: 'Debian base system master password and group files',
  },
  bash: {
    section: 'shells',
    ...req,
    installedKiB: 7164,
    maintainer: 'Matthias Klose <doko@debian.org>',
    description: 'GNU Bourne Again SHell',
    multiArch: 'foreign',
    preDepends: 'libc6 (>= 2.36), libtinfo6 (>= 6)',
    homepage: 'http://tiswww.case.edu/php/chet/bash/bashtop.html',
  },
  coreutils: {
    section: 'utils',
    ...req,
    installedKiB: 18062,
    maintainer: 'Michael Stone <mstone@debian.org>',
    description: 'GNU core utilities',
    multiArch: 'foreign',
  },
  dash: {
    section: 'shells',
    ...req,
    installedKiB: 191,
    maintainer: 'Andrej Shadura <andrewsh@debian.org>',
    description: 'POSIX-compliant shell',
    multiArch: 'foreign',
  },
  grep: {
    section: 'utils',
    ...req,
    installedKiB: 1628,
    maintainer: 'Anibal Monsalve Salazar <anibal@debian.org>',
    description: 'GNU grep, egrep and fgrep',
    homepage: 'https://www.gnu.org/software/grep/',
  },
  gzip: {
    section: 'utils',
    ...req,
    installedKiB: 245,
    maintainer: 'Milan Kupcevic <milan@debian.org>',
    description: 'GNU compression utilities',
    homepage: 'https://www.gnu.org/software/gzip/',
  },
  sed: {
    section: 'utils',
    ...req,
    installedKiB: 987,
    maintainer: 'Clint Adams <clint@debian.org>',
    description: 'GNU stream editor for filtering/transforming text',
    homepage: 'https://www.gnu.org/software/sed/',
  },
  apt: {
    section: 'admin',
    priority: 'important',
    installedKiB: 4156,
    maintainer: 'APT Development Team <deity@lists.debian.org>',
    description: 'commandline package manager',
  },
  'libapt-pkg6.0': {
    ...lib('apt', 'package management runtime library', 3316, 'APT Development Team <deity@lists.debian.org>'),
    priority: 'important',
  },
  dpkg: {
    section: 'admin',
    ...req,
    installedKiB: 6408,
    maintainer: 'Dpkg Developers <debian-dpkg@lists.debian.org>',
    description: 'Debian package management system',
    homepage: 'https://wiki.debian.org/Teams/Dpkg',
  },
  'gcc-12-base': {
    ...lib('gcc-12', 'GCC, the GNU Compiler Collection (base package)', 259, GCC),
    priority: 'required',
    homepage: 'http://gcc.gnu.org/',
  },
  'gcc-10-base': {
    ...lib('gcc-10', 'GCC, the GNU Compiler Collection (base package)', 262, GCC),
    priority: 'required',
    homepage: 'http://gcc.gnu.org/',
  },
  'libgcc-s1': lib('gcc-12', 'GCC support library', 141, GCC),
  'libstdc++6': lib('gcc-12', 'GNU Standard C++ Library v3', 2852, GCC),
  libc6: {
    ...lib('glibc', 'GNU C Library: Shared libraries', 12986, GLIBC),
    depends: 'libgcc-s1',
    homepage: 'https://www.gnu.org/software/libc/libc.html',
  },
  'libc-bin': {
    source: 'glibc',
    section: 'libs',
    ...req,
    installedKiB: 2609,
    maintainer: GLIBC,
    description: 'GNU C Library: Binaries',
    multiArch: 'foreign',
  },
  libgnutls30: lib('gnutls28', 'GNU TLS library - main runtime library', 3348, GNUTLS),
  libgcrypt20: lib('libgcrypt20', 'LGPL Crypto library - runtime library', 1461, GNUTLS),
  libpam0g: lib('pam', 'Pluggable Authentication Modules library', 244, PAM),
  'libpam-modules': {
    source: 'pam',
    section: 'admin',
    priority: 'required',
    installedKiB: 1031,
    maintainer: PAM,
    description: 'Pluggable Authentication Modules for PAM',
    multiArch: 'same',
  },
  'libpam-modules-bin': {
    source: 'pam',
    section: 'admin',
    priority: 'required',
    installedKiB: 375,
    maintainer: PAM,
    description: 'Pluggable Authentication Modules for PAM - helper binaries',
    multiArch: 'foreign',
  },
  'libpam-runtime': {
    source: 'pam',
    section: 'admin',
    priority: 'required',
    installedKiB: 876,
    maintainer: PAM,
    description: 'Runtime support for the PAM library',
    architecture: 'all',
    multiArch: 'foreign',
  },
  'perl-base': {
    source: 'perl',
    section: 'perl',
    ...req,
    installedKiB: 7709,
    maintainer: 'Niko Tyni <ntyni@debian.org>',
    description: 'minimal Perl system',
    homepage: 'http://dev.perl.org/perl5/',
  },
  libsystemd0: lib('systemd', 'systemd utility library', 868, SYSTEMD),
  libudev1: lib('systemd', 'libudev shared library', 355, SYSTEMD),
  tar: {
    section: 'utils',
    ...req,
    installedKiB: 3137,
    maintainer: 'Janos Lenart <ocsi@debian.org>',
    description: 'GNU version of the tar archiving utility',
    multiArch: 'foreign',
  },
  'util-linux': {
    section: 'utils',
    ...req,
    installedKiB: 4821,
    maintainer: UTIL_LINUX,
    description: 'miscellaneous system utilities',
    multiArch: 'foreign',
  },
  bsdutils: {
    source: 'util-linux',
    section: 'utils',
    ...req,
    installedKiB: 335,
    maintainer: UTIL_LINUX,
    description: 'basic utilities from 4.4BSD-Lite',
    multiArch: 'foreign',
  },
  libblkid1: lib('util-linux', 'block device ID library', 382, UTIL_LINUX),
  libmount1: lib('util-linux', 'device mounting library', 428, UTIL_LINUX),
  libuuid1: lib('util-linux', 'Universally Unique ID library', 123, UTIL_LINUX),
  mount: {
    source: 'util-linux',
    section: 'admin',
    priority: 'required',
    installedKiB: 394,
    maintainer: UTIL_LINUX,
    description: 'tools for mounting and manipulating filesystems',
    multiArch: 'foreign',
  },
  zlib1g: {
    ...lib('zlib', 'compression library - runtime', 164, 'Mark Brown <broonie@debian.org>'),
    homepage: 'http://zlib.net/',
  },
  libtinfo6: lib('ncurses', 'shared low-level terminfo library for terminal handling', 581, NCURSES),
  libncurses6: lib('ncurses', 'shared libraries for terminal handling', 339, NCURSES),
  libncursesw6: lib('ncurses', 'shared libraries for terminal handling (wide character support)', 412, NCURSES),
  'ncurses-base': {
    source: 'ncurses',
    section: 'misc',
    ...req,
    installedKiB: 392,
    maintainer: NCURSES,
    description: 'basic terminal type definitions',
    architecture: 'all',
    multiArch: 'foreign',
  },
  'ncurses-bin': {
    source: 'ncurses',
    section: 'utils',
    ...req,
    installedKiB: 646,
    maintainer: NCURSES,
    description: 'terminal-related programs and man pages',
    multiArch: 'foreign',
  },
  login: {
    source: 'shadow',
    section: 'admin',
    ...req,
    installedKiB: 2607,
    maintainer: SHADOW,
    description: 'system login tools',
  },
  passwd: {
    source: 'shadow',
    section: 'admin',
    priority: 'required',
    installedKiB: 2871,
    maintainer: SHADOW,
    description: 'change and administer password and group data',
  },
  liblzma5: lib(
    'xz-utils',
    'XZ-format compression library',
    330,
    'Sebastian Andrzej Siewior <sebastian@breakpoint.cc>',
  ),
  libzstd1: lib(
    'libzstd',
    'fast lossless compression algorithm',
    850,
    'RPM packaging team <team+pkg-rpm@tracker.debian.org>',
  ),
  'libpcre2-8-0': lib(
    'pcre2',
    'New Perl Compatible Regular Expression Library- 8 bit runtime files',
    634,
    'Matthew Vernon <matthew@debian.org>',
  ),
  libcrypt1: lib('libxcrypt', 'libcrypt shared library', 233, MD),
  libselinux1: lib(
    'libselinux',
    'SELinux runtime shared libraries',
    211,
    'Debian SELinux maintainers <selinux-devel@lists.alioth.debian.org>',
  ),
  libssl3: lib(
    'openssl',
    'Secure Sockets Layer toolkit - shared libraries',
    6176,
    'Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>',
  ),
  'libssl1.1': lib(
    'openssl',
    'Secure Sockets Layer toolkit - shared libraries',
    4127,
    'Debian OpenSSL Team <pkg-openssl-devel@alioth-lists.debian.net>',
  ),
  'libgssapi-krb5-2': lib('krb5', 'MIT Kerberos runtime libraries - krb5 GSS-API Mechanism', 428, KRB5),
  libk5crypto3: lib('krb5', 'MIT Kerberos runtime libraries - Crypto Library', 292, KRB5),
  'libkrb5-3': lib('krb5', 'MIT Kerberos runtime libraries', 1078, KRB5),
  libkrb5support0: lib('krb5', 'MIT Kerberos runtime libraries - Support library', 133, KRB5),
  gpgv: {
    source: 'gnupg2',
    section: 'utils',
    priority: 'important',
    installedKiB: 843,
    maintainer: 'Debian GnuPG Maintainers <pkg-gnupg-maint@lists.alioth.debian.org>',
    description: 'GNU privacy guard - signature verification tool',
    multiArch: 'foreign',
    homepage: 'https://www.gnupg.org/',
  },
  procps: {
    section: 'admin',
    priority: 'important',
    installedKiB: 1396,
    maintainer: 'Craig Small <csmall@debian.org>',
    description: '/proc file system utilities',
    homepage: 'https://gitlab.com/procps-ng/procps',
  },
  libprocps8: lib(
    'procps',
    'library for accessing process information from /proc',
    128,
    'Craig Small <csmall@debian.org>',
  ),
  tzdata: {
    section: 'localization',
    priority: 'required',
    installedKiB: 3432,
    maintainer: GLIBC,
    description: 'time zone and daylight-saving time data',
    architecture: 'all',
    multiArch: 'foreign',
    homepage: 'https://www.iana.org/time-zones',
  },
  'usr-is-merged': {
    source: 'usrmerge',
    section: 'oldlibs',
    priority: 'required',
    installedKiB: 23,
    maintainer: MD,
    description: 'Transitional package to assert a merged-/usr system',
    architecture: 'all',
    multiArch: 'foreign',
  },
  'ca-certificates': {
    section: 'misc',
    priority: 'optional',
    installedKiB: 382,
    maintainer: 'Julien Cristau <jcristau@debian.org>',
    description: 'Common CA certificates',
    architecture: 'all',
    multiArch: 'foreign',
    depends: 'openssl (>= 1.1.1), debconf (>= 0.5) | debconf-2.0',
  },
  netbase: {
    section: 'admin',
    priority: 'optional',
    installedKiB: 41,
    maintainer: MD,
    description: 'Basic TCP/IP networking system',
    architecture: 'all',
    multiArch: 'foreign',
  },
  'libsqlite3-0': { ...lib('sqlite3', 'SQLite 3 shared library', 1547, GCS), homepage: 'https://www.sqlite.org/' },
  libexpat1: {
    ...lib('expat', 'XML parsing C library - runtime library', 411, GCS),
    homepage: 'https://libexpat.github.io/',
  },
  libffi8: lib('libffi', 'Foreign Function Interface library runtime', 68, GCC),
  libreadline8: lib(
    'readline',
    'GNU readline and history libraries, run-time libraries',
    471,
    'Matthias Klose <doko@debian.org>',
  ),
  'readline-common': {
    source: 'readline',
    section: 'utils',
    priority: 'optional',
    installedKiB: 93,
    maintainer: 'Matthias Klose <doko@debian.org>',
    description: 'GNU readline and history libraries, common files',
    architecture: 'all',
    multiArch: 'foreign',
  },
  'media-types': {
    section: 'net',
    priority: 'important',
    installedKiB: 103,
    maintainer: 'Mime-Support Packagers <team+debian-mimesupport-packagers@tracker.debian.org>',
    description: 'List of standard media types and their usual file extension',
    architecture: 'all',
    multiArch: 'foreign',
  },
};

/** Per-image overrides of catalog entries (e.g. GCC 10 libraries on bullseye). */
const sourceOverrides: Record<string, Record<string, string>> = {
  bullseye: { 'libgcc-s1': 'gcc-10', 'libstdc++6': 'gcc-10' },
  jammy: {},
  bookworm: {},
};

/** One image's package set: source versions, plus binary versions where they differ (binNMUs, epochs). */
export interface DebRelease {
  family: 'bookworm' | 'bullseye' | 'jammy';
  packages: readonly string[];
  sources: Record<string, string>;
  binaries?: Record<string, string>;
}

/**
 * Expands a release into dpkg status records. The `Source:` field gets a version only when the
 * binary's version differs, exactly as dpkg records it; on Ubuntu, packages changed by Ubuntu
 * carry the Ubuntu maintainer.
 */
export function dpkgPackages(release: DebRelease, architecture = 'amd64'): DpkgPackage[] {
  return [...release.packages].sort().map((name) => {
    const entry = catalog[name];
    if (!entry) throw new Error(`no catalog entry for dpkg package ${name}`);
    const source = sourceOverrides[release.family]?.[name] ?? entry.source ?? name;
    const sourceVersion = release.sources[source];
    if (sourceVersion === undefined) throw new Error(`no version for source ${source} (${name})`);
    const version = release.binaries?.[name] ?? sourceVersion;
    const ubuntuChanged = release.family === 'jammy' && /ubuntu|build/.test(version);
    return {
      name,
      version,
      architecture: entry.architecture ?? architecture,
      source: source === name ? undefined : source,
      sourceVersion: sourceVersion === version ? undefined : sourceVersion,
      section: entry.section,
      priority: entry.priority,
      installedSize: entry.installedKiB,
      maintainer: ubuntuChanged ? UBUNTU : entry.maintainer,
      description: entry.description,
      multiArch: entry.multiArch,
      essential: entry.essential,
      depends: entry.depends,
      preDepends: entry.preDepends,
      homepage: entry.homepage,
    };
  });
}

const BOOKWORM_PACKAGES = [
  'apt',
  'base-files',
  'base-passwd',
  'bash',
  'bsdutils',
  'coreutils',
  'dash',
  'dpkg',
  'gcc-12-base',
  'gpgv',
  'grep',
  'gzip',
  'libapt-pkg6.0',
  'libblkid1',
  'libc-bin',
  'libc6',
  'libcrypt1',
  'libgcc-s1',
  'libgcrypt20',
  'libgnutls30',
  'liblzma5',
  'libmount1',
  'libpam-modules',
  'libpam-modules-bin',
  'libpam-runtime',
  'libpam0g',
  'libpcre2-8-0',
  'libselinux1',
  'libstdc++6',
  'libsystemd0',
  'libtinfo6',
  'libudev1',
  'libuuid1',
  'libzstd1',
  'login',
  'mount',
  'ncurses-base',
  'ncurses-bin',
  'passwd',
  'perl-base',
  'sed',
  'tar',
  'tzdata',
  'usr-is-merged',
  'util-linux',
  'zlib1g',
] as const;

const bookwormCommon = {
  apt: '2.6.1',
  'base-passwd': '3.6.1',
  bash: '5.2.15-2',
  coreutils: '9.1-1',
  dash: '0.5.12-2',
  dpkg: '1.21.22',
  'gcc-12': '12.2.0-14',
  gnupg2: '2.2.40-1.1',
  grep: '3.8-5',
  gzip: '1.12-1',
  libgcrypt20: '1.10.1-3',
  libselinux: '3.4-1',
  libxcrypt: '1:4.4.33-2',
  libzstd: '1.5.4+dfsg2-5',
  ncurses: '6.4-4',
  pcre2: '10.42-1',
  sed: '4.9-1',
  shadow: '1:4.13+dfsg1-1',
  'xz-utils': '5.4.1-0.2',
  zlib: '1:1.2.13.dfsg-1',
};

/** debian:12-slim (bookworm): 12.0 as of 2023-07-03, and 12.6 as of 2024-08-13. */
export const BOOKWORM: Record<'vulnerable' | 'patched', DebRelease> = {
  vulnerable: {
    family: 'bookworm',
    packages: BOOKWORM_PACKAGES,
    sources: {
      ...bookwormCommon,
      'base-files': '12.4',
      glibc: '2.36-9',
      gnutls28: '3.7.9-2',
      pam: '1.5.2-6',
      perl: '5.36.0-7',
      systemd: '252.6-1',
      tar: '1.34+dfsg-1.2',
      tzdata: '2023c-5',
      usrmerge: '35',
      'util-linux': '2.38.1-5',
    },
    binaries: {
      bash: '5.2.15-2+b2',
      bsdutils: '1:2.38.1-5+b1',
      libblkid1: '2.38.1-5+b1',
      libmount1: '2.38.1-5+b1',
      libuuid1: '2.38.1-5+b1',
      mount: '2.38.1-5+b1',
      'util-linux': '2.38.1-5+b1',
      libselinux1: '3.4-1+b6',
      login: '1:4.13+dfsg1-1+b1',
      passwd: '1:4.13+dfsg1-1+b1',
    },
  },
  patched: {
    family: 'bookworm',
    packages: BOOKWORM_PACKAGES,
    sources: {
      ...bookwormCommon,
      'base-files': '12.4+deb12u6',
      glibc: '2.36-9+deb12u7',
      gnutls28: '3.7.9-2+deb12u3',
      pam: '1.5.2-6+deb12u1',
      perl: '5.36.0-7+deb12u1',
      systemd: '252.26-1~deb12u2',
      tar: '1.34+dfsg-1.2+deb12u1',
      tzdata: '2024a-0+deb12u1',
      usrmerge: '37~deb12u1',
      'util-linux': '2.38.1-5+deb12u1',
    },
    binaries: {
      bash: '5.2.15-2+b7',
      bsdutils: '1:2.38.1-5+deb12u1',
      libselinux1: '3.4-1+b6',
      login: '1:4.13+dfsg1-1+b1',
      passwd: '1:4.13+dfsg1-1+b1',
    },
  },
};

/** Runtime packages python:3.11-slim adds on top of bookworm-slim (OpenSSL, SQLite, expat…). */
export const PYTHON_BOOKWORM_EXTRAS = {
  packages: [
    'ca-certificates',
    'libexpat1',
    'libffi8',
    'libncursesw6',
    'libreadline8',
    'libsqlite3-0',
    'libssl3',
    'netbase',
    'readline-common',
  ],
  sources: {
    vulnerable: {
      'ca-certificates': '20230311',
      expat: '2.5.0-1',
      libffi: '3.4.4-1',
      readline: '8.2-1.3',
      sqlite3: '3.40.1-2',
      openssl: '3.0.9-1',
      netbase: '6.4',
    },
    patched: {
      'ca-certificates': '20230311',
      expat: '2.5.0-1',
      libffi: '3.4.4-1',
      readline: '8.2-1.3',
      sqlite3: '3.40.1-2',
      openssl: '3.0.13-1~deb12u1',
      netbase: '6.4',
    },
  },
} as const;

const BULLSEYE_PACKAGES = [
  'apt',
  'base-files',
  'bash',
  'bsdutils',
  'coreutils',
  'dpkg',
  'gcc-10-base',
  'gpgv',
  'grep',
  'gzip',
  'libapt-pkg6.0',
  'libblkid1',
  'libc-bin',
  'libc6',
  'libgcc-s1',
  'libgcrypt20',
  'libgnutls30',
  'libgssapi-krb5-2',
  'libk5crypto3',
  'libkrb5-3',
  'libkrb5support0',
  'libmount1',
  'libpam-modules',
  'libpam-modules-bin',
  'libpam-runtime',
  'libpam0g',
  'libpcre2-8-0',
  'libssl1.1',
  'libstdc++6',
  'libsystemd0',
  'libtinfo6',
  'libudev1',
  'libuuid1',
  'login',
  'mount',
  'ncurses-base',
  'ncurses-bin',
  'passwd',
  'perl-base',
  'sed',
  'tar',
  'util-linux',
  'zlib1g',
] as const;

const bullseyeCommon = {
  apt: '2.2.4',
  bash: '5.1-2+deb11u1',
  coreutils: '8.32-4',
  'gcc-10': '10.2.1-6',
  grep: '3.6-1+deb11u1',
  gzip: '1.10-4+deb11u1',
  libgcrypt20: '1.8.7-6',
  pcre2: '10.36-2+deb11u1',
  sed: '4.7-1',
  'util-linux': '2.36.1-8+deb11u1',
  zlib: '1:1.2.11.dfsg-2+deb11u2',
};
const bullseyeBinaries = { coreutils: '8.32-4+b1', bsdutils: '1:2.36.1-8+deb11u1' };

/** debian:11 (bullseye): 11.7 as of 2023-05-23, and 11.11 (the last point release). */
export const BULLSEYE: Record<'vulnerable' | 'patched', DebRelease> = {
  vulnerable: {
    family: 'bullseye',
    packages: BULLSEYE_PACKAGES,
    sources: {
      ...bullseyeCommon,
      'base-files': '11.1+deb11u7',
      dpkg: '1.20.12',
      glibc: '2.31-13+deb11u6',
      gnupg2: '2.2.27-2+deb11u2',
      gnutls28: '3.7.1-5+deb11u3',
      krb5: '1.18.3-6+deb11u3',
      ncurses: '6.2+20201114-2+deb11u1',
      openssl: '1.1.1n-0+deb11u4',
      pam: '1.4.0-9+deb11u1',
      perl: '5.32.1-4+deb11u2',
      shadow: '1:4.8.1-1',
      systemd: '247.3-7+deb11u2',
      tar: '1.34+dfsg-1',
    },
    binaries: bullseyeBinaries,
  },
  patched: {
    family: 'bullseye',
    packages: BULLSEYE_PACKAGES,
    sources: {
      ...bullseyeCommon,
      'base-files': '11.1+deb11u11',
      dpkg: '1.20.13',
      glibc: '2.31-13+deb11u13',
      gnupg2: '2.2.27-2+deb11u3',
      gnutls28: '3.7.1-5+deb11u9',
      krb5: '1.18.3-6+deb11u7',
      ncurses: '6.2+20201114-2+deb11u2',
      openssl: '1.1.1w-0+deb11u5',
      pam: '1.4.0-9+deb11u2',
      perl: '5.32.1-4+deb11u4',
      shadow: '1:4.8.1-1+deb11u1',
      systemd: '247.3-7+deb11u7',
      tar: '1.34+dfsg-1+deb11u1',
    },
    binaries: bullseyeBinaries,
  },
};

const JAMMY_PACKAGES = [
  'apt',
  'base-files',
  'bash',
  'bsdutils',
  'coreutils',
  'gpgv',
  'libapt-pkg6.0',
  'libblkid1',
  'libc-bin',
  'libc6',
  'libgcrypt20',
  'libgnutls30',
  'libgssapi-krb5-2',
  'libk5crypto3',
  'libkrb5-3',
  'libkrb5support0',
  'liblzma5',
  'libmount1',
  'libncurses6',
  'libncursesw6',
  'libpam-modules',
  'libpam-modules-bin',
  'libpam-runtime',
  'libpam0g',
  'libpcre2-8-0',
  'libprocps8',
  'libssl3',
  'libsystemd0',
  'libtinfo6',
  'libudev1',
  'libuuid1',
  'libzstd1',
  'login',
  'mount',
  'ncurses-base',
  'ncurses-bin',
  'passwd',
  'perl-base',
  'procps',
  'tar',
  'util-linux',
  'zlib1g',
] as const;

const jammyCommon = {
  libgcrypt20: '1.9.4-3ubuntu3',
  libzstd: '1.4.8+dfsg-3build1',
  ncurses: '6.3-2ubuntu0.1',
  pcre2: '10.39-3ubuntu0.1',
  'xz-utils': '5.2.5-2ubuntu1',
  zlib: '1:1.2.11.dfsg-2ubuntu9.2',
};

/** ubuntu:22.04 (jammy): as of 2023-06-05 (22.04.2) and 2025-04-07 (22.04.5). */
export const JAMMY: Record<'vulnerable' | 'patched', DebRelease> = {
  vulnerable: {
    family: 'jammy',
    packages: JAMMY_PACKAGES,
    sources: {
      ...jammyCommon,
      apt: '2.4.9',
      'base-files': '12ubuntu4.3',
      bash: '5.1-6ubuntu1',
      coreutils: '8.32-4.1ubuntu1',
      glibc: '2.35-0ubuntu3.1',
      gnupg2: '2.2.27-3ubuntu2.1',
      gnutls28: '3.7.3-4ubuntu1.2',
      krb5: '1.19.2-2ubuntu0.2',
      openssl: '3.0.2-0ubuntu1.10',
      pam: '1.4.0-11ubuntu2.3',
      perl: '5.34.0-3ubuntu1.2',
      procps: '2:3.3.17-6ubuntu2',
      shadow: '1:4.8.1-2ubuntu2.1',
      systemd: '249.11-0ubuntu3.9',
      tar: '1.34+dfsg-1ubuntu0.1.22.04.1',
      'util-linux': '2.37.2-4ubuntu3',
    },
    binaries: { bsdutils: '1:2.37.2-4ubuntu3' },
  },
  patched: {
    family: 'jammy',
    packages: JAMMY_PACKAGES,
    sources: {
      ...jammyCommon,
      apt: '2.4.13',
      'base-files': '12ubuntu4.7',
      bash: '5.1-6ubuntu1.1',
      coreutils: '8.32-4.1ubuntu1.2',
      glibc: '2.35-0ubuntu3.9',
      gnupg2: '2.2.27-3ubuntu2.3',
      gnutls28: '3.7.3-4ubuntu1.6',
      krb5: '1.19.2-2ubuntu0.6',
      openssl: '3.0.2-0ubuntu1.19',
      pam: '1.4.0-11ubuntu2.5',
      perl: '5.34.0-3ubuntu1.3',
      procps: '2:3.3.17-6ubuntu2.1',
      shadow: '1:4.8.1-2ubuntu2.2',
      systemd: '249.11-0ubuntu3.15',
      tar: '1.34+dfsg-1ubuntu0.1.22.04.2',
      'util-linux': '2.37.2-4ubuntu3.4',
    },
    binaries: { bsdutils: '1:2.37.2-4ubuntu3.4' },
  },
};

/** Packages of gcr.io/distroless/static-debian12, recorded one file per package in `status.d`. */
export const DISTROLESS_STATIC: Record<'vulnerable' | 'patched', DebRelease> = {
  vulnerable: {
    family: 'bookworm',
    packages: ['base-files', 'media-types', 'netbase', 'tzdata'],
    sources: { 'base-files': '12.4+deb12u1', 'media-types': '10.0.0', netbase: '6.4', tzdata: '2023c-5' },
  },
  patched: {
    family: 'bookworm',
    packages: ['base-files', 'media-types', 'netbase', 'tzdata'],
    sources: { 'base-files': '12.4+deb12u6', 'media-types': '10.0.0', netbase: '6.4', tzdata: '2024a-0+deb12u1' },
  },
};
