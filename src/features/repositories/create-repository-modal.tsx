import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { REPO_NAME_LIMITS } from '@/api/contract/names';
import type { RepoType } from '@/api/contract/namespaces';
import { namespaceQueries } from '@/api/resources/namespaces';
import { useCreateRepository } from '@/api/resources/repositories';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { nameRule } from '@/lib/name-rules';
import { RepositoryEditableFields } from './repository-fields';

interface CreateRepositoryValues {
  RepoNamespaceName: string;
  RepoName: string;
  Summary: string;
  RepoType: RepoType;
  Detail?: string;
}

interface CreateRepositoryModalProps {
  instanceId: string;
  open: boolean;
  /** Preselected namespace (the list's current filter). */
  namespace?: string;
  onClose: () => void;
}

/** Backend errors that belong to one field; everything else is a message. */
const FIELD_ERRORS: Record<string, keyof CreateRepositoryValues> = {
  REPO_ALREADY_EXIST: 'RepoName',
  REPO_NAME_ILLEGAL: 'RepoName',
  NAMESPACE_NOT_EXIST: 'RepoNamespaceName',
};

export function CreateRepositoryModal({ instanceId, open, namespace, onClose }: CreateRepositoryModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<CreateRepositoryValues>();
  const create = useCreateRepository();
  const namespaces = useQuery(namespaceQueries.list({ InstanceId: instanceId, PageNo: 1, PageSize: 100 }));
  const fieldName = t('repos.field.name');

  const onFinish = async (values: CreateRepositoryValues) => {
    try {
      await create.mutateAsync({ InstanceId: instanceId, ...values, Detail: values.Detail || undefined });
    } catch (error) {
      const field = FIELD_ERRORS[errorCode(error) ?? ''];
      if (field) form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
      else showError(error);
      return;
    }
    void message.success(t('repos.created', { name: `${values.RepoNamespaceName}/${values.RepoName}` }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('repos.create')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form<CreateRepositoryValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ RepoNamespaceName: namespace || undefined, RepoName: '', RepoType: 'PRIVATE', Summary: '' }}
      >
        <Form.Item
          name="RepoNamespaceName"
          label={t('repos.field.namespace')}
          rules={[{ required: true, message: t('repos.field.namespace.required') }]}
        >
          <Select
            loading={namespaces.isPending}
            placeholder={t('repos.field.namespace.required')}
            showSearch={{ optionFilterProp: 'label' }}
            options={namespaces.data?.Namespaces.map((ns) => ({ value: ns.NamespaceName, label: ns.NamespaceName }))}
          />
        </Form.Item>
        <Form.Item
          name="RepoName"
          label={fieldName}
          required
          rules={[nameRule(t, 'repo', fieldName, REPO_NAME_LIMITS)]}
          extra={t('names.rule.repo', REPO_NAME_LIMITS)}
        >
          <Input placeholder={t('repos.field.name.placeholder')} autoComplete="off" />
        </Form.Item>
        <RepositoryEditableFields />
      </Form>
    </Modal>
  );
}
