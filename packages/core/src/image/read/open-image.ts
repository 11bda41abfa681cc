/**
 * Opens a container image for scanning: `docker save` archives (legacy and Docker 25+ OCI form),
 * OCI image layouts as directories or tars, plain or gzip/zstd-compressed as a whole. It reads
 * only the small JSON documents and checks their digests; layers are streamed later by
 * `walkImage`.
 */
import { type Platform as HashPlatform, webPlatform } from '../../platform';
import { ScanError } from '../../types/errors';
import type { Platform as ImagePlatform, LayerRef } from '../../types/image';
import type { ImageConfig, ImageManifest } from '../oci';
import { openBlobStore } from './blob-store';
import type { DecompressFactory } from './decompress';
import { openDockerArchive } from './docker-save';
import { layerHistory } from './image-json';
import { type ReadLimits, resolveLimits } from './limits';
import { openOciLayout } from './oci-layout';
import { parsePlatform } from './platform-select';
import type { ReaderContext, SelectedImage } from './reader-context';
import { createSha256, type HashFactory } from './sha256';
import type { BlobLike, ImageSource } from './sources';

/** How the image was stored. */
export type ImageFormat = 'docker-archive' | 'oci-archive' | 'oci-layout';

/** Options of {@link openImage}. */
export interface OpenImageOptions {
  /** `os/arch[/variant]` or a platform object; defaults to linux/amd64 (a lone image of another platform is accepted). */
  platform?: string | ImagePlatform;
  /** A tag (`alpine:3.11`, `docker.io/library/alpine:3.11`) or OCI `org.opencontainers.image.ref.name` (`0.0.1`). */
  tag?: string;
  limits?: Partial<ReadLimits>;
  /** gzip decompressor; defaults to `DecompressionStream`. */
  decompress?: DecompressFactory;
  /** Incremental SHA-256 for layers; defaults to the pure-TS hasher (Node may inject `node:crypto`). */
  createHash?: HashFactory;
  /** One-shot SHA-256 for JSON blobs; defaults to Web Crypto. */
  crypto?: HashPlatform;
}

/** A layer blob and how to read it. */
export interface LayerBlob {
  ref: LayerRef;
  mediaType: string;
  /** Stored (possibly compressed) size. */
  size: number;
  /** False for legacy `<id>/layer.tar` members, whose stored digest nobody recorded: only the diffId is checked. */
  digestRecorded: boolean;
  blob: BlobLike;
}

/** An opened image: its documents, the chosen platform, and the layers ready to stream. */
export interface OpenedImage {
  format: ImageFormat;
  /** The image manifest; synthesised from `manifest.json` for legacy docker archives. */
  manifest: ImageManifest;
  /** Digest of the stored manifest; absent when the archive stores none (legacy docker save). */
  manifestDigest?: string;
  config: ImageConfig;
  configDigest: string;
  /** Base layer first. */
  layers: LayerRef[];
  layerBlobs: LayerBlob[];
  platform: ImagePlatform;
  /** Platforms the source offers (one for single-platform images). */
  availablePlatforms: ImagePlatform[];
  /** Tags such as `alpine:3.11` (from `manifest.json` or `io.containerd.image.name`). */
  repoTags: string[];
  /** The OCI `org.opencontainers.image.ref.name` of the chosen manifest, when annotated. */
  refName?: string;
  /** The limits and ports used to open the image, reused by `walkImage`. */
  readOptions: ResolvedReadOptions;
}

/** {@link OpenImageOptions} with every default filled in. */
export interface ResolvedReadOptions {
  limits: ReadLimits;
  decompress?: DecompressFactory;
  createHash: HashFactory;
  crypto: HashPlatform;
}

/**
 * Opens `source` and selects one image by platform and tag.
 *
 * @throws ScanError `INVALID_IMAGE`, `MISSING_BLOB`, `DIGEST_MISMATCH`, `PLATFORM_NOT_FOUND`,
 * `LIMIT_EXCEEDED`, `UNSUPPORTED_COMPRESSION`, `IO_ERROR`.
 */
export async function openImage(source: ImageSource, options: OpenImageOptions = {}): Promise<OpenedImage> {
  const readOptions: ResolvedReadOptions = {
    limits: resolveLimits(options.limits),
    decompress: options.decompress,
    createHash: options.createHash ?? createSha256,
    crypto: options.crypto ?? webPlatform,
  };
  const platform = typeof options.platform === 'string' ? parsePlatform(options.platform) : options.platform;
  const store = await openBlobStore(source, readOptions.limits, options.decompress);
  const context: ReaderContext = { store, options: readOptions, platform, tag: options.tag };
  const hasIndex = (await store.get('index.json')) !== null;
  const dockerManifest = await store.get('manifest.json');
  let selected: SelectedImage;
  if (hasIndex) {
    // Docker 25+ archives carry both; the OCI index gives real manifest digests, manifest.json the tags.
    selected = await openOciLayout(context, dockerManifest);
  } else if (dockerManifest) {
    selected = await openDockerArchive(context, dockerManifest);
  } else {
    throw new ScanError(
      'INVALID_IMAGE',
      'not a container image: found neither index.json (OCI layout) nor manifest.json (docker save)',
    );
  }
  return assemble(selected, readOptions);
}

function assemble(selected: SelectedImage, readOptions: ResolvedReadOptions): OpenedImage {
  const { manifest, config } = selected;
  const diffIds = config.rootfs.diff_ids;
  if (diffIds.length !== manifest.layers.length) {
    throw new ScanError(
      'INVALID_IMAGE',
      `the manifest lists ${manifest.layers.length} layers but the config has ${diffIds.length} diff_ids`,
    );
  }
  const history = layerHistory(config);
  const layerBlobs = manifest.layers.map((descriptor, index): LayerBlob => {
    const stored = selected.layerBlobs[index];
    if (!stored) throw new ScanError('MISSING_BLOB', `layer ${index} (${descriptor.digest}) is missing`);
    const ref: LayerRef = { index, digest: descriptor.digest, diffId: diffIds[index] as string };
    const createdBy = history[index];
    if (createdBy !== undefined) ref.createdBy = createdBy;
    return {
      ref,
      mediaType: descriptor.mediaType,
      size: descriptor.size,
      digestRecorded: stored.digestRecorded,
      blob: stored.blob,
    };
  });
  return {
    format: selected.format,
    manifest,
    manifestDigest: selected.manifestDigest,
    config,
    configDigest: selected.configDigest,
    layers: layerBlobs.map((layer) => layer.ref),
    layerBlobs,
    platform: selected.platform,
    availablePlatforms: selected.availablePlatforms,
    repoTags: selected.repoTags,
    refName: selected.refName,
    readOptions,
  };
}
