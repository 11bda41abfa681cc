/**
 * Writes a built image as an OCI image layout tarball (what `skopeo copy … oci-archive:` and
 * `docker buildx build --output type=oci` produce): `oci-layout`, `index.json`, and content-addressed
 * `blobs/sha256/<hex>`. Unlike a `docker save` archive there is no `manifest.json`, and the manifest uses OCI
 * media types. The config and layer bytes are kept as built (their formats are the same in both specs), so only
 * the manifest is re-serialised and re-hashed.
 * ref. https://github.com/opencontainers/image-spec/blob/main/image-layout.md and …/manifest.md
 */
import { type Platform, sha256Digest, webPlatform } from '../platform';
import type { BuiltImage } from './build-image';
import { canonicalJson, canonicalJsonBytes } from './canonical-json';
import { normalizeImageName } from './docker-archive';
import {
  type Descriptor,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_INDEX,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_MANIFEST,
} from './oci';
import { type TarEntry, writeTar } from './tar-writer';

/** Options of {@link writeOciLayout}. */
export interface OciLayoutOptions {
  /**
   * Reference the index names the image by, e.g. `alpine:3.18` or `registry.example.com/ns/app:1.0`: its tag goes
   * to `org.opencontainers.image.ref.name`, the full name to `io.containerd.image.name`. Untagged when omitted.
   */
  tag?: string;
  /** Modification time of every archive member (seconds); defaults to 0 for reproducible output. */
  mtime?: number;
  /** Supplies SHA-256 for the rewritten manifest; defaults to Web Crypto. */
  platform?: Platform;
}

/** An OCI layout tarball and the digest of the OCI manifest it names. */
export interface OciLayoutArchive {
  bytes: Uint8Array;
  /** `sha256:…` of the OCI manifest (differs from `BuiltImage.digest`, which is the Docker manifest's). */
  manifestDigest: string;
}

/**
 * Writes `image` as an OCI layout tar. Async only because the OCI manifest is new bytes to hash.
 * @example const { bytes } = await writeOciLayout(await buildImage(spec), { tag: 'hello:1.0' });
 */
export async function writeOciLayout(image: BuiltImage, options: OciLayoutOptions = {}): Promise<OciLayoutArchive> {
  const mtime = options.mtime ?? 0;
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_OCI_MANIFEST,
    config: { mediaType: MEDIA_TYPE_OCI_CONFIG, digest: image.config.digest, size: image.config.size },
    layers: image.layers.map((layer) => ({
      mediaType: MEDIA_TYPE_OCI_LAYER_GZIP,
      digest: layer.digest,
      size: layer.size,
    })),
  };
  const manifestBytes = canonicalJsonBytes(manifest);
  const manifestDigest = await sha256Digest(options.platform ?? webPlatform, manifestBytes);
  const config = JSON.parse(new TextDecoder().decode(image.config.bytes)) as ImageConfig;
  const descriptor: Descriptor = {
    mediaType: MEDIA_TYPE_OCI_MANIFEST,
    digest: manifestDigest,
    size: manifestBytes.length,
    platform: {
      architecture: config.architecture,
      os: config.os,
      ...(config.variant ? { variant: config.variant } : {}),
    },
  };
  if (options.tag !== undefined) {
    descriptor.annotations = {
      'io.containerd.image.name': normalizeImageName(withTag(options.tag)),
      'org.opencontainers.image.ref.name': tagOf(options.tag),
    };
  }
  const index: ImageIndex = { schemaVersion: 2, mediaType: MEDIA_TYPE_OCI_INDEX, manifests: [descriptor] };
  const entries: TarEntry[] = [
    { name: 'blobs', type: 'dir', mtime },
    { name: 'blobs/sha256', type: 'dir', mtime },
  ];
  const blobs = [...image.layers, image.config, { digest: manifestDigest, bytes: manifestBytes }];
  const written = new Set<string>();
  for (const blob of blobs) {
    // A layer repeated in one image is stored once: blobs are content-addressed.
    if (written.has(blob.digest)) continue;
    written.add(blob.digest);
    entries.push({ name: `blobs/sha256/${blob.digest.slice('sha256:'.length)}`, data: blob.bytes, mtime });
  }
  entries.push(
    { name: 'index.json', data: `${canonicalJson(index)}\n`, mtime },
    { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}', mtime },
  );
  return { bytes: writeTar(entries), manifestDigest };
}

/** The tag of a reference (`latest` when absent); a `@digest` suffix is not a tag. */
function tagOf(reference: string): string {
  const name = reference.split('@')[0] ?? reference;
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
  return colon < 0 ? 'latest' : name.slice(colon + 1);
}

function withTag(reference: string): string {
  const colon = reference.indexOf(':', reference.lastIndexOf('/') + 1);
  return colon < 0 ? `${reference}:latest` : reference;
}
