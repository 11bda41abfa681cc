/** Per-distribution package managers and the upgrade commands they take. */
import type { OsInfo } from '../types/package';
import type { FixEcosystem, PackageFix, PackageManager } from './types';

/** Which ecosystem a family's package database holds; undefined for a family the fix does not know. */
export function fixEcosystem(family: string): FixEcosystem | undefined {
  switch (family) {
    case 'alpine':
      return 'apk';
    case 'debian':
    case 'ubuntu':
      return 'deb';
    case 'redhat':
    case 'centos':
    case 'rocky':
    case 'alma':
    case 'oracle':
    case 'amazon':
    case 'fedora':
      return 'rpm';
    default:
      return undefined;
  }
}

/** RHEL/CentOS/Oracle ≤ 7 and Amazon Linux 2 ship only yum; later releases (and Fedora) have dnf. */
export function packageManager(os: OsInfo, ecosystem: FixEcosystem): PackageManager {
  if (ecosystem === 'apk') return 'apk';
  if (ecosystem === 'deb') return 'apt-get';
  const major = Number(/^(\d+)/.exec(os.name)?.[1] ?? Number.NaN);
  if (os.family === 'amazon') return major === 2 ? 'yum' : 'dnf';
  if (os.family === 'fedora') return 'dnf';
  return major <= 7 ? 'yum' : 'dnf';
}

/** The upgrade command: each tool's syntax for "this package at exactly this version". */
export function upgradeCommand(manager: PackageManager, packages: readonly PackageFix[]): string {
  if (packages.length === 0) return '';
  switch (manager) {
    case 'apk':
      return `apk add --no-cache --upgrade ${packages.map((p) => `${p.name}=${p.targetVersion}`).join(' ')}`;
    case 'apt-get':
      return `apt-get update && apt-get install -y --only-upgrade ${packages.map((p) => `${p.name}=${p.targetVersion}`).join(' ')}`;
    // dnf and yum take `name-[epoch:]version-release`.
    case 'dnf':
      return `dnf -y upgrade ${packages.map((p) => `${p.name}-${p.targetVersion}`).join(' ')}`;
    case 'yum':
      return `yum -y update ${packages.map((p) => `${p.name}-${p.targetVersion}`).join(' ')}`;
  }
}
