/**
 * Writes one image layer to disk as a gzip blob, streaming: tar bytes → sha256 (the diff_id) →
 * node:zlib gzip → sha256 (the blob digest) → file. Nothing but the current chunk is held in memory.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { END_OF_ARCHIVE, encodeHeader, padding, type TarHeader } from './tar-header';

/** One layer member: its header and, for files, the data (bytes, or chunks whose total is `size`). */
export interface LayerEntry extends Omit<TarHeader, 'size'> {
  data?: Uint8Array | (() => AsyncIterable<Uint8Array>);
  /** Required when `data` is a chunk source. */
  size?: number;
}

/** A layer written to disk. */
export interface LayerFile {
  path: string;
  /** `sha256:` of the gzip blob. */
  digest: string;
  /** `sha256:` of the uncompressed tar (the config's `rootfs.diff_ids`). */
  diffId: string;
  compressedSize: number;
  uncompressedSize: number;
  files: number;
}

async function* tarBytes(entries: AsyncIterable<LayerEntry> | Iterable<LayerEntry>, count: { files: number }) {
  for await (const entry of entries) {
    const data = entry.data;
    const size = data instanceof Uint8Array ? data.length : (entry.size ?? 0);
    yield encodeHeader({ ...entry, size });
    if (entry.type !== 'file') continue;
    count.files++;
    if (data instanceof Uint8Array) {
      yield data;
    } else if (data) {
      let written = 0;
      for await (const chunk of data()) {
        written += chunk.length;
        yield chunk;
      }
      if (written !== size) throw new Error(`${entry.name}: wrote ${written} bytes, header says ${size}`);
    }
    yield padding(size);
  }
  yield END_OF_ARCHIVE;
}

/** A pass-through stream that hashes and counts what flows through it. */
function hashingTap(): Transform & { result(): { digest: string; size: number } } {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  return Object.assign(tap, { result: () => ({ digest: `sha256:${hash.digest('hex')}`, size }) });
}

/** Streams `entries` as a gzipped tar to `path`. */
export async function writeLayerFile(
  path: string,
  entries: AsyncIterable<LayerEntry> | Iterable<LayerEntry>,
): Promise<LayerFile> {
  const count = { files: 0 };
  const raw = hashingTap();
  const gz = hashingTap();
  await pipeline(Readable.from(tarBytes(entries, count)), raw, createGzip({ level: 6 }), gz, createWriteStream(path));
  const r = raw.result();
  const g = gz.result();
  return {
    path,
    digest: g.digest,
    diffId: r.digest,
    compressedSize: g.size,
    uncompressedSize: r.size,
    files: count.files,
  };
}
