/**
 * Node loader for `--advisories PATH`: an OSV `.json`/`.yaml` file (one record or an array), a `.zip`
 * of OSV files (osv.dev's `<ecosystem>/all.zip`) or a directory tree of OSV files.
 * OSV schema: https://ossf.github.io/osv-schema/
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { loadOsvDirectory, loadOsvFromZip, parseOsvDocument } from '../advisory/osv-loader';
import type { OsvRecord } from '../advisory/osv-types';
import { ScanError } from '../types/errors';

/** Reads every OSV record of `path` (file, zip or directory). @throws ScanError on unreadable or invalid data. */
export async function loadAdvisoryPath(path: string): Promise<OsvRecord[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot read advisories ${path}: ${reason(error)}`, { cause: error });
  }
  if (isDirectory) {
    return loadOsvDirectory({
      list: async () => {
        const entries = await readdir(path, { recursive: true, withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => relative(path, join(e.parentPath, e.name)).split(sep).join('/'));
      },
      read: (file) => readFile(join(path, ...file.split('/'))),
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot read advisories ${path}: ${reason(error)}`, { cause: error });
  }
  return /\.zip$/i.test(path) ? loadOsvFromZip(bytes, path) : parseOsvDocument(bytes, path);
}

/** Loads several paths in order. */
export async function loadAdvisoryPaths(paths: readonly string[]): Promise<OsvRecord[]> {
  const out: OsvRecord[] = [];
  for (const path of paths) out.push(...(await loadAdvisoryPath(path)));
  return out;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
