/**
 * Rewrites rpm's SQLite database (`rpmdb.sqlite`): the header blobs of the planned packages get the target
 * version. The file is read with sql.js (as the rpm analyzer does) and written again with the core's pure
 * SQLite writer, table by table and row by row with the same rowids, so `hnum`s and the Name index stay valid.
 * That writer has no SQL indexes: rpm's optional `CREATE INDEX`es on its index tables are left out (rpm looks
 * keys up without them), while views, triggers and WITHOUT ROWID tables are refused.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { type SqliteTable, type SqliteValue, writeSqliteDatabase } from '../image/rpmdb/sqlite-writer';
import { rpmHeaderName, setRpmHeaderEvr } from './rpm-header-edit';
import { FixError, type PackageFix } from './types';

/** Loads sql.js; `loadSqlWasm` is the same host port the rpm analyzer takes. */
export async function loadSqlJs(loadSqlWasm?: () => Promise<ArrayBuffer | Uint8Array>): Promise<SqlJsStatic> {
  try {
    const { default: initSqlJs } = await import('sql.js');
    const wasmBinary = loadSqlWasm ? await loadSqlWasm() : undefined;
    return await initSqlJs(wasmBinary ? { wasmBinary } : undefined);
  } catch (cause) {
    throw new FixError('UNSUPPORTED_RPMDB', `cannot load sql.js to edit the rpm database (${String(cause)})`, {
      cause,
    });
  }
}

function all(db: Database, sql: string): SqlValue[][] {
  const stmt = db.prepare(sql);
  try {
    const rows: SqlValue[][] = [];
    while (stmt.step()) rows.push(stmt.get());
    return rows;
  } finally {
    stmt.free();
  }
}

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Reads one rowid table; a column aliasing the rowid (INTEGER PRIMARY KEY) is stored as NULL, as SQLite does. */
function readTable(db: Database, name: string, sql: string): SqliteTable {
  if (/without\s+rowid/i.test(sql)) throw new FixError('UNSUPPORTED_RPMDB', `rpmdb table ${name} is WITHOUT ROWID`);
  const columns = all(db, `PRAGMA table_info(${quote(name)})`);
  const keys = columns.filter((c) => Number(c[5]) > 0);
  const alias = keys.length === 1 && String(keys[0]?.[2]).toUpperCase() === 'INTEGER' ? Number(keys[0]?.[0]) : -1;
  const rows = all(db, `SELECT rowid, * FROM ${quote(name)} ORDER BY rowid`).map(([rowid, ...values]) => ({
    rowid: Number(rowid),
    values: values.map((v, i) => (i === alias ? null : v)) as SqliteValue[],
  }));
  return { name, sql, rows };
}

/** The database with the planned packages' headers at their target versions, and the names that were found. */
export function rewriteRpmdbSqlite(
  sql: SqlJsStatic,
  content: Uint8Array,
  fixes: ReadonlyMap<string, PackageFix>,
): { bytes: Uint8Array; changed: Set<string> } {
  const changed = new Set<string>();
  let db: Database | undefined;
  try {
    db = new sql.Database(content);
    const schema = all(db, 'SELECT type, name, sql FROM sqlite_master ORDER BY rowid');
    const other = schema.find(([type]) => type !== 'table' && type !== 'index');
    if (other) throw new FixError('UNSUPPORTED_RPMDB', `rpmdb has a ${String(other[0])} (${String(other[1])})`);
    const tables = schema
      .filter(([type]) => type === 'table')
      .map(([, name, text]) => readTable(db as Database, String(name), String(text)));
    const packages = tables.find((t) => t.name === 'Packages');
    if (!packages) throw new FixError('PLAN_MISMATCH', 'rpmdb has no Packages table');
    for (const row of packages.rows) {
      const blob = row.values[1];
      if (!(blob instanceof Uint8Array)) continue;
      const fix = fixes.get(rpmHeaderName(blob) ?? '');
      if (!fix) continue;
      row.values = [row.values[0] ?? null, setRpmHeaderEvr(blob, fix.targetVersion), ...row.values.slice(2)];
      changed.add(fix.name);
    }
    const [pageSize] = all(db, 'PRAGMA page_size')[0] ?? [4096];
    const [userVersion] = all(db, 'PRAGMA user_version')[0] ?? [0];
    return {
      bytes: writeSqliteDatabase(tables, { pageSize: Number(pageSize), userVersion: Number(userVersion) }),
      changed,
    };
  } catch (cause) {
    if (cause instanceof FixError) throw cause;
    throw new FixError('UNSUPPORTED_RPMDB', `cannot rewrite the rpm database (${String(cause)})`, { cause });
  } finally {
    db?.close();
  }
}
