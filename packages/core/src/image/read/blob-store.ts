/**
 * One view over the two source shapes: a path → blob lookup, backed either by an indexed archive
 * (optionally gzip/zstd-compressed as a whole, like `image.tar.gz`) or by a layout directory.
 */
import { ScanError } from '../../types/errors';
import {
  archiveBounds,
  type ByteBudget,
  type DecompressFactory,
  decompressStream,
  meterDecompressed,
  sniffCompression,
} from './decompress';
import type { ReadLimits } from './limits';
import { type BlobLike, describe, type ImageSource, isLayoutDirectory } from './sources';
import { indexTar } from './tar-index';

/** Path-addressed access to the files of an archive or directory. */
export interface BlobStore {
  /** `archive` for tar files, `directory` for layout directories. */
  readonly kind: 'archive' | 'directory';
  /** Compression of the archive as a whole (`none` for directories and plain tars). */
  readonly compression: 'gzip' | 'zstd' | 'none';
  get(path: string): Promise<BlobLike | null>;
}

/** Builds a {@link BlobStore} over `source`, indexing an archive's headers once. */
export async function openBlobStore(
  source: ImageSource,
  limits: ReadLimits,
  decompress: DecompressFactory | undefined,
): Promise<BlobStore> {
  if (isLayoutDirectory(source)) {
    return {
      kind: 'directory',
      compression: 'none',
      get: async (path) => {
        try {
          return await source.open(path);
        } catch (error) {
          throw new ScanError('IO_ERROR', `cannot open ${path}: ${describe(error)}`, { cause: error });
        }
      },
    };
  }
  if (source.size === 0) throw new ScanError('INVALID_IMAGE', 'the image archive is empty');
  const compression = await sniffCompression(source, 'the image archive');
  const archive = compression === 'none' ? source : await inflateArchive(source, compression, limits, decompress);
  const members = await indexTar(archive, limits, 'the image archive');
  return {
    kind: 'archive',
    compression,
    get: async (path) => {
      const member = members.get(path);
      return member ? archive.slice(member.offset, member.offset + member.size) : null;
    },
  };
}

/**
 * A compressed archive cannot be sliced, so it is decompressed once into a `Blob` (which hosts may
 * back with disk). The size is capped by `maxBufferedArchiveBytes` and the ratio by `maxArchiveRatio` (a bomb
 * stops near `ratioGraceBytes`); larger images should be passed uncompressed, as `docker save` writes them.
 */
async function inflateArchive(
  source: BlobLike,
  compression: 'gzip' | 'zstd',
  limits: ReadLimits,
  decompress: DecompressFactory | undefined,
): Promise<BlobLike> {
  let compressed = 0;
  const input = source.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        compressed += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  const what = `the ${compression}-compressed image archive`;
  const budget: ByteBudget = { used: 0 };
  const output = meterDecompressed(
    decompressStream(input, compression, what, decompress),
    archiveBounds(limits),
    budget,
    () => compressed,
    what,
  );
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = output.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    if (error instanceof ScanError && error.code === 'CORRUPT_LAYER') {
      throw new ScanError('INVALID_IMAGE', error.message, { cause: error });
    }
    throw error;
  }
  return new Blob(chunks);
}
