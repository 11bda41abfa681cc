import { Flex, theme } from 'antd';
import { useT } from '@/lib/i18n';
import { CopyButton } from './copy-button';

/** Shell commands to copy as a whole, e.g. how to push a first image. */
export function CommandBlock({ commands }: { commands: string[] }) {
  const t = useT();
  const { token } = theme.useToken();
  const text = commands.join('\n');
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
      <pre style={{ ...preStyle, color: token.colorText }}>{text}</pre>
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
  textAlign: 'start',
  fontSize: 12,
  lineHeight: 1.7,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
} as const;
