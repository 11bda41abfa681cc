import type { BuiltBlob, BuiltImage } from './build-image';
import { canonicalJson } from './canonical-json';
import { type DockerArchiveManifestEntry, type ImageIndex, MEDIA_TYPE_OCI_INDEX } from './oci';
import { type TarEntry, writeTar } from './tar-writer';

/** Options of {@link writeDockerArchive}. */
export interface DockerArchiveOptions {
  /** Modification time of every archive member (seconds); defaults to 0 for reproducible output. */
  mtime?: number;
}

/**
 * Writes a `docker save`-compatible archive in the layout Docker 25+ emits: an OCI image layout
 * (`oci-layout`, `index.json`, `blobs/sha256/<hex>`) plus the legacy `manifest.json` that
 * `docker load` and scanners read. The config is also stored as `<hex>.json` for readers that
 * expect the pre-25 layout. Layers are stored as their gzip blobs, which `docker load` accepts.
 *
 * @param repoTags tags such as `alpine:3.18` or `registry.example.com/ns/app:1.0`.
 */
export function writeDockerArchive(
  image: BuiltImage,
  repoTags: string[],
  options: DockerArchiveOptions = {},
): Uint8Array {
  const mtime = options.mtime ?? 0;
  // Docker records `alpine` as `alpine:latest`; doing the same keeps RepoTags and index agree.
  const tags = repoTags.map(withTag);
  const blobPath = (blob: BuiltBlob) => `blobs/sha256/${hexOf(blob)}`;
  const entries: TarEntry[] = [
    { name: 'blobs', type: 'dir', mtime },
    { name: 'blobs/sha256', type: 'dir', mtime },
  ];
  const written = new Set<string>();
  for (const blob of [...image.layers, image.config, image.manifest]) {
    // The same layer can appear twice in one image; an archive member is written once.
    if (written.has(blob.digest)) continue;
    written.add(blob.digest);
    entries.push({ name: blobPath(blob), data: blob.bytes, mtime });
  }
  entries.push({ name: `${image.imageId}.json`, data: image.config.bytes, mtime });
  const descriptor = { mediaType: image.manifest.mediaType, digest: image.manifest.digest, size: image.manifest.size };
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_OCI_INDEX,
    manifests:
      tags.length === 0
        ? [descriptor]
        : tags.map((tag) => ({
            ...descriptor,
            annotations: {
              'io.containerd.image.name': normalizeImageName(tag),
              'org.opencontainers.image.ref.name': tagOf(tag),
            },
          })),
  };
  const manifestJson: DockerArchiveManifestEntry[] = [
    { Config: blobPath(image.config), RepoTags: tags, Layers: image.layers.map(blobPath) },
  ];
  entries.push(
    { name: 'index.json', data: `${canonicalJson(index)}\n`, mtime },
    { name: 'manifest.json', data: `${JSON.stringify(manifestJson)}\n`, mtime },
    { name: 'oci-layout', data: '{"imageLayoutVersion":"1.0.0"}', mtime },
  );
  return writeTar(entries);
}

function hexOf(blob: BuiltBlob): string {
  return blob.digest.slice('sha256:'.length);
}

/**
 * Expands a short reference the way Docker does: `alpine:3.18` → `docker.io/library/alpine:3.18`,
 * `user/app:1` → `docker.io/user/app:1`; references with a registry host are kept as they are.
 */
export function normalizeImageName(reference: string): string {
  const slash = reference.indexOf('/');
  const first = slash < 0 ? '' : reference.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  if (hasRegistry) return reference;
  return slash < 0 ? `docker.io/library/${reference}` : `docker.io/${reference}`;
}

/** The tag part of a reference (`latest` when absent). */
function tagOf(reference: string): string {
  const lastSlash = reference.lastIndexOf('/');
  const colon = reference.indexOf(':', lastSlash + 1);
  return colon < 0 ? 'latest' : reference.slice(colon + 1);
}

function withTag(reference: string): string {
  const lastSlash = reference.lastIndexOf('/');
  return reference.indexOf(':', lastSlash + 1) < 0 ? `${reference}:latest` : reference;
}
