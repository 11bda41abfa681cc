import type { Database, SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRpmSqlite } from '../analyzer/pkg/rpm';
import { type RpmPackageSpec, writeRpmdbSqlite } from '../image/rpmdb/rpmdb-sqlite';
import { loadSqlJs, rewriteRpmdbSqlite } from './rewrite-rpmdb';
import { FixError, type PackageFix } from './types';

const pkg = (name: string, version: string, release: string, epoch?: number): RpmPackageSpec => ({
  name,
  version,
  release,
  epoch,
  arch: 'x86_64',
  sourceRpm: `${name}-${version}-${release}.src.rpm`,
  license: 'MIT',
});
const fix = (name: string, target: string): [string, PackageFix] => [
  name,
  { name, ecosystem: 'rpm', installedVersion: '', fixedVersion: target, targetVersion: target, vulnerabilities: [] },
];

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await loadSqlJs();
});

/** Runs statements on a database made by the core's writer, then exports it, as rpm itself would leave it. */
function withStatements(bytes: Uint8Array, ...statements: string[]): Uint8Array {
  const db = new sql.Database(bytes) as Database & { run(sql: string): void; export(): Uint8Array };
  for (const statement of statements) db.run(statement);
  const out = db.export();
  db.close();
  return out;
}

const rows = (bytes: Uint8Array, query: string) => {
  const db = new sql.Database(bytes);
  const stmt = db.prepare(query);
  const out: unknown[][] = [];
  while (stmt.step()) out.push(stmt.get());
  stmt.free();
  db.close();
  return out;
};

describe('rewriteRpmdbSqlite', () => {
  let original: Uint8Array;
  beforeAll(() => {
    original = withStatements(
      writeRpmdbSqlite([
        pkg('glibc', '2.34', '60.el9'),
        pkg('openssl-libs', '3.0.7', '16.el9_2', 1),
        pkg('bash', '5.1', '6'),
      ]),
      // rpm creates these indexes with its tables; the rewrite leaves them out.
      "CREATE INDEX 'Name_key_idx' ON 'Name'(key ASC)",
    );
  });

  it('sets the planned headers and keeps every other row and rowid', () => {
    const fixes = new Map([fix('glibc', '2.34-60.el9_2.7'), fix('openssl-libs', '1:3.0.7-27.el9')]);
    const { bytes, changed } = rewriteRpmdbSqlite(sql, original, fixes);
    expect([...changed].sort()).toEqual(['glibc', 'openssl-libs']);
    const packages = readRpmSqlite(sql, bytes, 'var/lib/rpm/rpmdb.sqlite');
    expect(packages.map((p) => [p.name, p.version, p.srcVersion])).toEqual([
      ['glibc', '2.34-60.el9_2.7', '2.34-60.el9_2.7'],
      ['openssl-libs', '1:3.0.7-27.el9', '1:3.0.7-27.el9'],
      ['bash', '5.1-6', '5.1-6'],
    ]);
    expect(rows(bytes, 'SELECT hnum FROM Packages')).toEqual([[1], [2], [3]]);
    expect(rows(bytes, 'SELECT key, hnum, idx FROM Name ORDER BY hnum')).toEqual(
      rows(original, 'SELECT key, hnum, idx FROM Name ORDER BY hnum'),
    );
    expect(rows(bytes, 'SELECT name, seq FROM sqlite_sequence')).toEqual([['Packages', 3]]);
    expect(rows(original, "SELECT count(*) FROM sqlite_master WHERE type = 'index'")).toEqual([[1]]);
    expect(rows(bytes, "SELECT count(*) FROM sqlite_master WHERE type = 'index'")).toEqual([[0]]);
  });

  it('refuses views and triggers it cannot write back', () => {
    const withView = withStatements(original, 'CREATE VIEW names AS SELECT key FROM Name');
    expect(() => rewriteRpmdbSqlite(sql, withView, new Map([fix('bash', '5.1-7')]))).toThrow(FixError);
  });

  it('refuses bytes that are not an SQLite database', () => {
    expect(() => rewriteRpmdbSqlite(sql, new TextEncoder().encode('not sqlite'), new Map())).toThrow(FixError);
  });
});
