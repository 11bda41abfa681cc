import { Flex } from 'antd';
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
  return (
    <Flex
      align="flex-start"
      gap={8}
      style={{ background: '#f6f7f9', border: '1px solid #e8e8e8', borderRadius: 6, padding: '8px 12px' }}
    >
      <pre style={preStyle}>{text}</pre>
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
