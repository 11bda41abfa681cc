import { Space } from 'antd';
import { useT } from '@/lib/i18n';
import { CopyButton } from './copy-button';
import { Text } from './text';

interface CopyableTextProps {
  text: string;
  /** What the value is (e.g. "ID"), used in the copy button's accessible name. */
  label: string;
  /** Shown instead of `text` (e.g. a shortened digest); the full `text` is copied. */
  display?: string;
  code?: boolean;
  secondary?: boolean;
}

export function CopyableText({ text, label, display, code, secondary }: CopyableTextProps) {
  const t = useT();
  return (
    <Space size={2} wrap={false}>
      <Text code={code} secondary={secondary} title={display ? text : undefined}>
        {display ?? text}
      </Text>
      <CopyButton text={text} label={t('common.copy-value', { label })} />
    </Space>
  );
}
