import { Button, Popconfirm } from 'antd';
import { useT } from '@/lib/i18n';

interface DeleteConfirmProps {
  title: string;
  /** What else disappears with it; shown as a warning under the title. */
  warning: string;
  /** Accessible name of the trigger when its visible text alone is ambiguous in a table. */
  ariaLabel?: string;
  onConfirm: () => Promise<unknown>;
  disabled?: boolean;
}

/** The 删除 link of a table row, confirmed with a Popconfirm whose OK button waits for the deletion. */
export function DeleteConfirm({ title, warning, ariaLabel, onConfirm, disabled }: DeleteConfirmProps) {
  const t = useT();
  return (
    <Popconfirm
      title={title}
      description={<div style={{ maxWidth: 320 }}>{warning}</div>}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => onConfirm().catch(() => undefined)}
      disabled={disabled}
    >
      <Button type="link" size="small" danger disabled={disabled} aria-label={ariaLabel} style={{ padding: 0 }}>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}
