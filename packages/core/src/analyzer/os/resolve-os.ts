/**
 * Deciding the image's OS when several release files were found. Precedence, documented because scanners differ:
 *
 * 1. The family comes from the best-ranked file: `etc/os-release`, `usr/lib/os-release`, then the distribution's
 *    own file (`lsb-release` for Ubuntu, `alpine-release`, `centos-release`, `rocky-release`, `almalinux-release`,
 *    `oracle-release`, `fedora-release`, `system-release`), then the generic ones last: `redhat-release` (Oracle
 *    Linux ships one claiming Red Hat) and `debian_version` (Ubuntu ships one claiming `bookworm/sid`).
 * 2. The release name comes from os-release unless a release file of the same family states a more precise
 *    release that extends it (`12` → `12.4` from debian_version, `7` → `7.6.1810` from centos-release,
 *    `2023` → `2023.3.20240108` from system-release), as Trivy's reports show (`debian-10.1`, `centos-7.6.1810`).
 * 3. `distroless` is set when a file says so (os-release `PRETTY_NAME="Distroless"`) or when the Debian packages
 *    were all read from `var/lib/dpkg/status.d/` (distroless images have no `var/lib/dpkg/status`).
 */
import type { OsInfo, Package } from '../../types/package';
import { OS_RELEASE_PATHS } from './os-release';

/** An OS found by one analyzer in one file. */
export interface OsDetection {
  /** The file it came from, relative to the image root. */
  path: string;
  os: OsInfo;
}

/** Extra evidence the orchestrator has after the walk. */
export interface ResolveOsHints {
  /** The OS packages found; used to recognise distroless Debian (`status.d/` only). */
  osPackages?: readonly Package[];
}

const RANK: Readonly<Record<string, number>> = {
  'etc/os-release': 0,
  'usr/lib/os-release': 1,
  'etc/lsb-release': 2,
  'etc/alpine-release': 2,
  'etc/centos-release': 2,
  'etc/rocky-release': 2,
  'etc/almalinux-release': 2,
  'etc/oracle-release': 2,
  'etc/fedora-release': 2,
  'etc/system-release': 2,
  'etc/redhat-release': 3,
  'etc/debian_version': 4,
};
const rankOf = (path: string): number => RANK[path] ?? 5;
const isOsRelease = (path: string): boolean => (OS_RELEASE_PATHS as readonly string[]).includes(path);

/** True when `precise` is `base` or a dotted refinement of it (`7.6.1810` of `7`). */
function refines(precise: string, base: string): boolean {
  return precise === base || precise.startsWith(`${base}.`);
}

function isDistrolessDebian(packages: readonly Package[] | undefined): boolean {
  const debs = (packages ?? []).filter((p) => p.ecosystem === 'deb');
  return debs.length > 0 && debs.every((p) => p.filePath.startsWith('var/lib/dpkg/status.d/'));
}

/**
 * Picks the image's OS from every detection (see the module comment for the precedence). Returns undefined when
 * nothing was detected. EOL fields are not filled here; call `osEol` on the result.
 */
export function resolveOs(detections: readonly OsDetection[], hints: ResolveOsHints = {}): OsInfo | undefined {
  if (detections.length === 0) return undefined;
  const ranked = [...detections].sort((a, b) => rankOf(a.path) - rankOf(b.path));
  const [best] = ranked;
  if (!best) return undefined;
  const family = best.os.family;
  const sameFamily = ranked.filter((d) => d.os.family === family);
  const fromOsRelease = sameFamily.find((d) => isOsRelease(d.path));
  let name = best.os.name;
  if (fromOsRelease) {
    const refinement = sameFamily.find((d) => !isOsRelease(d.path) && refines(d.os.name, fromOsRelease.os.name));
    name = refinement ? refinement.os.name : fromOsRelease.os.name;
  }
  const os: OsInfo = { family, name };
  const distroless =
    sameFamily.some((d) => d.os.distroless) || (family === 'debian' && isDistrolessDebian(hints.osPackages));
  if (distroless) os.distroless = true;
  return os;
}
