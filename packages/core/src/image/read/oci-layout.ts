/**
 * Reads an OCI image layout (https://github.com/opencontainers/image-spec/blob/main/image-layout.md):
 * `index.json` → (nested indexes) → manifest → config and layer blobs under `blobs/sha256/`.
 * Docker 25+ `docker save` archives are OCI layouts too; their `manifest.json` supplies RepoTags.
 */
import { ScanError } from '../../types/errors';
import type { Platform as ImagePlatform } from '../../types/image';
import type { Descriptor, ImageConfig, ImageIndex, ImageManifest } from '../oci';
import { openDockerArchive } from './docker-save';
import {
  blobPath,
  digestFromPath,
  looksLikeIndex,
  parseConfig,
  parseDockerManifestJson,
  parseIndex,
  parseManifest,
} from './image-json';
import { formatPlatform, selectByPlatform, tagMatches } from './platform-select';
import { type ReaderContext, readVerifiedJson, requireBlob, type SelectedImage } from './reader-context';
import { type BlobLike, listSome, readJsonBlob } from './sources';

const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
/** Nested indexes deeper than this are refused (real images use one or two levels). */
const MAX_INDEX_DEPTH = 4;

interface FoundManifest {
  descriptor: Descriptor;
  /** ref.name and containerd names of this descriptor and of the index entries leading to it. */
  names: string[];
  refName?: string;
  containerdNames: string[];
}

interface LoadedManifest {
  manifest: ImageManifest;
  config: ImageConfig;
  configDigest: string;
  platform: ImagePlatform;
}

/** Selects and reads one image of an OCI layout. */
export async function openOciLayout(context: ReaderContext, dockerManifest: BlobLike | null): Promise<SelectedImage> {
  const { json } = await readVerifiedJson(context, 'index.json', 'index.json');
  const found = await collectManifests(context, parseIndex(json, 'index.json'), 0, []);
  const tag = context.tag;
  const tagged = tag === undefined ? found : found.filter((m) => tagMatches(tag, m.names));
  if (tagged.length === 0) {
    // A Docker archive may tag images only in manifest.json.
    if (tag !== undefined && dockerManifest) return openDockerArchive(context, dockerManifest);
    const names = [...new Set(found.flatMap((m) => m.names))];
    throw new ScanError(
      'INVALID_IMAGE',
      found.length === 0
        ? 'index.json lists no image manifest'
        : `no image tagged "${tag}"; the layout has: ${names.length > 0 ? listSome(names) : 'untagged images only'}`,
    );
  }
  const cache = new Map<string, Promise<LoadedManifest>>();
  const load = (descriptor: Descriptor) => {
    let loaded = cache.get(descriptor.digest);
    if (!loaded) {
      loaded = loadManifest(context, descriptor);
      cache.set(descriptor.digest, loaded);
    }
    return loaded;
  };
  const choice = await selectByPlatform(
    tagged.map((m) => ({
      value: m,
      platform: async () => m.descriptor.platform ?? (await load(m.descriptor)).platform,
    })),
    context.platform,
  );
  const chosen = choice.value;
  const loaded = await load(chosen.descriptor);
  if (context.platform && chosen.descriptor.platform) {
    // The index's claim is checked against the config, which is what the layers were built for.
    const { platform } = loaded;
    if (
      platform.os !== chosen.descriptor.platform.os ||
      platform.architecture !== chosen.descriptor.platform.architecture
    ) {
      throw new ScanError(
        'INVALID_IMAGE',
        `index.json says ${formatPlatform(chosen.descriptor.platform)} but the config says ${formatPlatform(platform)}`,
      );
    }
  }
  const layerBlobs = await Promise.all(
    loaded.manifest.layers.map(async (layer, i) => ({
      blob: await requireBlob(context, blobPath(layer.digest), `layer ${i} (${layer.digest})`, layer.size),
      digestRecorded: true,
    })),
  );
  const repoTags = dockerManifest
    ? await dockerRepoTags(context, dockerManifest, loaded.configDigest)
    : chosen.containerdNames;
  return {
    format: dockerManifest ? 'docker-archive' : context.store.kind === 'archive' ? 'oci-archive' : 'oci-layout',
    manifest: loaded.manifest,
    manifestDigest: chosen.descriptor.digest,
    config: loaded.config,
    configDigest: loaded.configDigest,
    layerBlobs,
    platform: loaded.platform,
    availablePlatforms: choice.available,
    repoTags,
    refName: chosen.refName,
  };
}

async function collectManifests(
  context: ReaderContext,
  index: ImageIndex,
  depth: number,
  inherited: string[],
): Promise<FoundManifest[]> {
  const out: FoundManifest[] = [];
  for (const descriptor of index.manifests) {
    const annotations = descriptor.annotations ?? {};
    // BuildKit stores provenance/SBOM attestations as pseudo-images of platform unknown/unknown.
    if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') continue;
    if (descriptor.platform?.os === 'unknown') continue;
    const own = [annotations[REF_NAME], annotations[CONTAINERD_NAME]].filter((n): n is string => !!n);
    const names = [...inherited, ...own];
    const isIndex = descriptor.mediaType.includes('index') || descriptor.mediaType.includes('manifest.list');
    if (isIndex || descriptor.mediaType === '') {
      const what = `image index ${descriptor.digest}`;
      const { json } = await readVerifiedJson(context, blobPath(descriptor.digest), what, descriptor);
      if (looksLikeIndex(json)) {
        if (depth >= MAX_INDEX_DEPTH) throw new ScanError('INVALID_IMAGE', `${what}: indexes nested too deeply`);
        out.push(...(await collectManifests(context, parseIndex(json, what), depth + 1, names)));
        continue;
      }
    }
    out.push({
      descriptor,
      names,
      refName: annotations[REF_NAME] ?? inherited[0],
      containerdNames: names.filter((n) => n.includes('/') || n.includes(':')),
    });
  }
  return out;
}

async function loadManifest(context: ReaderContext, descriptor: Descriptor): Promise<LoadedManifest> {
  const what = `image manifest ${descriptor.digest}`;
  const { json } = await readVerifiedJson(context, blobPath(descriptor.digest), what, descriptor);
  const manifest = parseManifest(json, what);
  const configWhat = `image config ${manifest.config.digest}`;
  const configJson = await readVerifiedJson(context, blobPath(manifest.config.digest), configWhat, manifest.config);
  const config = parseConfig(configJson.json, configWhat);
  const platform: ImagePlatform = { os: config.os, architecture: config.architecture };
  if (config.variant) platform.variant = config.variant;
  return { manifest, config, configDigest: manifest.config.digest, platform };
}

async function dockerRepoTags(context: ReaderContext, blob: BlobLike, configDigest: string): Promise<string[]> {
  const json = await readJsonBlob(blob, context.options.limits.maxMetadataBytes, 'manifest.json');
  const entries = parseDockerManifestJson(json, 'manifest.json');
  return entries.find((entry) => digestFromPath(entry.Config) === configDigest)?.RepoTags ?? [];
}
