/**
 * What the format readers (`oci-layout.ts`, `docker-save.ts`) share: the blob store, the resolved
 * options, the selection request, and verified blob lookups.
 */
import { toHex } from '../../platform';
import { ScanError } from '../../types/errors';
import type { Platform as ImagePlatform } from '../../types/image';
import type { ImageConfig, ImageManifest } from '../oci';
import type { BlobStore } from './blob-store';
import type { ImageFormat, ResolvedReadOptions } from './open-image';
import { type BlobLike, parseJsonBytes, readBlobBytes } from './sources';

/** What the format readers produce before the layers are assembled. */
export interface SelectedImage {
  format: ImageFormat;
  manifest: ImageManifest;
  manifestDigest?: string;
  config: ImageConfig;
  configDigest: string;
  /** Stored blob of each manifest layer, with whether its digest was recorded. */
  layerBlobs: { blob: BlobLike; digestRecorded: boolean }[];
  platform: ImagePlatform;
  availablePlatforms: ImagePlatform[];
  repoTags: string[];
  refName?: string;
}

/** Context handed to the format readers. */
export interface ReaderContext {
  store: BlobStore;
  options: ResolvedReadOptions;
  platform?: ImagePlatform;
  tag?: string;
}

/**
 * Reads a JSON blob by path and checks its SHA-256 against `digest` (when known) and its size
 * against `size` (when known).
 */
export async function readVerifiedJson(
  context: ReaderContext,
  path: string,
  what: string,
  expected: { digest?: string; size?: number } = {},
): Promise<{ json: unknown; digest: string; size: number }> {
  const blob = await context.store.get(path);
  if (!blob) throw new ScanError('MISSING_BLOB', `${what} (${path}) is missing from the image`);
  if (expected.size !== undefined && blob.size !== expected.size) {
    throw new ScanError('DIGEST_MISMATCH', `${what} is ${blob.size} bytes but its descriptor says ${expected.size}`);
  }
  const bytes = await readBlobBytes(blob, context.options.limits.maxMetadataBytes, what);
  const digest = `sha256:${toHex(await context.options.crypto.sha256(bytes))}`;
  // The digest is checked before parsing, so a tampered document reports as tampered, not as bad JSON.
  if (expected.digest !== undefined && digest !== expected.digest) {
    throw new ScanError('DIGEST_MISMATCH', `${what} hashes to ${digest}, not ${expected.digest}`);
  }
  return { json: parseJsonBytes(bytes, what), digest, size: blob.size };
}

/** Looks up a layer blob and checks its stored size. */
export async function requireBlob(
  context: ReaderContext,
  path: string,
  what: string,
  size?: number,
): Promise<BlobLike> {
  const blob = await context.store.get(path);
  if (!blob) throw new ScanError('MISSING_BLOB', `${what} (${path}) is missing from the image`);
  if (size !== undefined && blob.size !== size) {
    throw new ScanError('DIGEST_MISMATCH', `${what} is ${blob.size} bytes but its descriptor says ${size}`);
  }
  return blob;
}
