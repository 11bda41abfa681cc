/**
 * From an image tarball to what a registry stores: the "push" half of `docker load && docker push`.
 *
 * A `docker save` archive (legacy `<id>/layer.tar` or Docker 25+ OCI form) or an OCI image-layout tar
 * is opened with the reader, every blob it names is checked (layer digests and diff_ids, config and
 * manifest digests), and the image is returned in registry form: gzip layer blobs (uncompressed layer
 * tars are gzipped, as `docker push` does), the config blob, and a manifest whose descriptors match
 * those blobs. When the archive already stores registry-ready blobs its manifest is kept byte for byte,
 * so the registry digest is the one the archive records.
 */
import { gzipSync } from 'fflate';
import { type Platform as HashPlatform, type Sha256Digest, sha256Digest, toHex, webPlatform } from '../platform';
import { ScanError } from '../types/errors';
import type { Platform as ImagePlatform } from '../types/image';
import { imagesOf, METADATA_LIMIT, openStore, plainArchive, toBlob } from './archive-images';
import type { BuiltBlob, BuiltImage, BuiltLayer } from './build-image';
import { canonicalJsonBytes } from './canonical-json';
import {
  type ImageManifest,
  MEDIA_TYPE_DOCKER_CONFIG,
  MEDIA_TYPE_DOCKER_LAYER_GZIP,
  MEDIA_TYPE_DOCKER_MANIFEST,
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_MANIFEST,
} from './oci';
import type { BlobStore } from './read/blob-store';
import {
  type Compression,
  type DecompressFactory,
  decompressStream,
  detectCompression,
  meterDecompressed,
} from './read/decompress';
import { blobPath, digestFromPath, parseDockerManifestJson } from './read/image-json';
import { type ReadLimits, resolveLimits } from './read/limits';
import { type ImageFormat, type LayerBlob, type OpenedImage, openImage } from './read/open-image';
import type { HashFactory } from './read/sha256';
import { type BlobLike, bytesBlob, describe, listSome, readBlobBytes, readJsonBlob } from './read/sources';

/** An image in registry form: every blob a registry stores for it, plus what the archive said about it. */
export interface RegistryImage extends BuiltImage {
  /** `sha256:…` of the config (the image id with its prefix). */
  configDigest: Sha256Digest;
  /** The archive's tags for this image (empty when untagged). */
  repoTags: string[];
  platform: ImagePlatform;
  /** How the archive stored the image. */
  format: ImageFormat;
  /** True when layers had to be (re)compressed, so the manifest was rewritten. */
  manifestRewritten: boolean;
}

/** Options of {@link toRegistryImage}. */
export interface RegistryImageOptions {
  /** Which image of a multi-image archive, by tag (`app:1.0`) or OCI ref name; required when there are several. */
  tag?: string;
  /** gzip decompressor; defaults to `DecompressionStream`. */
  decompress?: DecompressFactory;
  /** Incremental SHA-256 for layers; defaults to the pure-TS hasher. */
  createHash?: HashFactory;
  /** One-shot SHA-256; defaults to Web Crypto. */
  crypto?: HashPlatform;
  /** Reader limits; an untrusted upload may pass a lower `maxRatio` (see `ReadLimits`). */
  limits?: Partial<ReadLimits>;
}

/**
 * Validates an image tarball and returns the image in registry form.
 *
 * @throws ScanError `INVALID_IMAGE` (not a tar, no manifest, several images and no tag, bad JSON),
 * `MISSING_BLOB`, `DIGEST_MISMATCH`, `PLATFORM_NOT_FOUND` (not a linux image), `UNSUPPORTED_COMPRESSION`,
 * `CORRUPT_LAYER`, `LIMIT_EXCEEDED`.
 */
export async function toRegistryImage(
  archive: BlobLike | Uint8Array,
  options: RegistryImageOptions = {},
): Promise<RegistryImage> {
  const crypto = options.crypto ?? webPlatform;
  const limits = resolveLimits(options.limits);
  const plain = await plainArchive(toBlob(archive), options.decompress, limits);
  const store = await openStore(plain, options.decompress, limits);
  const { images } = await imagesOf(store, plain);
  if (images.length === 0) throw new ScanError('INVALID_IMAGE', 'the archive holds no image');
  if (images.length > 1 && options.tag === undefined) {
    const tags = images.flatMap((image) => image.repoTags);
    throw new ScanError(
      'INVALID_IMAGE',
      `the archive holds ${images.length} images${tags.length > 0 ? ` (${listSome(tags)})` : ''}; choose one by tag`,
    );
  }
  const opened = await openImage(plain, {
    limits,
    tag: options.tag,
    decompress: options.decompress,
    createHash: options.createHash,
    crypto,
  });
  if (opened.platform.os !== 'linux') {
    throw new ScanError(
      'PLATFORM_NOT_FOUND',
      `the image is built for ${opened.platform.os}/${opened.platform.architecture}; only linux images can be pushed`,
    );
  }
  const oci = opened.manifest.mediaType === MEDIA_TYPE_OCI_MANIFEST;
  const layers: BuiltLayer[] = [];
  let rewritten = false;
  for (const [index, layer] of opened.layerBlobs.entries()) {
    const result = await registryLayer(layer, index, oci, opened, crypto);
    rewritten ||= result.rewritten;
    layers.push(result.layer);
  }
  const configBytes = await configBlobBytes(store, opened, crypto);
  const configDigest = opened.configDigest as Sha256Digest;
  const config: BuiltBlob = {
    digest: configDigest,
    size: configBytes.length,
    mediaType: opened.manifest.config.mediaType || (oci ? MEDIA_TYPE_OCI_CONFIG : MEDIA_TYPE_DOCKER_CONFIG),
    bytes: configBytes,
  };
  const manifest = await manifestBlob(store, opened, config, layers, rewritten, oci, crypto);
  return {
    manifest,
    config,
    layers,
    imageId: configDigest.slice('sha256:'.length),
    digest: manifest.digest,
    size: manifest.size + config.size + layers.reduce((sum, layer) => sum + layer.size, 0),
    configDigest,
    repoTags: opened.repoTags,
    platform: opened.platform,
    format: opened.format,
    manifestRewritten: manifest.digest !== opened.manifestDigest,
  };
}

/** Reads, verifies and (when stored uncompressed) gzips one layer. */
async function registryLayer(
  layer: LayerBlob,
  index: number,
  oci: boolean,
  opened: OpenedImage,
  crypto: HashPlatform,
): Promise<{ layer: BuiltLayer; rewritten: boolean }> {
  const what = `layer ${index} (${layer.ref.digest})`;
  let stored: Uint8Array;
  try {
    stored = new Uint8Array(await layer.blob.arrayBuffer());
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot read ${what}: ${describe(error)}`, { cause: error });
  }
  const storedDigest = await sha256Digest(crypto, stored);
  if (layer.digestRecorded && storedDigest !== layer.ref.digest) {
    throw new ScanError('DIGEST_MISMATCH', `${what} hashes to ${storedDigest}; the archive is corrupt`);
  }
  const compression = detectCompression(stored.subarray(0, 8), what);
  const { diffId, size } = await contentDigest(stored, compression, what, opened);
  if (diffId !== layer.ref.diffId) {
    throw new ScanError(
      'DIGEST_MISMATCH',
      `${what}: its content hashes to ${diffId}, but the config lists diff_id ${layer.ref.diffId}`,
    );
  }
  if (compression === 'none') {
    // What `docker push` does with an uncompressed layer: gzip it (no name or mtime, so it is reproducible).
    const gz = gzipSync(stored, { level: 6, mtime: 0 });
    const built: BuiltLayer = {
      digest: await sha256Digest(crypto, gz),
      size: gz.length,
      mediaType: oci ? MEDIA_TYPE_OCI_LAYER_GZIP : MEDIA_TYPE_DOCKER_LAYER_GZIP,
      bytes: gz,
      diffId: diffId as Sha256Digest,
      uncompressedSize: size,
    };
    return { layer: built, rewritten: true };
  }
  const mediaType =
    layer.mediaType && layer.mediaType !== 'application/vnd.docker.image.rootfs.diff.tar'
      ? layer.mediaType
      : MEDIA_TYPE_DOCKER_LAYER_GZIP;
  const built: BuiltLayer = {
    digest: storedDigest,
    size: stored.length,
    mediaType,
    bytes: stored,
    diffId: diffId as Sha256Digest,
    uncompressedSize: size,
  };
  return { layer: built, rewritten: storedDigest !== layer.ref.digest || mediaType !== layer.mediaType };
}

/** SHA-256 and size of the uncompressed layer tar (its diff_id). */
async function contentDigest(
  stored: Uint8Array,
  compression: Compression,
  what: string,
  opened: OpenedImage,
): Promise<{ diffId: string; size: number }> {
  const { limits, decompress, createHash } = opened.readOptions;
  if (compression === 'none') {
    return { diffId: await sha256Digest(opened.readOptions.crypto, stored), size: stored.length };
  }
  const hash = createHash();
  let size = 0;
  const output = meterDecompressed(
    decompressStream(bytesBlob(stored).stream(), compression, what, decompress),
    limits,
    { used: 0 },
    () => stored.length,
    what,
  );
  const reader = output.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    hash.update(value);
  }
  return { diffId: `sha256:${toHex(hash.digest())}`, size };
}

/** The config's bytes: at its blob path, its legacy `<hex>.json` name, or any `manifest.json` Config path. */
async function configBlobBytes(store: BlobStore, opened: OpenedImage, crypto: HashPlatform): Promise<Uint8Array> {
  const hex = opened.configDigest.slice('sha256:'.length);
  const candidates = [blobPath(opened.configDigest), `${hex}.json`];
  const dockerManifest = await store.get('manifest.json');
  if (dockerManifest) {
    const entries = parseDockerManifestJson(
      await readJsonBlob(dockerManifest, METADATA_LIMIT, 'manifest.json'),
      'manifest.json',
    );
    for (const entry of entries) {
      const named = digestFromPath(entry.Config);
      if (named === undefined || named === opened.configDigest) candidates.push(entry.Config);
    }
  }
  for (const path of candidates) {
    const blob = await store.get(path);
    if (!blob) continue;
    const bytes = await readBlobBytes(blob, METADATA_LIMIT, 'the image config');
    if ((await sha256Digest(crypto, bytes)) === opened.configDigest) return bytes;
  }
  throw new ScanError('MISSING_BLOB', `the image config ${opened.configDigest} is missing from the archive`);
}

/** The archive's own manifest when its blobs are kept as they are; otherwise a new one naming the registry blobs. */
async function manifestBlob(
  store: BlobStore,
  opened: OpenedImage,
  config: BuiltBlob,
  layers: BuiltLayer[],
  rewritten: boolean,
  oci: boolean,
  crypto: HashPlatform,
): Promise<BuiltBlob> {
  if (!rewritten && opened.manifestDigest) {
    const blob = await store.get(blobPath(opened.manifestDigest));
    if (blob) {
      const bytes = await readBlobBytes(blob, METADATA_LIMIT, 'the image manifest');
      const digest = await sha256Digest(crypto, bytes);
      if (digest === opened.manifestDigest) {
        return {
          digest,
          size: bytes.length,
          mediaType: opened.manifest.mediaType || MEDIA_TYPE_DOCKER_MANIFEST,
          bytes,
        };
      }
    }
  }
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: oci ? MEDIA_TYPE_OCI_MANIFEST : MEDIA_TYPE_DOCKER_MANIFEST,
    config: {
      mediaType: oci ? MEDIA_TYPE_OCI_CONFIG : MEDIA_TYPE_DOCKER_CONFIG,
      size: config.size,
      digest: config.digest,
    },
    layers: layers.map((layer) => ({ mediaType: layer.mediaType, size: layer.size, digest: layer.digest })),
  };
  const bytes = canonicalJsonBytes(manifest);
  return { digest: await sha256Digest(crypto, bytes), size: bytes.length, mediaType: manifest.mediaType, bytes };
}
