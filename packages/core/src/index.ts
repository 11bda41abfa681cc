/**
 * `@acr-console/core` — the pure-TypeScript scan core shared by the browser worker and Node.
 *
 * This entry point exposes the platform port and the image factory: a deterministic tar writer,
 * an image builder producing Docker schema-2 images (layers, config, manifest with their digests),
 * a `docker save` archive writer, and the recipes of the demo images the mock backend seeds.
 *
 * @packageDocumentation
 */

export { type ApkPackage, formatApkInstalled } from './demo/formats/apk-installed';
export { type DpkgPackage, formatDpkgStanza, formatDpkgStatus } from './demo/formats/dpkg-status';
export { demoImageRecipes, findDemoRecipe } from './demo/recipes';
export type { DemoImageRecipe, DemoPackage, DemoPackageType, DemoRecipeOptions, DemoVariant } from './demo/types';
export { type BuiltBlob, type BuiltImage, type BuiltLayer, buildImage } from './image/build-image';
export { canonicalJson, canonicalJsonBytes } from './image/canonical-json';
export { type DockerArchiveOptions, normalizeImageName, writeDockerArchive } from './image/docker-archive';
export {
  type ImageFileSpec,
  type ImageFileType,
  type ImageSpec,
  type LayerSpec,
  OPAQUE_WHITEOUT,
  opaque,
  WHITEOUT_PREFIX,
  whiteout,
} from './image/image-spec';
export {
  type ContainerConfig,
  type Descriptor,
  type DockerArchiveManifestEntry,
  type Healthcheck,
  type HistoryEntry,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  MEDIA_TYPE_DOCKER_CONFIG,
  MEDIA_TYPE_DOCKER_LAYER_GZIP,
  MEDIA_TYPE_DOCKER_MANIFEST,
  MEDIA_TYPE_DOCKER_MANIFEST_LIST,
  MEDIA_TYPE_OCI_CONFIG,
  MEDIA_TYPE_OCI_INDEX,
  MEDIA_TYPE_OCI_LAYER_GZIP,
  MEDIA_TYPE_OCI_LAYER_TAR,
  MEDIA_TYPE_OCI_MANIFEST,
} from './image/oci';
export { TAR_BLOCK_SIZE, type TarEntry, type TarEntryType, writeTar } from './image/tar-writer';
export { type Platform, type Sha256Digest, sha256Digest, toHex, webPlatform } from './platform';
