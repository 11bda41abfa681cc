/**
 * Alpine package data for the demo images (a data table, exempt from the file-size rule).
 *
 * Versions are those the official images shipped: alpine 3.18.0 / 3.18.8 and 3.19.1 / 3.19.9
 * (per docker-library/repo-info), and the nginx/node images built on them. Descriptions,
 * URLs, licences and origins are the packages' real metadata; sizes are close to real.
 */
import type { ApkPackage } from './formats/apk-installed';

/** Package name → version for one image. */
export type ApkVersions = Record<string, string>;

/** Static metadata of a package; version-dependent fields are computed from the version map. */
interface ApkCatalogEntry {
  origin: string;
  description: string;
  url: string;
  license: string;
  maintainer: string;
  installedKiB: number;
  depends?: (v: ApkVersions) => string[];
  provides?: (v: ApkVersions) => string[];
  installIf?: (v: ApkVersions) => string[];
  files?: (v: ApkVersions) => { dir: string; files?: string[] }[];
}

const NCOPA = 'Natanael Copa <ncopa@alpinelinux.org>';
const LIBC = 'so:libc.musl-x86_64.so.1';
const at = (v: ApkVersions, name: string) => {
  const version = v[name];
  if (version === undefined) throw new Error(`no version for apk package ${name}`);
  return version;
};
/** Upstream part of an apk version: `1.2.13-r1` → `1.2.13`. */
const upstream = (version: string) => version.replace(/-r\d+$/, '');

const busyboxMeta = {
  origin: 'busybox',
  url: 'https://busybox.net/',
  license: 'GPL-2.0-only',
  maintainer: 'Sören Tempel <soeren+alpine@soeren-tempel.net>',
};
const opensslMeta = {
  origin: 'openssl',
  url: 'https://www.openssl.org/',
  license: 'Apache-2.0',
  maintainer: 'Ariadne Conill <ariadne@dereferenced.org>',
};
const muslMeta = { origin: 'musl', url: 'https://musl.libc.org/', maintainer: 'Timo Teräs <timo.teras@iki.fi>' };
const baselayoutMeta = {
  origin: 'alpine-baselayout',
  description: 'Alpine base dir structure and init scripts',
  url: 'https://git.alpinelinux.org/cgit/aports/tree/main/alpine-baselayout',
  license: 'GPL-2.0-only',
  maintainer: NCOPA,
};
const curlMeta = { origin: 'curl', url: 'https://curl.se/', license: 'curl', maintainer: NCOPA };
const gccMeta = {
  origin: 'gcc',
  url: 'https://gcc.gnu.org',
  license: 'GPL-2.0-or-later AND LGPL-2.1-or-later',
  maintainer: 'Ariadne Conill <ariadne@dereferenced.org>',
};

const catalog: Record<string, ApkCatalogEntry> = {
  'alpine-baselayout': {
    ...baselayoutMeta,
    installedKiB: 324,
    depends: (v) => [`alpine-baselayout-data=${at(v, 'alpine-baselayout-data')}`, '/bin/sh'],
    files: () => [
      { dir: 'dev' },
      { dir: 'etc', files: ['motd', 'profile'] },
      { dir: 'etc/apk' },
      { dir: 'home' },
      { dir: 'root' },
      { dir: 'tmp' },
      { dir: 'var/log' },
    ],
  },
  'alpine-baselayout-data': {
    ...baselayoutMeta,
    installedKiB: 76,
    files: () => [{ dir: 'etc', files: ['group', 'hostname', 'passwd', 'shadow'] }],
  },
  'alpine-keys': {
    origin: 'alpine-keys',
    description: 'Public keys for Alpine Linux packages',
    url: 'https://alpinelinux.org',
    license: 'MIT',
    maintainer: NCOPA,
    installedKiB: 156,
    files: () => [{ dir: 'etc/apk/keys' }],
  },
  'apk-tools': {
    origin: 'apk-tools',
    description: 'Alpine Package Keeper - package manager for alpine',
    url: 'https://gitlab.alpinelinux.org/alpine/apk-tools',
    license: 'GPL-2.0-only',
    maintainer: NCOPA,
    installedKiB: 300,
    depends: () => ['ca-certificates-bundle', LIBC, 'so:libcrypto.so.3', 'so:libssl.so.3', 'so:libz.so.1'],
    provides: (v) => {
      const apk = upstream(at(v, 'apk-tools'));
      return [`so:libapk.so.${apk}=${apk}`, `cmd:apk=${at(v, 'apk-tools')}`];
    },
    files: (v) => [
      { dir: 'lib', files: [`libapk.so.${upstream(at(v, 'apk-tools'))}`] },
      { dir: 'sbin', files: ['apk'] },
    ],
  },
  busybox: {
    ...busyboxMeta,
    description: 'Size optimized toolbox of many common UNIX utilities',
    installedKiB: 924,
    depends: () => [LIBC],
    provides: (v) => [`cmd:busybox=${at(v, 'busybox')}`],
    files: () => [{ dir: 'bin', files: ['busybox'] }],
  },
  'busybox-binsh': {
    ...busyboxMeta,
    description: 'busybox ash /bin/sh',
    installedKiB: 8,
    depends: (v) => [`busybox=${at(v, 'busybox')}`],
    provides: (v) => ['/bin/sh', `cmd:sh=${at(v, 'busybox-binsh')}`],
    files: () => [{ dir: 'bin', files: ['sh'] }],
  },
  'ca-certificates-bundle': {
    origin: 'ca-certificates',
    description: 'Pre generated bundle of Mozilla certificates',
    url: 'https://www.mozilla.org/en-US/about/governance/policies/security-group/certs/',
    license: 'MPL-2.0 AND MIT',
    maintainer: NCOPA,
    installedKiB: 236,
    provides: (v) => [`ca-certificates-cacert=${at(v, 'ca-certificates-bundle')}`],
    files: () => [{ dir: 'etc/ssl/certs', files: ['ca-certificates.crt'] }],
  },
  'libc-utils': {
    origin: 'libc-dev',
    description: 'Meta package to pull in correct libc',
    url: 'https://alpinelinux.org',
    license: 'BSD-2-Clause AND BSD-3-Clause',
    maintainer: NCOPA,
    installedKiB: 4,
    depends: () => ['musl-utils'],
  },
  libcrypto3: {
    ...opensslMeta,
    description: 'Crypto library from openssl',
    installedKiB: 4480,
    depends: () => [LIBC],
    provides: () => ['so:libcrypto.so.3=3'],
    files: () => [{ dir: 'lib', files: ['libcrypto.so.3'] }],
  },
  libssl3: {
    ...opensslMeta,
    description: 'SSL shared libraries',
    installedKiB: 552,
    depends: () => [LIBC, 'so:libcrypto.so.3'],
    provides: () => ['so:libssl.so.3=3'],
    files: () => [{ dir: 'lib', files: ['libssl.so.3'] }],
  },
  musl: {
    ...muslMeta,
    description: 'the musl c library (libc) implementation',
    license: 'MIT',
    installedKiB: 636,
    provides: () => [`${LIBC}=1`],
    files: () => [{ dir: 'lib', files: ['ld-musl-x86_64.so.1', 'libc.musl-x86_64.so.1'] }],
  },
  'musl-utils': {
    ...muslMeta,
    description: 'the musl c library (libc) implementation',
    license: 'MIT AND BSD-2-Clause AND GPL-2.0-or-later',
    installedKiB: 132,
    depends: () => ['scanelf', LIBC],
    provides: (v) =>
      ['getconf', 'getent', 'iconv', 'ldconfig', 'ldd'].map((cmd) => `cmd:${cmd}=${at(v, 'musl-utils')}`),
    files: () => [
      { dir: 'sbin', files: ['ldconfig'] },
      { dir: 'usr/bin', files: ['getconf', 'getent', 'iconv', 'ldd'] },
    ],
  },
  scanelf: {
    origin: 'pax-utils',
    description: 'Scan ELF binaries for stuff',
    url: 'https://wiki.gentoo.org/wiki/Hardened/PaX_Utilities',
    license: 'GPL-2.0-only',
    maintainer: NCOPA,
    installedKiB: 84,
    depends: () => [LIBC],
    provides: (v) => [`cmd:scanelf=${at(v, 'scanelf')}`],
    files: () => [{ dir: 'usr/bin', files: ['scanelf'] }],
  },
  ssl_client: {
    ...busyboxMeta,
    description: 'EXternal ssl_client for busybox wget',
    installedKiB: 28,
    depends: () => [LIBC, 'so:libcrypto.so.3', 'so:libssl.so.3'],
    provides: (v) => [`cmd:ssl_client=${at(v, 'ssl_client')}`],
    installIf: (v) => [`busybox=${at(v, 'busybox')}`, 'libssl3'],
    files: () => [{ dir: 'usr/bin', files: ['ssl_client'] }],
  },
  zlib: {
    origin: 'zlib',
    description: 'A compression/decompression Library',
    url: 'https://zlib.net/',
    license: 'Zlib',
    maintainer: NCOPA,
    installedKiB: 108,
    depends: () => [LIBC],
    provides: (v) => [`so:libz.so.1=${upstream(at(v, 'zlib'))}`],
    files: (v) => [{ dir: 'lib', files: ['libz.so.1', `libz.so.${upstream(at(v, 'zlib'))}`] }],
  },
  nginx: {
    origin: 'nginx',
    description: 'High performance web server',
    url: 'https://nginx.org/',
    license: '2-clause BSD-like license',
    maintainer: 'NGINX Packaging <nginx-packaging@f5.com>',
    installedKiB: 2660,
    depends: () => [LIBC, 'so:libcrypto.so.3', 'so:libpcre2-8.so.0', 'so:libssl.so.3', 'so:libz.so.1'],
    provides: (v) => [`cmd:nginx=${at(v, 'nginx')}`],
    files: () => [
      { dir: 'etc/nginx', files: ['mime.types', 'nginx.conf'] },
      { dir: 'usr/sbin', files: ['nginx'] },
    ],
  },
  curl: {
    ...curlMeta,
    description: 'URL retrival utility and library',
    installedKiB: 244,
    depends: () => ['ca-certificates-bundle', LIBC, 'so:libcurl.so.4'],
    provides: (v) => [`cmd:curl=${at(v, 'curl')}`],
    files: () => [{ dir: 'usr/bin', files: ['curl'] }],
  },
  libcurl: {
    ...curlMeta,
    description: 'The multiprotocol file transfer library',
    installedKiB: 640,
    depends: () => [
      'ca-certificates-bundle',
      'so:libbrotlidec.so.1',
      LIBC,
      'so:libcrypto.so.3',
      'so:libidn2.so.0',
      'so:libnghttp2.so.14',
      'so:libssl.so.3',
      'so:libz.so.1',
    ],
    provides: () => ['so:libcurl.so.4=4.8.0'],
    files: () => [{ dir: 'usr/lib', files: ['libcurl.so.4', 'libcurl.so.4.8.0'] }],
  },
  'nghttp2-libs': {
    origin: 'nghttp2',
    description: 'Experimental HTTP/2 client, server and proxy (libraries)',
    url: 'https://nghttp2.org',
    license: 'MIT',
    maintainer: NCOPA,
    installedKiB: 168,
    depends: () => [LIBC],
    provides: () => ['so:libnghttp2.so.14=14.24.3'],
  },
  pcre2: {
    origin: 'pcre2',
    description: 'Perl-compatible regular expression library',
    url: 'https://pcre.org/',
    license: 'BSD-3-Clause',
    maintainer: NCOPA,
    installedKiB: 640,
    depends: () => [LIBC],
    provides: () => ['so:libpcre2-8.so.0=0.11.2'],
  },
  'brotli-libs': {
    origin: 'brotli',
    description: 'Generic lossless compressor (libraries)',
    url: 'https://github.com/google/brotli',
    license: 'MIT',
    maintainer: 'Simon Frankenberger <simon-alpine@fraho.eu>',
    installedKiB: 716,
    depends: () => [LIBC],
    provides: () => ['so:libbrotlicommon.so.1=1.0.9', 'so:libbrotlidec.so.1=1.0.9', 'so:libbrotlienc.so.1=1.0.9'],
  },
  libidn2: {
    origin: 'libidn2',
    description: 'Encode/Decode library for internationalized domain names',
    url: 'https://www.gnu.org/software/libidn#libidn2',
    license: 'GPL-2.0-or-later OR LGPL-3.0-or-later',
    maintainer: NCOPA,
    installedKiB: 196,
    depends: () => [LIBC, 'so:libunistring.so.5'],
    provides: () => ['so:libidn2.so.0=0.3.8'],
  },
  libunistring: {
    origin: 'libunistring',
    description: 'Library for manipulating Unicode strings and C strings',
    url: 'https://www.gnu.org/software/libunistring/',
    license: 'GPL-2.0-or-later OR LGPL-3.0-or-later',
    maintainer: NCOPA,
    installedKiB: 1888,
    depends: () => [LIBC],
    provides: () => ['so:libunistring.so.5=5.0.0'],
  },
  tzdata: {
    origin: 'tzdata',
    description: 'Timezone data',
    url: 'https://www.iana.org/time-zones',
    license: 'Public-Domain',
    maintainer: NCOPA,
    installedKiB: 1436,
  },
  libgcc: {
    ...gccMeta,
    description: 'GNU C compiler runtime libraries',
    installedKiB: 144,
    depends: () => [LIBC],
    provides: () => ['so:libgcc_s.so.1=1'],
  },
  'libstdc++': {
    ...gccMeta,
    description: 'GNU C++ standard runtime library',
    installedKiB: 2652,
    depends: () => [LIBC, 'so:libgcc_s.so.1'],
    provides: () => ['so:libstdc++.so.6=6.0.30'],
  },
};

/** Base packages of the official alpine images, in apk's database order (alphabetical). */
export const ALPINE_BASE_PACKAGES = [
  'alpine-baselayout',
  'alpine-baselayout-data',
  'alpine-keys',
  'apk-tools',
  'busybox',
  'busybox-binsh',
  'ca-certificates-bundle',
  'libc-utils',
  'libcrypto3',
  'libssl3',
  'musl',
  'musl-utils',
  'scanelf',
  'ssl_client',
  'zlib',
] as const;

/** One Alpine release as a demo image pins it. */
export interface AlpineRelease {
  /** Contents of `etc/alpine-release`, e.g. `3.18.0`. */
  release: string;
  /** Image creation time. */
  created: string;
  versions: ApkVersions;
}

const base318 = (openssl: string, busybox: string, rest: ApkVersions): ApkVersions => ({
  'alpine-baselayout': '3.4.3-r1',
  'alpine-baselayout-data': '3.4.3-r1',
  'alpine-keys': '2.4-r1',
  'libc-utils': '0.7.2-r5',
  libcrypto3: openssl,
  libssl3: openssl,
  busybox,
  'busybox-binsh': busybox,
  ssl_client: busybox,
  ...rest,
});

/** alpine:3.18 — 3.18.0 (May 2023) and 3.18.8 (July 2024). */
export const ALPINE_318: Record<'vulnerable' | 'patched', AlpineRelease> = {
  vulnerable: {
    release: '3.18.0',
    created: '2023-05-09T23:11:10Z',
    versions: base318('3.1.0-r4', '1.36.0-r9', {
      'apk-tools': '2.14.0-r0',
      'ca-certificates-bundle': '20230506-r0',
      musl: '1.2.4-r0',
      'musl-utils': '1.2.4-r0',
      scanelf: '1.3.7-r1',
      zlib: '1.2.13-r1',
    }),
  },
  patched: {
    release: '3.18.8',
    created: '2024-07-22T22:26:55Z',
    versions: base318('3.1.6-r0', '1.36.1-r7', {
      'apk-tools': '2.14.4-r0',
      'ca-certificates-bundle': '20240226-r0',
      musl: '1.2.4-r2',
      'musl-utils': '1.2.4-r2',
      scanelf: '1.3.7-r1',
      zlib: '1.2.13-r1',
    }),
  },
};

const base319 = (openssl: string, busybox: string, rest: ApkVersions): ApkVersions => ({
  'alpine-baselayout': '3.4.3-r2',
  'alpine-baselayout-data': '3.4.3-r2',
  'alpine-keys': '2.4-r1',
  'libc-utils': '0.7.2-r5',
  libcrypto3: openssl,
  libssl3: openssl,
  busybox,
  'busybox-binsh': busybox,
  ssl_client: busybox,
  scanelf: '1.3.7-r2',
  zlib: '1.3.1-r0',
  ...rest,
});

/** alpine:3.19 — 3.19.1 (January 2024) and 3.19.9 (October 2025). */
export const ALPINE_319: Record<'vulnerable' | 'patched', AlpineRelease> = {
  vulnerable: {
    release: '3.19.1',
    created: '2024-01-27T00:30:48Z',
    versions: base319('3.1.4-r5', '1.36.1-r15', {
      'apk-tools': '2.14.0-r5',
      'ca-certificates-bundle': '20230506-r0',
      musl: '1.2.4_git20230717-r4',
      'musl-utils': '1.2.4_git20230717-r4',
    }),
  },
  patched: {
    release: '3.19.9',
    created: '2025-10-08T11:10:40Z',
    versions: base319('3.1.8-r1', '1.36.1-r20', {
      'apk-tools': '2.14.4-r0',
      'ca-certificates-bundle': '20250911-r0',
      musl: '1.2.4_git20230717-r5',
      'musl-utils': '1.2.4_git20230717-r5',
    }),
  },
};

/** Extra packages of nginx:1.25-alpine on 3.18 (nginx from nginx.org, plus curl and its libraries). */
export const NGINX_ALPINE_EXTRAS: Record<'vulnerable' | 'patched', ApkVersions> = {
  vulnerable: {
    nginx: '1.25.1-r1',
    curl: '8.1.2-r0',
    libcurl: '8.1.2-r0',
    'nghttp2-libs': '1.53.0-r0',
    pcre2: '10.42-r1',
    'brotli-libs': '1.0.9-r14',
    libidn2: '2.3.4-r1',
    libunistring: '1.1-r1',
    tzdata: '2023c-r1',
  },
  patched: {
    nginx: '1.25.3-r1',
    curl: '8.5.0-r0',
    libcurl: '8.5.0-r0',
    'nghttp2-libs': '1.57.0-r0',
    pcre2: '10.42-r1',
    'brotli-libs': '1.0.9-r14',
    libidn2: '2.3.4-r1',
    libunistring: '1.1-r1',
    tzdata: '2023c-r1',
  },
};

/** Extra packages of node:18-alpine on 3.18 (Node itself is unpacked from a tarball, not apk). */
export const NODE_ALPINE_EXTRAS: ApkVersions = {
  libgcc: '12.2.1_git20220924-r10',
  'libstdc++': '12.2.1_git20220924-r10',
};

/**
 * Expands a version map into installed-database records (sorted by name, as apk writes them).
 * Build times fall a few days before `created`, varying per package.
 */
export function apkPackages(versions: ApkVersions, created: string): ApkPackage[] {
  const createdSeconds = Math.floor(Date.parse(created) / 1000);
  return Object.keys(versions)
    .sort()
    .map((name, i) => {
      const entry = catalog[name];
      if (!entry) throw new Error(`no catalog entry for apk package ${name}`);
      const installedSize = entry.installedKiB * 1024;
      return {
        name,
        version: at(versions, name),
        arch: 'x86_64',
        size: Math.round(installedSize * 0.42),
        installedSize,
        description: entry.description,
        url: entry.url,
        license: entry.license,
        origin: entry.origin,
        maintainer: entry.maintainer,
        buildTime: createdSeconds - 86_400 * (3 + (i % 5)) - 3_600 * i,
        depends: entry.depends?.(versions),
        provides: entry.provides?.(versions),
        installIf: entry.installIf?.(versions),
        files: entry.files?.(versions),
      };
    });
}
