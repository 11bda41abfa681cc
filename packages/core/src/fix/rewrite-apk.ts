/**
 * Rewrites apk's installed database (`lib/apk/db/installed`): the `V:` line of each planned package's record
 * becomes the target version, every other line (checksums, files, dependencies) is kept as it was.
 */
import type { PackageFix } from './types';

/** The database text with the planned packages at their targets, and the names that were found. */
export function rewriteApkInstalled(
  text: string,
  fixes: ReadonlyMap<string, PackageFix>,
): { text: string; changed: Set<string> } {
  const lines = text.split('\n');
  const changed = new Set<string>();
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (lines[i] as string).trim() !== '') continue;
    rewriteRecord(lines, start, i, fixes, changed);
    start = i + 1;
  }
  return { text: lines.join('\n'), changed };
}

/** Rewrites the record in `lines[from, to)` when its `P:` names a planned package. */
function rewriteRecord(
  lines: string[],
  from: number,
  to: number,
  fixes: ReadonlyMap<string, PackageFix>,
  changed: Set<string>,
): void {
  // The analyzer reads the first P: and V: of a record; so does this.
  let name: string | undefined;
  let versionAt = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i] as string;
    if (name === undefined && line.startsWith('P:')) name = line.slice(2).trim();
    if (versionAt < 0 && line.startsWith('V:')) versionAt = i;
  }
  const fix = name === undefined ? undefined : fixes.get(name);
  if (!fix || versionAt < 0) return;
  const cr = (lines[versionAt] as string).endsWith('\r') ? '\r' : '';
  lines[versionAt] = `V:${fix.targetVersion}${cr}`;
  changed.add(fix.name);
}
