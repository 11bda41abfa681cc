import type { ImageFileSpec } from './image-spec';
import type { TarEntry } from './tar-writer';

/**
 * Normalises an image path: strips a leading `/` or `./` and trailing slashes, and rejects paths
 * that are empty or escape the root, so every layer is safe to extract anywhere.
 */
export function normalizeImagePath(path: string): string {
  const clean = path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
  const parts = clean.split('/');
  if (clean === '' || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`invalid image path: ${JSON.stringify(path)}`);
  }
  return clean;
}

/**
 * Turns a layer's file list into tar entries: parent directories are added (root:root 0755), and
 * entries are sorted by path so the layer bytes do not depend on the order files were listed in.
 * Hardlinks come last so their targets are always extracted before them.
 */
export function layerTarEntries(files: readonly ImageFileSpec[], defaultMtime: number): TarEntry[] {
  const byPath = new Map<string, ImageFileSpec>();
  for (const file of files) {
    const path = normalizeImagePath(file.path);
    if (byPath.has(path)) throw new Error(`duplicate path in layer: ${path}`);
    byPath.set(path, file);
  }
  const implicitDirs = new Set<string>();
  for (const path of byPath.keys()) {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      const parent = path.slice(0, i);
      if (!byPath.has(parent)) implicitDirs.add(parent);
      else if ((byPath.get(parent)?.type ?? 'file') !== 'dir') throw new Error(`${parent} is not a directory`);
    }
  }
  const entries: TarEntry[] = [];
  for (const dir of implicitDirs) entries.push({ name: dir, type: 'dir', mode: 0o755, mtime: defaultMtime });
  for (const [path, file] of byPath) entries.push(toTarEntry(path, file, defaultMtime));
  const rank = (entry: TarEntry) => (entry.type === 'hardlink' ? 1 : 0);
  return entries.sort((a, b) => rank(a) - rank(b) || compareNames(a.name, b.name));
}

function toTarEntry(path: string, file: ImageFileSpec, defaultMtime: number): TarEntry {
  const type = file.type ?? 'file';
  const common = { name: path, type, mode: file.mode, uid: file.uid, gid: file.gid, mtime: file.mtime ?? defaultMtime };
  if (type === 'symlink' || type === 'hardlink') {
    if (!file.linkTarget) throw new Error(`${type} ${path} needs a linkTarget`);
    // Hardlink targets are archive member names, which never start with a slash.
    const linkName = type === 'hardlink' ? normalizeImagePath(file.linkTarget) : file.linkTarget;
    return { ...common, linkName };
  }
  if (file.content !== undefined && type === 'dir') throw new Error(`directory ${path} cannot have content`);
  return type === 'file' ? { ...common, data: file.content ?? '' } : common;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
