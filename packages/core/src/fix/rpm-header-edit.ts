/**
 * Sets a new [epoch:]version-release in an rpm header blob. The core's `encodeRpmHeaderBlob` only writes the
 * tag types demo headers use, while real headers also carry INT16 file modes, INT64 sizes and BIN digests; so
 * entries are copied here as raw data (with each type's alignment) and only the changed tags are re-encoded,
 * then wrapped in a fresh immutable region exactly as the core's writer does.
 * ref. https://rpm-software-management.github.io/rpm/manual/format_header.html
 */
import { RPMTAG, RpmHeader } from '../analyzer/pkg/rpm-header';
import { splitSourceRpm } from '../analyzer/pkg/rpm-package';
import { RPM_TAG_TYPE, RPM_WRITE_TAG } from '../image/rpmdb/rpm-header-writer';
import { FixError } from './types';

interface RawEntry {
  tag: number;
  type: number;
  count: number;
  data: Uint8Array;
}

/**
 * Digests and signatures over the original header or payload (SIGMD5, GPG, DSA/RSA header signatures,
 * SHA1/SHA256 header digests): they cannot be right for an edited header, so they are dropped rather than kept
 * stale.
 */
const STALE_TAGS = new Set([261, 262, 267, 268, 269, 273]);
const REGION_TAGS = new Set([61, 62, 63]);
const ALIGN: Record<number, number> = { 3: 2, 4: 4, 5: 8 };
const SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1 };
const utf8 = new TextEncoder();
const ENTRY = 16;

/** Splits `[epoch:]version-release` the way rpm does: epoch before the first `:`, release after the last `-`. */
export function splitEvr(evr: string): { epoch?: number; version: string; release: string } {
  const colon = evr.indexOf(':');
  const epoch = colon > 0 ? Number(evr.slice(0, colon)) : undefined;
  const rest = colon > 0 ? evr.slice(colon + 1) : evr;
  const dash = rest.lastIndexOf('-');
  const version = dash < 0 ? rest : rest.slice(0, dash);
  const release = dash < 0 ? '' : rest.slice(dash + 1);
  return epoch === undefined || Number.isNaN(epoch) ? { version, release } : { epoch, version, release };
}

/** Decodes the index into raw entries (regions and stale digests left out). */
function readEntries(blob: Uint8Array): RawEntry[] {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < 8) throw new FixError('PLAN_MISMATCH', 'rpm header too short');
  const il = view.getUint32(0);
  const dl = view.getUint32(4);
  const store = 8 + il * ENTRY;
  if (store + dl > blob.length) throw new FixError('PLAN_MISMATCH', 'rpm header sizes exceed the blob');
  const index = Array.from({ length: il }, (_, i) => ({
    tag: view.getInt32(8 + i * ENTRY),
    type: view.getUint32(12 + i * ENTRY),
    offset: view.getInt32(16 + i * ENTRY),
    count: view.getUint32(20 + i * ENTRY),
  }));
  const entries: RawEntry[] = [];
  for (const e of index) {
    if (REGION_TAGS.has(e.tag) || STALE_TAGS.has(e.tag)) continue;
    const start = store + e.offset;
    let end: number;
    if (e.type === RPM_TAG_TYPE.String || e.type === RPM_TAG_TYPE.StringArray || e.type === RPM_TAG_TYPE.I18nString) {
      end = start;
      const strings = e.type === RPM_TAG_TYPE.String ? 1 : e.count;
      for (let i = 0; i < strings; i++) end = blob.indexOf(0, end) + 1;
    } else {
      const size = SIZE[e.type];
      if (size === undefined)
        throw new FixError('UNSUPPORTED_RPMDB', `rpm header: tag ${e.tag} has unknown type ${e.type}`);
      end = start + size * e.count;
    }
    if (e.offset < 0 || end <= start || end > store + dl) {
      throw new FixError('PLAN_MISMATCH', `rpm header: tag ${e.tag} lies outside the data store`);
    }
    entries.push({ tag: e.tag, type: e.type, count: e.count, data: blob.slice(start, end) });
  }
  return entries;
}

/** Builds the blob: entries sorted by tag, aligned data, and the immutable region rpm verifies. */
function writeEntries(entries: readonly RawEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  let size = 0;
  const offsets = sorted.map((e) => {
    const align = ALIGN[e.type] ?? 1;
    size = Math.ceil(size / align) * align;
    const at = size;
    size += e.data.length;
    return at;
  });
  const il = sorted.length + 1;
  const dl = size + ENTRY;
  const out = new Uint8Array(8 + il * ENTRY + dl);
  const view = new DataView(out.buffer);
  view.setUint32(0, il);
  view.setUint32(4, dl);
  const put = (at: number, tag: number, type: number, offset: number, count: number) => {
    view.setInt32(at, tag);
    view.setUint32(at + 4, type);
    view.setInt32(at + 8, offset);
    view.setUint32(at + 12, count);
  };
  const region = RPM_WRITE_TAG.HEADERIMMUTABLE;
  put(8, region, RPM_TAG_TYPE.Bin, size, ENTRY);
  const store = 8 + il * ENTRY;
  sorted.forEach((e, i) => {
    put(8 + (i + 1) * ENTRY, e.tag, e.type, offsets[i] as number, e.count);
    out.set(e.data, store + (offsets[i] as number));
  });
  put(store + size, region, RPM_TAG_TYPE.Bin, -(il * ENTRY), ENTRY);
  return out;
}

const stringEntry = (tag: number, value: string): RawEntry => ({
  tag,
  type: RPM_TAG_TYPE.String,
  count: 1,
  data: utf8.encode(`${value}\0`),
});

const decodeString = (entry: RawEntry | undefined) =>
  entry ? new TextDecoder().decode(entry.data.subarray(0, entry.data.indexOf(0))) : undefined;

/**
 * The header with VERSION, RELEASE and EPOCH set to `evr`, and SOURCERPM renamed to the same version (the
 * fixed binary comes from the fixed source build). Everything else is kept byte for byte.
 */
export function setRpmHeaderEvr(blob: Uint8Array, evr: string): Uint8Array {
  const { epoch, version, release } = splitEvr(evr);
  const entries = readEntries(blob).filter((e) => e.tag !== RPM_WRITE_TAG.EPOCH);
  const replace = (entry: RawEntry) => {
    const i = entries.findIndex((e) => e.tag === entry.tag);
    if (i >= 0) entries[i] = entry;
    else entries.push(entry);
  };
  replace(stringEntry(RPM_WRITE_TAG.VERSION, version));
  replace(stringEntry(RPM_WRITE_TAG.RELEASE, release));
  if (epoch !== undefined && epoch > 0) {
    const data = new Uint8Array(4);
    new DataView(data.buffer).setUint32(0, epoch);
    entries.push({ tag: RPM_WRITE_TAG.EPOCH, type: RPM_TAG_TYPE.Int32, count: 1, data });
  }
  const source = decodeString(entries.find((e) => e.tag === RPM_WRITE_TAG.SOURCERPM));
  const src = source ? splitSourceRpm(source) : undefined;
  if (source && src) {
    const suffix = source.endsWith('.nosrc.rpm') ? 'nosrc.rpm' : 'src.rpm';
    replace(stringEntry(RPM_WRITE_TAG.SOURCERPM, `${src.name}-${version}-${release}.${suffix}`));
  }
  return writeEntries(entries);
}

/** The NAME of a header blob, read with the analyzer's own parser; undefined when it has none. */
export function rpmHeaderName(blob: Uint8Array): string | undefined {
  return new RpmHeader(blob).string(RPMTAG.NAME);
}
