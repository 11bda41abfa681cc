/**
 * RPM header blobs, the records an rpm database stores per installed package (rpmdb.sqlite's `Packages.blob`,
 * and the values of the older BerkeleyDB/NDB databases). Layout, all integers big-endian:
 * `il` (int32, number of index entries), `dl` (int32, data store size), `il` × 16-byte entries
 * {tag, type, offset, count}, then the `dl`-byte data store the offsets point into. The first entry is usually a
 * region tag (61-63) describing the signed "immutable" region; its trailer is only needed to verify signatures,
 * so it is ignored here.
 * ref. https://rpm-software-management.github.io/rpm/manual/format_header.html
 * and rpm's lib/header.c (hdrblobVerifyInfo: the bounds checks mirrored below).
 */
import { ScanError } from '../../types/errors';

/** The tags this analyzer reads (rpm's lib/rpmtag.h). */
export const RPMTAG = {
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  VENDOR: 1011,
  LICENSE: 1014,
  ARCH: 1022,
  SOURCERPM: 1044,
} as const;

/** Entry data types (rpm's rpmTagType). */
enum TagType {
  Char = 1,
  Int8 = 2,
  Int16 = 3,
  Int32 = 4,
  Int64 = 5,
  String = 6,
  Bin = 7,
  StringArray = 8,
  I18nString = 9,
}

/** rpm's own limits (HEADER_TAGS_MAX, HEADER_DATA_MAX); anything larger is not a header. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 0x0fffffff;

interface IndexEntry {
  type: number;
  offset: number;
  count: number;
}

/** A decoded tag value: strings for STRING/I18NSTRING/STRING_ARRAY, numbers for the integer types. */
export type RpmTagValue = string[] | number[];

const invalid = (message: string) => new ScanError('INVALID_PACKAGE_DB', `rpm header: ${message}`);
const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A parsed header: the index, and typed access to the data store. */
export class RpmHeader {
  private readonly view: DataView;
  private readonly entries = new Map<number, IndexEntry>();
  private readonly dataStart: number;
  private readonly dataLength: number;

  /** Validates the index against the blob; throws ScanError('INVALID_PACKAGE_DB') when it cannot be a header. */
  constructor(private readonly blob: Uint8Array) {
    if (blob.length < 8) throw invalid(`blob of ${blob.length} bytes is too short`);
    this.view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const il = this.view.getUint32(0);
    const dl = this.view.getUint32(4);
    if (il < 1 || il > MAX_ENTRIES || dl > MAX_DATA) throw invalid(`implausible sizes il=${il} dl=${dl}`);
    this.dataStart = 8 + il * 16;
    this.dataLength = dl;
    if (this.dataStart + dl > blob.length) throw invalid(`sizes il=${il} dl=${dl} exceed the ${blob.length}-byte blob`);
    for (let i = 0; i < il; i++) {
      const at = 8 + i * 16;
      const tag = this.view.getInt32(at);
      const entry = {
        type: this.view.getUint32(at + 4),
        offset: this.view.getInt32(at + 8),
        count: this.view.getUint32(at + 12),
      };
      if (entry.offset < 0 || entry.offset > dl) throw invalid(`tag ${tag} points outside the data store`);
      // Duplicate tags are invalid in rpm; keeping the first makes the result independent of the rest.
      if (!this.entries.has(tag)) this.entries.set(tag, entry);
    }
  }

  /** Whether the header carries `tag`. */
  has(tag: number): boolean {
    return this.entries.has(tag);
  }

  /** The value of `tag`, undefined when absent; throws ScanError when its data lies outside the data store. */
  get(tag: number): RpmTagValue | undefined {
    const entry = this.entries.get(tag);
    if (!entry) return undefined;
    const start = this.dataStart + entry.offset;
    const end = this.dataStart + this.dataLength;
    switch (entry.type) {
      case TagType.String:
      case TagType.StringArray:
      case TagType.I18nString:
        return this.strings(tag, start, end, entry.type === TagType.String ? 1 : entry.count);
      case TagType.Char:
      case TagType.Int8:
      case TagType.Int16:
      case TagType.Int32:
      case TagType.Int64:
        return this.ints(tag, entry, start, end);
      default:
        return undefined;
    }
  }

  /** The first string of `tag` (I18N strings: the default locale), or undefined. */
  string(tag: number): string | undefined {
    const value = this.get(tag)?.[0];
    return typeof value === 'string' ? value : undefined;
  }

  /** The first integer of `tag`, or undefined. */
  int(tag: number): number | undefined {
    const value = this.get(tag)?.[0];
    return typeof value === 'number' ? value : undefined;
  }

  private strings(tag: number, start: number, end: number, count: number): string[] {
    const out: string[] = [];
    let at = start;
    for (let i = 0; i < count; i++) {
      const nul = this.blob.indexOf(0, at);
      if (nul < 0 || nul >= end) throw invalid(`string of tag ${tag} is not terminated inside the data store`);
      out.push(utf8.decode(this.blob.subarray(at, nul)));
      at = nul + 1;
    }
    return out;
  }

  private ints(tag: number, entry: IndexEntry, start: number, end: number): number[] {
    const size =
      entry.type === TagType.Int64 ? 8 : entry.type === TagType.Int32 ? 4 : entry.type === TagType.Int16 ? 2 : 1;
    if (start + entry.count * size > end) throw invalid(`integers of tag ${tag} overrun the data store`);
    const out: number[] = [];
    for (let i = 0; i < entry.count; i++) {
      const at = start + i * size;
      if (size === 8) out.push(Number(this.view.getBigUint64(at)));
      else if (size === 4) out.push(this.view.getUint32(at));
      else if (size === 2) out.push(this.view.getUint16(at));
      else out.push(this.view.getUint8(at));
    }
    return out;
  }
}
