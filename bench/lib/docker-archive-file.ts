/**
 * Writes a `docker save` archive (Docker 25+ layout: `blobs/sha256/<hex>`, `index.json`, `oci-layout`
 * and the legacy `manifest.json`, https://github.com/moby/docker-image-spec/blob/main/spec.md) to disk,
 * streaming each gzip layer from its file so the archive never sits in memory.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  type DockerArchiveManifestEntry,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  MEDIA_TYPE_DOCKER_CONFIG,
  MEDIA_TYPE_DOCKER_LAYER_GZIP,
  MEDIA_TYPE_DOCKER_MANIFEST,
  MEDIA_TYPE_OCI_INDEX,
} from '@acr-console/core';
import type { LayerFile } from './layer-file';
import { END_OF_ARCHIVE, encodeHeader, padding } from './tar-header';

const encoder = new TextEncoder();
const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
const hex = (digest: string) => digest.slice('sha256:'.length);

/** What the archive holds, for the benchmark's report. */
export interface WrittenArchive {
  path: string;
  size: number;
  imageId: string;
}

async function* archiveBytes(layers: readonly LayerFile[], members: [string, Uint8Array][]) {
  for (const layer of layers) {
    yield encodeHeader({
      name: `blobs/sha256/${hex(layer.digest)}`,
      type: 'file',
      mode: 0o644,
      size: layer.compressedSize,
    });
    for await (const chunk of createReadStream(layer.path)) yield chunk as Buffer;
    yield padding(layer.compressedSize);
  }
  for (const [name, data] of members) {
    yield encodeHeader({ name, type: 'file', mode: 0o644, size: data.length });
    yield data;
    yield padding(data.length);
  }
  yield END_OF_ARCHIVE;
}

/** Writes the archive of an image made of `layers` (bottom first), with one history entry per layer. */
export async function writeDockerArchiveFile(
  path: string,
  layers: readonly LayerFile[],
  history: readonly string[],
  repoTag: string,
): Promise<WrittenArchive> {
  const created = '2026-11-01T00:00:00Z';
  const config: ImageConfig = {
    architecture: 'amd64',
    os: 'linux',
    created,
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['node', 'server.js'] },
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: history.map((created_by) => ({ created, created_by })),
  };
  const configBytes = encoder.encode(JSON.stringify(config));
  const configDigest = sha256(configBytes);
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_DOCKER_MANIFEST,
    config: { mediaType: MEDIA_TYPE_DOCKER_CONFIG, digest: configDigest, size: configBytes.length },
    layers: layers.map((l) => ({ mediaType: MEDIA_TYPE_DOCKER_LAYER_GZIP, digest: l.digest, size: l.compressedSize })),
  };
  const manifestBytes = encoder.encode(JSON.stringify(manifest));
  const manifestDigest = sha256(manifestBytes);
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPE_OCI_INDEX,
    manifests: [
      {
        mediaType: MEDIA_TYPE_DOCKER_MANIFEST,
        digest: manifestDigest,
        size: manifestBytes.length,
        annotations: { 'io.containerd.image.name': `docker.io/library/${repoTag}` },
      },
    ],
  };
  const legacy: DockerArchiveManifestEntry[] = [
    {
      Config: `blobs/sha256/${hex(configDigest)}`,
      RepoTags: [repoTag],
      Layers: layers.map((l) => `blobs/sha256/${hex(l.digest)}`),
    },
  ];
  const members: [string, Uint8Array][] = [
    [`blobs/sha256/${hex(configDigest)}`, configBytes],
    [`blobs/sha256/${hex(manifestDigest)}`, manifestBytes],
    ['index.json', encoder.encode(JSON.stringify(index))],
    ['manifest.json', encoder.encode(JSON.stringify(legacy))],
    ['oci-layout', encoder.encode('{"imageLayoutVersion":"1.0.0"}')],
  ];
  let size = 0;
  const out = createWriteStream(path);
  await pipeline(
    Readable.from(archiveBytes(layers, members)),
    async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        size += chunk.length;
        yield chunk;
      }
    },
    out,
  );
  return { path, size, imageId: configDigest };
}
