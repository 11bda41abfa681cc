/**
 * OS package databases of the benchmark image: an Alpine 3.19.1 apk database (the packages
 * alpine:3.19.1 shipped, with their real versions and origins) and a Debian 12 dpkg status of ~300
 * packages (the bookworm base set at its 12.0 versions, the rest generated library names).
 */
import type { ApkPackage, DpkgPackage } from '@acr-console/core';
import { WORDS } from './fill';

/** `[name, version, origin]` of alpine:3.19.1 (docker-library/repo-info) plus common additions. */
const APK: ReadonlyArray<readonly [string, string, string]> = [
  ['alpine-baselayout', '3.4.3-r2', 'alpine-baselayout'],
  ['alpine-baselayout-data', '3.4.3-r2', 'alpine-baselayout'],
  ['alpine-keys', '2.4-r1', 'alpine-keys'],
  ['apk-tools', '2.14.0-r5', 'apk-tools'],
  ['busybox', '1.36.1-r15', 'busybox'],
  ['busybox-binsh', '1.36.1-r15', 'busybox'],
  ['ca-certificates-bundle', '20230506-r0', 'ca-certificates'],
  ['libc-utils', '0.7.2-r5', 'libc-dev'],
  ['libcrypto3', '3.1.4-r5', 'openssl'],
  ['libssl3', '3.1.4-r5', 'openssl'],
  ['musl', '1.2.4_git20230717-r4', 'musl'],
  ['musl-utils', '1.2.4_git20230717-r4', 'musl'],
  ['scanelf', '1.3.7-r2', 'pax-utils'],
  ['ssl_client', '1.36.1-r15', 'busybox'],
  ['zlib', '1.3.1-r0', 'zlib'],
  ['curl', '8.5.0-r0', 'curl'],
  ['libcurl', '8.5.0-r0', 'curl'],
  ['nghttp2-libs', '1.58.0-r0', 'nghttp2'],
  ['brotli-libs', '1.1.0-r1', 'brotli'],
  ['libidn2', '2.3.4-r4', 'libidn2'],
  ['libunistring', '1.1-r2', 'libunistring'],
  ['libgcc', '13.2.1_git20231014-r0', 'gcc'],
  ['libstdc++', '13.2.1_git20231014-r0', 'gcc'],
  ['tzdata', '2024a-r0', 'tzdata'],
  ['expat', '2.5.0-r2', 'expat'],
  ['xz-libs', '5.4.5-r0', 'xz'],
  ['sqlite-libs', '3.44.2-r0', 'sqlite'],
  ['libffi', '3.4.4-r3', 'libffi'],
  ['ncurses-libs', '6.4_p20231125-r0', 'ncurses'],
  ['readline', '8.2.1-r2', 'readline'],
];

/** The apk database plus the files each package owns (paths relative to the image root). */
export function apkPackages(filesPerPackage: number): ApkPackage[] {
  return APK.map(([name, version, origin], i) => ({
    name,
    version,
    arch: 'x86_64',
    size: 20_000 + i * 1_337,
    installedSize: 60_000 + i * 4_099,
    description: `${name} (benchmark image)`,
    url: `https://pkgs.alpinelinux.org/package/v3.19/main/x86_64/${name}`,
    license: 'MIT',
    origin,
    maintainer: 'Natanael Copa <ncopa@alpinelinux.org>',
    buildTime: 1_705_000_000 + i * 600,
    depends: i > 0 ? ['so:libc.musl-x86_64.so.1'] : [],
    files: [
      {
        dir: `usr/lib/apk-bench/${name}`,
        files: Array.from({ length: filesPerPackage }, (_, j) => `${name}-${j}.so`),
      },
    ],
  }));
}

/** `[binary, version, source?]` of debian:12.0-slim (bookworm) — sources the curated advisories cover. */
const DEB: ReadonlyArray<readonly [string, string, string?]> = [
  ['base-files', '12.4'],
  ['bash', '5.2.15-2+b2'],
  ['coreutils', '9.1-1'],
  ['dpkg', '1.21.22'],
  ['libc6', '2.36-9', 'glibc'],
  ['libc-bin', '2.36-9', 'glibc'],
  ['libssl3', '3.0.9-1', 'openssl'],
  ['openssl', '3.0.9-1'],
  ['libgnutls30', '3.7.9-2', 'gnutls28'],
  ['libpam0g', '1.5.2-6', 'pam'],
  ['libpam-modules', '1.5.2-6', 'pam'],
  ['perl-base', '5.36.0-7', 'perl'],
  ['tar', '1.34+dfsg-1.2'],
  ['util-linux', '2.38.1-5+b1', 'util-linux (2.38.1-5)'],
  ['libblkid1', '2.38.1-5+b1', 'util-linux (2.38.1-5)'],
  ['libmount1', '2.38.1-5+b1', 'util-linux (2.38.1-5)'],
  ['libexpat1', '2.5.0-1', 'expat'],
  ['libsystemd0', '252.6-1', 'systemd'],
  ['libudev1', '252.6-1', 'systemd'],
  ['zlib1g', '1:1.2.13.dfsg-1', 'zlib'],
  ['libsqlite3-0', '3.40.1-2', 'sqlite3'],
  ['libzstd1', '1.5.4+dfsg2-5', 'libzstd'],
  ['liblzma5', '5.4.1-0.2', 'xz-utils'],
  ['libgcrypt20', '1.10.1-3'],
  ['ncurses-base', '6.4-4', 'ncurses'],
  ['libtinfo6', '6.4-4', 'ncurses'],
  ['libpcre2-8-0', '10.42-1', 'pcre2'],
  ['gzip', '1.12-1'],
  ['grep', '3.8-5'],
  ['sed', '4.9-1'],
];

/** `count` dpkg packages: the bookworm base set, then generated `lib<word><word><i>` libraries. */
export function dpkgPackages(count: number): DpkgPackage[] {
  const out: DpkgPackage[] = DEB.map(([name, version, source]) => {
    const [srcName, srcVersion] = (source ?? '').split(' ');
    return {
      name,
      version,
      architecture: 'amd64',
      ...(srcName ? { source: srcName } : {}),
      ...(srcVersion ? { sourceVersion: srcVersion.slice(1, -1) } : {}),
      section: 'libs',
      priority: 'optional',
      installedSize: 512,
      maintainer: 'Debian Maintainers <debian-devel@lists.debian.org>',
      description: `${name} (benchmark image)\n Part of the Debian 12 base set.`,
      multiArch: 'same' as const,
    };
  });
  for (let i = out.length; i < count; i++) {
    const a = WORDS[i % WORDS.length];
    const b = WORDS[(i * 7) % WORDS.length];
    out.push({
      name: `lib${a}${b}${i}`,
      version: `${1 + (i % 5)}.${i % 13}.${i % 7}-${1 + (i % 3)}`,
      architecture: 'amd64',
      section: 'libs',
      priority: 'optional',
      installedSize: 64 + (i % 400),
      maintainer: 'Debian Maintainers <debian-devel@lists.debian.org>',
      description: `${a} ${b} runtime library\n Generated benchmark package ${i}.`,
      multiArch: 'same',
    });
  }
  return out;
}
