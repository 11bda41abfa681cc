import { Modal, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { SAS_SERVICE_LINKED_ROLE } from '@/api/contract/scan-engine';
import { useCreateSasServiceLinkedRole } from '@/api/resources/scan-engine';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';

/**
 * The first visit to Security Center asks for its service-linked role AliyunServiceRoleForSas; 取消 leaves
 * (nothing can be bought without it).
 */
export function ServiceRoleModal({ open, backTo }: { open: boolean; backTo: string }) {
  const t = useT();
  const navigate = useNavigate();
  const showError = useApiErrorMessage();
  const create = useCreateSasServiceLinkedRole();
  return (
    <Modal
      open={open}
      title={t('sas.slr.title')}
      okText={t('sas.slr.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      closable={false}
      mask={{ closable: false }}
      onOk={() => create.mutateAsync({}).catch(showError)}
      onCancel={() => navigate(backTo)}
    >
      <Typography.Paragraph data-tour="sas-slr">{t('sas.slr.content')}</Typography.Paragraph>
      <Typography.Text code copyable>
        {SAS_SERVICE_LINKED_ROLE}
      </Typography.Text>
    </Modal>
  );
}
