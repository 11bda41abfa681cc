/**
 * Node adapters for the image reader's source port: a file on disk as a {@link BlobLike} (via
 * `fs.openAsBlob`, which reads lazily, so multi-GB archives are never loaded whole), a directory
 * as a {@link LayoutDirectory}, and `node:crypto` as a fast incremental SHA-256. Node-only: this
 * file is excluded from the core's browser typecheck (`*.node.ts`) and imported by the CLI.
 */
import { createHash } from 'node:crypto';
import { openAsBlob } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ScanError } from '../../types/errors';
import type { HashFactory } from './sha256';
import type { BlobLike, ImageSource, LayoutDirectory } from './sources';

/** Opens a file (an image archive) as a lazily read {@link BlobLike}. */
export async function openFileBlob(path: string): Promise<BlobLike> {
  try {
    return (await openAsBlob(path)) as unknown as BlobLike;
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** Exposes a directory (an OCI image layout) as a {@link LayoutDirectory}. */
export function openDirectory(root: string): LayoutDirectory {
  return {
    async *list() {
      const entries = await readdir(root, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (entry.isFile()) yield relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
      }
    },
    async open(path) {
      // Paths come from image JSON; anything that could leave the directory is treated as absent.
      const parts = path.split('/');
      if (path.startsWith('/') || parts.some((part) => part === '..' || part === '')) return null;
      const full = join(root, ...parts);
      try {
        if (!(await stat(full)).isFile()) return null;
      } catch {
        return null;
      }
      return openFileBlob(full);
    },
  };
}

/** Opens `path` as an image source: a directory becomes a layout, a file an archive. */
export async function openImageSource(path: string): Promise<ImageSource> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
  return info.isDirectory() ? openDirectory(path) : openFileBlob(path);
}

/** `node:crypto`'s SHA-256 behind the reader's {@link HashFactory} port (several times faster than pure TS). */
export const nodeSha256: HashFactory = () => {
  const hash = createHash('sha256');
  return {
    update: (chunk) => {
      hash.update(chunk);
    },
    digest: () => new Uint8Array(hash.digest()),
  };
};
