/**
 * OS detection from `etc/os-release` / `usr/lib/os-release`: `ID` picks the family, `VERSION_ID` the release.
 * `ID_LIKE` is deliberately not used (Trivy does the same): a derivative such as Linux Mint claims `ubuntu`
 * there, and matching it against Ubuntu advisories would give wrong answers.
 * ref. https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */

import type { OsFamily, OsInfo } from '../../types/package';
import type { Analyzer } from '../analyzer';
import { decodeText, parseKeyValues } from './text';

/** The files the os-release analyzer reads (`etc/os-release` is usually a symlink to the second one). */
export const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'] as const;

// Only the families the core can match advisories for; anything else (SUSE, Photon, Wolfi, …) is left undetected
// so that a more specific release file, or no OS at all, decides.
const FAMILY_BY_ID: Readonly<Record<string, OsFamily>> = {
  alpine: 'alpine',
  debian: 'debian',
  ubuntu: 'ubuntu',
  rhel: 'redhat',
  centos: 'centos',
  rocky: 'rocky',
  almalinux: 'alma',
  ol: 'oracle',
  amzn: 'amazon',
  fedora: 'fedora',
};

/**
 * Parses an os-release file. Returns undefined when `ID` or `VERSION_ID` is missing or the distribution is not a
 * supported family. CentOS Stream shares `ID=centos` with CentOS Linux but has its own life cycle, so its
 * release is reported as `stream<N>` (e.g. `stream9`). Google's distroless images say `PRETTY_NAME="Distroless"`.
 */
export function parseOsRelease(text: string): OsInfo | undefined {
  const fields = parseKeyValues(text);
  const id = fields.get('ID')?.toLowerCase();
  const versionId = fields.get('VERSION_ID');
  if (!id || !versionId) return undefined;
  const family = FAMILY_BY_ID[id];
  if (!family) return undefined;
  let name = versionId;
  if (family === 'centos' && /stream/i.test(fields.get('NAME') ?? '')) name = `stream${versionId.split('.')[0]}`;
  const os: OsInfo = { family, name };
  if (/^distroless\b/i.test(fields.get('PRETTY_NAME') ?? '')) os.distroless = true;
  return os;
}

/** Detects the OS from os-release. */
export const osReleaseAnalyzer: Analyzer = {
  name: 'os-release',
  version: 1,
  required: (path, file) => file.type !== 'dir' && (OS_RELEASE_PATHS as readonly string[]).includes(path),
  analyze({ content }) {
    const os = parseOsRelease(decodeText(content));
    return os ? { os } : null;
  },
};
