/** Small text helpers shared by the OS release-file parsers. */

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Decodes file bytes as UTF-8, replacing invalid sequences instead of throwing (release files are tiny text). */
export function decodeText(content: Uint8Array): string {
  return decoder.decode(content);
}

/** The first non-empty line, trimmed, or undefined for a blank file. */
export function firstLine(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return undefined;
}

/**
 * Parses shell-style `KEY=value` lines (os-release, lsb-release). Values may be wrapped in double or single
 * quotes; `#` lines are comments. Later keys win, as a shell sourcing the file would do.
 * ref. https://www.freedesktop.org/software/systemd/man/latest/os-release.html
 */
export function parseKeyValues(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
      value = value.slice(1, -1);
      // os-release allows backslash escapes of $ " \ ` inside double quotes.
      if (quote === '"') value = value.replace(/\\([$"\\`])/g, '$1');
    }
    out.set(key, value);
  }
  return out;
}
