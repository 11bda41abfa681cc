import { gzipSync } from 'fflate';
import { type Platform, type Sha256Digest, sha256Digest, webPlatform } from '../platform';
import { canonicalJsonBytes } from './canonical-json';
import type { ImageSpec } from './image-spec';
import { layerTarEntries } from './layer-tar';
import {
  type HistoryEntry,
  type ImageConfig,
  type ImageManifest,
  MEDIA_TYPE_DOCKER_CONFIG,
  MEDIA_TYPE_DOCKER_LAYER_GZIP,
  MEDIA_TYPE_DOCKER_MANIFEST,
} from './oci';
import { writeTar } from './tar-writer';

/** A content-addressed blob of a built image. */
export interface BuiltBlob {
  /** `sha256:<64 hex>` of `bytes`. */
  digest: Sha256Digest;
  /** `bytes.length`. */
  size: number;
  mediaType: string;
  bytes: Uint8Array;
}

/** A layer blob (gzip) with the identity of its uncompressed tar. */
export type BuiltLayer = BuiltBlob & {
  /** `sha256:<hex>` of the uncompressed tar, as listed in the config's `rootfs.diff_ids`. */
  diffId: Sha256Digest;
  uncompressedSize: number;
};

/** The result of {@link buildImage}: every blob of the image plus its identifiers. */
export interface BuiltImage {
  manifest: BuiltBlob;
  config: BuiltBlob;
  /** Base layer first. */
  layers: BuiltLayer[];
  /** Config digest hex without the `sha256:` prefix — what `docker images` calls the image ID. */
  imageId: string;
  /** Manifest digest (`sha256:…`) — what a registry calls the image digest. */
  digest: Sha256Digest;
  /** Manifest + config + compressed layer bytes. */
  size: number;
}

/**
 * Builds a Docker schema-2 image from a spec: each layer becomes a tar (its digest is the diff
 * ID), then gzip (its digest is the blob digest); the config and manifest are serialised as
 * canonical JSON. The result is a pure function of the spec, so rebuilding yields the same
 * digests in Node and in browsers.
 *
 * @param platform supplies SHA-256; defaults to Web Crypto.
 */
export async function buildImage(spec: ImageSpec, platform: Platform = webPlatform): Promise<BuiltImage> {
  const imageSeconds = toEpochSeconds(spec.created);
  const layers: BuiltLayer[] = [];
  const history: HistoryEntry[] = [];
  for (const layer of spec.layers) {
    const created = layer.created ?? spec.created;
    const step: HistoryEntry = { created, created_by: layer.createdBy, comment: layer.comment };
    if (layer.emptyLayer) {
      if (layer.files.length > 0) throw new Error(`empty-layer step "${layer.createdBy}" cannot have files`);
      history.push({ ...step, empty_layer: true });
      continue;
    }
    const mtime = layer.created === undefined ? imageSeconds : toEpochSeconds(layer.created);
    const tar = writeTar(layerTarEntries(layer.files, mtime));
    // mtime 0 and no file name keep the gzip header free of build-time data.
    const gz = gzipSync(tar, { level: 6, mtime: 0 });
    layers.push({
      ...(await blob(platform, MEDIA_TYPE_DOCKER_LAYER_GZIP, gz)),
      diffId: await sha256Digest(platform, tar),
      uncompressedSize: tar.length,
    });
    history.push(step);
  }
  const imageConfig: ImageConfig = {
    architecture: spec.architecture ?? 'amd64',
    os: spec.os ?? 'linux',
    variant: spec.variant,
    created: spec.created,
    config: spec.config,
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) },
    history,
  };
  const config = await blob(platform, MEDIA_TYPE_DOCKER_CONFIG, canonicalJsonBytes(imageConfig));
  const imageManifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_DOCKER_MANIFEST,
    config: { mediaType: config.mediaType, size: config.size, digest: config.digest },
    layers: layers.map((layer) => ({ mediaType: layer.mediaType, size: layer.size, digest: layer.digest })),
  };
  const manifest = await blob(platform, MEDIA_TYPE_DOCKER_MANIFEST, canonicalJsonBytes(imageManifest));
  return {
    manifest,
    config,
    layers,
    imageId: config.digest.slice('sha256:'.length),
    digest: manifest.digest,
    size: manifest.size + config.size + layers.reduce((sum, layer) => sum + layer.size, 0),
  };
}

async function blob(platform: Platform, mediaType: string, bytes: Uint8Array): Promise<BuiltBlob> {
  return { digest: await sha256Digest(platform, bytes), size: bytes.length, mediaType, bytes };
}

function toEpochSeconds(iso: string): number {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis) || millis < 0) throw new Error(`invalid timestamp: ${JSON.stringify(iso)}`);
  return Math.floor(millis / 1000);
}
