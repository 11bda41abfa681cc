/**
 * Indexes an outer image archive (`docker save`, OCI tar) by reading tar headers only.
 *
 * Format: POSIX ustar with pax extended headers and GNU long names
 * (https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06).
 * Each 512-byte header is read through `slice()`, and member bodies are skipped by offset, so a
 * multi-gigabyte archive is never loaded whole: only the small JSON members are read later.
 */
import { ScanError } from '../../types/errors';
import type { ReadLimits } from './limits';
import { type BlobLike, readBlobBytes } from './sources';

/** Where one member's body lies in the archive. */
export interface TarMember {
  /** Normalised member name (no leading `./` or `/`, no trailing `/`). */
  name: string;
  /** Byte offset of the body. */
  offset: number;
  size: number;
  /** The ustar type flag (`0` file, `5` directory, `x` pax, …). */
  typeflag: string;
}

const BLOCK = 512;
const decoder = new TextDecoder();

/** Lists the regular-file members of a tar held in `blob`; a later member with the same name wins. */
export async function indexTar(
  blob: BlobLike,
  limits: Pick<ReadLimits, 'maxArchiveMembers' | 'maxMetadataBytes'>,
  what: string,
): Promise<Map<string, TarMember>> {
  const members = new Map<string, TarMember>();
  let offset = 0;
  let count = 0;
  let longName: string | undefined;
  let pax: Record<string, string> = {};
  while (offset + BLOCK <= blob.size) {
    const header = new Uint8Array(await blob.slice(offset, offset + BLOCK).arrayBuffer());
    if (header.every((byte) => byte === 0)) break;
    if (!checksumOk(header)) {
      throw new ScanError(
        'INVALID_IMAGE',
        offset === 0 ? `${what} is not a tar archive` : `${what}: corrupt tar header at byte ${offset}`,
      );
    }
    const typeflag = String.fromCharCode(header[156] || 0x30);
    const size = pax.size === undefined ? readNumber(header.subarray(124, 136)) : Number(pax.size);
    const bodyOffset = offset + BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || bodyOffset + size > blob.size) {
      throw new ScanError('INVALID_IMAGE', `${what} is truncated: member at byte ${offset} claims ${size} bytes`);
    }
    if (++count > limits.maxArchiveMembers) {
      throw new ScanError('LIMIT_EXCEEDED', `${what} has more than ${limits.maxArchiveMembers} members`);
    }
    const body = () =>
      readBlobBytes(blob.slice(bodyOffset, bodyOffset + size), limits.maxMetadataBytes, `${what} header`);
    if (typeflag === 'x') {
      pax = parsePax(await body());
    } else if (typeflag === 'L') {
      longName = cString(await body());
    } else if (typeflag !== 'g' && typeflag !== 'K') {
      const name = normalizeMemberName(pax.path ?? longName ?? ustarName(header));
      if ((typeflag === '0' || typeflag === '\0' || typeflag === '7') && name !== '') {
        members.set(name, { name, offset: bodyOffset, size, typeflag });
      }
      pax = {};
      longName = undefined;
    }
    offset = bodyOffset + Math.ceil(size / BLOCK) * BLOCK;
  }
  if (count === 0) throw new ScanError('INVALID_IMAGE', `${what} is empty or not a tar archive`);
  return members;
}

/** Strips `./`, leading and trailing slashes so archive names compare as manifest paths do. */
export function normalizeMemberName(name: string): string {
  return name
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\/+$/, '')
    .replace(/\/\.\//g, '/');
}

function ustarName(header: Uint8Array): string {
  const name = cString(header.subarray(0, 100));
  const isUstar = decoder.decode(header.subarray(257, 262)) === 'ustar';
  const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
  return prefix === '' ? name : `${prefix}/${name}`;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** Octal numeric field, or GNU base-256 when the high bit of the first byte is set. */
function readNumber(field: Uint8Array): number {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + (field[i] ?? 0);
    return value;
  }
  const text = cString(field).trim();
  return text === '' ? 0 : Number.parseInt(text, 8);
}

function checksumOk(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (header[i] as number);
  return readNumber(header.subarray(148, 156)) === sum;
}

/** Parses pax records (`<len> <key>=<value>\n`). */
function parsePax(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < bytes.length) {
    const space = bytes.indexOf(0x20, pos);
    if (space < 0) break;
    const length = Number.parseInt(decoder.decode(bytes.subarray(pos, space)), 10);
    if (!Number.isSafeInteger(length) || length <= 0 || pos + length > bytes.length) break;
    const record = decoder.decode(bytes.subarray(space + 1, pos + length - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += length;
  }
  return out;
}
