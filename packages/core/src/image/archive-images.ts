/**
 * The outer archive of an image upload: inflated once when it is gzip/zstd-compressed as a whole, indexed, and
 * listed as the images it holds (`manifest.json` entries of a `docker save`, else the OCI index's manifests).
 */
import { ScanError } from '../types/errors';
import { type BlobStore, openBlobStore } from './read/blob-store';
import {
  archiveBounds,
  type DecompressFactory,
  decompressStream,
  detectCompression,
  meterDecompressed,
} from './read/decompress';
import { parseDockerManifestJson, parseIndex } from './read/image-json';
import { type ReadLimits, resolveLimits } from './read/limits';
import { type BlobLike, bytesBlob, readJsonBlob } from './read/sources';

/** One image an archive holds, as {@link listArchiveImages} reports it. */
export interface ArchiveImage {
  /** Tags such as `alpine:3.18` (`manifest.json` RepoTags, or the OCI index's image names). */
  repoTags: string[];
}

/**
 * Lists the images an archive holds (one entry per image, not per tag).
 *
 * @throws ScanError `INVALID_IMAGE` when the bytes are not an image tarball.
 */
export async function listArchiveImages(
  archive: BlobLike | Uint8Array,
  options: { decompress?: DecompressFactory; limits?: Partial<ReadLimits> } = {},
): Promise<ArchiveImage[]> {
  const limits = resolveLimits(options.limits);
  const plain = await plainArchive(toBlob(archive), options.decompress, limits);
  return (await imagesOf(await openStore(plain, options.decompress, limits), plain)).images;
}

export function toBlob(archive: BlobLike | Uint8Array): BlobLike {
  return archive instanceof Uint8Array ? bytesBlob(archive) : archive;
}

export function openStore(
  plain: BlobLike,
  decompress: DecompressFactory | undefined,
  limits: ReadLimits = resolveLimits(),
): Promise<BlobStore> {
  return openBlobStore(plain, limits, decompress);
}

/** A gzip/zstd-compressed tarball (`image.tar.gz`) is inflated once, so every later read can slice it. */
export async function plainArchive(
  archive: BlobLike,
  decompress: DecompressFactory | undefined,
  limits: ReadLimits = resolveLimits(),
): Promise<BlobLike> {
  if (archive.size === 0) throw new ScanError('INVALID_IMAGE', 'the file is empty, not an image tarball');
  const head = new Uint8Array(await archive.slice(0, 8).arrayBuffer());
  const compression = detectCompression(head, 'the image archive');
  if (compression === 'none') return archive;
  let consumed = 0;
  const input = archive.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        consumed += chunk.length;
        controller.enqueue(chunk);
      },
    }),
  );
  const what = `the ${compression}-compressed image archive`;
  const output = meterDecompressed(
    decompressStream(input, compression, what, decompress),
    archiveBounds(limits),
    { used: 0 },
    () => consumed,
    what,
  );
  try {
    return new Blob(await collect(output));
  } catch (error) {
    if (error instanceof ScanError && error.code === 'CORRUPT_LAYER') {
      throw new ScanError('INVALID_IMAGE', error.message, { cause: error });
    }
    throw error;
  }
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    chunks.push(value as Uint8Array<ArrayBuffer>);
  }
}

export const METADATA_LIMIT = resolveLimits().maxMetadataBytes;

/** The images of the archive: `manifest.json` entries for docker archives, else the OCI index's manifests. */
export async function imagesOf(store: BlobStore, plain: BlobLike): Promise<{ images: ArchiveImage[] }> {
  const dockerManifest = await store.get('manifest.json');
  if (dockerManifest) {
    const entries = parseDockerManifestJson(
      await readJsonBlob(dockerManifest, METADATA_LIMIT, 'manifest.json'),
      'manifest.json',
    );
    return { images: entries.map((entry) => ({ repoTags: entry.RepoTags })) };
  }
  const indexBlob = await store.get('index.json');
  if (!indexBlob) {
    if (!(await endsLikeTar(plain))) {
      throw new ScanError(
        'INVALID_IMAGE',
        'the archive is truncated: it stops before its manifest and lacks the tar end-of-archive marker',
      );
    }
    throw new ScanError(
      'INVALID_IMAGE',
      'not a container image: found neither index.json (OCI layout) nor manifest.json (docker save)',
    );
  }
  const index = parseIndex(await readJsonBlob(indexBlob, METADATA_LIMIT, 'index.json'), 'index.json');
  const byDigest = new Map<string, string[]>();
  for (const descriptor of index.manifests) {
    const annotations = descriptor.annotations ?? {};
    if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    if (descriptor.platform?.os === 'unknown') continue;
    const names = byDigest.get(descriptor.digest) ?? [];
    const name = annotations['io.containerd.image.name'] ?? annotations['org.opencontainers.image.ref.name'];
    if (name && !names.includes(name)) names.push(name);
    byDigest.set(descriptor.digest, names);
  }
  return { images: [...byDigest.values()].map((repoTags) => ({ repoTags })) };
}

/** True when the last 1024 bytes are zero: the end-of-archive marker every tar writer appends. */
async function endsLikeTar(plain: BlobLike): Promise<boolean> {
  if (plain.size < 1024) return false;
  const tail = new Uint8Array(await plain.slice(plain.size - 1024).arrayBuffer());
  return tail.every((byte) => byte === 0);
}
