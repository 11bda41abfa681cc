import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, list items, quotes and paragraphs', () => {
    const blocks = parseMarkdown('### Scan done\n\n- **High**: 2\n1. first\n> note\nplain');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'item', 'item', 'quote', 'paragraph']);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[1]).toMatchObject({ kind: 'item', children: [{ kind: 'bold' }, { kind: 'text', text: ': 2' }] });
    expect(blocks[2]).toMatchObject({ kind: 'item', ordered: '1' });
  });

  it('keeps HTML as text and links only http(s) addresses', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(parseInline('[go](javascript:alert(1))')[0]).toMatchObject({ kind: 'text' });
    expect(parseInline('[result](https://example.com/r)')).toEqual([
      { kind: 'link', href: 'https://example.com/r', children: [{ kind: 'text', text: 'result' }] },
    ]);
    expect(safeHref('data:text/html,x')).toBeUndefined();
  });
});
