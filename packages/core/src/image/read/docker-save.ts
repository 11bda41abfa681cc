/**
 * Reads a `docker save` archive through its `manifest.json`
 * (https://github.com/moby/docker-image-spec/blob/main/spec.md, "Combined Image JSON + Filesystem
 * Changeset Format"): each entry names a config file, its RepoTags and its layer tars, which are
 * `<id>/layer.tar` before Docker 25 and `blobs/sha256/<hex>` since.
 */
import { ScanError } from '../../types/errors';
import type { Platform as ImagePlatform } from '../../types/image';
import type { DockerArchiveManifestEntry, ImageConfig, ImageManifest } from '../oci';
import { digestFromPath, parseConfig, parseDockerManifestJson } from './image-json';
import { selectByPlatform, tagMatches } from './platform-select';
import { type ReaderContext, readVerifiedJson, requireBlob, type SelectedImage } from './reader-context';
import { type BlobLike, listSome, readJsonBlob } from './sources';

/** Media type of an uncompressed Docker layer, which legacy archives store. */
const DOCKER_LAYER_TAR = 'application/vnd.docker.image.rootfs.diff.tar';

/** Selects and reads one image of a `docker save` archive. */
export async function openDockerArchive(context: ReaderContext, manifestBlob: BlobLike): Promise<SelectedImage> {
  const json = await readJsonBlob(manifestBlob, context.options.limits.maxMetadataBytes, 'manifest.json');
  const entries = parseDockerManifestJson(json, 'manifest.json');
  const tag = context.tag;
  const tagged = tag === undefined ? entries : entries.filter((entry) => tagMatches(tag, entry.RepoTags));
  if (tagged.length === 0) {
    const tags = entries.flatMap((entry) => entry.RepoTags);
    throw new ScanError(
      'INVALID_IMAGE',
      `no image tagged "${tag}" in manifest.json; it has: ${tags.length > 0 ? listSome(tags) : 'untagged images only'}`,
    );
  }
  const configs = new Map<string, Promise<{ config: ImageConfig; digest: string; size: number }>>();
  const loadConfig = (entry: DockerArchiveManifestEntry) => {
    let loaded = configs.get(entry.Config);
    if (!loaded) {
      loaded = readVerifiedJson(context, entry.Config, `image config ${entry.Config}`, {
        digest: digestFromPath(entry.Config),
      }).then(({ json: config, digest, size }) => ({
        config: parseConfig(config, `image config ${entry.Config}`),
        digest,
        size,
      }));
      configs.set(entry.Config, loaded);
    }
    return loaded;
  };
  const choice = await selectByPlatform(
    tagged.map((entry) => ({ value: entry, platform: async () => platformOf((await loadConfig(entry)).config) })),
    context.platform,
  );
  const entry = choice.value;
  const { config, digest, size } = await loadConfig(entry);
  const layers = await Promise.all(
    entry.Layers.map(async (path, i) => {
      const blob = await requireBlob(context, path, `layer ${i}`);
      const recorded = digestFromPath(path);
      return { path, blob, recorded };
    }),
  );
  const manifest: ImageManifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
    config: { mediaType: 'application/vnd.docker.container.image.v1+json', digest, size },
    layers: layers.map(({ blob, recorded }, i) => ({
      mediaType: DOCKER_LAYER_TAR,
      // Legacy archives record no blob digest; the layer is an uncompressed tar, so it equals the diffId.
      digest: recorded ?? config.rootfs.diff_ids[i] ?? '',
      size: blob.size,
    })),
  };
  return {
    format: 'docker-archive',
    manifest,
    config,
    configDigest: digest,
    layerBlobs: layers.map(({ blob, recorded }) => ({ blob, digestRecorded: recorded !== undefined })),
    platform: choice.platform,
    availablePlatforms: choice.available,
    repoTags: entry.RepoTags,
  };
}

function platformOf(config: ImageConfig): ImagePlatform {
  const platform: ImagePlatform = { os: config.os, architecture: config.architecture };
  if (config.variant) platform.variant = config.variant;
  return platform;
}
