import { Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useUpdateSasSync } from '@/api/resources/scan-engine';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';

interface SyncSettingsModalProps {
  instanceId: string;
  enabled: boolean;
  open: boolean;
  onClose: () => void;
}

/** 设置: the 提示 dialog with 同步 — forward instance and image events to Security Center. */
export function SyncSettingsModal({ instanceId, enabled, open, onClose }: SyncSettingsModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const update = useUpdateSasSync();
  const [sync, setSync] = useState(enabled);
  return (
    <Modal
      open={open}
      title={t('engine.sync.title')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onCancel={onClose}
      onOk={() =>
        update.mutateAsync({ InstanceId: instanceId, SyncEnabled: sync }).then(() => {
          void message.success(t(sync ? 'engine.sync.on' : 'engine.sync.off'));
          onClose();
        }, showError)
      }
    >
      <Checkbox checked={sync} onChange={(e) => setSync(e.target.checked)}>
        {t('engine.sync.label')}
      </Checkbox>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('engine.sync.help')}
      </Typography.Paragraph>
    </Modal>
  );
}
