/**
 * Streams every layer of an opened image once, in order, through modern-tar, reporting each tar
 * entry and each whiteout. Whiteouts follow the OCI image spec
 * (https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts): `.wh.<name>`
 * deletes `<name>` from lower layers and `.wh..wh..opq` makes its directory opaque.
 * Bodies are read only when a visitor asks for them; everything else is skipped unread.
 */
import { createTarDecoder, type ParsedTarEntry } from 'modern-tar';
import { toHex } from '../../platform';
import { ScanError } from '../../types/errors';
import type { LayerFile, LayerRef } from '../../types/image';
import {
  type ByteBudget,
  type Compression,
  decompressStream,
  mapErrors,
  meterDecompressed,
  sniffCompression,
  tapStream,
} from './decompress';
import { drainBody, fileType, readBody } from './entry-body';
import { normalizeEntryPath, type PathFlag, parentOf } from './entry-path';
import { type ReadLimits, resolveLimits } from './limits';
import type { LayerBlob, OpenedImage } from './open-image';
import { describe } from './sources';

/** One tar entry, with lazy access to its content. */
export interface WalkEntry {
  file: LayerFile;
  /** Set when the stored name was absolute or contained `..` (it was clamped into the root). */
  flags: readonly PathFlag[];
  /**
   * Reads a regular file's content (empty for other types, hardlinks included: their target's
   * content was offered where the target itself was walked). Only valid until the visitor's
   * `entry` callback settles; larger than `maxFileBytes` rejects with `LIMIT_EXCEEDED`.
   */
  read(): Promise<Uint8Array>;
}

/** A deletion recorded by a layer. */
export interface WhiteoutEvent {
  /** `whiteout`: `path` and everything below it are deleted; `opaque`: lower contents of directory `path` are hidden. */
  kind: 'whiteout' | 'opaque';
  /** Image path; `''` is the root directory (for an opaque marker at the top). */
  path: string;
  layer: LayerRef;
}

/** What happened to one layer. */
export interface LayerStats {
  layer: LayerRef;
  compression: Compression;
  compressedBytes: number;
  uncompressedBytes: number;
  entries: number;
  /** True when the stored blob was hashed against its manifest digest. */
  digestVerified: boolean;
  /** True when the uncompressed tar was hashed against its diffId. */
  diffIdVerified: boolean;
}

/** Callbacks of {@link walkImage}; each may be async, and the walk waits for it. */
export interface ImageVisitor {
  layerStart?(layer: LayerRef): void | Promise<void>;
  entry?(entry: WalkEntry): void | Promise<void>;
  whiteout?(event: WhiteoutEvent): void | Promise<void>;
  layerEnd?(stats: LayerStats): void | Promise<void>;
}

/** Options of {@link walkImage}. */
export interface WalkOptions {
  /** Overrides of the limits the image was opened with. */
  limits?: Partial<ReadLimits>;
  /** Check blob digests and diffIds (default true); a mismatch throws after the layer's entries. */
  verify?: boolean;
}

/** Totals of a walk. */
export interface WalkSummary {
  layers: LayerStats[];
  /** Tar entries of all layers, whiteout markers included. */
  entries: number;
  uncompressedBytes: number;
  /** Stored names that were absolute or contained `..`, with the layer index. */
  unsafePaths: { name: string; path: string; layer: number; flags: readonly PathFlag[] }[];
}

const OPAQUE = '.wh..wh..opq';
const WHITEOUT = '.wh.';

/**
 * Walks the layers of `image` base first. Because content is streamed, a layer whose digest
 * does not match is reported (`DIGEST_MISMATCH`) after its entries were visited: callers must
 * discard results of a walk that throws.
 */
export async function walkImage(
  image: OpenedImage,
  visitor: ImageVisitor,
  options: WalkOptions = {},
): Promise<WalkSummary> {
  const limits = resolveLimits({ ...image.readOptions.limits, ...options.limits });
  const state: WalkState = { limits, budget: { used: 0 }, entries: 0, verify: options.verify ?? true, image, visitor };
  const summary: WalkSummary = { layers: [], entries: 0, uncompressedBytes: 0, unsafePaths: [] };
  for (const layer of image.layerBlobs) {
    await visitor.layerStart?.(layer.ref);
    const stats = await walkLayer(layer, state, summary);
    summary.layers.push(stats);
    await visitor.layerEnd?.(stats);
  }
  summary.entries = state.entries;
  summary.uncompressedBytes = state.budget.used;
  return summary;
}

interface WalkState {
  limits: ReadLimits;
  budget: ByteBudget;
  entries: number;
  verify: boolean;
  image: OpenedImage;
  visitor: ImageVisitor;
}

async function walkLayer(layer: LayerBlob, state: WalkState, summary: WalkSummary): Promise<LayerStats> {
  const { ref } = layer;
  const what = `layer ${ref.index} (${ref.digest})`;
  const { createHash, decompress } = state.image.readOptions;
  const compression = await sniffCompression(layer.blob, what);
  const hashStored = state.verify && layer.digestRecorded && compression !== 'none';
  const storedHash = createHash();
  const tarHash = createHash();
  let compressedBytes = 0;
  let uncompressedBytes = 0;
  const source = mapErrors(layer.blob.stream(), (error) =>
    error instanceof ScanError
      ? error
      : new ScanError('IO_ERROR', `${what}: reading failed: ${describe(error)}`, { cause: error }),
  );
  const raw = tapStream(source, (chunk) => {
    compressedBytes += chunk.length;
    if (hashStored) storedHash.update(chunk);
  });
  const tar = tapStream(decompressStream(raw, compression, what, decompress), (chunk) => {
    uncompressedBytes += chunk.length;
    if (state.verify) tarHash.update(chunk);
  });
  const metered = meterDecompressed(tar, state.limits, state.budget, () => compressedBytes, what);
  const reader = metered.pipeThrough(createTarDecoder({ strict: true })).getReader();
  let entries = 0;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<ParsedTarEntry>;
      try {
        next = await reader.read();
      } catch (error) {
        throw error instanceof ScanError
          ? error
          : new ScanError('CORRUPT_LAYER', `${what} is not a valid tar stream: ${describe(error)}`, { cause: error });
      }
      if (next.done) break;
      entries++;
      if (++state.entries > state.limits.maxEntries) {
        await next.value.body.cancel().catch(() => {});
        throw new ScanError(
          'LIMIT_EXCEEDED',
          `${what}: more than ${state.limits.maxEntries} entries in the image (maxEntries)`,
        );
      }
      await visitEntry(next.value, ref, state, summary, what);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    throw error;
  }
  const tarDigest = `sha256:${toHex(tarHash.digest())}`;
  if (state.verify) {
    if (tarDigest !== ref.diffId) {
      throw new ScanError(
        'DIGEST_MISMATCH',
        `${what}: the uncompressed tar hashes to ${tarDigest}, not its diffId ${ref.diffId}`,
      );
    }
    const storedDigest = hashStored ? `sha256:${toHex(storedHash.digest())}` : tarDigest;
    if (layer.digestRecorded && storedDigest !== ref.digest) {
      throw new ScanError('DIGEST_MISMATCH', `${what}: the blob hashes to ${storedDigest}, not its manifest digest`);
    }
  }
  return {
    layer: ref,
    compression,
    compressedBytes,
    uncompressedBytes,
    entries,
    digestVerified: state.verify && layer.digestRecorded,
    diffIdVerified: state.verify,
  };
}

async function visitEntry(
  entry: ParsedTarEntry,
  layer: LayerRef,
  state: WalkState,
  summary: WalkSummary,
  what: string,
) {
  const { header, body } = entry;
  const { path, flags } = normalizeEntryPath(header.name, state.limits, what);
  if (flags.length > 0) summary.unsafePaths.push({ name: header.name, path, layer: layer.index, flags });
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (path === '' || base.startsWith(WHITEOUT)) {
    await drainBody(body, what, path);
    if (base === OPAQUE) await state.visitor.whiteout?.({ kind: 'opaque', path: parentOf(path), layer });
    // Other `.wh..wh.` names are aufs bookkeeping (e.g. `.wh..wh.plnk`), not deletions.
    else if (base.length > WHITEOUT.length && !base.startsWith(`${WHITEOUT}${WHITEOUT}`)) {
      const parent = parentOf(path);
      const target = base.slice(WHITEOUT.length);
      await state.visitor.whiteout?.({ kind: 'whiteout', path: parent === '' ? target : `${parent}/${target}`, layer });
    }
    return;
  }
  const type = fileType(header.type);
  const file: LayerFile = {
    path,
    type,
    size: type === 'file' ? header.size : 0,
    mode: (header.mode ?? 0) & 0o7777,
    layer,
  };
  if (header.uid !== undefined) file.uid = header.uid;
  if (header.gid !== undefined) file.gid = header.gid;
  if ((type === 'symlink' || type === 'hardlink') && header.linkname !== undefined) {
    // Hardlink targets are member names, normalised like entry names; symlink targets stay as written.
    file.linkTarget =
      type === 'hardlink' ? normalizeEntryPath(header.linkname, state.limits, what).path : header.linkname;
  }
  let settled = false;
  let content: Promise<Uint8Array> | undefined;
  const read = (): Promise<Uint8Array> => {
    if (settled) return Promise.reject(new Error(`read() of ${path} called after the visitor returned`));
    content ??= readBody(body, file, state.limits, what);
    return content;
  };
  try {
    await state.visitor.entry?.({ file, flags, read });
  } catch (error) {
    // The layer is abandoned: the caller cancels the whole decoder, so this body is left as is.
    settled = true;
    await content?.catch(() => {});
    throw error;
  }
  settled = true;
  if (content) await content.catch(() => {});
  else await drainBody(body, what, path);
}
