/**
 * Plain-text primitives that look like antd's Typography (same tokens, so dark mode follows) for the parts
 * every page shows — page titles, empty states, copyable IDs. antd's Typography also carries its edit mode
 * (antd's Input and TextArea) and its ellipsis machinery: ~20 KB gzip on the first page for text.
 */
import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/** A title, as Typography.Title: level 4 for page titles (the default), 3 for a whole-page message. */
export function Heading({ children, level = 4, style }: { children: ReactNode; level?: 3 | 4; style?: CSSProperties }) {
  const { token } = theme.useToken();
  const Tag = level === 3 ? 'h3' : 'h4';
  return (
    <Tag
      style={{
        margin: 0,
        color: token.colorTextHeading,
        fontWeight: token.fontWeightStrong,
        fontSize: level === 3 ? token.fontSizeHeading3 : token.fontSizeHeading4,
        lineHeight: level === 3 ? token.lineHeightHeading3 : token.lineHeightHeading4,
        ...style,
      }}
    >
      {children}
    </Tag>
  );
}

interface TextProps {
  children: ReactNode;
  strong?: boolean;
  secondary?: boolean;
  /** Inline code, as Typography.Text `code`. */
  code?: boolean;
  title?: string;
  /** A block (Typography.Paragraph) rather than inline text. */
  block?: boolean;
  style?: CSSProperties;
}

export function Text({ children, strong, secondary, code, title, block, style }: TextProps) {
  const { token } = theme.useToken();
  const textStyle: CSSProperties = {
    color: secondary ? token.colorTextSecondary : token.colorText,
    fontWeight: strong ? token.fontWeightStrong : undefined,
    ...style,
  };
  const content = code ? <code style={codeStyle(token.fontFamilyCode)}>{children}</code> : children;
  return block ? (
    <div title={title} style={textStyle}>
      {content}
    </div>
  ) : (
    <span title={title} style={textStyle}>
      {content}
    </span>
  );
}

/** antd's own inline-code look (Typography's `code`). */
const codeStyle = (fontFamily: string): CSSProperties => ({
  margin: '0 0.2em',
  paddingInline: '0.4em',
  paddingBlock: '0.2em 0.1em',
  fontSize: '85%',
  fontFamily,
  background: 'rgba(150, 150, 150, 0.1)',
  border: '1px solid rgba(100, 100, 100, 0.2)',
  borderRadius: 3,
});
