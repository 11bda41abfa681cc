/**
 * A minimal streaming ustar encoder for the benchmarks (POSIX.1-1988 ustar,
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06).
 * The core's `writeTar` builds whole archives in memory; a 300 MB benchmark image must be written
 * entry by entry, so here a header is encoded on its own and the data streamed after it.
 */

/** Size of a tar block; headers and data are padded to it. */
export const BLOCK = 512;

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE = new Uint8Array(BLOCK * 2);

/** Header fields of one member. */
export interface TarHeader {
  /** `/`-separated relative path; at most 255 bytes (split into ustar prefix + name). */
  name: string;
  type: 'file' | 'dir' | 'symlink';
  size: number;
  mode: number;
  linkName?: string;
  mtime?: number;
}

const encoder = new TextEncoder();
const TYPE_FLAG = { file: '0', symlink: '2', dir: '5' } as const;

function putString(block: Uint8Array, offset: number, length: number, value: string): void {
  const bytes = encoder.encode(value);
  if (bytes.length > length) throw new Error(`tar field too long: ${value}`);
  block.set(bytes, offset);
}

function putOctal(block: Uint8Array, offset: number, length: number, value: number): void {
  putString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

/** Splits a path into the ustar `prefix` (≤155 bytes) and `name` (≤100 bytes) fields. */
function splitName(name: string): [prefix: string, name: string] {
  if (name.length <= 100) return ['', name];
  for (let cut = name.indexOf('/'); cut >= 0; cut = name.indexOf('/', cut + 1)) {
    if (cut <= 155 && name.length - cut - 1 <= 100) return [name.slice(0, cut), name.slice(cut + 1)];
  }
  throw new Error(`path too long for ustar: ${name}`);
}

/** Encodes the 512-byte header of one member. */
export function encodeHeader(header: TarHeader): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const name = header.type === 'dir' && !header.name.endsWith('/') ? `${header.name}/` : header.name;
  const [prefix, rest] = splitName(name);
  putString(block, 0, 100, rest);
  putOctal(block, 100, 8, header.mode);
  putOctal(block, 108, 8, 0);
  putOctal(block, 116, 8, 0);
  putOctal(block, 124, 12, header.type === 'file' ? header.size : 0);
  putOctal(block, 136, 12, header.mtime ?? 1_700_000_000);
  block.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  putString(block, 156, 1, TYPE_FLAG[header.type]);
  putString(block, 157, 100, header.linkName ?? '');
  putString(block, 257, 6, 'ustar\0');
  putString(block, 263, 2, '00');
  putString(block, 265, 32, 'root');
  putString(block, 297, 32, 'root');
  putString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  putString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** Zero bytes that pad `size` bytes of data to a whole block. */
export function padding(size: number): Uint8Array {
  const rest = size % BLOCK;
  return new Uint8Array(rest === 0 ? 0 : BLOCK - rest);
}
