/**
 * Image import for an upload: a tarball in, the registry form of its image out (core's `toRegistryImage`).
 * Runs inside the browser's scan worker and in-process in Node tests; touches no store and no DOM. Failures come
 * back as values (code and message), because an Error crossing the worker boundary loses its `code`.
 */
import {
  type BuiltImage,
  listArchiveImages,
  type ReadLimits,
  type RegistryImage,
  ScanError,
  type ScanErrorCode,
  toRegistryImage,
} from '@acr-console/core';

/**
 * Reader limits for uploaded tarballs, which are untrusted. gzip tops out near 1032:1, so the core's default
 * `maxRatio` (1000, sized for huge sparse files in real layers) lets a gzip bomb stream up to `maxTotalBytes`
 * (16 GiB) before it is refused; an upload is refused once a stream passes 64 MiB at over 100:1 instead.
 */
export const UPLOAD_READ_LIMITS: Partial<ReadLimits> = Object.freeze({ maxRatio: 100 });

/** A blob as the registry stores it (the store's BlobRecord shape). */
export interface ImportedBlob {
  /** `sha256:<hex>`. */
  digest: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
}

/** An image ready to be stored under a tag. */
export interface ImportedImage {
  /** `sha256:<hex>` of the manifest. */
  manifestDigest: string;
  /** Config digest hex. */
  imageId: string;
  /** Manifest + config + layers, as stored. */
  size: number;
  /** The archive's tags for the image (empty for demo images and untagged archives). */
  repoTags: string[];
  /** Manifest first, then config and layers. */
  blobs: ImportedBlob[];
}

/** Why an import failed: the core's error code, or `IO_ERROR` for anything unexpected. */
export interface ImportFailure {
  ok: false;
  code: ScanErrorCode;
  message: string;
}

export type ImportOutcome = { ok: true; image: ImportedImage } | ImportFailure;
export type InspectOutcome = { ok: true; images: { repoTags: string[] }[] } | ImportFailure;

/** The registry blobs of a built or imported image. */
export function importedImage(image: BuiltImage | RegistryImage, repoTags: string[] = []): ImportedImage {
  const blobs = [image.manifest, image.config, ...image.layers].map(({ digest, mediaType, size, bytes }) => ({
    digest,
    mediaType,
    size,
    bytes,
  }));
  return { manifestDigest: image.digest, imageId: image.imageId, size: image.size, repoTags, blobs };
}

function failure(error: unknown): ImportFailure {
  if (error instanceof ScanError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'IO_ERROR', message: error instanceof Error ? error.message : String(error) };
}

/** Validates the tarball and returns its image (the one tagged `tag` when it holds several). */
export async function importImageArchive(archive: Blob, options: { tag?: string } = {}): Promise<ImportOutcome> {
  try {
    const image = await toRegistryImage(archive, { tag: options.tag, limits: UPLOAD_READ_LIMITS });
    return { ok: true, image: importedImage(image, image.repoTags) };
  } catch (error) {
    return failure(error);
  }
}

/** Lists the images of the tarball without reading their layers. */
export async function inspectImageArchive(archive: Blob): Promise<InspectOutcome> {
  try {
    return { ok: true, images: await listArchiveImages(archive, { limits: UPLOAD_READ_LIMITS }) };
  } catch (error) {
    return failure(error);
  }
}
