/**
 * Builders of small images in every storage form the reader accepts, for tests and demos: legacy
 * and Docker 25+ `docker save` archives, OCI layouts (as a directory map or a tar, optionally
 * multi-platform with nested indexes), and images around arbitrary layer bytes for hostile cases.
 */
import { gunzipSync } from 'fflate';
import { sha256Digest, webPlatform } from '../../platform';
import type { BuiltImage } from '../build-image';
import { canonicalJsonBytes } from '../canonical-json';
import {
  type Descriptor,
  type ImageIndex,
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_INDEX,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_MANIFEST,
} from '../oci';
import { type TarEntry, writeTar } from '../tar-writer';
import type { BlobLike } from './sources';

const encoder = new TextEncoder();
const hex = (digest: string) => digest.slice('sha256:'.length);

/** A `docker save` archive as Docker before v25 wrote it: `<id>/layer.tar` (uncompressed) and `<config>.json`. */
export function legacyDockerArchive(image: BuiltImage, repoTags: string[]): Uint8Array {
  const entries: TarEntry[] = [];
  const layerPaths = image.layers.map((layer) => {
    const id = hex(layer.diffId);
    entries.push({ name: `${id}/`, type: 'dir' }, { name: `${id}/VERSION`, data: '1.0' });
    entries.push({ name: `${id}/layer.tar`, data: gunzipSync(layer.bytes) });
    return `${id}/layer.tar`;
  });
  entries.push({ name: `${image.imageId}.json`, data: image.config.bytes });
  const manifest = [{ Config: `${image.imageId}.json`, RepoTags: repoTags, Layers: layerPaths }];
  entries.push({ name: 'manifest.json', data: JSON.stringify(manifest) });
  return writeTar(entries);
}

/** One image of a layout, with the index annotations and platform to record for it. */
export interface LayoutImage {
  image: BuiltImage;
  refName?: string;
  platform?: { os: string; architecture: string; variant?: string };
}

/**
 * The files of an OCI image layout. With `nested`, `index.json` points to one inner index that
 * lists the images (as `docker buildx --output type=oci` writes multi-platform images).
 */
export async function ociLayoutFiles(
  images: LayoutImage[],
  options: { nested?: boolean } = {},
): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const put = (digest: string, bytes: Uint8Array) => files.set(`blobs/sha256/${hex(digest)}`, bytes);
  const descriptors: Descriptor[] = images.map(({ image, refName, platform }) => {
    for (const blob of [image.config, image.manifest, ...image.layers]) put(blob.digest, blob.bytes);
    const descriptor: Descriptor = {
      mediaType: image.manifest.mediaType,
      digest: image.manifest.digest,
      size: image.manifest.size,
    };
    if (platform) descriptor.platform = platform;
    if (refName) descriptor.annotations = { 'org.opencontainers.image.ref.name': refName };
    return descriptor;
  });
  let top: ImageIndex = { schemaVersion: 2, mediaType: MEDIA_TYPE_OCI_INDEX, manifests: descriptors };
  if (options.nested) {
    const inner = canonicalJsonBytes(top);
    const digest = await sha256Digest(webPlatform, inner);
    put(digest, inner);
    top = {
      schemaVersion: 2,
      mediaType: MEDIA_TYPE_OCI_INDEX,
      manifests: [{ mediaType: MEDIA_TYPE_OCI_INDEX, digest, size: inner.length }],
    };
  }
  files.set('index.json', canonicalJsonBytes(top));
  files.set('oci-layout', encoder.encode('{"imageLayoutVersion":"1.0.0"}'));
  return files;
}

/** Packs a file map (e.g. from {@link ociLayoutFiles}) into a tar. */
export function tarOfFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  return writeTar([...files].map(([name, data]) => ({ name, data })));
}

/** A layer given as raw bytes: what is stored, and the tar it should decompress to (for the diffId). */
export interface RawLayer {
  stored: Uint8Array;
  /** The uncompressed tar; defaults to `stored` (an uncompressed layer). */
  tar?: Uint8Array;
  /** Overrides the manifest digest (to simulate tampering). */
  digest?: string;
  /** Overrides the diffId. */
  diffId?: string;
}

/** An OCI layout around arbitrary layer bytes, for tests of corrupt and hostile layers. */
export async function rawLayerLayout(layers: RawLayer[], createdBy: string[] = []): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const put = async (bytes: Uint8Array) => {
    const digest = await sha256Digest(webPlatform, bytes);
    files.set(`blobs/sha256/${hex(digest)}`, bytes);
    return digest;
  };
  const layerDescriptors: Descriptor[] = [];
  const diffIds: string[] = [];
  for (const layer of layers) {
    const digest = layer.digest ?? (await put(layer.stored));
    if (layer.digest) files.set(`blobs/sha256/${hex(layer.digest)}`, layer.stored);
    layerDescriptors.push({ mediaType: MEDIA_TYPE_OCI_LAYER_GZIP, digest, size: layer.stored.length });
    diffIds.push(layer.diffId ?? (await sha256Digest(webPlatform, layer.tar ?? layer.stored)));
  }
  const config = canonicalJsonBytes({
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: {},
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: layers.map((_, i) => ({ created: '2024-01-01T00:00:00Z', created_by: createdBy[i] ?? `step ${i}` })),
  });
  const configDigest = await put(config);
  const manifest = canonicalJsonBytes({
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_OCI_MANIFEST,
    config: { mediaType: MEDIA_TYPE_OCI_CONFIG, digest: configDigest, size: config.length },
    layers: layerDescriptors,
  });
  const manifestDigest = await put(manifest);
  const index = {
    schemaVersion: 2,
    manifests: [{ mediaType: MEDIA_TYPE_OCI_MANIFEST, digest: manifestDigest, size: manifest.length }],
  };
  files.set('index.json', canonicalJsonBytes(index));
  files.set('oci-layout', encoder.encode('{"imageLayoutVersion":"1.0.0"}'));
  return files;
}

/** A {@link BlobLike} over `bytes` whose `stream()` yields `chunkSize`-byte chunks, as a file on disk does. */
export function chunkedBlob(bytes: Uint8Array, chunkSize: number): BlobLike {
  return {
    size: bytes.length,
    slice: (start = 0, end = bytes.length) => chunkedBlob(bytes.subarray(start, end), chunkSize),
    arrayBuffer: async () => bytes.slice().buffer,
    stream: () => {
      let offset = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= bytes.length) {
            controller.close();
            return;
          }
          controller.enqueue(bytes.slice(offset, offset + chunkSize));
          offset += chunkSize;
        },
      });
    },
  };
}
