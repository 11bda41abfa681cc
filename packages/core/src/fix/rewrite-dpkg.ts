/**
 * Rewrites a dpkg status file (or a distroless `status.d/` stanza file): each planned package's `Version:`
 * becomes the target, and `Source:` records the fixed source version, since Debian and Ubuntu advisories (and
 * the scanner) match the source package. Every other field is kept as written.
 */
import type { PackageFix } from './types';

/** The file text with the planned packages at their targets, and the names that were found. */
export function rewriteDpkgStatus(
  text: string,
  fixes: ReadonlyMap<string, PackageFix>,
): { text: string; changed: Set<string> } {
  const lines = text.split('\n');
  const changed = new Set<string>();
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (lines[i] as string).trim() !== '') continue;
    out.push(...rewriteStanza(lines.slice(start, i), fixes, changed));
    if (i < lines.length) out.push(lines[i] as string);
    start = i + 1;
  }
  return { text: out.join('\n'), changed };
}

/** `Key: value` → lower-cased key; continuation lines (leading blank) have none. */
function fieldKey(line: string): string | undefined {
  if (line.startsWith(' ') || line.startsWith('\t')) return undefined;
  const colon = line.indexOf(':');
  return colon > 0 ? line.slice(0, colon).trim().toLowerCase() : undefined;
}

const fieldValue = (line: string) => line.slice(line.indexOf(':') + 1).trim();

function rewriteStanza(stanza: string[], fixes: ReadonlyMap<string, PackageFix>, changed: Set<string>): string[] {
  const at = (key: string) => stanza.findIndex((line) => fieldKey(line) === key);
  const nameAt = at('package');
  const versionAt = at('version');
  const fix = nameAt < 0 ? undefined : fixes.get(fieldValue(stanza[nameAt] as string));
  // A removed package (only conffiles left, or purged) is not on disk: the upgrade does not touch it.
  const state = at('status') < 0 ? undefined : fieldValue(stanza[at('status')] as string).split(/\s+/)[2];
  if (!fix || versionAt < 0 || state === 'config-files' || state === 'not-installed') return stanza;
  const cr = (stanza[versionAt] as string).endsWith('\r') ? '\r' : '';
  const sourceAt = at('source');
  const sourceName = sourceAt < 0 ? fix.name : (/^(\S+)/.exec(fieldValue(stanza[sourceAt] as string))?.[1] ?? fix.name);
  // dpkg writes `Source: name (version)` only when the source version differs from the binary's.
  const source =
    fix.fixedVersion !== fix.targetVersion
      ? `Source: ${sourceName} (${fix.fixedVersion})${cr}`
      : sourceName !== fix.name
        ? `Source: ${sourceName}${cr}`
        : undefined;
  const out = [...stanza];
  out[versionAt] = `Version: ${fix.targetVersion}${cr}`;
  if (sourceAt >= 0) {
    if (source) out[sourceAt] = source;
    else out.splice(sourceAt, 1);
  } else if (source) {
    // dpkg's field order puts Source just before Version.
    out.splice(versionAt, 0, source);
  }
  changed.add(fix.name);
  return out;
}
