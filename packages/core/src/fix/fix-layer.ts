/** The fix's extra layer: the rewritten package-database files, with their parents, as a gzip tar. */
import { gzipSync } from 'fflate';
import type { BuiltLayer } from '../image/build-image';
import { MEDIA_TYPE_DOCKER_LAYER_GZIP, MEDIA_TYPE_OCI_LAYER_GZIP, MEDIA_TYPE_OCI_MANIFEST } from '../image/oci';
import type { FileTree } from '../image/read/file-tree';
import { type TarEntry, writeTar } from '../image/tar-writer';
import { type Platform, sha256Digest } from '../platform';
import type { LayerFile } from '../types/image';

/** A file the layer writes: the visible entry it replaces, and the new content. */
export interface ChangedFile {
  file: LayerFile;
  content: Uint8Array;
}

/**
 * Builds the layer. Each file keeps the path, mode and owner of the entry it replaces; parent directories are
 * written with the mode and owner they already have, so extracting the layer changes nothing but the files.
 */
export async function buildFixLayer(
  files: readonly ChangedFile[],
  tree: FileTree,
  mtime: number,
  manifestMediaType: string,
  platform: Platform,
): Promise<BuiltLayer> {
  const entries = new Map<string, TarEntry>();
  for (const { file, content } of files) {
    const parts = file.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (entries.has(dir)) continue;
      const found = tree.get(dir);
      const existing = found?.type === 'dir' ? found : undefined;
      entries.set(dir, { name: dir, type: 'dir', mode: existing?.mode ?? 0o755, ...owner(existing), mtime });
    }
    entries.set(file.path, { name: file.path, type: 'file', data: content, mode: file.mode, ...owner(file), mtime });
  }
  const sorted = [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const tar = writeTar(sorted);
  // As buildImage does: mtime 0 and no name keep the gzip header free of build-time data.
  const gz = gzipSync(tar, { level: 6, mtime: 0 });
  return {
    digest: await sha256Digest(platform, gz),
    size: gz.length,
    mediaType: manifestMediaType === MEDIA_TYPE_OCI_MANIFEST ? MEDIA_TYPE_OCI_LAYER_GZIP : MEDIA_TYPE_DOCKER_LAYER_GZIP,
    bytes: gz,
    diffId: await sha256Digest(platform, tar),
    uncompressedSize: tar.length,
  };
}

function owner(file: LayerFile | undefined): { uid: number; gid: number } {
  return { uid: file?.uid ?? 0, gid: file?.gid ?? 0 };
}
