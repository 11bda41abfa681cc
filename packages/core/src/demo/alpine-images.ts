/**
 * Alpine-based demo layers: the base root filesystem with its apk database, and the "apk add"
 * layer application images put on top (which rewrites the whole database, as apk does).
 */
import type { ImageFileSpec, LayerSpec } from '../image/image-spec';
import type { ContainerConfig } from '../image/oci';
import { ALPINE_BASE_PACKAGES, type AlpineRelease, type ApkVersions, apkPackages } from './alpine-data';
import { alpineSystemFiles } from './alpine-files';
import { formatApkInstalled } from './formats/apk-installed';
import { stableHex } from './formats/stable-hash';
import { stub } from './os-files';
import type { DemoPackage } from './types';

/** Where apk-tools keeps its installed database. */
export const APK_DB_PATH = 'lib/apk/db/installed';

/** Applets the busybox trigger links into /bin (a few of the ~300). */
const BUSYBOX_APPLETS = [
  'ash',
  'cat',
  'chmod',
  'cp',
  'echo',
  'grep',
  'ls',
  'mkdir',
  'mv',
  'ps',
  'rm',
  'sed',
  'sleep',
  'tar',
];

/** Real symlinks among the files apk packages own; everything else is a regular file. */
function apkSymlink(path: string, versions: ApkVersions): string | undefined {
  if (path === 'bin/sh') return '/bin/busybox';
  if (path === 'lib/libc.musl-x86_64.so.1') return 'ld-musl-x86_64.so.1';
  if (path === 'lib/libz.so.1') return `libz.so.${(versions.zlib ?? '').replace(/-r\d+$/, '')}`;
  if (path === 'usr/lib/libcurl.so.4') return 'libcurl.so.4.8.0';
  return undefined;
}

/**
 * Files the packages own (`F:`/`R:` records), as placeholders or symlinks, so the apk database and
 * the filesystem agree. Paths in `skip` are provided elsewhere with real content.
 */
export function apkOwnedFiles(versions: ApkVersions, created: string, skip: ReadonlySet<string>): ImageFileSpec[] {
  const files: ImageFileSpec[] = [];
  for (const pkg of apkPackages(versions, created)) {
    for (const group of pkg.files ?? []) {
      for (const name of group.files ?? []) {
        const path = `${group.dir}/${name}`;
        if (skip.has(path)) continue;
        const target = apkSymlink(path, versions);
        files.push(
          target
            ? { path, type: 'symlink', linkTarget: target }
            : stub(
                path,
                `${pkg.name} ${pkg.version} (${pkg.arch})`,
                path.includes('bin/') || path.includes('.so') ? 0o755 : 0o644,
              ),
        );
      }
    }
  }
  return files;
}

/** The single layer of an official alpine image. */
export function alpineBaseLayer(release: AlpineRelease): LayerSpec {
  const versions = pick(release.versions, ALPINE_BASE_PACKAGES);
  const system = alpineSystemFiles(release.release, release.created, [
    'alpine-baselayout',
    'alpine-keys',
    'apk-tools',
    'busybox',
    'libc-utils',
  ]);
  const provided = new Set(system.map((f) => f.path));
  return {
    createdBy: `/bin/sh -c #(nop) ADD file:${stableHex(`alpine-rootfs:${release.release}`, 32)} in / `,
    created: release.created,
    files: [
      ...system,
      ...apkOwnedFiles(versions, release.created, provided),
      ...BUSYBOX_APPLETS.map(
        (applet): ImageFileSpec => ({ path: `bin/${applet}`, type: 'symlink', linkTarget: '/bin/busybox' }),
      ),
      { path: APK_DB_PATH, content: formatApkInstalled(apkPackages(versions, release.created)) },
      { path: 'lib/apk/db/lock', content: '', mode: 0o600 },
    ],
  };
}

/** The `CMD ["/bin/sh"]` step every alpine image ends with. */
export const alpineCmdStep = (created: string): LayerSpec => ({
  createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
  created,
  emptyLayer: true,
  files: [],
});

/** Default runtime config of alpine images. */
export const ALPINE_CONFIG: ContainerConfig = {
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Cmd: ['/bin/sh'],
};

/**
 * An `apk add` layer: the rewritten database (base + extras), the updated world file and the
 * extras' files.
 */
export function apkAddLayer(
  release: AlpineRelease,
  extras: ApkVersions,
  createdBy: string,
  created: string,
  extraFiles: ImageFileSpec[] = [],
): LayerSpec {
  const all = { ...pick(release.versions, ALPINE_BASE_PACKAGES), ...extras };
  const provided = new Set(extraFiles.map((f) => f.path));
  const world = [
    'alpine-baselayout',
    'alpine-keys',
    'apk-tools',
    'busybox',
    'libc-utils',
    ...Object.keys(extras),
  ].sort();
  return {
    createdBy,
    created,
    files: [
      ...extraFiles,
      ...apkOwnedFiles(extras, created, provided),
      { path: 'etc/apk/world', content: `${world.join('\n')}\n` },
      { path: APK_DB_PATH, content: formatApkInstalled(apkPackages(all, created)) },
    ],
  };
}

/** The apk packages an image's final database lists. */
export function apkDemoPackages(versions: ApkVersions, created: string): DemoPackage[] {
  return apkPackages(versions, created).map((pkg) => ({
    type: 'apk',
    name: pkg.name,
    version: pkg.version,
    sourceName: pkg.origin === pkg.name ? undefined : pkg.origin,
    path: APK_DB_PATH,
  }));
}

/** The base-package subset of a release's version map. */
export function pick(versions: ApkVersions, names: readonly string[]): ApkVersions {
  const out: ApkVersions = {};
  for (const name of names) {
    const version = versions[name];
    if (version === undefined) throw new Error(`release lacks ${name}`);
    out[name] = version;
  }
  return out;
}
