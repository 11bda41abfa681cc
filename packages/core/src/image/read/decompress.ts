/**
 * Layer and archive decompression, detected by magic bytes rather than trusted media types.
 *
 * gzip (RFC 1952, https://www.rfc-editor.org/rfc/rfc1952) goes through the host's
 * `DecompressionStream('gzip')`, injected so tests and exotic hosts can swap it; zstd
 * (RFC 8878, https://www.rfc-editor.org/rfc/rfc8878) is decoded chunk by chunk with fzstd's
 * streaming `Decompress`. Every stream is metered so a bomb stops at the first chunk past a limit.
 */
import { Decompress } from 'fzstd';
import { ScanError } from '../../types/errors';
import type { ReadLimits } from './limits';
import { type BlobLike, describe } from './sources';

/** Compressions the reader recognises. */
export type Compression = 'gzip' | 'zstd' | 'none';

/** Creates a gzip decompressor; the default is `new DecompressionStream('gzip')`. */
export type DecompressFactory = (format: 'gzip') => ReadableWritablePair<Uint8Array, Uint8Array>;

/** The default {@link DecompressFactory}, available in Node 20+, browsers and workers. */
export const webDecompress: DecompressFactory = (format) =>
  new DecompressionStream(format) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;

/** Names the compression of a stream from its first bytes (at least 6 are needed for xz). */
export function detectCompression(head: Uint8Array, what: string): Compression {
  const starts = (...magic: number[]) => magic.every((byte, i) => head[i] === byte);
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x28, 0xb5, 0x2f, 0xfd)) return 'zstd';
  if (starts(0x42, 0x5a, 0x68)) throw new ScanError('UNSUPPORTED_COMPRESSION', `${what} is bzip2-compressed`);
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) {
    throw new ScanError('UNSUPPORTED_COMPRESSION', `${what} is xz-compressed`);
  }
  return 'none';
}

/** Reads the first bytes of `blob` and names its compression. */
export async function sniffCompression(blob: BlobLike, what: string): Promise<Compression> {
  const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  return detectCompression(head, what);
}

/**
 * Decompresses `input`. Decoder failures (corrupt or truncated data) surface as `CORRUPT_LAYER`
 * errors naming `what`; {@link ScanError}s raised upstream pass through unchanged.
 */
export function decompressStream(
  input: ReadableStream<Uint8Array>,
  compression: Compression,
  what: string,
  factory: DecompressFactory = webDecompress,
): ReadableStream<Uint8Array> {
  if (compression === 'none') return input;
  const output = compression === 'gzip' ? input.pipeThrough(factory('gzip')) : input.pipeThrough(zstdTransform());
  return mapErrors(output, (error) =>
    error instanceof ScanError
      ? error
      : new ScanError('CORRUPT_LAYER', `${what}: ${compression} data is corrupt or truncated (${describe(error)})`, {
          cause: error,
        }),
  );
}

function zstdTransform(): TransformStream<Uint8Array, Uint8Array> {
  let decoder: Decompress;
  return new TransformStream({
    start(controller) {
      decoder = new Decompress((data) => {
        if (data.length > 0) controller.enqueue(data);
      });
    },
    transform(chunk) {
      decoder.push(chunk);
    },
    flush() {
      // A final empty push makes fzstd check that the last frame was complete.
      decoder.push(new Uint8Array(0), true);
    },
  });
}

/** Re-raises every error of `stream` as `map(error)`, so consumers see typed errors. */
export function mapErrors(
  stream: ReadableStream<Uint8Array>,
  map: (error: unknown) => unknown,
): ReadableStream<Uint8Array> {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(map(error));
      }
    },
    async cancel(reason) {
      await reader.cancel(reason).catch(() => {});
    },
  });
}

/** Calls `onChunk` for every chunk passing through; a throw errors the stream with that value. */
export function tapStream(
  stream: ReadableStream<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void,
): ReadableStream<Uint8Array> {
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        onChunk(chunk);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** Shared byte budget of one image walk (total decompressed bytes). */
export interface ByteBudget {
  used: number;
}

/** The bounds {@link meterDecompressed} enforces, with the limit names its errors quote. */
export interface MeterBounds {
  maxBytes: number;
  maxRatio: number;
  ratioGraceBytes: number;
  /** Names of the limits in messages; default `maxTotalBytes` and `maxRatio`. */
  names?: { bytes: string; ratio: string };
}

/** The bounds of a compressed outer archive (buffered in memory): {@link ReadLimits.maxBufferedArchiveBytes} and {@link ReadLimits.maxArchiveRatio}. */
export function archiveBounds(limits: ReadLimits): MeterBounds {
  return {
    maxBytes: limits.maxBufferedArchiveBytes,
    maxRatio: limits.maxArchiveRatio,
    ratioGraceBytes: limits.ratioGraceBytes,
    names: { bytes: 'maxBufferedArchiveBytes', ratio: 'maxArchiveRatio' },
  };
}

/**
 * Meters a decompressed stream against the limits: total bytes across the walk (`budget`) and the
 * decompressed/compressed ratio, where `compressedSoFar` reports the input consumed so far. `limits` are
 * read limits (`maxTotalBytes`, `maxRatio`) or explicit {@link MeterBounds}.
 */
export function meterDecompressed(
  stream: ReadableStream<Uint8Array>,
  limits: ReadLimits | MeterBounds,
  budget: ByteBudget,
  compressedSoFar: () => number,
  what: string,
): ReadableStream<Uint8Array> {
  const bounds: MeterBounds = 'maxBytes' in limits ? limits : { ...limits, maxBytes: limits.maxTotalBytes };
  const names = bounds.names ?? { bytes: 'maxTotalBytes', ratio: 'maxRatio' };
  let produced = 0;
  return tapStream(stream, (chunk) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (budget.used > bounds.maxBytes) {
      throw new ScanError(
        'LIMIT_EXCEEDED',
        `${what}: more than ${bounds.maxBytes} decompressed bytes in total (${names.bytes})`,
      );
    }
    const compressed = Math.max(compressedSoFar(), 1);
    if (produced > bounds.ratioGraceBytes && produced / compressed > bounds.maxRatio) {
      throw new ScanError(
        'LIMIT_EXCEEDED',
        `${what}: decompresses more than ${bounds.maxRatio}:1 (${produced} bytes from ${compressed}); possible decompression bomb (${names.ratio})`,
      );
    }
  });
}
