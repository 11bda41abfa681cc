import type { ContainerConfig } from './oci';

/** Kinds of filesystem entry a layer can contain. */
export type ImageFileType = 'file' | 'dir' | 'symlink' | 'hardlink';

/** One filesystem entry of a layer. */
export interface ImageFileSpec {
  /** Path inside the image without a leading slash, e.g. `etc/os-release`. */
  path: string;
  /** Defaults to `'file'`. */
  type?: ImageFileType;
  /** File content; strings are stored as UTF-8. */
  content?: string | Uint8Array;
  /** Symlink target (relative or absolute), or hardlink target (an image path, no leading slash). */
  linkTarget?: string;
  /** Permission bits; defaults depend on the type (0o644 file, 0o755 dir, 0o777 symlink). */
  mode?: number;
  uid?: number;
  gid?: number;
  /** Modification time (seconds since the epoch); defaults to the layer's creation time. */
  mtime?: number;
}

/** One build step: a layer with its files, or (with `emptyLayer`) a history-only step. */
export interface LayerSpec {
  /** The command that produced the layer, as `docker history` shows it. */
  createdBy: string;
  comment?: string;
  /** ISO timestamp of the step; defaults to the image's `created`. */
  created?: string;
  files: ImageFileSpec[];
  /** Marks a metadata-only step (e.g. `CMD`); it must have no files and yields no layer. */
  emptyLayer?: boolean;
}

/** Everything needed to build an image deterministically. */
export interface ImageSpec {
  /** Defaults to `'amd64'`. */
  architecture?: string;
  /** Defaults to `'linux'`. */
  os?: string;
  /** CPU variant, e.g. `v8` for arm64. */
  variant?: string;
  /** ISO timestamp of the image. */
  created: string;
  /** Runtime defaults (Env, Cmd, Entrypoint, User, ExposedPorts, WorkingDir, Labels, Healthcheck…). */
  config: ContainerConfig;
  /** Build steps, base first. */
  layers: LayerSpec[];
}

/** Prefix that marks a whiteout file in a layer (OCI image spec, "Whiteouts"). */
export const WHITEOUT_PREFIX = '.wh.';
/** Name of the opaque-directory marker file. */
export const OPAQUE_WHITEOUT = '.wh..wh..opq';

/**
 * A whiteout entry that deletes `path` (and everything below it) from the lower layers.
 * @example whiteout('usr/share/doc/openssl') // -> usr/share/doc/.wh.openssl
 */
export function whiteout(path: string): ImageFileSpec {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const slash = clean.lastIndexOf('/');
  const dir = slash < 0 ? '' : `${clean.slice(0, slash)}/`;
  const base = clean.slice(slash + 1);
  if (base === '') throw new Error('whiteout needs a path below the root');
  return { path: `${dir}${WHITEOUT_PREFIX}${base}`, content: '', mode: 0o644 };
}

/**
 * An opaque marker: the directory `dir` hides all entries the lower layers had in it, while
 * entries of this layer remain.
 */
export function opaque(dir: string): ImageFileSpec {
  const clean = dir.replace(/^\/+|\/+$/g, '');
  return { path: clean === '' ? OPAQUE_WHITEOUT : `${clean}/${OPAQUE_WHITEOUT}`, content: '', mode: 0o644 };
}
