/** Every failure the core reports is a ScanError with a stable code and a readable message. */

export const SCAN_ERROR_CODES = [
  /** The input is not an image the core can read (not a tar, no manifest, bad JSON, …). */
  'INVALID_IMAGE',
  /** A blob the manifest names is missing from the archive or layout. */
  'MISSING_BLOB',
  /** A blob's bytes do not hash to the digest that names it. */
  'DIGEST_MISMATCH',
  /** A compression the core cannot read (e.g. zstd without support) or a corrupt stream. */
  'UNSUPPORTED_COMPRESSION',
  'CORRUPT_LAYER',
  /** A safety limit was hit (size, entry count, depth, ratio). */
  'LIMIT_EXCEEDED',
  /** An entry tried to leave the image root (`..`, absolute path, link escape). */
  'UNSAFE_PATH',
  /** No manifest matches the requested platform. */
  'PLATFORM_NOT_FOUND',
  /** A package database or manifest that cannot be parsed. */
  'INVALID_PACKAGE_DB',
  'UNSUPPORTED_PACKAGE_DB',
  /** Advisory data that cannot be loaded. */
  'INVALID_ADVISORY',
  'IO_ERROR',
] as const;
export type ScanErrorCode = (typeof SCAN_ERROR_CODES)[number];

export class ScanError extends Error {
  constructor(
    readonly code: ScanErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ScanError';
  }
}
