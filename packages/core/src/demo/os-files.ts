/**
 * Helpers shared by the demo images' system files. Binaries are small text placeholders: the
 * demo needs their paths and names, not machine code.
 */
import type { ImageFileSpec } from '../image/image-spec';

/** A placeholder for a binary or library: readable text naming what the real file is. */
export function stub(path: string, banner: string, mode = 0o755): ImageFileSpec {
  return { path, content: `demo placeholder for /${path}\n${banner}\n`, mode };
}

/** Days since the epoch, the unit of `/etc/shadow`'s "last change" field. */
export const epochDay = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);

/** Joins rows into a newline-terminated text file. */
export const lines = (rows: readonly string[]) => `${rows.join('\n')}\n`;
