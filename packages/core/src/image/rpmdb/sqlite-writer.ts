/**
 * A minimal SQLite database file writer: rowid tables only (table b-trees with overflow pages), no indexes, no
 * free pages. It is pure and synchronous, so the image factory can emit an `rpmdb.sqlite` in any runtime (Node,
 * a browser worker) without loading SQLite's wasm, and the bytes depend only on the rows.
 * ref. https://www.sqlite.org/fileformat2.html (database header §1.3, b-tree pages §1.6, cell payload overflow
 * §1.6 "Cell Payload Overflow Pages", record format §2.1, schema table §2.6).
 */

/** A column value: integers (safe integers only), text (UTF-8), blobs, or NULL. */
export type SqliteValue = number | string | Uint8Array | null;

/** A rowid table to write. */
export interface SqliteTable {
  name: string;
  /** The `CREATE TABLE` statement stored in `sqlite_schema`. */
  sql: string;
  /** Rows by rowid (ascending, unique, ≥ 1). A column aliasing the rowid (INTEGER PRIMARY KEY) must be `null`. */
  rows: ReadonlyArray<{ rowid: number; values: readonly SqliteValue[] }>;
}

/** Options of {@link writeSqliteDatabase}. */
export interface SqliteWriteOptions {
  /** Power of two from 512 to 65536; defaults to 4096, which rpm's databases use. */
  pageSize?: number;
  /** `PRAGMA user_version`; defaults to 0. */
  userVersion?: number;
}

const HEADER_SIZE = 100;
const LEAF_HEADER = 8;
const INTERIOR_HEADER = 12;
const PAGE_LEAF_TABLE = 0x0d;
const PAGE_INTERIOR_TABLE = 0x05;
/** SQLITE_VERSION_NUMBER recorded as the last writer (3.34.1, the version RHEL 9 ships). */
const WRITER_VERSION = 3_034_001;
const utf8 = new TextEncoder();

/** SQLite's big-endian base-128 varint (values below 2^56, so the 9-byte form is never needed). */
export function sqliteVarint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint out of range: ${value}`);
  const groups: number[] = [];
  let v = value;
  do {
    groups.unshift(v % 128);
    v = Math.floor(v / 128);
  } while (v > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g));
}

/** Serial type and body bytes of one value (record format, §2.1). */
function serial(value: SqliteValue): [type: number, body: number[] | Uint8Array] {
  if (value === null) return [0, []];
  if (typeof value === 'string') {
    const bytes = utf8.encode(value);
    return [bytes.length * 2 + 13, bytes];
  }
  if (value instanceof Uint8Array) return [value.length * 2 + 12, value];
  if (!Number.isSafeInteger(value)) throw new Error(`only safe integers are supported, got ${value}`);
  if (value === 0) return [8, []];
  if (value === 1) return [9, []];
  const sizes: Array<[number, number]> = [
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 6],
    [6, 8],
  ];
  for (const [type, size] of sizes) {
    const limit = 2 ** (size * 8 - 1);
    if (value >= -limit && value < limit) return [type, bigEndian(value, size)];
  }
  throw new Error(`integer out of range: ${value}`);
}

function bigEndian(value: number, size: number): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(size * 8, BigInt(value));
  for (let i = 0; i < size; i++) {
    out.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  return out;
}

/** Encodes a record: header (its own size, then serial types) followed by the bodies. */
export function encodeRecord(values: readonly SqliteValue[]): Uint8Array {
  const parts = values.map(serial);
  const types = parts.flatMap(([type]) => sqliteVarint(type));
  // The header size counts its own varint, whose length can depend on the total.
  let headerSize = types.length + 1;
  while (sqliteVarint(headerSize).length + types.length > headerSize) headerSize++;
  const body = parts.reduce((sum, [, b]) => sum + b.length, 0);
  const out = new Uint8Array(headerSize + body);
  out.set([...sqliteVarint(headerSize), ...types]);
  let at = headerSize;
  for (const [, b] of parts) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** A leaf cell: its on-page bytes, and the payload bytes that spill to overflow pages. */
interface LeafCell {
  rowid: number;
  local: Uint8Array;
  spill: Uint8Array;
}

/** Splits a table-leaf payload between the page and overflow pages (§1.6, X = U-35, M, K). */
function leafCell(rowid: number, payload: Uint8Array, usable: number): LeafCell {
  const max = usable - 35;
  const min = Math.floor(((usable - 12) * 32) / 255) - 23;
  let localSize = payload.length;
  if (payload.length > max) {
    const k = min + ((payload.length - min) % (usable - 4));
    localSize = k <= max ? k : min;
  }
  const prefix = [...sqliteVarint(payload.length), ...sqliteVarint(rowid)];
  const spilled = localSize < payload.length;
  const local = new Uint8Array(prefix.length + localSize + (spilled ? 4 : 0));
  local.set(prefix);
  local.set(payload.subarray(0, localSize), prefix.length);
  return { rowid, local, spill: payload.subarray(localSize) };
}

/** Writes a database containing `tables` (in `sqlite_schema` order; root pages follow that order). */
export function writeSqliteDatabase(tables: readonly SqliteTable[], options: SqliteWriteOptions = {}): Uint8Array {
  const pageSize = options.pageSize ?? 4096;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new Error(`invalid page size ${pageSize}`);
  }
  const pages = new Map<number, Uint8Array>();
  // Page 1 is the schema; each table's root page comes next, so roots are fixed before any other page.
  let nextPage = 2 + tables.length;
  const allocate = () => nextPage++;
  const schemaRows = tables.map((table, i) => ({
    rowid: i + 1,
    values: ['table', table.name, table.name, 2 + i, table.sql] as SqliteValue[],
  }));
  writeTree(pages, 1, schemaRows, pageSize, allocate);
  tables.forEach((table, i) => {
    writeTree(pages, 2 + i, table.rows, pageSize, allocate);
  });
  const count = nextPage - 1;
  const out = new Uint8Array(count * pageSize);
  for (const [number, page] of pages) out.set(page, (number - 1) * pageSize);
  out.set(databaseHeader(pageSize, count, options.userVersion ?? 0));
  return out;
}

function databaseHeader(pageSize: number, pageCount: number, userVersion: number): Uint8Array {
  const header = new Uint8Array(HEADER_SIZE);
  const view = new DataView(header.buffer);
  header.set(utf8.encode('SQLite format 3\0'));
  // 65536 is stored as 1 (§1.3.2).
  view.setUint16(16, pageSize === 65536 ? 1 : pageSize);
  header.set([1, 1, 0, 64, 32, 32], 18);
  view.setUint32(24, 1); // file change counter
  view.setUint32(28, pageCount); // valid because offset 92 equals the change counter
  view.setUint32(40, 1); // schema cookie
  view.setUint32(44, 4); // schema format 4
  view.setUint32(56, 1); // UTF-8
  view.setUint32(60, userVersion);
  view.setUint32(92, 1);
  view.setUint32(96, WRITER_VERSION);
  return header;
}

/** Writes one table b-tree rooted at `root`: leaves packed in rowid order, interior levels above them. */
function writeTree(
  pages: Map<number, Uint8Array>,
  root: number,
  rows: SqliteTable['rows'],
  pageSize: number,
  allocate: () => number,
): void {
  const rootOffset = root === 1 ? HEADER_SIZE : 0;
  let previous = 0;
  const cells = rows.map(({ rowid, values }) => {
    if (!Number.isSafeInteger(rowid) || rowid <= previous) throw new Error(`rowids must ascend, got ${rowid}`);
    previous = rowid;
    const cell = leafCell(rowid, encodeRecord(values), pageSize);
    if (cell.spill.length > 0) writeOverflow(pages, cell, pageSize, allocate);
    return cell;
  });
  // Group leaf cells into pages; the root page has less room when it is page 1.
  const groups = pack(
    cells.map((cell) => cell.local.length),
    pageSize - LEAF_HEADER,
    rootOffset,
  );
  if (groups.length === 1) {
    pages.set(
      root,
      btreePage(
        PAGE_LEAF_TABLE,
        cells.map((c) => c.local),
        pageSize,
        rootOffset,
      ),
    );
    return;
  }
  let level = groups.map((group) => {
    const number = allocate();
    const members = group.map((i) => cells[i] as LeafCell);
    pages.set(
      number,
      btreePage(
        PAGE_LEAF_TABLE,
        members.map((c) => c.local),
        pageSize,
        0,
      ),
    );
    return { page: number, maxRowid: (members[members.length - 1] as LeafCell).rowid };
  });
  for (;;) {
    // Each child but the last becomes a cell (child page, largest rowid below it); the last is the right pointer.
    const keyed = level.map(({ page, maxRowid }) => new Uint8Array([...bigEndian(page, 4), ...sqliteVarint(maxRowid)]));
    // A node of n children holds n-1 cells: pack cell sizes with the right pointer's child counted as one cell.
    const nodes = pack(
      keyed.map((k) => k.length),
      pageSize - INTERIOR_HEADER,
      rootOffset,
    );
    // An interior page needs at least one cell: never leave a last node with a lone child.
    const tail = nodes[nodes.length - 1] as number[];
    if (nodes.length > 1 && tail.length === 1) tail.unshift((nodes[nodes.length - 2] as number[]).pop() as number);
    const isRoot = nodes.length === 1;
    const next = nodes.map((node) => {
      const number = isRoot ? root : allocate();
      const last = node[node.length - 1] as number;
      const body = node.slice(0, -1).map((i) => keyed[i] as Uint8Array);
      const page = btreePage(PAGE_INTERIOR_TABLE, body, pageSize, isRoot ? rootOffset : 0);
      new DataView(page.buffer).setUint32((isRoot ? rootOffset : 0) + 8, (level[last] as { page: number }).page);
      pages.set(number, page);
      return { page: number, maxRowid: (level[last] as { maxRowid: number }).maxRowid };
    });
    if (isRoot) return;
    level = next;
  }
}

/** Greedy packing of cells (each also costs a 2-byte pointer) into pages with `room` bytes (less on page 1). */
function pack(sizes: readonly number[], room: number, firstPageOffset: number): number[][] {
  const groups: number[][] = [[]];
  let free = room - firstPageOffset;
  sizes.forEach((size, i) => {
    const current = groups[groups.length - 1] as number[];
    if (size + 2 > free && current.length > 0) {
      groups.push([i]);
      free = room - (size + 2);
    } else {
      current.push(i);
      free -= size + 2;
    }
  });
  // Only the root may be page 1; when there are several pages none is, so re-pack with full room.
  return groups.length > 1 && firstPageOffset > 0 ? pack(sizes, room, 0) : groups;
}

/** Lays out a b-tree page: header, cell pointers, then cells from the end of the page downwards. */
function btreePage(kind: number, cells: readonly Uint8Array[], pageSize: number, offset: number): Uint8Array {
  const page = new Uint8Array(pageSize);
  const view = new DataView(page.buffer);
  const headerSize = kind === PAGE_LEAF_TABLE ? LEAF_HEADER : INTERIOR_HEADER;
  let content = pageSize;
  cells.forEach((cell, i) => {
    content -= cell.length;
    page.set(cell, content);
    view.setUint16(offset + headerSize + i * 2, content);
  });
  if (content < offset + headerSize + cells.length * 2) throw new Error('b-tree page overflow');
  page[offset] = kind;
  view.setUint16(offset + 3, cells.length);
  // 0 stands for 65536 (an empty 64 KiB page).
  view.setUint16(offset + 5, content === 65536 ? 0 : content);
  return page;
}

/** Writes the overflow chain of a cell and stores its first page number at the end of the local bytes. */
function writeOverflow(pages: Map<number, Uint8Array>, cell: LeafCell, pageSize: number, allocate: () => number) {
  const chunk = pageSize - 4;
  const numbers = Array.from({ length: Math.ceil(cell.spill.length / chunk) }, allocate);
  new DataView(cell.local.buffer).setUint32(cell.local.length - 4, numbers[0] as number);
  numbers.forEach((number, i) => {
    const page = new Uint8Array(pageSize);
    new DataView(page.buffer).setUint32(0, numbers[i + 1] ?? 0);
    page.set(cell.spill.subarray(i * chunk, (i + 1) * chunk), 4);
    pages.set(number, page);
  });
}
