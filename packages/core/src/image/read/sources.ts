/**
 * The source port of the image reader: where image bytes come from.
 *
 * Two shapes cover every host. A {@link BlobLike} is one random-access file (a browser `Blob` or
 * `File`, Node's `fs.openAsBlob(path)`, or bytes in memory) holding an archive; a
 * {@link LayoutDirectory} is a directory tree (an unpacked OCI image layout). Nothing here
 * touches a file system: Node adapters live in `node-sources.node.ts`.
 */
import { ScanError } from '../../types/errors';

/** A random-access sequence of bytes; a `Blob` satisfies it. */
export interface BlobLike {
  readonly size: number;
  /** The bytes `[start, end)`, without reading them yet. */
  slice(start?: number, end?: number): BlobLike;
  stream(): ReadableStream<Uint8Array>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A directory of files addressed by relative posix paths (e.g. `blobs/sha256/<hex>`). */
export interface LayoutDirectory {
  /** Every regular file below the root, as relative posix paths. */
  list(): AsyncIterable<string> | Promise<string[]>;
  /** The file at `path`, or `null` when there is none. */
  open(path: string): Promise<BlobLike | null>;
}

/** What {@link openImage} reads: an archive file or a layout directory. */
export type ImageSource = BlobLike | LayoutDirectory;

/** True when `source` is a {@link LayoutDirectory} rather than an archive. */
export function isLayoutDirectory(source: ImageSource): source is LayoutDirectory {
  return typeof (source as Partial<LayoutDirectory>).open === 'function';
}

/** Wraps bytes held in memory as a {@link BlobLike} (a standard `Blob`). */
export function bytesBlob(bytes: Uint8Array): BlobLike {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]);
}

/** A read-only directory held in memory, keyed by relative posix path (handy for tests and uploads). */
export function memoryDirectory(files: ReadonlyMap<string, Uint8Array> | Record<string, Uint8Array>): LayoutDirectory {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  return {
    list: async () => [...map.keys()],
    open: async (path) => {
      const bytes = map.get(path);
      return bytes === undefined ? null : bytesBlob(bytes);
    },
  };
}

/** Reads a whole (small) blob, refusing anything larger than `maxBytes`. */
export async function readBlobBytes(blob: BlobLike, maxBytes: number, what: string): Promise<Uint8Array> {
  if (blob.size > maxBytes) {
    throw new ScanError('LIMIT_EXCEEDED', `${what} is ${blob.size} bytes, more than the ${maxBytes}-byte limit`);
  }
  try {
    return new Uint8Array(await blob.arrayBuffer());
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot read ${what}: ${describe(error)}`, { cause: error });
  }
}

/** Reads and parses a JSON blob; bad JSON is an `INVALID_IMAGE` error naming `what`. */
export async function readJsonBlob(blob: BlobLike, maxBytes: number, what: string): Promise<unknown> {
  return parseJsonBytes(await readBlobBytes(blob, maxBytes, what), what);
}

/** Parses UTF-8 JSON; bad JSON is an `INVALID_IMAGE` error naming `what`. */
export function parseJsonBytes(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ScanError('INVALID_IMAGE', `${what} is not valid JSON: ${describe(error)}`, { cause: error });
  }
}

/**
 * Joins the first `max` items for a message and counts the rest (`a, b, c and 997 more`), so an archive
 * listing a thousand tags still yields a one-line error.
 */
export function listSome(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** A short readable description of a thrown value. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
