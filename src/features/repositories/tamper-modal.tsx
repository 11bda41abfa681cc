import { Alert, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { TAMPER_MODES, type TamperMode } from '@/api/contract/signing';
import { useTamperTagSignature } from '@/api/resources/signing';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { type MessageKey, useT } from '@/lib/i18n';

const MODE_LABEL: Record<TamperMode, { label: MessageKey; help: MessageKey }> = {
  PAYLOAD: { label: 'signing.tamper.payload', help: 'signing.tamper.payload.help' },
  IMAGE: { label: 'signing.tamper.image', help: 'signing.tamper.image.help' },
};

interface TamperModalProps {
  instanceId: string;
  repoId: string;
  tag: string;
  open: boolean;
  onClose: () => void;
}

/** 模拟篡改: a demo of storage-level tampering, of the signature's payload or of the image it signs. */
export function TamperModal({ instanceId, repoId, tag, open, onClose }: TamperModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [mode, setMode] = useState<TamperMode>('PAYLOAD');
  const tamper = useTamperTagSignature();

  const onOk = () =>
    tamper.mutateAsync({ InstanceId: instanceId, RepoId: repoId, Tag: tag, Mode: mode }).then(() => {
      void message.success(t('signing.tamper.done', { tag }));
      onClose();
    }, showError);

  return (
    <Modal
      open={open}
      title={t('signing.tamper.title', { tag })}
      onCancel={onClose}
      onOk={onOk}
      okText={t('signing.tamper.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: tamper.isPending }}
      destroyOnHidden
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('signing.tamper.description')} />
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as TamperMode)}>
        <Space orientation="vertical" size={12}>
          {TAMPER_MODES.map((m) => (
            <Radio key={m} value={m}>
              {t(MODE_LABEL[m].label)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(MODE_LABEL[m].help)}
              </Typography.Text>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
