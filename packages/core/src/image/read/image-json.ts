/**
 * Shape checks for the JSON documents of an image: OCI index and manifest
 * (https://github.com/opencontainers/image-spec/blob/main/image-index.md, manifest.md), image
 * config (config.md) and `docker save`'s `manifest.json`
 * (https://github.com/moby/docker-image-spec/blob/main/spec.md). Only the fields the reader uses
 * are checked; anything malformed is an `INVALID_IMAGE` error naming the document.
 */
import { ScanError } from '../../types/errors';
import type {
  ContainerConfig,
  Descriptor,
  DockerArchiveManifestEntry,
  HistoryEntry,
  ImageConfig,
  ImageIndex,
  ImageManifest,
} from '../oci';

type Json = Record<string, unknown>;

function fail(what: string, problem: string): never {
  throw new ScanError('INVALID_IMAGE', `${what}: ${problem}`);
}

function object(value: unknown, what: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(what, 'expected a JSON object');
  return value as Json;
}

function array(value: unknown, what: string, field: string): unknown[] {
  if (!Array.isArray(value)) fail(what, `"${field}" must be an array`);
  return value;
}

function stringArray(value: unknown, what: string, field: string): string[] {
  const items = array(value, what, field);
  if (!items.every((item) => typeof item === 'string')) fail(what, `"${field}" must hold strings`);
  return items as string[];
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Checks a digest is `sha256:<64 hex>`; anything else could not be verified (or could name `../`). */
export function checkDigest(digest: unknown, what: string): string {
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    fail(what, `unsupported or malformed digest ${JSON.stringify(digest)} (expected sha256:<64 hex>)`);
  }
  return digest;
}

/** The layout path of a blob: `blobs/sha256/<hex>`. */
export function blobPath(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

/** The digest a `blobs/sha256/<hex>` path or a legacy `<hex>.json` name encodes, if any. */
export function digestFromPath(path: string): string | undefined {
  const match = /(?:^|\/)(?:blobs\/sha256\/)?([0-9a-f]{64})(?:\.json)?$/.exec(path);
  return match?.[1] && (path.includes('blobs/sha256/') || path.endsWith('.json')) ? `sha256:${match[1]}` : undefined;
}

export function parseDescriptor(value: unknown, what: string): Descriptor {
  const json = object(value, what);
  const size = json.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) fail(what, '"size" must be a byte count');
  const descriptor: Descriptor = {
    mediaType: typeof json.mediaType === 'string' ? json.mediaType : '',
    digest: checkDigest(json.digest, what),
    size,
  };
  if (typeof json.annotations === 'object' && json.annotations !== null) {
    descriptor.annotations = stringRecord(json.annotations);
  }
  const platform = json.platform as Json | undefined;
  if (platform && typeof platform.os === 'string' && typeof platform.architecture === 'string') {
    descriptor.platform = { os: platform.os, architecture: platform.architecture };
    if (typeof platform.variant === 'string' && platform.variant !== '') descriptor.platform.variant = platform.variant;
  }
  return descriptor;
}

export function parseIndex(value: unknown, what: string): ImageIndex {
  const json = object(value, what);
  const manifests = array(json.manifests, what, 'manifests').map((item, i) =>
    parseDescriptor(item, `${what} manifests[${i}]`),
  );
  return { schemaVersion: 2, mediaType: typeof json.mediaType === 'string' ? json.mediaType : undefined, manifests };
}

/** True for index-like JSON (OCI index, Docker manifest list): it has `manifests` and no `layers`. */
export function looksLikeIndex(value: unknown): boolean {
  const json = value as Json | null;
  return typeof json === 'object' && json !== null && Array.isArray(json.manifests) && !('layers' in json);
}

export function parseManifest(value: unknown, what: string): ImageManifest {
  const json = object(value, what);
  if (json.schemaVersion !== 2) fail(what, `unsupported schemaVersion ${JSON.stringify(json.schemaVersion)}`);
  return {
    schemaVersion: 2,
    mediaType: typeof json.mediaType === 'string' ? json.mediaType : '',
    config: parseDescriptor(json.config, `${what} config`),
    layers: array(json.layers, what, 'layers').map((item, i) => parseDescriptor(item, `${what} layers[${i}]`)),
  };
}

export function parseConfig(value: unknown, what: string): ImageConfig {
  const json = object(value, what);
  const rootfs = object(json.rootfs, `${what} rootfs`);
  const diffIds = stringArray(rootfs.diff_ids, what, 'rootfs.diff_ids').map((id, i) =>
    checkDigest(id, `${what} diff_ids[${i}]`),
  );
  const history = Array.isArray(json.history)
    ? (json.history as unknown[]).map((h) => historyEntry(object(h, `${what} history`)))
    : [];
  const { variant, created, ...rest } = json;
  return {
    ...(rest as unknown as ImageConfig),
    architecture: typeof json.architecture === 'string' ? json.architecture : '',
    os: typeof json.os === 'string' ? json.os : '',
    ...(isString(variant) ? { variant } : {}),
    // Absent stays absent (as before); only a wrong type is dropped.
    ...((isString(created) ? { created } : {}) as { created: string }),
    config: containerConfig(json.config),
    rootfs: { type: 'layers', diff_ids: diffIds },
    history,
  };
}

// The config and history feed the inspectors and reports, which trust their types: a known field of the
// wrong type (a numeric `User`, an `Env` of objects) is dropped here rather than crash a check later, as
// Docker ignores what it cannot use. Everything else, unknown fields included, is kept as it was.

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own entries of `value` whose values are strings. */
function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (isObject(value)) for (const [k, v] of Object.entries(value)) if (isString(v)) out[k] = v;
  return out;
}

/** Deletes the fields of `json` named in `checks` whose values fail their check. */
function dropIllTyped(json: Json, checks: Record<string, (v: unknown) => boolean>): Json {
  for (const [key, ok] of Object.entries(checks)) if (key in json && !ok(json[key])) delete json[key];
  return json;
}

function containerConfig(value: unknown): ContainerConfig {
  if (!isObject(value)) return {};
  const out = dropIllTyped(
    { ...value },
    {
      User: isString,
      WorkingDir: isString,
      StopSignal: isString,
      Env: isStringArray,
      Entrypoint: isStringArray,
      Cmd: isStringArray,
      ExposedPorts: isObject,
      Volumes: isObject,
      Labels: isObject,
      Healthcheck: (h) => isObject(h) && isStringArray(h.Test),
    },
  );
  if (isObject(out.Labels)) out.Labels = stringRecord(out.Labels);
  if (isObject(out.Healthcheck)) {
    const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
    out.Healthcheck = dropIllTyped(
      { ...out.Healthcheck },
      { Interval: finite, Timeout: finite, StartPeriod: finite, Retries: finite },
    );
  }
  return out as ContainerConfig;
}

function historyEntry(json: Json): HistoryEntry {
  const check = { created: isString, created_by: isString, comment: isString, author: isString };
  return dropIllTyped({ ...json }, { ...check, empty_layer: (v) => typeof v === 'boolean' }) as unknown as HistoryEntry;
}

export function parseDockerManifestJson(value: unknown, what: string): DockerArchiveManifestEntry[] {
  const entries = array(value, what, '(root)');
  if (entries.length === 0) fail(what, 'lists no image');
  return entries.map((item, i) => {
    const json = object(item, `${what}[${i}]`);
    if (typeof json.Config !== 'string') fail(`${what}[${i}]`, '"Config" must be a path');
    return {
      Config: json.Config,
      RepoTags: json.RepoTags == null ? [] : stringArray(json.RepoTags, `${what}[${i}]`, 'RepoTags'),
      Layers: stringArray(json.Layers, `${what}[${i}]`, 'Layers'),
    };
  });
}

/** `created_by` of each non-empty history step, aligned with the layers. */
export function layerHistory(config: ImageConfig): (string | undefined)[] {
  return config.history.filter((step) => step.empty_layer !== true).map((step) => step.created_by);
}
