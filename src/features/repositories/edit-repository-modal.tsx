import { Form, Modal } from 'antd';
import type { RepoType } from '@/api/contract/namespaces';
import type { RepositoryDetail } from '@/api/contract/repositories';
import { useUpdateRepository } from '@/api/resources/repositories';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { RepositoryEditableFields } from './repository-fields';

interface EditRepositoryValues {
  RepoType: RepoType;
  Summary: string;
  Detail: string;
}

interface EditRepositoryModalProps {
  repo: RepositoryDetail;
  open: boolean;
  onClose: () => void;
}

/** 修改基本信息: 仓库类型, 摘要, 描述信息. */
export function EditRepositoryModal({ repo, open, onClose }: EditRepositoryModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<EditRepositoryValues>();
  const update = useUpdateRepository();

  const onFinish = async (values: EditRepositoryValues) => {
    try {
      await update.mutateAsync({ InstanceId: repo.InstanceId, RepoId: repo.RepoId, ...values });
    } catch (error) {
      showError(error);
      return;
    }
    void message.success(t('repos.updated'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('repos.detail.edit-title')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<EditRepositoryValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ RepoType: repo.RepoType, Summary: repo.Summary, Detail: repo.Detail }}
      >
        <RepositoryEditableFields />
      </Form>
    </Modal>
  );
}
