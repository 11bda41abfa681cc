import { Button, Popconfirm } from 'antd';
import { useT } from '@/lib/i18n';
import { PermissionGate, type PermissionState } from './permission-gate';

interface DeleteConfirmProps {
  title: string;
  /** What else disappears with it; shown as a warning under the title. */
  warning: string;
  /** Accessible name of the trigger when its visible text alone is ambiguous in a table. */
  ariaLabel?: string;
  onConfirm: () => Promise<unknown>;
  disabled?: boolean;
  /** What `useCan` answers for the delete action: disabled, with the reason, when the identity may not. */
  permission?: PermissionState;
  /** Disabled for a reason of its own (e.g. a policy still attached), shown in the tooltip. */
  blockedReason?: string;
}

/** The 删除 link of a table row, confirmed with a Popconfirm whose OK button waits for the deletion. */
export function DeleteConfirm({
  title,
  warning,
  ariaLabel,
  onConfirm,
  disabled,
  permission,
  blockedReason,
}: DeleteConfirmProps) {
  const t = useT();
  return (
    <PermissionGate permission={permission} blockedReason={blockedReason} disabled={disabled}>
      {(gate) => (
        <Popconfirm
          title={title}
          description={<div style={{ maxWidth: 320 }}>{warning}</div>}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => onConfirm().catch(() => undefined)}
          disabled={gate.disabled}
        >
          <Button
            type="link"
            size="small"
            danger
            disabled={gate.disabled}
            aria-label={ariaLabel}
            aria-describedby={gate['aria-describedby']}
            aria-busy={gate['aria-busy']}
            style={{ padding: 0, ...gate.style }}
          >
            {t('common.delete')}
          </Button>
        </Popconfirm>
      )}
    </PermissionGate>
  );
}
