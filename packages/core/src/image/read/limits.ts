/**
 * Safety limits of the image reader. Images are untrusted input: every size, count and ratio is
 * bounded so a hostile archive fails fast with `LIMIT_EXCEEDED` instead of exhausting memory.
 */

/** Bounds applied while reading an image; every field has a default in {@link DEFAULT_READ_LIMITS}. */
export interface ReadLimits {
  /** Decompressed bytes of all layers together. */
  maxTotalBytes: number;
  /** Bytes of one file that a visitor may read into memory. */
  maxFileBytes: number;
  /** Tar entries of all layers together. */
  maxEntries: number;
  /** Path segments of one entry. */
  maxPathDepth: number;
  /** Characters of one entry path. */
  maxPathLength: number;
  /** Decompressed/compressed byte ratio of one stream, checked once {@link ratioGraceBytes} are out. */
  maxRatio: number;
  /** Decompressed bytes a stream may produce before the ratio is enforced (tiny layers compress extremely well). */
  ratioGraceBytes: number;
  /** Size of one JSON document (index, manifest, config, `manifest.json`). */
  maxMetadataBytes: number;
  /** Decompressed size of a compressed outer archive (`.tar.gz`), which must be held in memory to be indexed. */
  maxBufferedArchiveBytes: number;
  /**
   * Decompressed/compressed ratio of a compressed outer archive, checked once {@link ratioGraceBytes} are out.
   * Stricter than {@link maxRatio} because the archive is buffered in memory, and a real one holds layers that
   * are already compressed (or plain layer tars, a few to one): a stream of zeros is stopped near
   * `ratioGraceBytes` instead of filling `maxBufferedArchiveBytes` of memory.
   */
  maxArchiveRatio: number;
  /** Members of an outer archive or files of a layout directory. */
  maxArchiveMembers: number;
  /** Symlink/hardlink hops when resolving a path (Linux's ELOOP bound is 40). */
  maxLinkHops: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Defaults sized for real images (a few GiB) while stopping bombs early. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxTotalBytes: 16 * GiB,
  maxFileBytes: 256 * MiB,
  maxEntries: 2_000_000,
  maxPathDepth: 128,
  maxPathLength: 4096,
  // Real layers rarely exceed 20:1, but a huge sparse file (an oversized /var/log/lastlog) can push a
  // layer past 500:1. gzip itself tops out near 1032:1, so this mostly stops zstd/RLE bombs; pass a
  // lower ratio for untrusted uploads. maxTotalBytes bounds whatever slips under it.
  maxRatio: 1000,
  ratioGraceBytes: 64 * MiB,
  maxMetadataBytes: 16 * MiB,
  maxBufferedArchiveBytes: 1 * GiB,
  maxArchiveRatio: 100,
  maxArchiveMembers: 1_000_000,
  maxLinkHops: 40,
});

/** Fills the unset fields of `limits` with the defaults. */
export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...limits };
}
