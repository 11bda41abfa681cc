import { Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { type Block, type Inline, parseMarkdown } from './markdown';

/** Parsed once and never reordered, so a position is a stable key. */
function keyed(nodes: ReactNode[]): ReactNode[] {
  // biome-ignore lint/suspicious/noArrayIndexKey: static parse output, never reordered
  return nodes.map((node, i) => <Fragment key={i}>{node}</Fragment>);
}

function renderInline(nodes: Inline[]): ReactNode[] {
  return keyed(nodes.map(renderNode));
}

function renderNode(node: Inline): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'bold':
      return <strong>{renderInline(node.children)}</strong>;
    case 'italic':
      return <em>{renderInline(node.children)}</em>;
    case 'code':
      return <code>{node.text}</code>;
    case 'link':
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          {renderInline(node.children)}
        </a>
      );
    case 'break':
      return <br />;
  }
}

const HEADING_SIZE = [20, 18, 16, 15, 14, 14];

function renderBlock(block: Block): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <div style={{ fontWeight: 600, fontSize: HEADING_SIZE[block.level - 1], margin: '4px 0' }}>
          {renderInline(block.children)}
        </div>
      );
    case 'item':
      return (
        <div style={{ display: 'flex', gap: 6, margin: '2px 0' }}>
          <span aria-hidden>{block.ordered ? `${block.ordered}.` : '•'}</span>
          <span>{renderInline(block.children)}</span>
        </div>
      );
    case 'quote':
      return (
        // Secondary text and a translucent rule read in both the light and the dark theme.
        <div style={{ borderLeft: '3px solid rgba(128, 128, 128, 0.45)', paddingLeft: 8, margin: '4px 0' }}>
          <Typography.Text type="secondary">{renderInline(block.children)}</Typography.Text>
        </div>
      );
    case 'rule':
      return <hr style={{ border: 0, borderTop: '1px solid rgba(128, 128, 128, 0.3)' }} />;
    case 'paragraph':
      return <Typography.Paragraph style={{ margin: '4px 0' }}>{renderInline(block.children)}</Typography.Paragraph>;
  }
}

/** DingTalk-flavoured Markdown as plain React elements: no HTML is ever interpreted. */
export function MarkdownView({ text }: { text: string }) {
  return <div>{keyed(parseMarkdown(text).map(renderBlock))}</div>;
}
