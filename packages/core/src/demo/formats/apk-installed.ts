import { stableBase64, stableHex } from './stable-hash';

/** One installed package as apk-tools records it in `lib/apk/db/installed`. */
export interface ApkPackage {
  name: string;
  version: string;
  /** apk architecture, e.g. `x86_64`. */
  arch: string;
  /** Package file size in bytes. */
  size: number;
  /** Installed size in bytes. */
  installedSize: number;
  description: string;
  url: string;
  license: string;
  /** Origin (source) package in aports. */
  origin: string;
  maintainer?: string;
  /** Build time, seconds since the epoch. */
  buildTime: number;
  depends?: string[];
  provides?: string[];
  installIf?: string[];
  /** Files the package owns, grouped by directory, as `F:`/`R:` lines. */
  files?: { dir: string; files?: string[] }[];
}

/**
 * Formats packages in apk-tools' installed-database format: one `X:value` line per field and a
 * blank line after each package. Control (`C:`) and file (`Z:`) checksums have the real
 * `Q1` + base64(SHA-1) shape but are derived from the package identity, since the demo has no
 * `.apk` files to checksum.
 */
export function formatApkInstalled(packages: readonly ApkPackage[]): string {
  return packages.map(formatOne).join('');
}

function formatOne(pkg: ApkPackage): string {
  const id = `${pkg.name}-${pkg.version}`;
  const lines = [
    `C:Q1${stableBase64(`control:${id}`, 20)}`,
    `P:${pkg.name}`,
    `V:${pkg.version}`,
    `A:${pkg.arch}`,
    `S:${pkg.size}`,
    `I:${pkg.installedSize}`,
    `T:${pkg.description}`,
    `U:${pkg.url}`,
    `L:${pkg.license}`,
    `o:${pkg.origin}`,
  ];
  if (pkg.maintainer) lines.push(`m:${pkg.maintainer}`);
  lines.push(`t:${pkg.buildTime}`, `c:${stableHex(`commit:${pkg.origin}-${pkg.version}`, 20)}`);
  if (pkg.depends?.length) lines.push(`D:${pkg.depends.join(' ')}`);
  if (pkg.provides?.length) lines.push(`p:${pkg.provides.join(' ')}`);
  if (pkg.installIf?.length) lines.push(`i:${pkg.installIf.join(' ')}`);
  for (const group of pkg.files ?? []) {
    lines.push(`F:${group.dir}`);
    for (const file of group.files ?? []) {
      lines.push(`R:${file}`, `Z:Q1${stableBase64(`file:${id}:${group.dir}/${file}`, 20)}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}
