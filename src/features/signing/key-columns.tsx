import type { TableColumnsType } from 'antd';
import { Badge, Button, Popconfirm, Space, Typography } from 'antd';
import type { KmsKey } from '@/api/contract/signing';
import { useCan } from '@/api/resources/ram';
import { CopyableText } from '@/components/copyable-text';
import { PermissionGate } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';
import { keyStateLabel, shortFingerprint } from './labels';

interface KeyActions {
  onDownload: (key: KmsKey) => Promise<unknown>;
  /** 禁用 an enabled key, 启用 a disabled one (confirmed first). */
  onToggle: (key: KmsKey) => Promise<unknown>;
  onUsage: (key: KmsKey) => void;
}

export function keyColumns(t: TFunction, actions: KeyActions): TableColumnsType<KmsKey> {
  return [
    {
      key: 'id',
      title: t('signing.keys.col.id'),
      render: (_, key) => <Typography.Text strong>{key.KeyId}</Typography.Text>,
    },
    {
      key: 'description',
      title: t('signing.keys.col.description'),
      render: (_, key) => key.Description || '-',
    },
    { key: 'spec', title: t('signing.keys.col.spec'), render: (_, key) => key.KeySpec },
    { key: 'usage', title: t('signing.keys.col.usage'), render: (_, key) => key.KeyUsage },
    {
      key: 'state',
      title: t('signing.keys.col.state'),
      render: (_, key) => (
        <Badge status={key.KeyState === 'Enabled' ? 'success' : 'default'} text={t(keyStateLabel[key.KeyState])} />
      ),
    },
    {
      key: 'fingerprint',
      title: t('signing.keys.col.fingerprint'),
      render: (_, key) => (
        <CopyableText
          text={key.Fingerprint}
          display={shortFingerprint(key.FingerprintShort)}
          label={t('signing.keys.col.fingerprint')}
          code
        />
      ),
    },
    { key: 'created', title: t('common.create-time'), render: (_, key) => formatTime(key.CreateTime) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, key) => {
        return (
          <Space size={12}>
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => void actions.onDownload(key)}>
              {t('signing.keys.download')}
            </Button>
            <KeyToggle keyItem={key} onToggle={actions.onToggle} />
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => actions.onUsage(key)}>
              {t('signing.keys.usage')}
            </Button>
          </Space>
        );
      },
    },
  ];
}

/** 禁用 an enabled key, 启用 a disabled one (confirmed first), disabled with RAM's reason when not permitted. */
function KeyToggle({ keyItem: key, onToggle }: { keyItem: KmsKey; onToggle: (key: KmsKey) => Promise<unknown> }) {
  const t = useT();
  const enabled = key.KeyState === 'Enabled';
  const can = useCan(enabled ? 'DisableKey' : 'EnableKey', { KeyId: key.KeyId });
  return (
    <PermissionGate permission={can}>
      {(gate) => (
        <Popconfirm
          title={t(enabled ? 'signing.keys.disable.title' : 'signing.keys.enable.title', { keyId: key.KeyId })}
          description={
            <div style={{ maxWidth: 320 }}>
              {t(enabled ? 'signing.keys.disable.warning' : 'signing.keys.enable.warning')}
            </div>
          }
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: enabled }}
          disabled={gate.disabled}
          onConfirm={() => onToggle(key)}
        >
          <Button
            type="link"
            size="small"
            danger={enabled}
            disabled={gate.disabled}
            aria-describedby={gate['aria-describedby']}
            aria-busy={gate['aria-busy']}
            style={{ padding: 0, ...gate.style }}
          >
            {t(enabled ? 'signing.keys.disable' : 'signing.keys.enable')}
          </Button>
        </Popconfirm>
      )}
    </PermissionGate>
  );
}
