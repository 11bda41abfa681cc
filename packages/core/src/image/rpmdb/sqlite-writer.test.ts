import initSqlJs, { type SqlJsStatic, type SqlValue } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeRecord, type SqliteTable, type SqliteValue, sqliteVarint, writeSqliteDatabase } from './sqlite-writer';

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await initSqlJs();
});

/** Reads every row of a table back with SQLite itself (sql.js), rowid first. */
function readBack(bytes: Uint8Array, table: string): SqlValue[][] {
  const db = new sql.Database(bytes);
  try {
    const stmt = db.prepare(`SELECT rowid, * FROM "${table}" ORDER BY rowid`);
    const rows: SqlValue[][] = [];
    while (stmt.step()) rows.push(stmt.get().map(comparable));
    stmt.free();
    return rows;
  } finally {
    db.close();
  }
}

function pragma(bytes: Uint8Array, statement: string): SqlValue[] {
  const db = new sql.Database(bytes);
  try {
    const stmt = db.prepare(statement);
    const out: SqlValue[] = [];
    while (stmt.step()) out.push(...stmt.get());
    stmt.free();
    return out;
  } finally {
    db.close();
  }
}

/** Blobs as base64: comparing megabytes of typed arrays element by element is slow. */
const comparable = (v: SqlValue | SqliteValue) => (v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v);

const blob = (size: number, seed: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);

const ints: SqliteValue[] = [
  0,
  1,
  -1,
  127,
  -128,
  128,
  32767,
  -32768,
  8_388_607,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 40,
  -(2 ** 47),
  2 ** 53 - 1,
];

const cases: Array<{ name: string; pageSize?: number; table: SqliteTable }> = [
  { name: 'an empty table', table: { name: 't', sql: 'CREATE TABLE t(a)', rows: [] } },
  {
    name: 'integers of every serial size, text and NULL',
    table: {
      name: 't',
      sql: 'CREATE TABLE t(i, s, n)',
      rows: ints.map((i, k) => ({ rowid: k + 1, values: [i, `row ${k} — ünïcode`, null] })),
    },
  },
  {
    name: 'blobs just below, at and above the inline limit (4096-byte pages)',
    table: {
      name: 't',
      sql: 'CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)',
      rows: [4000, 4061, 4062, 4063, 4100, 8188, 20_000].map((size, k) => ({
        rowid: k + 1,
        values: [null, blob(size, k)],
      })),
    },
  },
  {
    name: 'many rows with overflow chains (interior pages)',
    table: {
      name: 't',
      sql: 'CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)',
      rows: Array.from({ length: 400 }, (_, k) => ({ rowid: k * 3 + 1, values: [null, blob((k * 97) % 9000, k)] })),
    },
  },
  {
    name: 'three interior levels on 512-byte pages',
    pageSize: 512,
    table: {
      name: 't',
      sql: 'CREATE TABLE t(v)',
      rows: Array.from({ length: 5000 }, (_, k) => ({ rowid: k + 1, values: [`value ${k}`] })),
    },
  },
  {
    name: '64 KiB pages',
    pageSize: 65536,
    table: {
      name: 't',
      sql: 'CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)',
      rows: Array.from({ length: 20 }, (_, k) => ({ rowid: k + 1, values: [null, blob(k * 20_000, k)] })),
    },
  },
];

describe('writeSqliteDatabase', () => {
  it.each(cases)('$name: SQLite reads every row back and finds no corruption', ({ table, pageSize }) => {
    const bytes = writeSqliteDatabase([table], { pageSize });
    expect(pragma(bytes, 'PRAGMA integrity_check')).toEqual(['ok']);
    expect(pragma(bytes, 'PRAGMA page_size')).toEqual([pageSize ?? 4096]);
    expect(bytes.length % (pageSize ?? 4096)).toBe(0);
    const expected = table.rows.map(({ rowid, values }) => [
      rowid,
      // An INTEGER PRIMARY KEY column stored as NULL reads back as the rowid.
      ...values.map((v, i) => (v === null && /INTEGER PRIMARY KEY/.test(table.sql) && i === 0 ? rowid : comparable(v))),
    ]);
    expect(readBack(bytes, table.name)).toEqual(expected);
  });

  it('stores several tables with their schema, root pages in order, and the user version', () => {
    const bytes = writeSqliteDatabase(
      [
        { name: 'a', sql: 'CREATE TABLE a(x)', rows: [{ rowid: 1, values: ['one'] }] },
        { name: 'b', sql: 'CREATE TABLE b(y)', rows: [{ rowid: 7, values: [7] }] },
      ],
      { userVersion: 3 },
    );
    expect(pragma(bytes, 'SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema')).toEqual([
      'table',
      'a',
      'a',
      2,
      'CREATE TABLE a(x)',
      'table',
      'b',
      'b',
      3,
      'CREATE TABLE b(y)',
    ]);
    expect(pragma(bytes, 'PRAGMA user_version')).toEqual([3]);
    expect(readBack(bytes, 'b')).toEqual([[7, 7]]);
  });

  it('is deterministic', () => {
    const table = cases[3]?.table as SqliteTable;
    expect(Buffer.from(writeSqliteDatabase([table])).equals(writeSqliteDatabase([table]))).toBe(true);
  });

  it.each([
    [
      'rowids out of order',
      [
        { rowid: 2, values: [1] },
        { rowid: 1, values: [1] },
      ],
    ],
    ['a zero rowid', [{ rowid: 0, values: [1] }]],
    ['a fractional number', [{ rowid: 1, values: [1.5] }]],
  ])('rejects %s', (_name, rows) => {
    expect(() => writeSqliteDatabase([{ name: 't', sql: 'CREATE TABLE t(a)', rows }])).toThrow();
  });

  it('rejects a page size that is not a power of two in range', () => {
    for (const pageSize of [256, 1000, 131072]) expect(() => writeSqliteDatabase([], { pageSize })).toThrow();
  });
});

describe('record encoding', () => {
  it.each([
    [0, [0]],
    [127, [0x7f]],
    [128, [0x81, 0x00]],
    [16383, [0xff, 0x7f]],
    [16384, [0x81, 0x80, 0x00]],
  ])('varint %i', (value, bytes) => {
    expect(sqliteVarint(value)).toEqual(bytes);
  });

  it.each([
    ['NULL and the constants 0 and 1', [null, 0, 1], [4, 0, 8, 9]],
    ['an 8-bit integer', [-2], [2, 1, 0xfe]],
    ['text', ['ab'], [2, 17, 0x61, 0x62]],
    ['a blob', [Uint8Array.of(9)], [2, 14, 9]],
  ] as const)('%s', (_name, values, bytes) => {
    expect([...encodeRecord(values as readonly SqliteValue[])]).toEqual(bytes);
  });
});
