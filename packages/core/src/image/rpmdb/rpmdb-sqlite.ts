/**
 * Builds rpm's SQLite package database (`/var/lib/rpm/rpmdb.sqlite`, rpm ≥ 4.16: RHEL/Rocky/Alma 9, Fedora ≥ 33):
 * table `Packages(hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)` holding one header blob per
 * installed package, plus the `sqlite_sequence` row AUTOINCREMENT keeps, and rpm's secondary index tables, which
 * rpm insists on finding (a read-only `rpm -qa` fails with "cannot open Name index" otherwise). Only `Name` is
 * filled (its key is the NAME tag every header has); the others index tags these headers do not carry (file
 * lists, dependencies, digests), so they are empty and `rpm -qf` finds no owner. The tables' SQL `CREATE INDEX`es
 * are omitted: rpm only adds them when it creates a table, and lookups work without them.
 * ref. https://github.com/rpm-software-management/rpm/blob/master/lib/backend/sqlite.c
 */
import { encodeRpmHeaderBlob, RPM_WRITE_TAG, type RpmHeaderTag } from './rpm-header-writer';
import { writeSqliteDatabase } from './sqlite-writer';

/** One installed rpm. */
export interface RpmPackageSpec {
  name: string;
  version: string;
  release: string;
  /** Omitted for epoch-less packages (rpm stores no EPOCH tag then). */
  epoch?: number;
  /** e.g. `x86_64`, `noarch`. */
  arch: string;
  /** Source package file, e.g. `glibc-2.34-60.el9.src.rpm`. */
  sourceRpm: string;
  license?: string;
  summary?: string;
  vendor?: string;
  /** Installed size in bytes. */
  size?: number;
  /** Seconds since the epoch. */
  buildTime?: number;
  installTime?: number;
}

/** The schema rpm's sqlite backend creates for Packages (as SQLite stores the statement). */
export const RPMDB_PACKAGES_SQL = "CREATE TABLE 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT,blob BLOB NOT NULL)";

/** rpm's index tables (lib/rpmdb.c dbiTags) with the key type its sqlite backend declares for each. */
const INDEX_TABLES: ReadonlyArray<[name: string, keyType: 'TEXT' | 'BLOB']> = [
  ['Name', 'TEXT'],
  ['Basenames', 'TEXT'],
  ['Group', 'TEXT'],
  ['Requirename', 'TEXT'],
  ['Providename', 'TEXT'],
  ['Conflictname', 'TEXT'],
  ['Obsoletename', 'TEXT'],
  ['Triggername', 'TEXT'],
  ['Dirnames', 'TEXT'],
  ['Installtid', 'BLOB'],
  ['Sigmd5', 'BLOB'],
  ['Sha1header', 'TEXT'],
  ['Filetriggername', 'TEXT'],
  ['Transfiletriggername', 'TEXT'],
  ['Recommendname', 'TEXT'],
  ['Suggestname', 'TEXT'],
  ['Supplementname', 'TEXT'],
  ['Enhancename', 'TEXT'],
];

const indexTableSql = (name: string, keyType: string) =>
  `CREATE TABLE '${name}' (key '${keyType}' NOT NULL, hnum INTEGER NOT NULL, idx INTEGER NOT NULL, FOREIGN KEY (hnum) REFERENCES 'Packages'(hnum))`;

/** The header blob of one package: the tags rpm -q and scanners read. */
export function rpmPackageHeader(pkg: RpmPackageSpec): Uint8Array {
  const tags: RpmHeaderTag[] = [
    { tag: RPM_WRITE_TAG.NAME, value: pkg.name },
    { tag: RPM_WRITE_TAG.VERSION, value: pkg.version },
    { tag: RPM_WRITE_TAG.RELEASE, value: pkg.release },
    { tag: RPM_WRITE_TAG.OS, value: 'linux' },
    { tag: RPM_WRITE_TAG.ARCH, value: pkg.arch },
    { tag: RPM_WRITE_TAG.SOURCERPM, value: pkg.sourceRpm },
  ];
  if (pkg.epoch !== undefined) tags.push({ tag: RPM_WRITE_TAG.EPOCH, value: [pkg.epoch] });
  // SUMMARY is an I18N string in real headers; rpm reads it as the "C" locale entry.
  if (pkg.summary) tags.push({ tag: RPM_WRITE_TAG.SUMMARY, value: [pkg.summary], type: 9 });
  if (pkg.license) tags.push({ tag: RPM_WRITE_TAG.LICENSE, value: pkg.license });
  if (pkg.vendor) tags.push({ tag: RPM_WRITE_TAG.VENDOR, value: pkg.vendor });
  if (pkg.size !== undefined) tags.push({ tag: RPM_WRITE_TAG.SIZE, value: [pkg.size] });
  if (pkg.buildTime !== undefined) tags.push({ tag: RPM_WRITE_TAG.BUILDTIME, value: [pkg.buildTime] });
  if (pkg.installTime !== undefined) tags.push({ tag: RPM_WRITE_TAG.INSTALLTIME, value: [pkg.installTime] });
  return encodeRpmHeaderBlob(tags);
}

/** Writes `rpmdb.sqlite` with `packages` as hnum 1…n, in the given order. */
export function writeRpmdbSqlite(packages: readonly RpmPackageSpec[]): Uint8Array {
  return writeSqliteDatabase([
    {
      name: 'Packages',
      sql: RPMDB_PACKAGES_SQL,
      rows: packages.map((pkg, i) => ({ rowid: i + 1, values: [null, rpmPackageHeader(pkg)] })),
    },
    {
      name: 'sqlite_sequence',
      sql: 'CREATE TABLE sqlite_sequence(name,seq)',
      rows: packages.length === 0 ? [] : [{ rowid: 1, values: ['Packages', packages.length] }],
    },
    ...INDEX_TABLES.map(([name, keyType]) => ({
      name,
      sql: indexTableSql(name, keyType),
      rows: name === 'Name' ? packages.map((pkg, i) => ({ rowid: i + 1, values: [pkg.name, i + 1, 0] })) : [],
    })),
  ]);
}
