/**
 * Reads an image in registry form (manifest, config and layer blobs) with the core reader: the blobs are laid
 * out as an in-memory OCI layout, the way the scan worker hands registry blobs to `scanImage`, and walked once
 * to get the final filesystem plus the content of the package-database files the fix may rewrite.
 */
import { isDpkgDatabasePath } from '../analyzer/pkg/dpkg';
import { rpmDatabaseFormat } from '../analyzer/pkg/rpm';
import { combineVisitors, FileTree } from '../image/read/file-tree';
import { type OpenedImage, type OpenImageOptions, openImage } from '../image/read/open-image';
import { memoryDirectory } from '../image/read/sources';
import { type LayerStats, walkImage } from '../image/read/walk-image';
import { ScanError } from '../types/errors';
import type { LayerFile } from '../types/image';
import { type FixEcosystem, FixError } from './types';

/** A blob as a registry stores it; `BuiltBlob` and `BuiltLayer` satisfy it. */
export interface ImageBlob {
  digest: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** An image in registry form; `BuiltImage` and `RegistryImage` satisfy it. */
export interface RegistryImageBlobs {
  manifest: ImageBlob;
  config: ImageBlob;
  /** Base layer first, as the manifest lists them. */
  layers: readonly ImageBlob[];
}

/** A file of the final filesystem and its content. */
export interface ImageFile {
  file: LayerFile;
  content: Uint8Array;
}

/** What the walk found. */
export interface ImageContents {
  opened: OpenedImage;
  tree: FileTree;
  layers: LayerStats[];
  /** Visible package-database files of `ecosystem`, by path. */
  databases: Map<string, ImageFile>;
}

const APK_PATHS = ['lib/apk/db/installed', 'usr/lib/apk/db/installed'];

/** Whether `path` is a package database of `ecosystem` (the analyzers' own path tests). */
export function isDatabasePath(ecosystem: FixEcosystem, path: string): boolean {
  if (ecosystem === 'apk') return APK_PATHS.includes(path);
  if (ecosystem === 'deb') return isDpkgDatabasePath(path);
  return rpmDatabaseFormat(path) !== undefined;
}

/** The in-memory OCI layout of the blobs (`oci-layout`, `index.json`, `blobs/sha256/<hex>`). */
export function layoutOf(image: RegistryImageBlobs): ReturnType<typeof memoryDirectory> {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  files.set('oci-layout', encoder.encode(JSON.stringify({ imageLayoutVersion: '1.0.0' })));
  const { manifest } = image;
  const index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length }],
  };
  files.set('index.json', encoder.encode(JSON.stringify(index)));
  for (const blob of [image.manifest, image.config, ...image.layers]) {
    files.set(`blobs/sha256/${blob.digest.replace(/^sha256:/, '')}`, blob.bytes);
  }
  return memoryDirectory(files);
}

/** Opens and walks the image, keeping the content of every database file met (the last one visible wins). */
export async function readImageContents(
  image: RegistryImageBlobs,
  ecosystem: FixEcosystem,
  options: Pick<OpenImageOptions, 'decompress' | 'createHash' | 'crypto'> = {},
): Promise<ImageContents> {
  let opened: OpenedImage;
  try {
    opened = await openImage(layoutOf(image), options);
  } catch (cause) {
    // The reader's own codes (MISSING_BLOB, DIGEST_MISMATCH, …) say more than a generic one.
    if (cause instanceof ScanError) throw cause;
    throw new FixError('INVALID_INPUT', `cannot open the image: ${String(cause)}`, { cause });
  }
  const tree = new FileTree({ maxLinkHops: opened.readOptions.limits.maxLinkHops });
  const seen = new Map<string, Uint8Array>();
  const capture = {
    entry: async (entry: { file: LayerFile; read(): Promise<Uint8Array> }) => {
      if (entry.file.type === 'file' && isDatabasePath(ecosystem, entry.file.path)) {
        seen.set(`${entry.file.layer.index}\0${entry.file.path}`, await entry.read());
      }
    },
  };
  const summary = await walkImage(opened, combineVisitors(tree.visitor(), capture));
  const databases = new Map<string, ImageFile>();
  for (const file of tree.files()) {
    const content = seen.get(`${file.layer.index}\0${file.path}`);
    if (content && isDatabasePath(ecosystem, file.path)) databases.set(file.path, { file, content });
  }
  return { opened, tree, layers: summary.layers, databases };
}
