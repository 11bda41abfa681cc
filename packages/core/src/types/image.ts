/** What the image reader tells the rest of the core about layers and the files in them. */

/** A layer of the image, as the manifest (digest) and the config (DiffID) name it. */
export interface LayerRef {
  /** 0-based position in the manifest. */
  index: number;
  /** `sha256:…` of the layer blob as stored (compressed, when compressed). */
  digest: string;
  /** `sha256:…` of the uncompressed tar (the config's rootfs.diff_ids entry). */
  diffId: string;
  /** The history step that made it (`created_by`), when the config records one. */
  createdBy?: string;
}

export type FileType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'other';

/** A file met while walking a layer. Paths are relative, posix, normalised, never starting with `/` or `..`. */
export interface LayerFile {
  path: string;
  type: FileType;
  size: number;
  mode: number;
  uid?: number;
  gid?: number;
  linkTarget?: string;
  layer: LayerRef;
}

/** The platform an image (or a manifest of a multi-platform index) is built for. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}
