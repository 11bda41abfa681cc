import { CopyOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useFeedback } from '@/components/feedback';
import { copyText } from '@/lib/clipboard';
import { useT } from '@/lib/i18n';

interface CopyButtonProps {
  text: string;
  /** Accessible name; icon-only buttons have no visible text. */
  label: string;
  /** Visible text; when absent the button is icon-only with a tooltip. */
  children?: ReactNode;
}

/** Copies `text` and confirms with the 已复制 message. */
export function CopyButton({ text, label, children }: CopyButtonProps) {
  const { message } = useFeedback();
  const t = useT();
  const onClick = async () => {
    if (await copyText(text)) void message.success(t('common.copied'));
    else void message.error(t('common.copy-failed'));
  };
  if (children) {
    return (
      <Button type="link" size="small" icon={<CopyOutlined />} aria-label={label} onClick={onClick}>
        {children}
      </Button>
    );
  }
  return (
    <Tooltip title={label}>
      <Button type="text" size="small" icon={<CopyOutlined />} aria-label={label} onClick={onClick} />
    </Tooltip>
  );
}
