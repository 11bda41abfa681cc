/**
 * Alpine's installed-package database, `lib/apk/db/installed` (apk-tools v2; `usr/lib/apk/db/installed` on newer
 * images that moved it under /usr). Records are separated by blank lines; each line is `<letter>:<value>`:
 * P name, V version, A arch, o origin (the source package, built at the same version), L licence. File lists
 * (F/R), checksums (C) and dependencies (D/p) are not part of the `Package` model and are skipped.
 * ref. https://wiki.alpinelinux.org/wiki/Apk_spec
 */

import type { Package } from '../../types/package';
import { isValidApkVersion } from '../../version/apk';
import type { Analyzer } from '../analyzer';
import { splitLicenses } from './license';
import { osPackagePurl } from './purl';

/** The apk database locations. */
export const APK_DB_PATHS = ['lib/apk/db/installed', 'usr/lib/apk/db/installed'] as const;

interface ApkRecord {
  P?: string;
  V?: string;
  A?: string;
  o?: string;
  L?: string;
}

function toPackage(rec: ApkRecord, filePath: string): Package | undefined {
  const name = rec.P?.trim();
  const version = rec.V?.trim();
  // A record without a valid version cannot be matched against advisories (apk itself never writes one); Trivy
  // drops such records too.
  if (!name || !version || !isValidApkVersion(version)) return undefined;
  const pkg: Package = {
    ecosystem: 'apk',
    name,
    version,
    srcName: rec.o?.trim() || name,
    srcVersion: version,
    purl: '',
    licenses: splitLicenses(rec.L),
    filePath,
  };
  if (rec.A?.trim()) pkg.arch = rec.A.trim();
  pkg.purl = osPackagePurl(pkg);
  return pkg;
}

/**
 * Parses an apk `installed` database. When a name appears twice the first record wins (apk never writes
 * duplicates; a hand-edited or merged file might). Text that is not an apk database yields an empty list.
 */
export function parseApkInstalled(text: string, filePath: string): Package[] {
  const packages: Package[] = [];
  const seen = new Set<string>();
  let rec: ApkRecord = {};
  const flush = () => {
    const pkg = toPackage(rec, filePath);
    if (pkg && !seen.has(pkg.name)) {
      seen.add(pkg.name);
      packages.push(pkg);
    }
    rec = {};
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line[1] !== ':') continue;
    const key = line[0] as keyof ApkRecord;
    // Only the first occurrence of a field counts; apk writes each of these once per record.
    if ((key === 'P' || key === 'V' || key === 'A' || key === 'o' || key === 'L') && rec[key] === undefined) {
      rec[key] = line.slice(2);
    }
  }
  flush();
  return packages;
}

/** apk database analyzer. */
export const apkAnalyzer: Analyzer = {
  name: 'apk',
  version: 1,
  required: (path, file) => file.type !== 'dir' && (APK_DB_PATHS as readonly string[]).includes(path),
  analyze({ path, content }) {
    const packages = parseApkInstalled(new TextDecoder().decode(content), path);
    return packages.length > 0 ? { osPackages: packages } : null;
  },
};
