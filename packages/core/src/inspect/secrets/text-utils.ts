/** Text helpers shared by the content inspectors: decoding, binary sniffing, bounded line splitting, masking. */

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Decodes UTF-8 without ever throwing (invalid bytes become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** A file looks binary when a NUL byte occurs in its first `window` bytes (8 KiB, like git and grep). */
export function looksBinary(bytes: Uint8Array, window = 8192): boolean {
  const end = Math.min(bytes.length, window);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export interface TextLine {
  /** 1-based. */
  number: number;
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its terminator (`\n`, `\r\n`), cut to the maximum length. */
  text: string;
}

/** Splits `text` into lines, each cut to `maxLength` characters; a generator so huge files stay cheap. */
export function* lines(text: string, maxLength: number): Generator<TextLine> {
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    const line = text.slice(start, Math.min(stop, start + maxLength));
    if (line.length > 0 || end < text.length) yield { number, start, text: line };
    start = end + 1;
    number++;
  }
}

/** The 1-based line of `offset` in `text`, given the sorted offsets of its `\n` characters. */
export function lineOf(newlines: readonly number[], offset: number): number {
  let lo = 0;
  let hi = newlines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((newlines[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** Offsets of every `\n` in `text`. */
export function newlineOffsets(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** Shannon entropy of `value` in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** What a secret is shown as: its first few characters and `****` (2 characters for short secrets). */
export function maskSecret(secret: string): string {
  const shown = secret.length >= 12 ? 4 : secret.length >= 6 ? 2 : 0;
  return `${secret.slice(0, shown)}****`;
}

/** Replaces control characters (except tab) so an excerpt is safe to render. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/g, '?');
}

/** Trims `text` and cuts it to at most `max` characters around `focus` (an index in `text`), marking cuts with `…`. */
export function excerpt(text: string, focus: number, max: number): string {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = max - 2;
  const at = Math.max(0, focus - lead);
  const start = Math.max(0, Math.min(at - Math.floor(room / 3), trimmed.length - room));
  const end = Math.min(trimmed.length, start + room);
  return `${start > 0 ? '…' : ''}${trimmed.slice(start, end)}${end < trimmed.length ? '…' : ''}`;
}
