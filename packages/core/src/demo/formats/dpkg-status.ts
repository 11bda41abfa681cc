/** One installed Debian package as dpkg records it in `var/lib/dpkg/status`. */
export interface DpkgPackage {
  name: string;
  /** Binary package version, with epoch if any (e.g. `1:1.2.13.dfsg-1`). */
  version: string;
  /** `amd64`, `arm64`, `all`, … */
  architecture: string;
  /** Source package, when its name or version differs from the binary's. */
  source?: string;
  /** Source version, when it differs from `version` (binNMUs, epochs). */
  sourceVersion?: string;
  section: string;
  priority: string;
  /** Installed size in KiB. */
  installedSize: number;
  maintainer: string;
  /** Synopsis line, then optional extended description lines. */
  description: string;
  multiArch?: 'same' | 'foreign' | 'allowed';
  essential?: boolean;
  depends?: string;
  preDepends?: string;
  homepage?: string;
}

/**
 * Formats one package as a dpkg control stanza (no trailing blank line). Fields appear in the order
 * dpkg writes them; continuation lines of the description start with a space, and empty ones are
 * written as " .".
 */
export function formatDpkgStanza(pkg: DpkgPackage): string {
  const lines = [`Package: ${pkg.name}`];
  if (pkg.essential) lines.push('Essential: yes');
  lines.push(
    'Status: install ok installed',
    `Priority: ${pkg.priority}`,
    `Section: ${pkg.section}`,
    `Installed-Size: ${pkg.installedSize}`,
    `Maintainer: ${pkg.maintainer}`,
    `Architecture: ${pkg.architecture}`,
  );
  if (pkg.multiArch) lines.push(`Multi-Arch: ${pkg.multiArch}`);
  const sourceName = pkg.source ?? pkg.name;
  if (pkg.sourceVersion !== undefined && pkg.sourceVersion !== pkg.version) {
    lines.push(`Source: ${sourceName} (${pkg.sourceVersion})`);
  } else if (sourceName !== pkg.name) {
    lines.push(`Source: ${sourceName}`);
  }
  lines.push(`Version: ${pkg.version}`);
  if (pkg.depends) lines.push(`Depends: ${pkg.depends}`);
  if (pkg.preDepends) lines.push(`Pre-Depends: ${pkg.preDepends}`);
  const [synopsis, ...extended] = pkg.description.split('\n');
  lines.push(`Description: ${synopsis}`, ...extended.map((line) => (line.trim() === '' ? ' .' : ` ${line}`)));
  if (pkg.homepage) lines.push(`Homepage: ${pkg.homepage}`);
  return lines.join('\n');
}

/** Formats the whole `var/lib/dpkg/status` file: stanzas separated by blank lines. */
export function formatDpkgStatus(packages: readonly DpkgPackage[]): string {
  return packages.map((pkg) => `${formatDpkgStanza(pkg)}\n\n`).join('');
}
