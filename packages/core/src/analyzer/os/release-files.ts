/**
 * OS detection from distribution-specific release files:
 * - `etc/alpine-release`: one line, the full release (`3.18.4`).
 * - `etc/debian_version`: one line, `12.4` on stable releases, `trixie/sid` on testing/unstable (Ubuntu ships it
 *   too with the Debian base it forked from, which is why `resolveOs` ranks it last).
 * - `etc/lsb-release`: `DISTRIB_ID=Ubuntu` + `DISTRIB_RELEASE=22.04` (other DISTRIB_IDs are ignored).
 * - `etc/{redhat,centos,rocky,almalinux,oracle,fedora}-release`: `<Name> release <N.M> (<codename>)`; the family is
 *   read from the name, not the file name, because these files are often copies or symlinks of each other.
 * - `etc/system-release`: Amazon Linux (`Amazon Linux release 2 (Karoo)`, `Amazon Linux AMI release 2018.03`); on
 *   other Red Hat family systems it is a symlink to their own release file and is parsed like one.
 * ref. https://www.freedesktop.org/software/systemd/man/latest/os-release.html (the files os-release replaced)
 */

import type { OsFamily, OsInfo } from '../../types/package';
import type { Analyzer } from '../analyzer';
import { decodeText, firstLine, parseKeyValues } from './text';

/** Parses `etc/alpine-release`. */
export function parseAlpineRelease(text: string): OsInfo | undefined {
  const line = firstLine(text);
  return line && /^\d/.test(line) ? { family: 'alpine', name: line } : undefined;
}

/** Parses `etc/debian_version`. */
export function parseDebianVersion(text: string): OsInfo | undefined {
  const line = firstLine(text);
  return line ? { family: 'debian', name: line } : undefined;
}

/** Parses `etc/lsb-release`; only Ubuntu is recognised (Debian rarely ships the file, and os-release covers it). */
export function parseLsbRelease(text: string): OsInfo | undefined {
  const fields = parseKeyValues(text);
  const release = fields.get('DISTRIB_RELEASE');
  if (fields.get('DISTRIB_ID')?.toLowerCase() !== 'ubuntu' || !release) return undefined;
  return { family: 'ubuntu', name: release };
}

// Checked in order: Oracle's and CentOS's files can also mention "Red Hat" in their names.
const REDHAT_FAMILY_NAMES: ReadonlyArray<[RegExp, OsFamily]> = [
  [/centos/i, 'centos'],
  [/rocky/i, 'rocky'],
  [/alma/i, 'alma'],
  [/oracle/i, 'oracle'],
  [/fedora/i, 'fedora'],
  [/amazon/i, 'amazon'],
  [/red ?hat/i, 'redhat'],
];

/**
 * Parses any Red Hat style release line: `CentOS Linux release 7.6.1810 (Core)`, `Fedora release 29 (…)`,
 * `Amazon Linux release 2 (Karoo)`. Amazon Linux 1 releases are dated (`2018.03`) and Amazon Linux 2023 writes its
 * full release (`2023.3.20240108`); both are kept as written.
 */
export function parseRedhatRelease(text: string): OsInfo | undefined {
  const line = firstLine(text);
  const match = line && /^(.*?)\s+release\s+(\d[\d.]*)/i.exec(line);
  if (!match) return undefined;
  const [, distro = '', version = ''] = match;
  const family = REDHAT_FAMILY_NAMES.find(([re]) => re.test(distro))?.[1];
  if (!family) return undefined;
  if (family === 'centos' && /stream/i.test(distro)) return { family, name: `stream${version.split('.')[0]}` };
  return { family, name: version.replace(/\.$/, '') };
}

function releaseFileAnalyzer(
  name: string,
  paths: readonly string[],
  parse: (text: string) => OsInfo | undefined,
): Analyzer {
  return {
    name,
    version: 1,
    required: (path, file) => file.type !== 'dir' && paths.includes(path),
    analyze({ content }) {
      const os = parse(decodeText(content));
      return os ? { os } : null;
    },
  };
}

/** `etc/alpine-release`. */
export const alpineReleaseAnalyzer = releaseFileAnalyzer('alpine', ['etc/alpine-release'], parseAlpineRelease);
/** `etc/debian_version`. */
export const debianVersionAnalyzer = releaseFileAnalyzer('debian', ['etc/debian_version'], parseDebianVersion);
/** `etc/lsb-release` (Ubuntu). */
export const lsbReleaseAnalyzer = releaseFileAnalyzer('ubuntu', ['etc/lsb-release'], parseLsbRelease);

/** The Red Hat family release files, most specific first (the order `resolveOs` ranks them in). */
export const REDHAT_RELEASE_PATHS = [
  'etc/centos-release',
  'etc/rocky-release',
  'etc/almalinux-release',
  'etc/oracle-release',
  'etc/fedora-release',
  'etc/system-release',
  'etc/redhat-release',
] as const;

/** Red Hat family release files, including Amazon Linux's `etc/system-release`. */
export const redhatReleaseAnalyzer = releaseFileAnalyzer('redhatbase', REDHAT_RELEASE_PATHS, parseRedhatRelease);
