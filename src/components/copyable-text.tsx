import { Space, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import { CopyButton } from './copy-button';

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
      <Typography.Text code={code} type={secondary ? 'secondary' : undefined} title={display ? text : undefined}>
        {display ?? text}
      </Typography.Text>
      <CopyButton text={text} label={t('common.copy-value', { label })} />
    </Space>
  );
}
