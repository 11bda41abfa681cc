/**
 * Media types and JSON shapes of container images, as registries and `docker save` use them.
 *
 * Field names follow the Docker image spec and the OCI image spec exactly (including Docker's
 * capitalised config keys), because these objects are serialised byte-for-byte into images.
 */

/** Docker Image Manifest V2, Schema 2. */
export const MEDIA_TYPE_DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
/** Docker manifest list (multi-platform). */
export const MEDIA_TYPE_DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
/** Docker image config JSON. */
export const MEDIA_TYPE_DOCKER_CONFIG = 'application/vnd.docker.container.image.v1+json';
/** Docker gzip-compressed layer tar. */
export const MEDIA_TYPE_DOCKER_LAYER_GZIP = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
/** OCI image manifest. */
export const MEDIA_TYPE_OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
/** OCI image index. */
export const MEDIA_TYPE_OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
/** OCI image config JSON. */
export const MEDIA_TYPE_OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** OCI uncompressed layer tar. */
export const MEDIA_TYPE_OCI_LAYER_TAR = 'application/vnd.oci.image.layer.v1.tar';
/** OCI gzip-compressed layer tar. */
export const MEDIA_TYPE_OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** A reference to a blob by digest, as used in manifests and indexes. */
export interface Descriptor {
  mediaType: string;
  /** `sha256:<64 hex>` */
  digest: string;
  /** Blob size in bytes. */
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string; variant?: string };
}

/** Docker schema 2 / OCI image manifest. */
export interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** OCI image index (also the `index.json` of an image layout). */
export interface ImageIndex {
  schemaVersion: 2;
  mediaType?: string;
  manifests: Descriptor[];
  annotations?: Record<string, string>;
}

/** Container health check, in Docker's config form (durations in nanoseconds). */
export interface Healthcheck {
  /** `["NONE"]`, `["CMD", ...args]` or `["CMD-SHELL", command]`. */
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  Retries?: number;
}

/** The runtime defaults of an image (the `config` object inside the image config). */
export interface ContainerConfig {
  User?: string;
  /** Keys are `port/protocol`, e.g. `80/tcp`; values are always empty objects. */
  ExposedPorts?: Record<string, Record<string, never>>;
  /** `NAME=value` strings. */
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: Record<string, Record<string, never>>;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  Healthcheck?: Healthcheck;
}

/** One entry of the image history, oldest first. */
export interface HistoryEntry {
  created: string;
  created_by: string;
  comment?: string;
  author?: string;
  /** True when the step produced no layer (e.g. `CMD`, `ENV`). */
  empty_layer?: boolean;
}

/** The image config blob. */
export interface ImageConfig {
  architecture: string;
  os: string;
  variant?: string;
  created: string;
  config: ContainerConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history: HistoryEntry[];
}

/** One element of a `docker save` archive's `manifest.json`. */
export interface DockerArchiveManifestEntry {
  /** Archive path of the config blob. */
  Config: string;
  /** Tags such as `alpine:3.18`; empty for untagged images. */
  RepoTags: string[];
  /** Archive paths of the layer blobs, base layer first. */
  Layers: string[];
}
