/**
 * Debian-family demo layers: the base root filesystem with its dpkg database, and the
 * "apt-get install" layer that rewrites the database with added packages.
 */
import type { ImageFileSpec, LayerSpec } from '../image/image-spec';
import { type DebRelease, dpkgPackages } from './debian-data';
import { type DebianOsRelease, debianSystemFiles } from './debian-files';
import { formatDpkgStanza, formatDpkgStatus } from './formats/dpkg-status';
import { stableHex } from './formats/stable-hash';
import { stub } from './os-files';
import type { DemoPackage } from './types';

/** Where dpkg keeps its database of installed packages. */
export const DPKG_STATUS_PATH = 'var/lib/dpkg/status';
/** Where distroless images record one package per file instead. */
export const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d';

/** Placeholder binaries and libraries matching the package set, at their real paths. */
function debianBinaries(release: DebRelease, mergedUsr: boolean): ImageFileSpec[] {
  const bin = mergedUsr ? 'usr/bin' : 'bin';
  const libDir = mergedUsr ? 'usr/lib/x86_64-linux-gnu' : 'lib/x86_64-linux-gnu';
  const has = (name: string) => release.packages.includes(name);
  const versionOf = (name: string) => dpkgPackages({ ...release, packages: [name] })[0]?.version ?? '';
  // libz.so.1.2.13 for zlib1g 1:1.2.13.dfsg-1: the soname file carries the upstream version.
  const zlib = /^(?:\d+:)?(\d+\.\d+\.\d+)/.exec(versionOf('zlib1g'))?.[1] ?? '1';
  const files: ImageFileSpec[] = [
    stub(`${bin}/bash`, `GNU bash ${versionOf('bash')}`),
    stub(`${bin}/ls`, `coreutils ${versionOf('coreutils')}`),
    stub(`${libDir}/libc.so.6`, `GNU C Library ${versionOf('libc6')}`),
    stub(`${libDir}/libz.so.${zlib}`, `zlib ${versionOf('zlib1g')}`),
    { path: `${libDir}/libz.so.1`, type: 'symlink', linkTarget: `libz.so.${zlib}` },
  ];
  if (has('dpkg')) files.push(stub('usr/bin/dpkg', `dpkg ${versionOf('dpkg')}`));
  if (release.family !== 'jammy')
    files.push(stub(`${bin}/dash`, 'dash'), { path: `${bin}/sh`, type: 'symlink', linkTarget: 'dash' });
  if (has('libssl3')) files.push(stub(`usr/lib/x86_64-linux-gnu/libssl.so.3`, `OpenSSL ${versionOf('libssl3')}`));
  if (has('libssl1.1')) files.push(stub('usr/lib/x86_64-linux-gnu/libssl.so.1.1', `OpenSSL ${versionOf('libssl1.1')}`));
  return files;
}

/** The single layer of an official debian/ubuntu image. */
export function debianBaseLayer(
  os: DebianOsRelease,
  release: DebRelease,
  created: string,
  mergedUsr: boolean,
): LayerSpec {
  const files = [
    ...debianSystemFiles(os, created, mergedUsr),
    ...debianBinaries(release, mergedUsr),
    { path: DPKG_STATUS_PATH, content: formatDpkgStatus(dpkgPackages(release)) },
    { path: 'var/lib/dpkg/info', type: 'dir' as const },
  ];
  // Ubuntu has no dash in this subset, yet /bin/sh must exist; it points at dash on the real image.
  if (release.family === 'jammy') {
    files.push(stub('usr/bin/dash', 'dash 0.5.11+git20210903+057cd650a4ed-3build1'), {
      path: 'usr/bin/sh',
      type: 'symlink',
      linkTarget: 'dash',
    });
  }
  return {
    createdBy: `/bin/sh -c #(nop) ADD file:${stableHex(`${os.id}-rootfs:${os.debianVersion}:${created}`, 32)} in / `,
    created,
    files,
  };
}

/** An `apt-get install` layer: the full rewritten status file plus the new packages' files. */
export function aptInstallLayer(
  release: DebRelease,
  createdBy: string,
  created: string,
  files: ImageFileSpec[],
): LayerSpec {
  return {
    createdBy,
    created,
    files: [...files, { path: DPKG_STATUS_PATH, content: formatDpkgStatus(dpkgPackages(release)) }],
  };
}

/** distroless-style package records: one stanza per file under `var/lib/dpkg/status.d/`. */
export function dpkgStatusDirFiles(release: DebRelease): ImageFileSpec[] {
  return dpkgPackages(release).map((pkg) => ({
    path: `${DPKG_STATUS_DIR}/${pkg.name}`,
    content: `${formatDpkgStanza(pkg)}\n`,
  }));
}

/** The dpkg packages a release declares, as demo inventory. */
export function dpkgDemoPackages(release: DebRelease, path = DPKG_STATUS_PATH): DemoPackage[] {
  return dpkgPackages(release).map((pkg) => ({
    type: 'dpkg',
    name: pkg.name,
    version: pkg.version,
    sourceName: pkg.source,
    sourceVersion: pkg.sourceVersion,
    path: path === DPKG_STATUS_DIR ? `${DPKG_STATUS_DIR}/${pkg.name}` : path,
  }));
}
