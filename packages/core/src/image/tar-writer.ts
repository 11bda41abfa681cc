/**
 * A deterministic POSIX tar (ustar + pax) writer.
 *
 * Output is a pure function of the entries: nothing is read from the clock or the host, so two
 * builds of the same image produce byte-identical layers and therefore identical digests.
 */

/** Size of one tar block; headers and data are padded to it. */
export const TAR_BLOCK_SIZE = 512;

/** The kinds of entry the writer emits. */
export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink';

/** One archive member. */
export interface TarEntry {
  /** Path inside the archive, `/`-separated, relative (e.g. `etc/os-release`). */
  name: string;
  /** Entry kind; defaults to `'file'`. */
  type?: TarEntryType;
  /** File content (strings are encoded as UTF-8). Only regular files carry data. */
  data?: Uint8Array | string;
  /** Target of a symlink (any string) or of a hardlink (an earlier member's name). */
  linkName?: string;
  /** Permission bits; defaults to 0o644 for files, 0o755 for directories, 0o777 for symlinks. */
  mode?: number;
  uid?: number;
  gid?: number;
  /** Modification time in seconds since the epoch; defaults to 0. */
  mtime?: number;
  uname?: string;
  gname?: string;
}

const TYPE_FLAGS: Record<TarEntryType, string> = { file: '0', hardlink: '1', symlink: '2', dir: '5' };
const DEFAULT_MODES: Record<TarEntryType, number> = {
  file: 0o644,
  hardlink: 0o644,
  symlink: 0o777,
  dir: 0o755,
};

const encoder = new TextEncoder();
const ZERO_BLOCKS = new Uint8Array(TAR_BLOCK_SIZE * 2);

/** Writes `entries` as one tar archive, ending with the two zero blocks POSIX requires. */
export function writeTar(entries: Iterable<TarEntry>): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (const entry of entries) chunks.push(...encodeEntry(entry));
  chunks.push(ZERO_BLOCKS);
  return concatBytes(chunks);
}

/** Concatenates byte arrays into one. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Encodes one entry: an optional pax header member, the ustar header, then padded data. */
function encodeEntry(entry: TarEntry): Uint8Array[] {
  const type = entry.type ?? 'file';
  validateEntry(entry, type);
  const data =
    type === 'file'
      ? typeof entry.data === 'string'
        ? encoder.encode(entry.data)
        : (entry.data ?? new Uint8Array(0))
      : new Uint8Array(0);
  // Directories carry a trailing slash by convention so readers that ignore the type flag agree.
  const name = type === 'dir' && !entry.name.endsWith('/') ? `${entry.name}/` : entry.name;
  const header: HeaderFields = {
    name,
    linkName: entry.linkName ?? '',
    mode: entry.mode ?? DEFAULT_MODES[type],
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
    size: data.length,
    mtime: entry.mtime ?? 0,
    typeFlag: TYPE_FLAGS[type],
    uname: entry.uname ?? '',
    gname: entry.gname ?? '',
  };
  const pax = paxRecordsFor(header);
  const out: Uint8Array[] = [];
  if (pax.length > 0) {
    const body = encoder.encode(pax.map(([key, value]) => paxRecord(key, value)).join(''));
    out.push(
      encodeHeader({
        ...header,
        name: paxHeaderName(name),
        linkName: '',
        mode: 0o644,
        size: body.length,
        typeFlag: 'x',
      }),
      padToBlock(body),
    );
  }
  out.push(encodeHeader(header));
  if (data.length > 0) out.push(padToBlock(data));
  return out;
}

function validateEntry(entry: TarEntry, type: TarEntryType): void {
  if (entry.name === '' || entry.name.includes('\0'))
    throw new Error(`invalid tar entry name: ${JSON.stringify(entry.name)}`);
  if ((type === 'symlink' || type === 'hardlink') && !entry.linkName) {
    throw new Error(`${type} ${entry.name} needs a linkName`);
  }
  if (entry.data !== undefined && type !== 'file') throw new Error(`${type} ${entry.name} cannot carry data`);
  for (const key of ['mode', 'uid', 'gid', 'mtime'] as const) {
    const value = entry[key];
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new Error(`tar entry ${entry.name}: ${key} must be a non-negative integer`);
    }
  }
}

interface HeaderFields {
  name: string;
  linkName: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  typeFlag: string;
  uname: string;
  gname: string;
}

/** Largest value an octal field of `width` bytes holds (width - 1 digits plus a NUL). */
const octalMax = (width: number) => 8 ** (width - 1) - 1;

// ustar's name, linkname, uname and gname fields hold bytes of the "portable filename character
// set"; like Go's archive/tar, anything outside printable ASCII is also carried in pax so that
// every reader sees the exact UTF-8 name.
const isPortable = (value: string) => /^[\x20-\x7e]*$/.test(value);

/** Lists the pax records needed for values the ustar header cannot hold exactly. */
function paxRecordsFor(h: HeaderFields): [string, string][] {
  const records: [string, string][] = [];
  if (!isPortable(h.name) || splitUstarName(encoder.encode(h.name)) === undefined) records.push(['path', h.name]);
  if (!isPortable(h.linkName) || encoder.encode(h.linkName).length > 100) records.push(['linkpath', h.linkName]);
  if (h.size > octalMax(12)) records.push(['size', String(h.size)]);
  if (h.mtime > octalMax(12)) records.push(['mtime', String(h.mtime)]);
  if (h.uid > octalMax(8)) records.push(['uid', String(h.uid)]);
  if (h.gid > octalMax(8)) records.push(['gid', String(h.gid)]);
  if (!isPortable(h.uname) || encoder.encode(h.uname).length > 31) records.push(['uname', h.uname]);
  if (!isPortable(h.gname) || encoder.encode(h.gname).length > 31) records.push(['gname', h.gname]);
  return records;
}

/** One pax record: "<length> <key>=<value>\n", where length counts the whole record in bytes. */
function paxRecord(key: string, value: string): string {
  const rest = encoder.encode(` ${key}=${value}\n`).length;
  let length = rest + String(rest).length;
  // Adding the length's own digits can push it over a power of ten; settle on a fixed point.
  while (String(length).length + rest !== length) length = String(length).length + rest;
  return `${length} ${key}=${value}\n`;
}

/** Name of the pax header member: deterministic (no process id), ASCII, within 100 bytes. */
function paxHeaderName(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1).replace(/[^\x20-\x7e]/g, '_');
  return `PaxHeaders.0/${base}`.slice(0, 100);
}

/**
 * Splits a name into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash, or returns
 * undefined when no split fits. Slashes are single bytes in UTF-8, so a split never cuts a
 * character in half.
 */
function splitUstarName(bytes: Uint8Array): { prefix: Uint8Array; name: Uint8Array } | undefined {
  if (bytes.length <= 100) return { prefix: new Uint8Array(0), name: bytes };
  // The trailing slash of a directory must stay in the name part, so it is not a split point.
  const last = bytes[bytes.length - 1] === 0x2f ? bytes.length - 2 : bytes.length - 1;
  for (let i = Math.min(155, last); i > 0; i--) {
    if (bytes[i] === 0x2f && bytes.length - i - 1 <= 100) {
      return { prefix: bytes.subarray(0, i), name: bytes.subarray(i + 1) };
    }
  }
  return undefined;
}

function encodeHeader(h: HeaderFields): Uint8Array {
  const block = new Uint8Array(TAR_BLOCK_SIZE);
  const nameBytes = encoder.encode(h.name);
  // When the name needs pax, the ustar fields keep a best-effort (truncated) copy, as GNU tar does.
  const split = splitUstarName(nameBytes) ?? { prefix: new Uint8Array(0), name: nameBytes.subarray(0, 100) };
  block.set(split.name, 0);
  writeOctal(block, 100, 8, h.mode & 0o7777777);
  writeOctal(block, 108, 8, h.uid > octalMax(8) ? 0 : h.uid);
  writeOctal(block, 116, 8, h.gid > octalMax(8) ? 0 : h.gid);
  writeOctal(block, 124, 12, h.size > octalMax(12) ? 0 : h.size);
  writeOctal(block, 136, 12, h.mtime > octalMax(12) ? 0 : h.mtime);
  block.fill(0x20, 148, 156); // checksum is computed with its own field read as spaces
  block[156] = h.typeFlag.charCodeAt(0);
  block.set(encoder.encode(h.linkName).subarray(0, 100), 157);
  block.set(encoder.encode('ustar\u000000'), 257); // magic "ustar\0" + version "00"
  block.set(encoder.encode(h.uname).subarray(0, 31), 265);
  block.set(encoder.encode(h.gname).subarray(0, 31), 297);
  writeOctal(block, 329, 8, 0); // devmajor
  writeOctal(block, 337, 8, 0); // devminor
  block.set(split.prefix, 345);
  let sum = 0;
  for (const byte of block) sum += byte;
  // Six octal digits, NUL, space: the layout GNU tar and Go both write.
  block.set(encoder.encode(`${sum.toString(8).padStart(6, '0')}\u0000 `), 148);
  return block;
}

function writeOctal(block: Uint8Array, offset: number, width: number, value: number): void {
  block.set(encoder.encode(`${value.toString(8).padStart(width - 1, '0')}\u0000`), offset);
}

function padToBlock(data: Uint8Array): Uint8Array {
  const remainder = data.length % TAR_BLOCK_SIZE;
  if (remainder === 0) return data;
  const out = new Uint8Array(data.length + TAR_BLOCK_SIZE - remainder);
  out.set(data);
  return out;
}
