/**
 * Debian/Ubuntu installed packages: `var/lib/dpkg/status`, and `var/lib/dpkg/status.d/<name>` on distroless
 * images (one control stanza per file, no `Status:` field since nothing is ever removed there; the `*.md5sums`
 * files next to them are file lists, not stanzas). Stanzas are deb822 paragraphs separated by blank lines;
 * continuation lines start with a space or tab.
 * Fields used: Package, Status, Version (epoch kept as written), Architecture, Source (`name` or
 * `name (version)`, defaulting to the binary's name and version). Licences live in a separate file per package
 * (`usr/share/doc/<pkg>/copyright`) and are not read by this analyzer: `licenses` stays empty.
 * ref. https://man7.org/linux/man-pages/man5/deb822.5.html, https://man7.org/linux/man-pages/man1/dpkg-query.1.html
 * (Status: want, error flag, state), https://www.debian.org/doc/debian-policy/ch-controlfields.html#source
 */

import type { Package } from '../../types/package';
import { isValidDebVersion } from '../../version/deb';
import type { Analyzer } from '../analyzer';
import { osPackagePurl } from './purl';

/** The main database file. */
export const DPKG_STATUS_PATH = 'var/lib/dpkg/status';
/** The distroless per-package directory. */
export const DPKG_STATUS_DIR = 'var/lib/dpkg/status.d/';

/**
 * dpkg states in which the package's files are on disk. `not-installed` and `config-files` (only conffiles left
 * after a remove) are not. The want flag (first word) is ignored: `deinstall ok installed` is selected for removal
 * but still installed, so its files can still be exploited.
 */
const ON_DISK_STATES = new Set([
  'installed',
  'unpacked',
  'half-configured',
  'half-installed',
  'triggers-awaited',
  'triggers-pending',
]);

/** True when dpkg's `required` path test accepts `path` (status file or a distroless stanza file). */
export function isDpkgDatabasePath(path: string): boolean {
  if (path === DPKG_STATUS_PATH) return true;
  if (!path.startsWith(DPKG_STATUS_DIR)) return false;
  const name = path.slice(DPKG_STATUS_DIR.length);
  return name !== '' && !name.includes('/') && !name.endsWith('.md5sums');
}

/** Splits deb822 text into paragraphs of field name (lower-cased) → value (continuation lines joined by `\n`). */
export function parseDeb822(text: string): Array<Map<string, string>> {
  const paragraphs: Array<Map<string, string>> = [];
  let current = new Map<string, string>();
  let lastKey: string | undefined;
  const flush = () => {
    if (current.size > 0) paragraphs.push(current);
    current = new Map();
    lastKey = undefined;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
    } else if (line[0] === ' ' || line[0] === '\t') {
      if (lastKey !== undefined) current.set(lastKey, `${current.get(lastKey) ?? ''}\n${line.trim()}`);
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      lastKey = line.slice(0, colon).trim().toLowerCase();
      // First occurrence wins: dpkg never repeats a field, so a repeat means a damaged file.
      if (!current.has(lastKey)) current.set(lastKey, line.slice(colon + 1).trim());
    }
  }
  flush();
  return paragraphs;
}

function isOnDisk(status: string | undefined, distroless: boolean): boolean {
  if (status === undefined) return distroless;
  const state = status.split(/\s+/)[2];
  return state !== undefined && ON_DISK_STATES.has(state);
}

function toPackage(fields: Map<string, string>, filePath: string, distroless: boolean): Package | undefined {
  const name = fields.get('package');
  const version = fields.get('version');
  if (!name || !version || !isValidDebVersion(version)) return undefined;
  if (!isOnDisk(fields.get('status'), distroless)) return undefined;
  const source = /^(\S+)(?:\s+\((.+)\))?$/.exec(fields.get('source') ?? '');
  const pkg: Package = {
    ecosystem: 'deb',
    name,
    version,
    srcName: source?.[1] ?? name,
    srcVersion: source?.[2]?.trim() || version,
    purl: '',
    licenses: [],
    filePath,
  };
  const arch = fields.get('architecture');
  if (arch) pkg.arch = arch;
  pkg.purl = osPackagePurl(pkg);
  return pkg;
}

/**
 * Parses a dpkg status (or status.d) file. Stanzas without a package name, without a valid version or whose
 * files are not on disk are skipped; text that is not a dpkg database yields an empty list.
 */
export function parseDpkgStatus(text: string, filePath: string): Package[] {
  const distroless = filePath.startsWith(DPKG_STATUS_DIR);
  const out: Package[] = [];
  for (const fields of parseDeb822(text)) {
    const pkg = toPackage(fields, filePath, distroless);
    if (pkg) out.push(pkg);
  }
  return out;
}

/** dpkg database analyzer. */
export const dpkgAnalyzer: Analyzer = {
  name: 'dpkg',
  version: 1,
  required: (path, file) => file.type !== 'dir' && isDpkgDatabasePath(path),
  analyze({ path, content }) {
    const packages = parseDpkgStatus(new TextDecoder().decode(content), path);
    return packages.length > 0 ? { osPackages: packages } : null;
  },
};
