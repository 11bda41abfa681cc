import { Flex, theme } from 'antd';
import { CopyButton } from '@/components/copy-button';

/** A body or headers as text, pretty-printed when it is JSON, with a copy button. */
export function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

export function CodeBlock({ text, copyLabel }: { text: string; copyLabel: string }) {
  const { token } = theme.useToken();
  return (
    <Flex
      align="flex-start"
      gap={8}
      style={{
        background: token.colorFillQuaternary,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: 6,
        padding: '8px 12px',
      }}
    >
      {/* It scrolls, so it takes the focus: keyboard users scroll it with the arrow keys. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable (WCAG 2.1.1) */}
      <pre tabIndex={0} style={{ ...preStyle, color: token.colorText }}>
        {text}
      </pre>
      <CopyButton text={text} label={copyLabel} />
    </Flex>
  );
}

const preStyle = {
  margin: 0,
  padding: 0,
  flex: 1,
  maxHeight: 360,
  overflow: 'auto',
  border: 0,
  background: 'transparent',
  fontSize: 12,
  lineHeight: 1.6,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;
