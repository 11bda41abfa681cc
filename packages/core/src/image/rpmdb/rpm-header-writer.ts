/**
 * Encodes RPM header blobs, the per-package records of an rpm database (the inverse of the analyzer's
 * `RpmHeader`). Layout, all integers big-endian: `il` (int32 entry count), `dl` (int32 data size), `il` × 16-byte
 * index entries {tag, type, offset, count}, then the data store. Like the headers rpm writes, the first entry is
 * the immutable-region tag (63, BIN, 16 bytes) whose trailer — an index entry whose negative offset spans the
 * whole index — closes the data store; rpm's `hdrblobVerifyRegion` checks exactly that.
 * ref. https://rpm-software-management.github.io/rpm/manual/format_header.html and rpm's lib/header.c.
 */

/** Entry data types (rpm's rpmTagType) this writer emits. */
export const RPM_TAG_TYPE = { Int32: 4, String: 6, Bin: 7, StringArray: 8, I18nString: 9 } as const;

/** Tags of the region and of the package fields demo headers carry (rpm's lib/rpmtag.h). */
export const RPM_WRITE_TAG = {
  HEADERIMMUTABLE: 63,
  NAME: 1000,
  VERSION: 1001,
  RELEASE: 1002,
  EPOCH: 1003,
  SUMMARY: 1004,
  BUILDTIME: 1006,
  INSTALLTIME: 1008,
  SIZE: 1009,
  VENDOR: 1011,
  LICENSE: 1014,
  PACKAGER: 1015,
  GROUP: 1016,
  URL: 1020,
  OS: 1021,
  ARCH: 1022,
  SOURCERPM: 1044,
} as const;

/** One entry: strings default to STRING (6), string arrays to STRING_ARRAY (8), numbers to INT32 (4). */
export interface RpmHeaderTag {
  tag: number;
  value: string | readonly string[] | readonly number[];
  type?: number;
}

const ENTRY = 16;
const utf8 = new TextEncoder();

/**
 * Builds a header blob. Entries are sorted by tag (rpm keeps its index sorted and requires data offsets to
 * follow index order) and wrapped in an immutable region. Throws on a duplicate or reserved (< 100) tag.
 */
export function encodeRpmHeaderBlob(tags: readonly RpmHeaderTag[]): Uint8Array {
  const sorted = [...tags].sort((a, b) => a.tag - b.tag);
  sorted.forEach((entry, i) => {
    if (entry.tag < 100) throw new Error(`rpm header: tag ${entry.tag} is reserved for regions`);
    if (i > 0 && sorted[i - 1]?.tag === entry.tag) throw new Error(`rpm header: duplicate tag ${entry.tag}`);
  });
  const data: number[] = [];
  const index: Array<[tag: number, type: number, offset: number, count: number]> = [];
  for (const { tag, value, type } of sorted) {
    if (typeof value === 'string' || typeof value[0] === 'string') {
      const strings = typeof value === 'string' ? [value] : (value as readonly string[]);
      const kind = type ?? (typeof value === 'string' ? RPM_TAG_TYPE.String : RPM_TAG_TYPE.StringArray);
      index.push([tag, kind, data.length, strings.length]);
      for (const s of strings) data.push(...utf8.encode(s), 0);
    } else {
      const ints = value as readonly number[];
      if (ints.length === 0) throw new Error(`rpm header: tag ${tag} has no values`);
      // INT32 data must be 4-byte aligned within the store.
      while (data.length % 4 !== 0) data.push(0);
      index.push([tag, type ?? RPM_TAG_TYPE.Int32, data.length, ints.length]);
      for (const n of ints) data.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    }
  }
  const il = index.length + 1;
  const trailerAt = data.length;
  const dl = trailerAt + ENTRY;
  const out = new Uint8Array(8 + il * ENTRY + dl);
  const view = new DataView(out.buffer);
  view.setUint32(0, il);
  view.setUint32(4, dl);
  const putEntry = (at: number, [tag, type, offset, count]: [number, number, number, number]) => {
    view.setInt32(at, tag);
    view.setUint32(at + 4, type);
    view.setInt32(at + 8, offset);
    view.setUint32(at + 12, count);
  };
  const region = RPM_WRITE_TAG.HEADERIMMUTABLE;
  putEntry(8, [region, RPM_TAG_TYPE.Bin, trailerAt, ENTRY]);
  index.forEach((entry, i) => {
    putEntry(8 + (i + 1) * ENTRY, entry);
  });
  const store = 8 + il * ENTRY;
  out.set(data, store);
  // The trailer's negative offset is the size of the index the region covers: all of it.
  putEntry(store + trailerAt, [region, RPM_TAG_TYPE.Bin, -(il * ENTRY), ENTRY]);
  return out;
}
