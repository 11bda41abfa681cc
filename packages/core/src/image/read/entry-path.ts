/**
 * Normalises tar entry names into safe image paths. Names come from untrusted archives, so `..`
 * and absolute names are resolved lexically inside the image root (as a chroot would) and
 * flagged, which makes escaping the root impossible while keeping the entry visible to checks.
 */
import { ScanError } from '../../types/errors';
import type { ReadLimits } from './limits';

/** Why a name needed more than cosmetic clean-up. */
export type PathFlag = 'absolute' | 'parent-segment' | 'escapes-root';

/** A normalised entry path: relative, posix, no `.`/`..` segments; `''` is the root. */
export interface NormalizedPath {
  path: string;
  flags: PathFlag[];
}

/** Normalises `name`, enforcing the path length and depth limits. */
export function normalizeEntryPath(
  name: string,
  limits: Pick<ReadLimits, 'maxPathLength' | 'maxPathDepth'>,
  what: string,
): NormalizedPath {
  if (name.length > limits.maxPathLength) {
    throw new ScanError(
      'LIMIT_EXCEEDED',
      `${what}: entry name longer than ${limits.maxPathLength} characters (maxPathLength)`,
    );
  }
  const flags: PathFlag[] = [];
  if (name.startsWith('/')) flags.push('absolute');
  const parts: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (!flags.includes('parent-segment')) flags.push('parent-segment');
      if (parts.length === 0) {
        if (!flags.includes('escapes-root')) flags.push('escapes-root');
      } else {
        parts.pop();
      }
      continue;
    }
    parts.push(segment);
  }
  if (parts.length > limits.maxPathDepth) {
    throw new ScanError(
      'LIMIT_EXCEEDED',
      `${what}: entry "${name.slice(0, 200)}" is deeper than ${limits.maxPathDepth} levels (maxPathDepth)`,
    );
  }
  return { path: parts.join('/'), flags };
}

/** Resolves `target` relative to the directory `from` (an image path), clamped at the root. */
export function resolveInRoot(from: string, target: string): string {
  const parts = target.startsWith('/') || from === '' ? [] : from.split('/');
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

/** The directory part of an image path (`''` for top-level entries). */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}
