import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRpmSqlite, rpmAnalyzer } from '../../analyzer/pkg/rpm';
import type { LayerFile } from '../../types/image';
import { RPMDB_PACKAGES_SQL, type RpmPackageSpec, writeRpmdbSqlite } from './rpmdb-sqlite';

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await initSqlJs();
});

const PATH = 'var/lib/rpm/rpmdb.sqlite';

const glibc: RpmPackageSpec = {
  name: 'glibc',
  version: '2.34',
  release: '60.el9',
  arch: 'x86_64',
  sourceRpm: 'glibc-2.34-60.el9.src.rpm',
  license: 'LGPLv2+',
};
const openssl: RpmPackageSpec = {
  name: 'openssl-libs',
  epoch: 1,
  version: '3.0.7',
  release: '16.el9_2',
  arch: 'x86_64',
  sourceRpm: 'openssl-3.0.7-16.el9_2.src.rpm',
  license: 'ASL 2.0',
  vendor: 'Rocky Enterprise Software Foundation',
  summary: 'A general purpose cryptography library with TLS implementation',
  size: 6_291_456,
  buildTime: 1_686_000_000,
  installTime: 1_689_279_600,
};
const tzdata: RpmPackageSpec = {
  name: 'tzdata',
  version: '2023c',
  release: '1.el9',
  arch: 'noarch',
  sourceRpm: 'tzdata-2023c-1.el9.src.rpm',
};

function query(bytes: Uint8Array, statement: string): unknown[][] {
  const db = new sql.Database(bytes);
  try {
    const stmt = db.prepare(statement);
    const rows: unknown[][] = [];
    while (stmt.step()) rows.push(stmt.get());
    stmt.free();
    return rows;
  } finally {
    db.close();
  }
}

const cases: Array<{ name: string; packages: RpmPackageSpec[] }> = [
  { name: 'no packages', packages: [] },
  { name: 'three packages, with and without epoch', packages: [glibc, openssl, tzdata] },
  {
    name: '200 packages with headers larger than a page',
    packages: Array.from({ length: 200 }, (_, i) => ({ ...glibc, name: `pkg-${i}`, summary: 's'.repeat(i * 50) })),
  },
];

describe('writeRpmdbSqlite', () => {
  it.each(cases)('$name: the rpm analyzer reads back every package', ({ packages }) => {
    const read = readRpmSqlite(sql, writeRpmdbSqlite(packages), PATH);
    expect(read.map((p) => [p.name, p.version, p.arch, p.srcName, p.srcVersion])).toEqual(
      packages.map((p) => {
        const evr = `${p.epoch ? `${p.epoch}:` : ''}${p.version}-${p.release}`;
        return [p.name, evr, p.arch, p.sourceRpm.replace(/-[^-]+-[^-]+\.src\.rpm$/, ''), evr];
      }),
    );
  });

  it.each(cases)('$name: SQLite finds no corruption, hnum counts from 1 and sqlite_sequence agrees', ({ packages }) => {
    const bytes = writeRpmdbSqlite(packages);
    expect(query(bytes, 'PRAGMA integrity_check')).toEqual([['ok']]);
    expect(query(bytes, 'SELECT hnum FROM Packages').flat()).toEqual(packages.map((_, i) => i + 1));
    expect(query(bytes, 'SELECT name, seq FROM sqlite_sequence')).toEqual(
      packages.length === 0 ? [] : [['Packages', packages.length]],
    );
    expect(query(bytes, 'SELECT key, hnum, idx FROM Name')).toEqual(packages.map((p, i) => [p.name, i + 1, 0]));
  });

  it('has the tables rpm opens (a read-only rpm -qa fails without its index tables)', () => {
    const tables = query(writeRpmdbSqlite([glibc]), "SELECT name, sql FROM sqlite_schema WHERE type = 'table'");
    expect(tables[0]).toEqual(['Packages', RPMDB_PACKAGES_SQL]);
    expect(tables.map(([name]) => name)).toEqual([
      'Packages',
      'sqlite_sequence',
      'Name',
      'Basenames',
      'Group',
      'Requirename',
      'Providename',
      'Conflictname',
      'Obsoletename',
      'Triggername',
      'Dirnames',
      'Installtid',
      'Sigmd5',
      'Sha1header',
      'Filetriggername',
      'Transfiletriggername',
      'Recommendname',
      'Suggestname',
      'Supplementname',
      'Enhancename',
    ]);
  });

  it('is found and read by the rpm analyzer at the RHEL 9 path', async () => {
    const content = writeRpmdbSqlite([glibc, openssl]);
    const layer = { index: 0, digest: 'sha256:00', diffId: 'sha256:00' };
    const file: LayerFile = { path: PATH, type: 'file', size: content.length, mode: 0o644, layer };
    expect(rpmAnalyzer.required(PATH, file)).toBe(true);
    const result = await rpmAnalyzer.analyze({ path: PATH, file, content });
    expect(result?.osPackages?.map((p) => `${p.name}-${p.version}.${p.arch}`)).toEqual([
      'glibc-2.34-60.el9.x86_64',
      'openssl-libs-1:3.0.7-16.el9_2.x86_64',
    ]);
    expect(result?.osPackages?.[1]?.licenses).toEqual(['Apache-2.0']);
  });
});
