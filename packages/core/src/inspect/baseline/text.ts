/**
 * Hostile-input helpers for detectors: UTF-8 decoding that never throws, bounded lines, masking.
 * Every regex applied to file or config text runs on a line cut to {@link MAX_LINE} characters.
 */

/** Longest line a detector looks at; the rest of a longer line is ignored. */
export const MAX_LINE = 4096;
/** Most lines a detector looks at in one file. */
export const MAX_LINES = 20000;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A line of a text file with its 1-based number. */
export interface TextLine {
  line: number;
  text: string;
}

/** Decodes `content` (invalid bytes become U+FFFD) and splits it into bounded lines. */
export function textLines(content: Uint8Array | undefined): TextLine[] {
  if (!content || content.length === 0) return [];
  const text = decoder.decode(
    content.length > MAX_LINE * MAX_LINES ? content.subarray(0, MAX_LINE * MAX_LINES) : content,
  );
  const out: TextLine[] = [];
  let start = 0;
  for (let n = 1; start <= text.length && n <= MAX_LINES; n++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, Math.min(end, start + MAX_LINE));
    out.push({ line: n, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    start = end + 1;
  }
  return out;
}

/** Cuts a value shown as evidence. */
export function clip(text: string, max = 120): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Masks a secret value: at most the first two characters of a long value remain. */
export function mask(value: string): string {
  return value.length >= 8 ? `${value.slice(0, 2)}******` : '******';
}

/** Octal permission bits, e.g. `4755`. */
export const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');
