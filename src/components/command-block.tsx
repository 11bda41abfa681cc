import { Flex } from 'antd';
import { useT } from '@/lib/i18n';
import { CopyButton } from './copy-button';

/** Shell commands to copy as a whole, e.g. how to push a first image. */
export function CommandBlock({ commands }: { commands: string[] }) {
  const t = useT();
  const text = commands.join('\n');
  return (
    <Flex
      align="flex-start"
      gap={8}
      style={{ background: '#f6f7f9', border: '1px solid #e8e8e8', borderRadius: 6, padding: '8px 12px' }}
    >
      <pre style={preStyle}>{text}</pre>
      <CopyButton text={text} label={t('common.copy')} />
    </Flex>
  );
}

// Explicit, so surrounding antd styles (Empty's secondary text, Typography's pre) do not restyle it.
const preStyle = {
  margin: 0,
  padding: 0,
  flex: 1,
  border: 0,
  background: 'transparent',
  color: 'rgba(0, 0, 0, 0.88)',
  textAlign: 'start',
  fontSize: 12,
  lineHeight: 1.7,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;
