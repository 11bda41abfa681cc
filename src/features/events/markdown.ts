/**
 * The small Markdown subset DingTalk robots render (headings, lists, quotes, bold, italics, links, images), parsed
 * into a tree the preview renders as plain React elements. Never HTML: text stays text, and only http(s) links
 * become links.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: Inline[] }
  | { kind: 'italic'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'break' };

export type Block =
  | { kind: 'heading'; level: number; children: Inline[] }
  | { kind: 'item'; ordered?: string; children: Inline[] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'rule' };

/** An address safe to open: http(s) only (no `javascript:`, `data:`…). */
export function safeHref(raw: string): string | undefined {
  const href = raw.trim();
  if (!/^https?:\/\//i.test(href) || !URL.canParse(href)) return undefined;
  return href;
}

const INLINE = /(!?\[([^\]]*)\]\(([^)\s]*)\))|(\*\*([^*]+)\*\*)|(`([^`]+)`)|(\*([^*]+)\*)|(<br\s*\/?>)/gi;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ kind: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) {
      const label = match[2] ?? '';
      const href = safeHref(match[3] ?? '');
      const children = parseInline(label || (match[3] ?? ''));
      out.push(href ? { kind: 'link', href, children } : { kind: 'text', text: match[0] });
    } else if (match[4] !== undefined) out.push({ kind: 'bold', children: parseInline(match[5] ?? '') });
    else if (match[6] !== undefined) out.push({ kind: 'code', text: match[7] ?? '' });
    else if (match[8] !== undefined) out.push({ kind: 'italic', children: parseInline(match[9] ?? '') });
    else out.push({ kind: 'break' });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const ordered = /^\s*(\d+)\.\s+(.*)$/.exec(line);
    const quote = /^>\s?(.*)$/.exec(line);
    if (heading)
      blocks.push({ kind: 'heading', level: (heading[1] ?? '#').length, children: parseInline(heading[2] ?? '') });
    else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) blocks.push({ kind: 'rule' });
    else if (bullet) blocks.push({ kind: 'item', children: parseInline(bullet[1] ?? '') });
    else if (ordered) blocks.push({ kind: 'item', ordered: ordered[1] ?? '', children: parseInline(ordered[2] ?? '') });
    else if (quote) blocks.push({ kind: 'quote', children: parseInline(quote[1] ?? '') });
    else blocks.push({ kind: 'paragraph', children: parseInline(line.trim()) });
  }
  return blocks;
}
